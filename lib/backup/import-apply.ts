/**
 * The database side of an import (see lib/backup/import.ts), and its words for the UI.
 *
 * previewImport: what would happen, per organisation — new / updated / unchanged / conflicting /
 * rejected. Existing records are found through the database's indexes (id, by-oid, by-pic,
 * by-platform-id), never by comparing every pair; planOrganisations and planOtherStores
 * (lib/backup/import-plan.ts), the pure part, then decide over those hits and the file.
 *
 * applyImport: the same plan, recomputed inside ONE readwrite transaction over every exported
 * store that awaits nothing but IDB requests; any failure aborts it, so either the whole import
 * lands or nothing does.
 *
 * Replace mode empties every exported store (and the undo log of merges, which would bring the
 * old data back) and writes the file's records and settings. The UI
 * offers it only after downloading an automatic backup and an explicit confirmation.
 */
import type { IDBPTransaction } from 'idb';
import { formatNumber } from '../i18n/format';
import { i18n } from '../i18n';
import { countChange, type DatabaseSchema, type Database } from '../store/db';
import {
  EXPORTED_META_KEYS,
  EXPORTED_STORE_NAMES,
  EXPORTED_STORES,
  type AnyStoreSpec,
  type ExportedMeta,
  type ExportedStore,
} from './exchange';
import {
  emptySummary,
  ORGANISATION_STATUSES,
  planOrganisations,
  planOtherStores,
  remappedOthers,
  SPECIAL_STORES,
  type ImportMode,
  type ImportPreview,
  type MatchSnapshot,
  type OrganisationStatus,
  type OtherSnapshot,
  type StoreSummary,
  type Write,
} from './import-plan';
import { ImportError, storeCount as recordsOf, type Backup } from './import-read';
import type { Organisation, PipelineEntry } from '../domain/model';
import { describeStorageError } from '../i18n/storage-errors';
import { summarise, syncSummaries, type SummaryTx } from '../store/summaries';

/**
 * Issues many IDB requests at once (IDB answers them in one go instead of a round trip each)
 * and waits for all. If issuing throws half-way, the requests already made still get a handler.
 */
async function all(issue: (track: (request: Promise<unknown>) => void) => void): Promise<void> {
  const requests: Promise<unknown>[] = [];
  try {
    issue((request) => void requests.push(request));
  } catch (error) {
    for (const request of requests) request.catch(() => undefined);
    throw error;
  }
  await Promise.all(requests);
}

/**
 * Stores emptied by Replace though not in backups: the undo log of merges refers to the old data,
 * and the summaries are rewritten for what the file brings.
 */
const CLEARED_ON_REPLACE = ['merges', 'summaries'] as const;
const IMPORT_STORES = [...EXPORTED_STORE_NAMES, ...CLEARED_ON_REPLACE, 'meta'] as const;
type ImportStore = (typeof IMPORT_STORES)[number];
type ImportTx<Mode extends IDBTransactionMode> = IDBPTransaction<DatabaseSchema, ImportStore[], Mode>;
/** The few calls made on stores chosen by name from the registry. */
interface LooseCursor {
  key: unknown;
  primaryKey: unknown;
  continue(): Promise<LooseCursor | null>;
}
/** An object store or an index: the calls made on stores chosen by name from the registry. */
interface LooseSource {
  get(key: string): Promise<unknown>;
  getAll(): Promise<unknown[]>;
  getKey(key: string): Promise<unknown>;
  getAllKeys(): Promise<unknown[]>;
  openKeyCursor(range?: IDBKeyRange): Promise<LooseCursor | null>;
}
interface LooseStore extends LooseSource {
  put(value: unknown, key?: string): Promise<unknown>;
  clear(): Promise<void>;
  count(): Promise<number>;
  index(name: string): LooseSource;
}
const loose = <Mode extends IDBTransactionMode>(tx: ImportTx<Mode>, name: ImportStore) =>
  tx.objectStore(name) as unknown as LooseStore;

/**
 * Which of `wanted` an index (or the store's own keys) holds, and under which organisation id.
 * Few keys: one point lookup each (~30 µs in Chromium). Many keys: one walk over the index's
 * keys in their range (~10 µs per entry, values are not read) — far cheaper than thousands of
 * lookups. Either way the index answers: no record is compared with another.
 */
async function keysIn(
  source: LooseSource,
  wanted: Set<string>,
  storeCount: number,
  primary = false,
): Promise<Map<string, string>> {
  const hits = new Map<string, string>();
  if (wanted.size === 0) return hits;
  if (wanted.size * 3 <= storeCount) {
    await all((track) => {
      for (const key of wanted)
        track(source.getKey(key).then((id) => void (id !== undefined && hits.set(key, String(id)))));
    });
    return hits;
  }
  if (primary) {
    // The store's own keys come in one request.
    for (const id of await source.getAllKeys()) if (wanted.has(String(id))) hits.set(String(id), String(id));
    return hits;
  }
  const sorted = [...wanted].sort();
  let cursor = await source.openKeyCursor(IDBKeyRange.bound(sorted[0], sorted[sorted.length - 1]));
  while (cursor) {
    const key = String(cursor.key);
    if (wanted.has(key) && !hits.has(key)) hits.set(key, String(cursor.primaryKey));
    cursor = await cursor.continue();
  }
  return hits;
}

async function lookUpMatches<Mode extends IDBTransactionMode>(
  tx: ImportTx<Mode>,
  backup: Backup,
  mode: ImportMode,
): Promise<MatchSnapshot> {
  const counts = await Promise.all(EXPORTED_STORE_NAMES.map((name) => loose(tx, name).count()));
  const settings = await Promise.all(EXPORTED_META_KEYS.map((key) => loose(tx, 'meta').get(key)));
  const snapshot: MatchSnapshot = {
    organisationCount: counts[EXPORTED_STORE_NAMES.indexOf('organisations')]!,
    storeCounts: Object.fromEntries(EXPORTED_STORE_NAMES.map((name, i) => [name, counts[i]!])) as Record<
      ExportedStore,
      number
    >,
    byId: new Map(),
    byOid: new Map(),
    byPic: new Map(),
    byPlatformId: new Map(),
    settings: Object.fromEntries(
      EXPORTED_META_KEYS.map((key, i) => [key, settings[i]]).filter(([, value]) => value !== undefined),
    ),
  };
  const size = snapshot.organisationCount;
  if (mode === 'replace' || size === 0) return snapshot;
  const store = loose(tx, 'organisations');
  const organisations = backup.data.organisations;
  const ids = await keysIn(store, new Set(organisations.map((org) => org.id)), size, true);
  snapshot.byOid = await keysIn(
    store.index('by-oid'),
    new Set(organisations.flatMap((org) => (org.oid ? [org.oid] : []))),
    size,
  );
  snapshot.byPic = await keysIn(
    store.index('by-pic'),
    new Set(organisations.flatMap((org) => (org.pic ? [org.pic] : []))),
    size,
  );
  snapshot.byPlatformId = await keysIn(
    store.index('by-platform-id'),
    new Set(organisations.flatMap((org) => org.platformIds)),
    size,
  );

  // Read the matched records (and their pipeline entries): one by one, or all at once when most are.
  const matched = new Set([
    ...ids.values(),
    ...snapshot.byOid.values(),
    ...snapshot.byPic.values(),
    ...snapshot.byPlatformId.values(),
  ]);
  const pipeline = loose(tx, 'pipeline');
  const keep = (organisation: unknown) => {
    const org = organisation as Organisation | undefined;
    if (org && matched.has(org.id)) snapshot.byId.set(org.id, { organisation: org, entry: undefined });
  };
  const attach = (entry: unknown) => {
    const existing = entry ? snapshot.byId.get((entry as PipelineEntry).orgId) : undefined;
    if (existing) existing.entry = entry as PipelineEntry;
  };
  if (matched.size * 4 <= size) {
    await all((track) => {
      for (const id of matched)
        track(Promise.all([store.get(id), pipeline.get(id)]).then(([org, entry]) => (keep(org), attach(entry))));
    });
  } else {
    const [allOrganisations, allEntries] = await Promise.all([store.getAll(), pipeline.getAll()]);
    allOrganisations.forEach(keep);
    allEntries.forEach(attach);
  }
  return snapshot;
}

async function lookUpOthers<Mode extends IDBTransactionMode>(
  tx: ImportTx<Mode>,
  backup: Backup,
  idMap: Map<string, string>,
  mode: ImportMode,
): Promise<OtherSnapshot> {
  const existing: OtherSnapshot = new Map();
  if (mode === 'replace') return existing;
  await all((track) => {
    for (const [name, records] of remappedOthers(backup, idMap)) {
      const found = new Map<string, unknown>();
      existing.set(name, found);
      const key = (EXPORTED_STORES[name] as AnyStoreSpec).key;
      for (const record of records) {
        const value = String((record as Record<string, unknown>)[key]);
        track(
          loose(tx, name)
            .get(value)
            .then((hit) => void (hit !== undefined && found.set(value, hit))),
        );
      }
    }
  });
  return existing;
}

/**
 * The summaries of every partner the import wrote (lib/store/summaries.ts): from the records written
 * when it wrote both, else read back in the transaction, after the writes.
 */
function trackSummaries(tx: SummaryTx, writes: Write[], track: (request: Promise<unknown>) => void): void {
  const organisations = new Map<string, Organisation>();
  const entries = new Map<string, PipelineEntry>();
  for (const { store, value } of writes) {
    if (store === 'organisations') organisations.set((value as Organisation).id, value as Organisation);
    if (store === 'pipeline') entries.set((value as PipelineEntry).orgId, value as PipelineEntry);
  }
  const summaries = tx.objectStore('summaries');
  const rest: string[] = [];
  for (const [id, organisation] of organisations) {
    const entry = entries.get(id);
    if (entry) track(summaries.put(summarise(organisation, entry)));
    else rest.push(id);
  }
  for (const id of entries.keys()) if (!organisations.has(id)) rest.push(id);
  if (rest.length) track(syncSummaries(tx, rest));
}

/**
 * What the data looks like, cheaply: the revision every counted change moves on, the size of
 * every store, and the newest partner change (the last key of the summaries' by-updated index).
 * Equal before and after means nothing was saved, edited or removed in between.
 */
async function readRevision<Mode extends IDBTransactionMode>(tx: ImportTx<Mode>): Promise<string> {
  const stores = [...EXPORTED_STORE_NAMES, ...CLEARED_ON_REPLACE];
  const [counts, revision, newest] = await Promise.all([
    Promise.all(stores.map((name) => loose(tx, name).count())),
    loose(tx, 'meta').get('revision'),
    tx.objectStore('summaries').index('by-updated').openKeyCursor(null, 'prev'),
  ]);
  return JSON.stringify([revision ?? 0, counts, newest?.key ?? null]);
}

interface FullPlan {
  preview: ImportPreview;
  writes: Write[];
  settings: [ExportedMeta, unknown][];
}

async function planInTransaction<Mode extends IDBTransactionMode>(
  tx: ImportTx<Mode>,
  backup: Backup,
  mode: ImportMode,
): Promise<FullPlan> {
  const snapshot = await lookUpMatches(tx, backup, mode);
  const organisations = planOrganisations(backup, snapshot, mode);
  const others = planOtherStores(
    backup,
    organisations.idMap,
    await lookUpOthers(tx, backup, organisations.idMap, mode),
    mode,
  );
  const counts = Object.fromEntries(ORGANISATION_STATUSES.map((status) => [status, 0])) as Record<
    OrganisationStatus,
    number
  >;
  for (const row of organisations.rows) counts[row.status] += 1;
  const stores = Object.fromEntries(
    EXPORTED_STORE_NAMES.map((name) => [name, others.stores[name] ?? emptySummary()]),
  ) as Record<ExportedStore, StoreSummary>;
  stores.organisations = { ...counts };
  stores.pipeline = {
    ...emptySummary(),
    new: organisations.writes.filter((write) => write.store === 'pipeline').length,
  };
  for (const record of backup.rejected) if (record.store !== 'organisations') stores[record.store].rejected += 1;
  return {
    preview: {
      revision: await readRevision(tx),
      mode,
      rows: organisations.rows,
      counts,
      stores,
      rejected: backup.rejected.filter((record) => record.store !== 'organisations'),
      removed: mode === 'replace' ? snapshot.organisationCount : 0,
      settings: organisations.settings.map(([key]) => key),
    },
    writes: [...organisations.writes, ...others.writes],
    settings: organisations.settings,
  };
}

/** What importing the file would do, without writing anything. */
export async function previewImport(db: Database, backup: Backup, mode: ImportMode = 'merge'): Promise<ImportPreview> {
  const tx = db.transaction([...IMPORT_STORES], 'readonly');
  const plan = await planInTransaction(tx, backup, mode);
  await tx.done;
  return plan.preview;
}

export interface ImportResult extends ImportPreview {
  /** Organisations written (added or changed). */
  written: number;
  /** Records written per store (organisations, ideas, events, "not the same" pairs…). */
  writtenByStore: Partial<Record<ExportedStore, number>>;
}

/**
 * Imports the file in one transaction: all of it, or (on any failure) nothing. Given the
 * preview's revision, it refuses (writing nothing) when the data changed after that preview: the
 * user approved what the preview said, and a Replace's safety copy holds only what was there then.
 */
export async function applyImport(
  db: Database,
  backup: Backup,
  mode: ImportMode = 'merge',
  previewed?: string,
): Promise<ImportResult> {
  const tx = db.transaction([...IMPORT_STORES], 'readwrite');
  let plan: FullPlan;
  let written = 0;
  let writtenByStore: Partial<Record<ExportedStore, number>> = {};
  try {
    plan = await planInTransaction(tx, backup, mode);
    if (previewed !== undefined && plan.preview.revision !== previewed) {
      throw new ImportError('changed', i18n.t('safety.dataChanged'));
    }
    const { writes, settings } = plan;
    writtenByStore = countWrites(writes);
    written = writtenByStore.organisations ?? 0;
    // One change per organisation (its pipeline entry goes with it), record of another store, or setting.
    const changes = writes.filter((write) => write.store !== 'pipeline').length + settings.length;
    const meta = loose(tx, 'meta');
    await all((track) => {
      // Requests run in the order they are made: the clears come before the puts.
      if (mode === 'replace')
        for (const name of [...EXPORTED_STORE_NAMES, ...CLEARED_ON_REPLACE]) track(loose(tx, name).clear());
      for (const write of writes) track(loose(tx, write.store).put(write.value));
      trackSummaries(tx as unknown as SummaryTx, writes, track);
      for (const [key, value] of settings) track(meta.put(value, key));
      if (changes > 0) track(countChange(meta as unknown as Parameters<typeof countChange>[0], changes));
    });
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished (e.g. the commit itself failed): nothing was written either way.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  return { ...plan.preview, written, writtenByStore };
}

/**
 * Applies an import as previewed. If the data changed since, nothing is written: `onFresh` gets
 * the new preview to show (and a Replace takes a new safety copy), and the refusal is thrown.
 */
export async function applyPreviewed(
  db: Database,
  { backup, mode, preview }: { backup: Backup; mode: ImportMode; preview: ImportPreview },
  onFresh: (preview: ImportPreview) => void,
): Promise<ImportResult> {
  try {
    return await applyImport(db, backup, mode, preview.revision);
  } catch (error) {
    if (error instanceof ImportError && error.problem === 'changed') onFresh(await previewImport(db, backup, mode));
    throw error;
  }
}

function countWrites(writes: Write[]): Partial<Record<ExportedStore, number>> {
  const counts: Partial<Record<ExportedStore, number>> = {};
  for (const write of writes) counts[write.store as ExportedStore] = (counts[write.store as ExportedStore] ?? 0) + 1;
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Words for the UI

const n = (count: number) => [formatNumber(count)] as [string];

/** "3 new, 1 updated, 2 unchanged, 1 with differences (your version kept), 1 cannot be imported". */
export function describeCounts(counts: Record<OrganisationStatus, number>): string {
  const parts = [
    counts.new && i18n.t('import.countNew', n(counts.new)),
    counts.updated && i18n.t('import.countUpdated', n(counts.updated)),
    counts.unchanged && i18n.t('import.countUnchanged', n(counts.unchanged)),
    counts.conflicting && i18n.t('import.countConflicting', n(counts.conflicting)),
    counts.rejected && i18n.t('import.countRejected', n(counts.rejected)),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : i18n.t('import.noOrganisations');
}

export function describeResult(result: ImportResult): string {
  const others = describeOtherWrites(result);
  const nothing = result.written === 0 && result.settings.length === 0 && !others && result.mode === 'merge';
  if (nothing) return i18n.t('import.nothingToChange', [describeCounts(result.counts)]);
  const imported = i18n.t('import.imported', [
    recordsOf('organisations', result.written),
    describeCounts(result.counts),
  ]);
  const removed = recordsOf('organisations', result.removed);
  const told = result.mode === 'replace' ? i18n.t('import.replaced', [removed, imported]) : imported;
  return others ? `${told} ${others}` : told;
}

/** "Also: 2 project ideas, 1 event." — the other stores the import wrote, or nothing. */
function describeOtherWrites(result: ImportResult): string | undefined {
  const written = (name: ExportedStore) => result.writtenByStore[name] ?? 0;
  const stores = EXPORTED_STORE_NAMES.filter((name) => !SPECIAL_STORES.has(name) && written(name) > 0);
  const parts = stores.map((name) => recordsOf(name, written(name)));
  return parts.length ? i18n.t('import.also', [parts.join(', ')]) : undefined;
}

/** "Also: 2 project ideas (1 new, 1 updated), 1 “not the same” pair (unchanged)." — or nothing. */
export function describeOtherStores(preview: ImportPreview): string | undefined {
  const parts: string[] = [];
  for (const name of EXPORTED_STORE_NAMES) {
    if (SPECIAL_STORES.has(name)) continue;
    const summary = preview.stores[name];
    const total = summary.new + summary.updated + summary.unchanged + summary.conflicting;
    if (total === 0) continue;
    const detail = [
      summary.new && i18n.t('import.countNew', n(summary.new)),
      summary.updated && i18n.t('import.countUpdated', n(summary.updated)),
      summary.unchanged && i18n.t('import.countUnchanged', n(summary.unchanged)),
      summary.conflicting && i18n.t('import.countYoursKept', n(summary.conflicting)),
    ].filter(Boolean);
    parts.push(i18n.t('import.otherStore', [recordsOf(name, total), detail.join(', ')]));
  }
  return parts.length ? i18n.t('import.also', [parts.join('; ')]) : undefined;
}

/** Any failure of reading, previewing or applying, in plain words. */
export function describeImportError(error: unknown): string {
  return error instanceof ImportError ? error.message : describeStorageError(error);
}
