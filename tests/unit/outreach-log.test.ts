import { describe, expect, it } from 'vitest';
import { buildExport, serialiseExport } from '@/lib/backup/exchange';
import { applyImport, readBackup } from '@/lib/backup/import';
import { addContact, removeContact } from '@/lib/store/organisations';
import {
  answerSent,
  continueCadence,
  forgetContactInLog,
  logDraftOpened,
  logOf,
  recordOutcome,
} from '@/lib/outreach/log';
import { referTo } from '@/lib/outreach/referral';
import { saveCadence, saveMyOrganisation, saveTemplate } from '@/lib/outreach/settings';
import { saveExtraction } from '@/lib/store/repo';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

async function withPartner() {
  const db = await freshDb();
  const { orgId } = await saveExtraction(db, {
    extraction: otlasExtraction(),
    organisationIndex: 0,
    pageUrl: OTLAS_PAGE,
  });
  return { db, orgId };
}

describe('the contact log', () => {
  it('sent → Contacted with a follow-up after the first step of the cadence; any reply stops it', async () => {
    const { db, orgId } = await withPartner();
    const draft = await logDraftOpened(db, { orgId, channel: 'email', templateId: 'starter:de', language: 'de' });
    expect((await logOf(db, orgId)).map((e) => e.sent)).toEqual([undefined]);
    await answerSent(db, draft.id, true, '2026-01-01');
    let entry = await db.get('pipeline', orgId);
    expect(entry).toMatchObject({ stageId: 'contacted', nextFollowUp: '2026-01-08' });
    // Follow-up done on day 8: the next step (day 14) follows.
    expect(await continueCadence(db, orgId, '2026-01-08')).toBe('2026-01-15');
    expect((await db.get('pipeline', orgId))?.nextFollowUp).toBe('2026-01-15');
    await recordOutcome(db, draft.id, 'wants-information');
    entry = await db.get('pipeline', orgId);
    expect(entry?.nextFollowUp).toBeUndefined();
    expect(entry?.stageId).toBe('replied');
    expect(await continueCadence(db, orgId, '2026-01-16')).toBeNull();
  });

  it('keeps the popup’s and board’s summary in step with the stage and follow-up a reply sets', async () => {
    const { db, orgId } = await withPartner();
    const draft = await logDraftOpened(db, { orgId, channel: 'email', templateId: 'starter:de', language: 'de' });
    await answerSent(db, draft.id, true, '2026-01-01');
    expect(await db.get('summaries', orgId)).toMatchObject({ stageId: 'contacted', nextFollowUp: '2026-01-08' });
    await recordOutcome(db, draft.id, 'wants-information');
    const summary = await db.get('summaries', orgId);
    expect(summary?.stageId).toBe('replied');
    expect(summary?.nextFollowUp).toBeUndefined();
  });

  it('“not now” asks for a date and plans a reminder then; “no” to “Did you send it?” is logged', async () => {
    const { db, orgId } = await withPartner();
    const first = await logDraftOpened(db, { orgId, channel: 'copy' });
    await answerSent(db, first.id, false);
    expect((await db.get('contactLog', first.id))?.sent).toBe(false);
    expect((await db.get('pipeline', orgId))?.stageId).toBe('to-contact');
    const second = await logDraftOpened(db, { orgId, channel: 'email' });
    await answerSent(db, second.id, true, '2026-02-01');
    expect(() => recordOutcome(db, second.id, 'not-now')).toThrow(/date/);
    await recordOutcome(db, second.id, 'not-now', { until: '2026-09-01' });
    expect((await db.get('pipeline', orgId))?.nextFollowUp).toBe('2026-09-01');
  });

  it('uses an edited cadence', async () => {
    const { db, orgId } = await withPartner();
    await saveCadence(db, [3, 10]);
    const draft = await logDraftOpened(db, { orgId, channel: 'email' });
    await answerSent(db, draft.id, true, '2026-01-01');
    expect((await db.get('pipeline', orgId))?.nextFollowUp).toBe('2026-01-04');
  });

  it('a deleted contact person leaves every log entry', async () => {
    const { db, orgId } = await withPartner();
    const org = await addContact(db, orgId, { name: 'Lena Huber', email: 'lena@example.at' });
    const contactId = org.contacts.find((c) => c.name === 'Lena Huber')!.id;
    await logDraftOpened(db, { orgId, channel: 'email', contactId });
    await logDraftOpened(db, { orgId, channel: 'copy', contactId });
    await removeContact(db, orgId, contactId);
    expect(await forgetContactInLog(db, orgId, contactId)).toBe(2);
    expect(JSON.stringify(await logOf(db, orgId))).not.toContain(contactId);
  });

  it('“referred to” creates the organisation, introduced by the one who referred, and links a saved one instead of a duplicate', async () => {
    const { db, orgId } = await withPartner();
    const draft = await logDraftOpened(db, { orgId, channel: 'email' });
    await answerSent(db, draft.id, true, '2026-01-01');
    const outcome = await referTo(db, draft.id, { fields: { name: 'Jugendzentrum Linz', country: 'AT' } });
    expect('linked' in outcome && outcome.linked.created).toBe(true);
    const referredId = 'linked' in outcome ? outcome.linked.orgId : '';
    expect(await db.get('introductions', referredId)).toMatchObject({ introducedBy: orgId });
    expect((await db.get('contactLog', draft.id))?.outcome).toMatchObject({
      kind: 'referred',
      referredOrgId: referredId,
    });
    // The same name again: the saved one is proposed, not created twice.
    const other = await logDraftOpened(db, { orgId, channel: 'email' });
    const again = await referTo(db, other.id, { fields: { name: 'Jugendzentrum Linz', country: 'AT' } });
    expect('probable' in again && again.probable.map((p) => p.orgId)).toEqual([referredId]);
    await expect(referTo(db, other.id, { orgId })).rejects.toThrow(/itself/);
  });

  it('survives JSON export → import: log, templates, introductions and your organisation', async () => {
    const { db, orgId } = await withPartner();
    await saveMyOrganisation(db, { name: 'Asociación Ejemplo', country: 'ES', oid: '' });
    await saveTemplate(db, {
      name: 'Mine',
      language: 'de',
      subject: 'Hallo {partner.name}',
      body: '=HYPERLINK("x") is text',
    });
    const draft = await logDraftOpened(db, { orgId, channel: 'email', language: 'de' });
    await answerSent(db, draft.id, true, '2026-01-01');
    await referTo(db, draft.id, { fields: { name: 'Jugendzentrum Linz' } });
    const at = new Date('2026-06-01T12:00:00Z');
    const first = serialiseExport(await buildExport(db, '0.1.0', at));
    const restored = await freshDb();
    const backup = readBackup(first);
    expect(backup.rejected).toEqual([]);
    await applyImport(restored, backup, 'merge');
    const second = serialiseExport(await buildExport(restored, '0.1.0', at));
    expect(JSON.parse(second)).toStrictEqual(JSON.parse(first));
    expect(JSON.parse(second).data.me).toEqual({ name: 'Asociación Ejemplo', country: 'ES' });
    expect(JSON.parse(second).counts).toMatchObject({ contactLog: 1, templates: 1, introductions: 1 });
  });
});

describe('an idea’s own applicant', () => {
  it('is stored with the idea, and cleared when the form leaves it empty', async () => {
    const { createIdea, editIdea } = await import('@/lib/store/ideas');
    const db = await freshDb();
    const idea = await createIdea(db, {
      title: 'Youth bridges',
      action: 'KA220-YOU',
      applicant: { name: 'Youth Bridge Tbilisi', country: 'GE' },
    });
    expect((await db.get('ideas', idea.id))?.applicant).toEqual({ name: 'Youth Bridge Tbilisi', country: 'GE' });
    await editIdea(db, idea.id, { applicant: undefined });
    expect((await db.get('ideas', idea.id))?.applicant).toBeUndefined();
  });
});
