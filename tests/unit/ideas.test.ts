import { describe, expect, it } from 'vitest';
import { actionRule, CALENDAR, daysUntil, roundsForAction } from '@/lib/domain/calls';
import { CallCalendarSchema } from '@/lib/domain/calls-schema';
import { checkConsortium } from '@/lib/domain/consortium';
import {
  addMember,
  createEvent,
  createIdea,
  deleteIdea,
  editIdea,
  ideaDeadline,
  restoreIdea,
  setEventOrganisations,
  setMemberStage,
} from '@/lib/store/ideas';
import { outreachStats } from '@/lib/domain/stats';
import { saveExtraction, setStage } from '@/lib/store/repo';
import { type Organisation } from '@/lib/domain/model';
import { DEFAULT_STAGES } from '@/lib/domain/stages';
import { freshDb, otlasExtraction } from './test-data';

const org = (id: string, country?: string, type?: string) =>
  ({
    id,
    name: `Org ${id}`,
    ...(country ? { country } : {}),
    ...(type ? { type } : {}),
    platformIds: [],
    sourceUrls: [],
    sources: [],
    contacts: [],
    createdAt: '',
    updatedAt: '',
  }) as unknown as Organisation;

describe('call calendar', () => {
  it('is valid, dated and sourced', () => {
    expect(CallCalendarSchema.safeParse(CALENDAR).success).toBe(true);
    expect(CALENDAR.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(CALENDAR.source).toMatch(/Programme Guide/);
  });

  it('knows the consortium minimums and the rounds of an action', () => {
    expect(actionRule('KA220-SCH')).toMatchObject({ minOrganisations: 3, minCountries: 3 });
    expect(actionRule('KA210-YOU')).toMatchObject({ minOrganisations: 2, minCountries: 2 });
    expect(roundsForAction('KA210-ADU').map((r) => r.id)).toEqual(['2025-r1', '2025-r2', '2026-r1', '2026-r2']);
    expect(roundsForAction('KA220-YOU').every((r) => r.actions.includes('KA220'))).toBe(true);
    expect(daysUntil('2026-03-05', '2026-02-26')).toBe(7);
    expect(daysUntil('2026-03-05', '2026-11-28')).toBeLessThan(0);
  });
});

describe('consortium check', () => {
  const orgs = new Map([
    ['a', org('a', 'AT', 'NGO')],
    ['b', org('b', 'AT', 'School')],
    ['c', org('c', 'PL', 'NGO')],
    ['d', org('d', 'UA')],
    ['e', org('e', 'IT')],
  ]);
  const members = (pairs: [string, string][]) => pairs.map(([orgId, stageId]) => ({ orgId, stageId, addedAt: '' }));

  it('says one more country is needed for KA220 with three organisations from two countries', () => {
    const check = checkConsortium(
      {
        action: 'KA220-SCH',
        members: members([
          ['a', 'confirmed'],
          ['b', 'confirmed'],
          ['c', 'confirmed'],
          ['e', 'contacted'],
        ]),
      },
      orgs,
    );
    expect(check.meetsMinimum).toBe(false);
    expect(check.countingCountries).toEqual(['AT', 'PL']);
    expect(check.missing).toEqual(['1 more confirmed organisation from another programme country (not AT, PL).']);
    expect(check.pending.map((o) => o.id)).toEqual(['e']);
    expect(check.types).toEqual(['NGO', 'School']);
  });

  it('passes once a third programme country confirms, and does not count other countries', () => {
    const check = checkConsortium(
      {
        action: 'KA220-SCH',
        members: members([
          ['a', 'confirmed'],
          ['c', 'confirmed'],
          ['d', 'confirmed'],
          ['e', 'confirmed'],
        ]),
      },
      orgs,
    );
    expect(check.meetsMinimum).toBe(true);
    expect(check.notCounting.map((o) => o.country)).toEqual(['UA']);
    expect(check.missing).toEqual([]);
  });

  it('says what it cannot judge when the idea has no action', () => {
    const check = checkConsortium({ members: members([['a', 'confirmed']]) }, orgs);
    expect(check.meetsMinimum).toBeNull();
    expect(check.missing[0]).toMatch(/Choose an Erasmus\+ action/);
  });
});

describe('ideas, events and statistics', () => {
  it('keeps a stage per idea, uses the round deadline unless the user set one, and undoes deletion', async () => {
    const db = await freshDb();
    const saved = await saveExtraction(db, {
      extraction: otlasExtraction(),
      organisationIndex: 0,
      pageUrl: 'https://www.salto-youth.net/tools/otlas-partner-finding/project/x.1/',
    });
    const idea = await createIdea(db, { title: 'Green schools', action: 'KA220-SCH', roundId: '2026-r1' });
    expect(ideaDeadline(idea)).toBe('2026-03-05');
    await addMember(db, idea.id, saved.orgId);
    const moved = await setMemberStage(db, idea.id, saved.orgId, 'confirmed');
    expect(moved.members).toEqual([expect.objectContaining({ orgId: saved.orgId, stageId: 'confirmed' })]);
    expect((await db.get('pipeline', saved.orgId))!.stageId).toBe('to-contact'); // the organisation's own stage is separate
    const own = await editIdea(db, idea.id, { deadline: '2026-03-01' });
    expect(ideaDeadline(own)).toBe('2026-03-01');
    const deleted = await deleteIdea(db, idea.id);
    expect(await db.count('ideas')).toBe(0);
    await restoreIdea(db, deleted!);
    expect((await db.get('ideas', idea.id))!.members).toHaveLength(1);
  });

  it('counts contacted → replied → confirmed by platform, idea, event and month', async () => {
    const db = await freshDb();
    const ids: string[] = [];
    for (const [i, name] of ['A', 'B', 'C', 'D'].entries()) {
      const saved = await saveExtraction(db, {
        extraction: otlasExtraction({ name: `Org ${name}`, profileUrl: undefined }),
        organisationIndex: 0,
        pageUrl: `https://www.salto-youth.net/tools/otlas-partner-finding/project/p.${i}/`,
      });
      ids.push(saved.orgId);
    }
    await setStage(db, ids[0]!, 'contacted');
    await setStage(db, ids[1]!, 'contacted');
    await setStage(db, ids[1]!, 'replied');
    await setStage(db, ids[2]!, 'contacted');
    await setStage(db, ids[2]!, 'confirmed');
    const event = await createEvent(db, { name: 'Contact seminar Vienna', date: '2026-10-10', place: 'Vienna' });
    await setEventOrganisations(db, event.id, [ids[1]!, ids[3]!]);
    const idea = await createIdea(db, { title: 'Rural youth', action: 'KA210-YOU' });
    await addMember(db, idea.id, ids[0]!, 'replied');
    const stats = outreachStats(
      await db.getAll('organisations'),
      await db.getAll('pipeline'),
      await db.getAll('ideas'),
      await db.getAll('events'),
      DEFAULT_STAGES,
    );
    expect(stats.overall).toMatchObject({ total: 4, contacted: 3, replied: 2, confirmed: 1 });
    expect(stats.overall.replyRate).toBeCloseTo(2 / 3);
    expect(stats.byPlatform).toEqual([{ origin: 'otlas', funnel: stats.overall }]);
    expect(stats.byEvent[0]!.funnel).toMatchObject({ total: 2, contacted: 1, replied: 1, confirmed: 0, replyRate: 1 });
    expect(stats.byIdea[0]!.funnel).toMatchObject({ total: 1, contacted: 1, replied: 1 });
    const month = new Date().toISOString().slice(0, 7);
    expect(stats.byMonth).toEqual([{ month, contacted: 3, replied: 2, confirmed: 1 }]);
  });
});

describe('deadline reminders', () => {
  it('reminds within each idea’s window, never after the deadline', async () => {
    const { deadlinesComingUp, reminderMessage } = await import('@/lib/background/reminders');
    const base = { members: [], createdAt: '', updatedAt: '' };
    const ideas = [
      { ...base, id: '1', title: 'Soon', deadline: '2026-12-05', remindDaysBefore: 14 },
      { ...base, id: '2', title: 'Later', deadline: '2027-03-04', remindDaysBefore: 14 },
      { ...base, id: '3', title: 'Past', deadline: '2026-11-01', remindDaysBefore: 14 },
    ];
    const coming = deadlinesComingUp(ideas, '2026-11-28');
    expect(coming.map(({ idea, days }) => [idea.title, days])).toEqual([['Soon', 7]]);
    expect(reminderMessage(2, coming)).toBe(
      '2 partners are waiting for your follow-up. “Soon”: call deadline in 7 days.',
    );
    expect(reminderMessage(0, [])).toBeUndefined();
  });
});
