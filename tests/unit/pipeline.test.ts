import { describe, expect, it } from 'vitest';
import {
  addNote,
  allTags,
  completeFollowUp,
  countDue,
  deleteNote,
  dueFollowUps,
  saveStages,
  setFollowUp,
  setTags,
} from '@/lib/store/entries';
import { addContact, deletePartners, editDetails, removeContact, restorePartners } from '@/lib/store/organisations';
import { saveExtraction, setStage } from '@/lib/store/repo';
import { DEFAULT_STAGES } from '@/lib/domain/stages';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

async function withPartner() {
  const db = await freshDb();
  const saved = await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
  return { db, orgId: saved.orgId };
}

describe('notes, tags and follow-ups', () => {
  it('keeps timestamped notes, including long, emoji and right-to-left text, and logs them', async () => {
    const { db, orgId } = await withPartner();
    const long = 'Spoke with the director 🙂 '.repeat(300);
    await addNote(db, orgId, long);
    const entry = await addNote(db, orgId, 'مرحبا — replied in Arabic');
    expect(entry.notes.map((n) => n.text)).toEqual([long.trim(), 'مرحبا — replied in Arabic']);
    expect(entry.history.filter((h) => h.kind === 'note')).toHaveLength(2);
    const afterDelete = await deleteNote(db, orgId, entry.notes[0]!.id);
    expect(afterDelete.notes).toHaveLength(1);
    await expect(addNote(db, orgId, '   ')).rejects.toThrow(/empty/);
  });

  it('stores tags without duplicates and lists them by use', async () => {
    const { db, orgId } = await withPartner();
    await setTags(db, orgId, ['youth', ' rural ', 'youth', '']);
    expect((await db.get('pipeline', orgId))!.tags).toEqual(['youth', 'rural']);
    expect(await allTags(db)).toEqual(['rural', 'youth']);
  });

  it('counts due and overdue follow-ups through the index; done and snooze move them', async () => {
    const { db, orgId } = await withPartner();
    const today = new Date('2026-11-28T12:00:00');
    await setFollowUp(db, orgId, '2026-11-01'); // in the past: allowed, overdue
    expect(await countDue(db, today)).toBe(1);
    expect((await dueFollowUps(db, today)).map((e) => e.orgId)).toEqual([orgId]);
    await completeFollowUp(db, orgId, 7, today);
    expect((await db.get('pipeline', orgId))!.nextFollowUp).toBe('2026-12-05');
    expect(await countDue(db, today)).toBe(0);
    const done = await completeFollowUp(db, orgId, undefined, today);
    expect(done.nextFollowUp).toBeUndefined();
    expect(done.history.at(-1)).toMatchObject({ kind: 'follow-up-done' });
  });
});

describe('stages', () => {
  it('renames, adds, reorders and archives stages', async () => {
    const { db } = await withPartner();
    const edited = [
      { id: 'asked', name: 'Asked', archived: false },
      ...DEFAULT_STAGES.map((s) => (s.id === 'to-contact' ? { ...s, name: 'Shortlist' } : s)),
    ];
    expect(await saveStages(db, edited)).toHaveLength(7);
    expect(((await db.get('meta', 'stages')) as { name: string }[])[1]).toMatchObject({
      id: 'to-contact',
      name: 'Shortlist',
    });
  });

  it('refuses to remove a stage that still has partners, and changes nothing', async () => {
    const { db, orgId } = await withPartner();
    await setStage(db, orgId, 'contacted');
    await expect(
      saveStages(
        db,
        DEFAULT_STAGES.filter((s) => s.id !== 'contacted'),
      ),
    ).rejects.toThrow(/archive it instead/);
    expect(await db.get('meta', 'stages')).toEqual(DEFAULT_STAGES);
    await expect(
      saveStages(
        db,
        DEFAULT_STAGES.map((s) => ({ ...s, archived: true })),
      ),
    ).rejects.toThrow(/at least one/);
  });
});

describe('organisation details, contacts and deletion', () => {
  it('edits details and clears optional ones, never the name', async () => {
    const { db, orgId } = await withPartner();
    const edited = await editDetails(db, orgId, { city: '', website: 'https://jugendwerk.example.at', name: '' });
    expect(edited.city).toBeUndefined();
    expect(edited.name).toBe('Jugendwerk Alpenland');
    await expect(editDetails(db, orgId, { website: 'javascript:alert(1)' })).rejects.toThrow();
    expect((await db.get('organisations', orgId))!.website).toBe('https://jugendwerk.example.at');
  });

  it('adds and deletes contact persons', async () => {
    const { db, orgId } = await withPartner();
    const withContact = await addContact(db, orgId, {
      name: 'Anna Nowak',
      role: 'Project manager',
      email: 'anna@example.pl',
    });
    expect(withContact.contacts).toHaveLength(1);
    const without = await removeContact(db, orgId, withContact.contacts[0]!.id);
    expect(without.contacts).toEqual([]);
  });

  it('deletes partners and undoes the deletion exactly', async () => {
    const { db, orgId } = await withPartner();
    const before = { organisation: await db.get('organisations', orgId), entry: await db.get('pipeline', orgId) };
    const deleted = await deletePartners(db, [orgId]);
    expect(await db.count('organisations')).toBe(0);
    await restorePartners(db, deleted);
    expect({ organisation: await db.get('organisations', orgId), entry: await db.get('pipeline', orgId) }).toEqual(
      before,
    );
  });
});
