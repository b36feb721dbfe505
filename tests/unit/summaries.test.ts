/**
 * The `summaries` store (lib/store/summaries.ts) stays in step with organisations and entries through
 * every write, is built from older databases (migration to version 5), mends itself when a write
 * forgot it, and the queries that read it give what the full records would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openDatabase, type Database } from '@/lib/store/db';
import { buildExport, serialiseExport } from '@/lib/backup/exchange';
import { applyImport, readBackup } from '@/lib/backup/import';
import { addPartnerByHand } from '@/lib/store/manual-partners';
import { mergeOrganisations, undoMerge } from '@/lib/store/merge';
import { addContact, deletePartners, editDetails, restorePartners } from '@/lib/store/organisations';
import { correctFromPage } from '@/lib/store/page-partners';
import { addNote, countDue, dueFollowUps, saveStages, setFollowUp, setTags } from '@/lib/store/entries';
import { boardFirstScreen, firstScreen, listPartners } from '@/lib/store/queries';
import { saveExtraction, setStage } from '@/lib/store/repo';
import { repairSummaries, summarise } from '@/lib/store/summaries';
import type { Organisation, PipelineEntry } from '@/lib/domain/model';
import { DEFAULT_STAGES } from '@/lib/domain/stages';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

/** What the summaries must be: recomputed from the full records. */
async function expectInStep(db: Database): Promise<void> {
  const [organisations, entries, summaries] = await Promise.all([
    db.getAll('organisations'),
    db.getAll('pipeline'),
    db.getAll('summaries'),
  ]);
  const entryOf = new Map(entries.map((entry) => [entry.orgId, entry]));
  expect(summaries).toEqual(organisations.map((org) => summarise(org, entryOf.get(org.id))));
}

const page = (n: number) =>
  `https://www.salto-youth.net/tools/otlas-partner-finding/project/request-${n}.${30_000 + n}/`;
const profile = (n: number) =>
  `https://www.salto-youth.net/tools/otlas-partner-finding/organisation/org-${n}.${40_000 + n}/`;

async function savePartner(db: Database, n: number, name = `Verein Nummer ${n}`) {
  const extraction = otlasExtraction({ name, profileUrl: profile(n), city: `Stadt ${n}` });
  return saveExtraction(db, { extraction, organisationIndex: 0, pageUrl: page(n) });
}

describe('summaries follow every write', () => {
  it('saving, stage, notes, tags, follow-ups, details, contacts and corrections', async () => {
    const db = await freshDb();
    const a = await savePartner(db, 1);
    const b = await savePartner(db, 2);
    await expectInStep(db);
    const writes = [
      () => setStage(db, a.orgId, 'contacted'),
      () => addNote(db, a.orgId, 'Rozmowa z koordynatorką'),
      () => setTags(db, b.orgId, ['youth', 'rural']),
      () => setFollowUp(db, b.orgId, '2026-01-10'),
      () => editDetails(db, a.orgId, { city: 'Łódź' }),
      () => addContact(db, b.orgId, { name: 'Zofia Wójcik' }),
      () => correctFromPage(db, a.orgId, page(1), { name: 'Verein Eins' }),
    ];
    for (const write of writes) {
      await write();
      await expectInStep(db);
    }
    const [summaryA, summaryB] = [await db.get('summaries', a.orgId), await db.get('summaries', b.orgId)];
    expect(summaryA).toMatchObject({
      name: 'Verein Eins',
      city: 'Łódź',
      stageId: 'contacted',
      lastNote: 'Rozmowa z koordynatorką',
    });
    expect(summaryA!.searchText).toContain('lodz');
    expect(summaryB).toMatchObject({ tags: ['youth', 'rural'], nextFollowUp: '2026-01-10' });
    expect(summaryB!.searchText).toContain('zofia wojcik');
  });

  it('delete and undo, merge and undo, a partner added by hand', async () => {
    const db = await freshDb();
    const a = await savePartner(db, 1);
    const b = await savePartner(db, 2);
    const deleted = await deletePartners(db, [b.orgId]);
    expect(await db.get('summaries', b.orgId)).toBeUndefined();
    await restorePartners(db, deleted);
    await expectInStep(db);
    const mergeId = await mergeOrganisations(db, a.orgId, b.orgId);
    expect(await db.count('summaries')).toBe(1);
    await expectInStep(db);
    await undoMerge(db, mergeId);
    expect(await db.count('summaries')).toBe(2);
    await expectInStep(db);
    const byHand = await addPartnerByHand(db, { name: 'Stowarzyszenie Źródło', country: 'PL' });
    expect('saved' in byHand).toBe(true);
    await expectInStep(db);
  });

  it('imports, merged into a profile and replacing it', async () => {
    const source = await freshDb();
    for (let n = 1; n <= 5; n += 1) await savePartner(source, n);
    await setTags(source, (await listPartners(source))[0]!.id, ['imported']);
    const text = serialiseExport(await buildExport(source, 'test'));

    const target = await freshDb();
    await savePartner(target, 1, 'Verein Nummer 1'); // the same profile: found again, merged
    await savePartner(target, 9);
    await applyImport(target, readBackup(text), 'merge');
    expect(await target.count('summaries')).toBe(6);
    await expectInStep(target);

    await applyImport(target, readBackup(text), 'replace');
    expect(await target.count('summaries')).toBe(5);
    await expectInStep(target);
  });
});

describe('the queries over summaries', () => {
  it('first screen: the newest partners, as the whole list starts', async () => {
    const db = await freshDb();
    const ids: string[] = [];
    for (let n = 1; n <= 7; n += 1) ids.push((await savePartner(db, n)).orgId);
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later millisecond than every save
    await addNote(db, ids[2]!, 'the most recent change');
    const all = await listPartners(db);
    expect(all[0]!.id).toBe(ids[2]);
    expect(all.map((p) => p.updatedAt)).toEqual([...all.map((p) => p.updatedAt)].sort().reverse());
    const first = await firstScreen(db, 3);
    expect(first).toMatchObject({ complete: false, stages: DEFAULT_STAGES });
    expect(first.partners).toEqual(all.slice(0, 3));
    expect((await firstScreen(db, 10)).complete).toBe(true);
  });

  it('board first screen: the newest of each stage, and every stage counted', async () => {
    const db = await freshDb();
    const ids: string[] = [];
    for (let n = 1; n <= 6; n += 1) ids.push((await savePartner(db, n)).orgId);
    for (const id of ids.slice(0, 4)) await setStage(db, id, 'contacted');
    const first = await boardFirstScreen(db, 2);
    // Counted only where the first screen holds the whole stage (2 to contact; 4 contacted is more than 2).
    expect(first.totals).toEqual({ 'to-contact': 2, replied: 0, 'in-discussion': 0, confirmed: 0, 'not-a-fit': 0 });
    const all = await listPartners(db);
    const newest = (stageId: string, n: number) =>
      all
        .filter((p) => p.stageId === stageId)
        .slice(0, n)
        .map((p) => p.id);
    expect(first.partners.filter((p) => p.stageId === 'contacted').map((p) => p.id)).toEqual(newest('contacted', 2));
    expect(first.partners.filter((p) => p.stageId === 'to-contact').map((p) => p.id)).toEqual(newest('to-contact', 2));
  });

  it('follow-ups due and stages in use come from the summaries index', async () => {
    const db = await freshDb();
    const a = await savePartner(db, 1);
    const b = await savePartner(db, 2);
    await setFollowUp(db, a.orgId, '2026-01-05');
    await setFollowUp(db, b.orgId, '2026-01-01');
    const today = new Date('2026-01-06T12:00:00');
    expect((await dueFollowUps(db, today)).map((entry) => entry.orgId)).toEqual([b.orgId, a.orgId]);
    expect(await countDue(db, new Date('2026-01-03T12:00:00'))).toBe(1);
    await setStage(db, a.orgId, 'replied');
    const withoutReplied = DEFAULT_STAGES.filter((stage) => stage.id !== 'replied');
    await expect(saveStages(db, withoutReplied)).rejects.toThrow();
    await setStage(db, a.orgId, 'contacted');
    await expect(saveStages(db, withoutReplied)).resolves.toHaveLength(withoutReplied.length);
  });
});

describe('mending summaries a write left out of step', () => {
  it('adds the missing and drops the orphaned, and says how many', async () => {
    const db = await freshDb();
    const a = await savePartner(db, 1);
    const b = await savePartner(db, 2);
    await db.delete('summaries', a.orgId);
    await db.put('summaries', { ...(await db.get('summaries', b.orgId))!, id: 'gone' });
    expect(await repairSummaries(db)).toBe(2);
    await expectInStep(db);
    expect(await repairSummaries(db)).toBe(0);
  });
});

describe('migration to version 5', () => {
  /** A version 3 database as versions 1–3 of lib/store/db.ts created it. */
  async function versionThree(name: string, organisations: Organisation[], entries: PipelineEntry[]) {
    const v3 = await openDB(name, 3, {
      upgrade(db) {
        const orgs = db.createObjectStore('organisations', { keyPath: 'id' });
        orgs.createIndex('by-oid', 'oid');
        orgs.createIndex('by-pic', 'pic');
        orgs.createIndex('by-platform-id', 'platformIds', { multiEntry: true });
        orgs.createIndex('by-source-url', 'sourceUrls', { multiEntry: true });
        orgs.createIndex('by-updated', 'updatedAt');
        orgs.createIndex('by-name-key', 'nameKey');
        orgs.createIndex('by-domain', 'domain');
        const pipeline = db.createObjectStore('pipeline', { keyPath: 'orgId' });
        pipeline.createIndex('by-stage', 'stageId');
        pipeline.createIndex('by-follow-up', 'nextFollowUp');
        db.createObjectStore('meta');
        db.createObjectStore('notSame', { keyPath: 'pair' });
        db.createObjectStore('merges', { keyPath: 'id' }).createIndex('by-at', 'at');
        db.createObjectStore('ideas', { keyPath: 'id' });
        const events = db.createObjectStore('events', { keyPath: 'id' });
        events.createIndex('by-date', 'date');
        events.createIndex('by-org', 'orgIds', { multiEntry: true });
      },
    });
    for (const org of organisations) await v3.put('organisations', org);
    for (const entry of entries) await v3.put('pipeline', entry);
    await v3.put('meta', 3, 'schemaVersion');
    v3.close();
  }

  it('builds a summary per organisation and drops the indexes no query uses, losing nothing', async () => {
    const source = await freshDb();
    const a = await savePartner(source, 1);
    await savePartner(source, 2);
    await setFollowUp(source, a.orgId, '2026-02-01');
    await addNote(source, a.orgId, 'Treffen in Graz');
    const organisations = await source.getAll('organisations');
    const entries = await source.getAll('pipeline');
    // An organisation without an entry (a v3 store could hold one): summarised at the first stage.
    const lonely = { ...organisations[1]!, id: 'lonely' };
    const name = `v3-${Date.now()}`;
    await versionThree(name, [...organisations, lonely], entries);

    const db = await openDatabase({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('organisations')).toEqual([...organisations, lonely].sort((x, y) => (x.id < y.id ? -1 : 1)));
    expect(await db.getAll('pipeline')).toEqual(entries.sort((x, y) => (x.orgId < y.orgId ? -1 : 1)));
    await expectInStep(db);
    expect(await db.get('summaries', 'lonely')).toMatchObject({ stageId: DEFAULT_STAGES[0]!.id });
    expect(await db.get('meta', 'schemaVersion')).toBe(DB_VERSION);
    const tx = db.transaction(['organisations', 'pipeline', 'summaries']);
    expect([...tx.objectStore('organisations').indexNames]).not.toContain('by-updated');
    expect([...tx.objectStore('pipeline').indexNames]).toEqual([]);
    expect([...tx.objectStore('summaries').indexNames].sort()).toEqual([
      'by-follow-up',
      'by-stage-updated',
      'by-updated',
    ]);
    await tx.done;
    expect(await countDue(db, new Date('2026-02-02T12:00:00'))).toBe(1);
    db.close();
  });
});

describe('every write keeps summaries in step (a guard for writes added later)', () => {
  const sources = ['lib', 'views', 'entrypoints']
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)))
    .filter((file) => /\.tsx?$/.test(file) && file !== join('lib', 'store', 'db.ts'));
  /** Readwrite transactions that name organisations or pipeline yet only read them. */
  // (restoring an event reads the organisations in a readonly transaction first: no exception left)
  const READ_ONLY_USE = new Map<string, string>();

  it('every readwrite transaction over organisations or pipeline includes summaries (and calls syncSummaries)', () => {
    const missing: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/transaction\(\s*\[([^\]]*)\]\s*,\s*'readwrite'/g)) {
        const names = match[1]!;
        if (!/'(organisations|pipeline)'/.test(names) || READ_ONLY_USE.has(file)) continue;
        if (!names.includes("'summaries'") || !text.includes('syncSummaries(')) missing.push(`${file}: [${names}]`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('nothing writes organisations or entries through the one-request shortcuts (which no summary follows)', () => {
    const shortcuts = sources.filter((file) =>
      /\bdb\.(put|add|delete|clear)\(\s*'(organisations|pipeline)'/.test(readFileSync(file, 'utf8')),
    );
    expect(shortcuts).toEqual([]);
  });
});
