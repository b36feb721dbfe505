/**
 * Project ideas, events and statistics in the board: the presentational components rendered
 * with preact into happy-dom, adding a partner by hand against fake-indexeddb, and the tab shell
 * and ideas container end to end in the fake store.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsortiumCheck } from '@/components/ideas/ConsortiumCheck';
import { EventEditor } from '@/components/ideas/EventEditor';
import { EventList } from '@/components/ideas/EventList';
import { FunnelChart, funnelSummary } from '@/components/ideas/FunnelChart';
import { IdeaCard, deadlineStatus } from '@/components/ideas/IdeaCard';
import { IdeaEditor } from '@/components/ideas/IdeaEditor';
import { IdeaMembership } from '@/components/ideas/IdeaMembership';
import { ManualPartnerForm } from '@/components/shared/ManualPartnerForm';
import { withScheme } from '@/components/shared/manual-draft';
import { MonthlyChart, monthlySummary } from '@/components/ideas/MonthlyChart';
import { PartnerPicker } from '@/components/board/PartnerPicker';
import { FunnelTable } from '@/components/ideas/StatsTable';
import { CALENDAR, roundsForAction } from '@/lib/domain/calls';
import { checkConsortium } from '@/lib/domain/consortium';
import { DB_NAME, openDatabase } from '@/lib/store/db';
import { formatDate } from '@/lib/i18n/format';
import { foldText } from '@/lib/domain/identity';
import { createEvent, createIdea } from '@/lib/store/ideas';
import { addPartnerByHand } from '@/lib/store/manual-partners';
import type { Organisation, PartnerSummary, ProjectIdea } from '@/lib/domain/model';
import { DEFAULT_STAGES } from '@/lib/domain/stages';
import type { Funnel } from '@/lib/domain/stats';
import { tabFromHash } from '@/views/board/App';
import { sortIdeas } from '@/views/board/ideas/IdeasView';
import { freshDb, otlasExtraction } from './test-data';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const show = (vnode: preact.VNode) => act(() => render(vnode, root));
const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const click = (element: Element) => act(() => (element as HTMLElement).click());
const type = (element: Element, value: string) =>
  act(() => {
    (element as HTMLInputElement).value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
const choose = (element: Element, value: string) =>
  act(() => {
    (element as HTMLSelectElement).value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
const press = (element: Element, key: string) =>
  act(() => void element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
const byText = (text: string | RegExp, selector = 'button') =>
  $$(selector).find((el) =>
    typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent ?? ''),
  )!;
const labelled = <T extends HTMLElement = HTMLInputElement>(label: string) => {
  const byAria = root.querySelector<T>(`[aria-label="${label}"]`);
  if (byAria) return byAria;
  const element = $$('label').find((l) => l.textContent?.trim() === label);
  return root.querySelector<T>(`#${CSS.escape(element!.getAttribute('for')!)}`)!;
};
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

const at = '2026-01-10T10:00:00.000Z';
const partner = (id: string, name: string, extra: Partial<PartnerSummary> = {}): PartnerSummary => ({
  id,
  name,
  stageId: 'to-contact',
  origins: ['otlas'],
  tags: [],
  updatedAt: at,
  searchText: foldText([name, extra.city, extra.country].filter(Boolean).join(' ')),
  ...extra,
});
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
    createdAt: at,
    updatedAt: at,
  }) as unknown as Organisation;
const idea = (overrides: Partial<ProjectIdea> = {}): ProjectIdea => ({
  id: 'i1',
  title: 'Rural youth voices',
  remindDaysBefore: 14,
  members: [],
  createdAt: at,
  updatedAt: at,
  ...overrides,
});
const noop = () => undefined;

describe('deadline countdown', () => {
  it('counts down in words and flags a passed deadline instead of hiding it', () => {
    expect(deadlineStatus('2026-03-05', '2026-02-21', 14)).toEqual({
      text: expect.stringMatching(/^Deadline in 12 days · /),
      tone: 'soon',
    });
    expect(deadlineStatus('2026-03-05', '2026-01-05', 14).tone).toBe('later');
    expect(deadlineStatus('2026-03-05', '2026-03-04', 14).text).toMatch(/^Deadline tomorrow/);
    expect(deadlineStatus('2026-03-05', '2026-03-05', 14)).toMatchObject({
      text: expect.stringMatching(/^Deadline today/),
      tone: 'today',
    });
    expect(deadlineStatus('2026-03-05', '2026-03-06', 14)).toEqual({
      text: `Deadline passed on ${formatDate('2026-03-05')}`,
      tone: 'passed',
    });
    expect(deadlineStatus(undefined, '2026-03-06', 14).tone).toBe('none');
  });

  it('lists upcoming ideas first (soonest on top), then those without a deadline, then passed ones', () => {
    const ideas = [
      idea({ id: 'past', deadline: '2025-03-05' }),
      idea({ id: 'none' }),
      idea({ id: 'late', deadline: '2026-10-01' }),
      idea({ id: 'soon', deadline: '2026-03-05' }),
    ];
    expect(sortIdeas(ideas, (i) => i.deadline, '2026-02-01').map((i) => i.id)).toEqual([
      'soon',
      'late',
      'none',
      'past',
    ]);
  });
});

describe('ConsortiumCheck', () => {
  const orgs = new Map([
    ['a', org('a', 'AT', 'NGO')],
    ['b', org('b', 'PL', 'School')],
    ['c', org('c', 'PL')],
    ['d', org('d', 'UA')],
    ['e', org('e', 'PT')],
  ]);
  const members = (pairs: [string, string][]) => pairs.map(([orgId, stageId]) => ({ orgId, stageId, addedAt: at }));

  it('says in words that one more country is needed, with countries, types and who is pending', () => {
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
    show(<ConsortiumCheck id="c" check={check} action="KA220-SCH" />);
    const verdict = $('[data-testid=consortium-verdict]').textContent!;
    expect(verdict).toContain('Not enough yet for KA220-SCH (at least 3 organisations from 3 countries)');
    expect(verdict).toContain('1 more confirmed organisation from another programme country (not AT, PL).');
    const facts = $$('dd').map((dd) => dd.textContent);
    expect(facts[0]).toBe('AT · Austria, PL · Poland');
    expect(facts[1]).toBe('NGO, School');
    expect(facts[2]).toBe('Org e (PT · Portugal)');
  });

  it('passes with a third country and names confirmed organisations that do not count', () => {
    const check = checkConsortium(
      {
        action: 'KA220-SCH',
        members: members([
          ['a', 'confirmed'],
          ['b', 'confirmed'],
          ['d', 'confirmed'],
          ['e', 'confirmed'],
        ]),
      },
      orgs,
    );
    show(<ConsortiumCheck id="c" check={check} action="KA220-SCH" />);
    expect($('[data-testid=consortium-verdict]').textContent).toContain(
      '✓ Meets the minimum for KA220-SCH: at least 3 organisations from 3 countries.',
    );
    expect(root.textContent).toContain('Confirmed, but not counting');
    expect(root.textContent).toContain('Org d (UA · Ukraine)');
  });

  it('says what it cannot judge when the idea has no action', () => {
    show(<ConsortiumCheck id="c" check={checkConsortium({ members: members([['a', 'confirmed']]) }, orgs)} />);
    expect(root.textContent).toContain('The consortium cannot be checked yet.');
    expect(root.textContent).toContain('Choose an Erasmus+ action for this idea to check its consortium.');
  });
});

describe('IdeaEditor', () => {
  it('offers only the rounds of the chosen action with their deadlines, checks the title, and hands back the draft', async () => {
    const onSave = vi.fn(async () => true);
    show(
      <IdeaEditor
        id="e"
        actions={CALENDAR.actions}
        roundsFor={roundsForAction}
        today="2026-01-10"
        onSave={onSave}
        onCancel={noop}
      />,
    );
    expect(document.activeElement?.id).toBe('e-title');
    choose(labelled('Erasmus+ action'), 'KA220-YOU');
    const rounds = [...labelled<HTMLSelectElement>('Call round').options].map((o) => o.textContent);
    expect(rounds).toEqual([
      'Not chosen yet',
      `Call 2025 · partnerships, round 1 (deadline ${formatDate('2025-03-05')}, passed)`,
      `Call 2026 · partnerships, round 1 (deadline ${formatDate('2026-03-05')})`,
    ]);
    choose(labelled('Call round'), '2026-r1');
    expect(root.textContent).toContain(`Deadline of this round: ${formatDate('2026-03-05')}`);

    click(byText('Create project idea'));
    await flush();
    expect(root.textContent).toContain('Give the project idea a title.');
    expect(onSave).not.toHaveBeenCalled();
    type(labelled('Title'), '  Rural youth voices ');
    type(labelled('Remind me (days before the deadline)'), '21');
    click(byText('Create project idea'));
    await flush();
    expect(onSave).toHaveBeenCalledWith({
      title: 'Rural youth voices',
      action: 'KA220-YOU',
      roundId: '2026-r1',
      deadline: '',
      description: '',
      remindDaysBefore: 21,
      applicantName: '',
      applicantCountry: '',
    });

    // KA1 rounds do not take KA220: the chosen round is dropped with the action.
    choose(labelled('Erasmus+ action'), 'KA122-SCH');
    expect(labelled<HTMLSelectElement>('Call round').value).toBe('');
  });
});

describe('IdeaCard', () => {
  it('shows the call, the countdown and each organisation with its own stage; changes go out as events', () => {
    const onMemberStage = vi.fn();
    const onRemoveMember = vi.fn();
    const onAddMember = vi.fn();
    const theIdea = idea({
      action: 'KA220-YOU',
      roundId: '2026-r1',
      members: [{ orgId: 'a', stageId: 'contacted', addedAt: at }],
    });
    show(
      <IdeaCard
        idea={theIdea}
        actionName="Cooperation partnerships, youth"
        round={CALENDAR.rounds.find((r) => r.id === '2026-r1')}
        today="2026-02-21"
        members={[{ orgId: 'a', name: 'Jugendwerk Alpenland', country: 'AT', city: 'Graz', stageId: 'contacted' }]}
        candidates={[partner('b', 'Fundacja Młodzi Razem', { country: 'PL', city: 'Łódź' })]}
        stages={DEFAULT_STAGES}
        colourOf={() => '#4b5563'}
        check={checkConsortium(theIdea, new Map([['a', org('a', 'AT')]]))}
        onEdit={noop}
        onDelete={noop}
        onAddMember={onAddMember}
        onMemberStage={onMemberStage}
        onRemoveMember={onRemoveMember}
      />,
    );
    expect($('.ii-card__call').textContent).toBe(
      'KA220-YOU · Cooperation partnerships, youth · Call 2026 · partnerships, round 1',
    );
    expect($('[data-testid=idea-deadline]').textContent).toBe(`Deadline in 12 days · ${formatDate('2026-03-05')}`);
    expect($('a[href="#org=a"]').textContent).toBe('Jugendwerk Alpenland');
    choose(labelled('Stage of Jugendwerk Alpenland in this idea'), 'confirmed');
    expect(onMemberStage).toHaveBeenCalledWith('a', 'confirmed');
    click(labelled('Remove Jugendwerk Alpenland from this idea'));
    expect(onRemoveMember).toHaveBeenCalledWith('a');
    type(labelled('Add a saved partner'), 'lodz');
    click(labelled('Add Fundacja Młodzi Razem'));
    expect(onAddMember).toHaveBeenCalledWith('b');
  });
});

describe('PartnerPicker', () => {
  it('finds partners ignoring case and diacritics, and clears the search after a pick', () => {
    const onPick = vi.fn();
    const partners = [
      partner('a', 'Jugendwerk Alpenland', { searchText: 'jugendwerk alpenland graz at' }),
      partner('b', 'Fundacja Młodzi Razem', { searchText: 'fundacja młodzi razem lodz pl' }),
    ];
    show(<PartnerPicker id="p" label="Add a saved partner" partners={partners} onPick={onPick} />);
    expect($('#p-status').textContent).toBe('2 saved partners can be added.');
    type(labelled('Add a saved partner'), 'LODZ');
    expect($$('.ii-picker__name').map((n) => n.textContent)).toEqual(['Fundacja Młodzi Razem']);
    click(labelled('Add Fundacja Młodzi Razem'));
    expect(onPick).toHaveBeenCalledWith('b');
    expect(labelled('Add a saved partner').value).toBe('');
    type(labelled('Add a saved partner'), 'nowhere');
    expect($('#p-status').textContent).toBe('No saved partner matches “nowhere”.');
  });
});

describe('events', () => {
  it('lists events with how many organisations were met at each', () => {
    const onSelect = vi.fn();
    show(
      <EventList
        events={[
          { id: 'e1', name: 'Contact seminar', date: '2025-10-14', place: 'Graz', count: 3 },
          { id: 'e2', name: 'Forum', date: '2025-05-01', count: 1 },
        ]}
        selectedId="e1"
        onSelect={onSelect}
      />,
    );
    const buttons = $$('button.ii-event');
    expect(buttons[0]!.getAttribute('aria-current')).toBe('true');
    expect(buttons[0]!.textContent).toContain('3 organisations met');
    expect(buttons[1]!.textContent).toContain('1 organisation met');
    click(buttons[1]!);
    expect(onSelect).toHaveBeenCalledWith('e2');
  });

  it('asks for a name and a date before saving an event', async () => {
    const onSave = vi.fn(async () => true);
    show(<EventEditor id="ev" onSave={onSave} onCancel={noop} />);
    click(byText('Create event'));
    await flush();
    expect($$('.bd-error').map((e) => e.textContent)).toHaveLength(2);
    expect(document.activeElement?.id).toBe('ev-name');
    type(labelled('Name of the event'), 'Contact seminar on inclusion');
    type(labelled('Date'), '2025-10-14');
    click(byText('Create event'));
    await flush();
    expect(onSave).toHaveBeenCalledWith({ name: 'Contact seminar on inclusion', date: '2025-10-14', place: '' });
  });

  it('adds an organisation by hand, offering "Use <name>" when it looks saved already', async () => {
    const onUseExisting = vi.fn();
    const onSubmit = vi.fn(async (_fields: unknown, keepSeparate: boolean) =>
      keepSeparate
        ? { saved: 'Fundacja Młodzi Razem' }
        : {
            probable: [
              { orgId: 'b', name: 'Fundacja Młodzi Razem', country: 'PL', origins: ['OTLAS'], stageName: 'Contacted' },
            ],
          },
    );
    show(<ManualPartnerForm id="m" onSubmit={onSubmit} onUseExisting={onUseExisting} />);
    type(labelled('Name'), 'Fundacja Młodzi Razem');
    choose(labelled('Country (optional)'), 'PL');
    type(labelled('Website (optional)'), 'mlodzi.example.pl');
    click(byText('Add organisation'));
    await flush();
    expect(onSubmit).toHaveBeenLastCalledWith(
      { name: 'Fundacja Młodzi Razem', country: 'PL', website: 'https://mlodzi.example.pl' },
      false,
    );
    expect(root.textContent).toContain('This organisation may be saved already');
    click(byText('Use Fundacja Młodzi Razem'));
    expect(onUseExisting).toHaveBeenCalledWith('b');

    type(labelled('Name'), 'Fundacja Młodzi Razem');
    click(byText('Add organisation'));
    await flush();
    click(byText('No, add it as a new organisation'));
    await flush();
    expect(onSubmit).toHaveBeenLastCalledWith({ name: 'Fundacja Młodzi Razem' }, true);
    expect(root.textContent).toContain('Added Fundacja Młodzi Razem.');
    expect(withScheme('javascript:alert(1)')).toBe('javascript:alert(1)');
  });
});

describe('statistics', () => {
  const funnel: Funnel = { total: 12, contacted: 10, replied: 4, confirmed: 2, replyRate: 0.4, confirmRate: 0.2 };
  const colours = { contacted: '#6d28d9', replied: '#b45309', confirmed: '#15803d' };
  const labels = { contacted: 'Contacted', replied: 'Replied', confirmed: 'Confirmed' };

  it('draws the funnel with its numbers as text and a spoken summary', () => {
    show(<FunnelChart title="All partners" funnel={funnel} colours={colours} labels={labels} />);
    const svg = $('svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(funnelSummary('All partners', funnel));
    expect(svg.getAttribute('aria-label')).toBe(
      'All partners: 10 contacted, 4 replied (reply rate 40%), 2 confirmed (20% of those contacted).',
    );
    expect($$('text').map((t) => t.textContent)).toEqual([
      'Contacted',
      '10',
      'Replied',
      '4 · 40%',
      'Confirmed',
      '2 · 20%',
    ]);
  });

  it('draws months as grouped bars and says them in words', () => {
    const rows = [
      { month: '2026-01', contacted: 3, replied: 1, confirmed: 0 },
      { month: '2026-02', contacted: 2, replied: 2, confirmed: 1 },
    ];
    show(<MonthlyChart rows={rows} colours={colours} labels={labels} />);
    expect($('svg').getAttribute('aria-label')).toBe(monthlySummary(rows, labels));
    expect(monthlySummary(rows, labels)).toBe(
      'Per month. Jan 2026: 3 contacted, 1 replied, 0 confirmed; Feb 2026: 2 contacted, 2 replied, 1 confirmed.',
    );
    expect($$('rect')).toHaveLength(6);
  });

  it('tables counts and rates, with a dash (and words for screen readers) when nobody was contacted', () => {
    show(
      <FunnelTable
        caption="By platform"
        rowHeader="Platform"
        rows={[
          { key: 'otlas', label: 'OTLAS', funnel },
          {
            key: 'epale',
            label: 'EPALE',
            funnel: { ...funnel, contacted: 0, replied: 0, confirmed: 0, replyRate: null, confirmRate: null },
          },
        ]}
        empty="None"
      />,
    );
    expect($$('[data-testid=reply-rate]').map((td) => td.textContent)).toEqual(['40%', '–nobody contacted yet']);
    expect($$('tbody th').map((th) => th.getAttribute('scope'))).toEqual(['row', 'row']);
  });
});

describe('IdeaMembership (partner panel)', () => {
  it('lists the ideas with the per-idea stage and adds to another idea', () => {
    const onStage = vi.fn();
    const onAdd = vi.fn();
    show(
      <IdeaMembership
        memberships={[{ ideaId: 'i1', title: 'Rural youth voices', stageId: 'replied' }]}
        otherIdeas={[{ id: 'i2', title: 'Digital seniors' }]}
        stages={DEFAULT_STAGES}
        onStage={onStage}
        onAdd={onAdd}
        onRemove={noop}
      />,
    );
    expect(labelled<HTMLSelectElement>('Stage in Rural youth voices').value).toBe('replied');
    choose(labelled('Stage in Rural youth voices'), 'confirmed');
    expect(onStage).toHaveBeenCalledWith('i1', 'confirmed');
    expect((byText('Add') as HTMLButtonElement).disabled).toBe(true);
    choose(labelled('Add to a project idea'), 'i2');
    click(byText('Add'));
    expect(onAdd).toHaveBeenCalledWith('i2');
  });

  it('says what to do when there are no project ideas', () => {
    show(
      <IdeaMembership
        memberships={[]}
        otherIdeas={[]}
        stages={DEFAULT_STAGES}
        onStage={noop}
        onAdd={noop}
        onRemove={noop}
      />,
    );
    expect(root.textContent).toContain('Not in any project idea yet.');
    expect($('a[href="#ideas"]').textContent).toBe('Create one in Project ideas');
  });
});

describe('addPartnerByHand (fake-indexeddb)', () => {
  it('creates the organisation with a manual source and no address, in the first stage and the event, in one go', async () => {
    const db = await freshDb();
    const event = await createEvent(db, { name: 'Contact seminar', date: '2025-10-14' });
    const outcome = await addPartnerByHand(
      db,
      { name: 'Udruga Mladi', country: 'HR', city: 'Zagreb', website: 'https://udruga.example.hr' },
      { eventId: event.id },
    );
    expect('saved' in outcome).toBe(true);
    const orgId = 'saved' in outcome ? outcome.saved.orgId : '';
    const saved = await db.get('organisations', orgId);
    expect(saved).toMatchObject({
      name: 'Udruga Mladi',
      country: 'HR',
      city: 'Zagreb',
      website: 'https://udruga.example.hr',
      sourceUrls: [],
    });
    expect(saved!.sources[0]).toMatchObject({
      origin: 'manual',
      pageType: 'unknown',
      extracted: { name: 'Udruga Mladi' },
      warnings: [],
    });
    expect(saved!.sources[0]!.url).toBeUndefined();
    expect(await db.get('pipeline', orgId)).toMatchObject({
      stageId: 'to-contact',
      history: [{ kind: 'saved', text: 'Added by hand (met at Contact seminar)' }],
    });
    expect((await db.get('events', event.id))!.orgIds).toEqual([orgId]);
    db.close();
  });

  it('offers a probable match instead of creating a duplicate; "keep separate" creates it and remembers', async () => {
    const db = await freshDb();
    const { saveExtraction } = await import('@/lib/store/repo');
    const existing = await saveExtraction(db, {
      extraction: otlasExtraction(),
      organisationIndex: 0,
      pageUrl: 'https://www.salto-youth.net/tools/otlas-partner-finding/project/a.1/',
    });
    const outcome = await addPartnerByHand(db, { name: 'Jugendwerk Alpenland e.V.', country: 'AT' });
    expect(outcome).toEqual({
      probable: [
        {
          orgId: existing.orgId,
          name: 'Jugendwerk Alpenland',
          country: 'AT',
          origins: ['OTLAS'],
          stageName: 'To contact',
        },
      ],
    });
    expect(await db.count('organisations')).toBe(1);
    const separate = await addPartnerByHand(
      db,
      { name: 'Jugendwerk Alpenland e.V.', country: 'AT' },
      { keepSeparate: true },
    );
    expect(await db.count('organisations')).toBe(2);
    expect(await db.count('notSame')).toBe(1);
    expect('saved' in separate).toBe(true);
    db.close();
  });
});

describe('board tabs and the ideas container (fake-indexeddb)', () => {
  async function until<T>(read: () => T | undefined | null | false, what: string, timeout = 5000): Promise<T> {
    const end = Date.now() + timeout;
    for (;;) {
      const value = read();
      if (value) return value;
      if (Date.now() > end) throw new Error(`Timed out waiting for ${what}: ${root.textContent?.slice(0, 600)}`);
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }
  beforeEach(async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  });

  it('reads the tab from the address; anything else (the board’s #org=…) is the board', () => {
    expect(tabFromHash('#ideas')).toBe('ideas');
    expect(tabFromHash('#events')).toBe('events');
    expect(tabFromHash('#stats')).toBe('stats');
    expect(tabFromHash('#discover')).toBe('discover');
    expect(tabFromHash('#org=abc')).toBe('board');
    expect(tabFromHash('')).toBe('board');
  });

  it(
    'switches tabs with the arrow keys, keeps the address in step, and shows the ideas with their check',
    { timeout: 20_000 },
    async () => {
      const { saveExtraction } = await import('@/lib/store/repo');
      const { addMember, setMemberStage } = await import('@/lib/store/ideas');
      const db = await openDatabase();
      const a = await saveExtraction(db, {
        extraction: otlasExtraction(),
        organisationIndex: 0,
        pageUrl: 'https://www.salto-youth.net/tools/otlas-partner-finding/project/a.1/',
      });
      const made = await createIdea(db, { title: 'Rural youth voices', action: 'KA210-YOU', roundId: '2026-r2' });
      await addMember(db, made.id, a.orgId);
      await setMemberStage(db, made.id, a.orgId, 'confirmed');
      db.close();

      history.replaceState(null, '', '#stats');
      const { App } = await import('@/views/board/App');
      show(<App />);
      const tabs = $$('[role=tab]');
      expect(tabs.map((t) => t.textContent)).toEqual(['Board', 'Project ideas', 'Events', 'Statistics', 'Discover']);
      expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'false', 'false', 'true', 'false']);
      expect(tabs.map((t) => t.tabIndex)).toEqual([-1, -1, -1, 0, -1]);
      expect($('#ii-panel-stats').hidden).toBe(false);
      expect($('#ii-panel-board').hidden).toBe(true);
      await until(() => root.textContent?.includes('How far your outreach got'), 'the statistics');

      press(tabs[3]!, 'ArrowLeft');
      expect(location.hash).toBe('#events');
      expect(document.activeElement?.id).toBe('ii-tab-events');
      press(tabs[2]!, 'ArrowLeft');
      expect(location.hash).toBe('#ideas');
      await until(() => $('[data-testid=consortium-verdict]'), 'the idea card');
      expect($('[data-testid=calendar-source]').textContent).toMatch(
        new RegExp(`^Call dates as of ${formatDate('2025-11-12')}, from Erasmus\\+ Programme Guide`),
      );
      expect($('[data-testid=consortium-verdict]').textContent).toContain(
        '1 more confirmed organisation from another programme country (not AT).',
      );
      expect($('.ii-card__call').textContent).toContain('KA210-YOU · Small-scale partnerships, youth');

      choose(labelled('Stage of Jugendwerk Alpenland in this idea'), 'replied');
      await until(
        () => $('[data-testid=consortium-verdict]')?.textContent?.includes('2 more confirmed organisations'),
        'the check after the stage change',
      );
      const stored = await openDatabase();
      expect((await stored.get('ideas', made.id))!.members[0]!.stageId).toBe('replied');
      stored.close();
      history.replaceState(null, '', location.pathname);
    },
  );
});
