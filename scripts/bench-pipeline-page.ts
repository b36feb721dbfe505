/**
 * The in-page half of scripts/bench-pipeline.ts: bundled for the browser (IIFE, global
 * `PartnerPipelineBenchPage`) and loaded into an extension page, so the project's own code
 * (lib/store/repo.ts lookups, lib/backup/exchange.ts export, lib/backup/import.ts import) runs under the extension's
 * CSP (zod without its eval JIT), against the extension's real IndexedDB.
 * No Node APIs here.
 */
import type { IDBPObjectStore } from 'idb';
import { DB_NAME, openDatabase, type DatabaseSchema, type Database } from '../lib/store/db';
import { exportParts } from '../lib/backup/exchange';
import { canonicalUrl, platformIdsOf } from '../lib/domain/identity';
import { applyImport, readBackup, type ImportResult } from '../lib/backup/import';
import type { ExtractedOrganisation, Organisation, PipelineEntry } from '../lib/domain/model';
import { boardFirstScreen, firstScreen, listPartners } from '../lib/store/queries';
import { findProbableMatches } from '../lib/store/repo';
import { filterPartners, sortPartners } from '../lib/domain/search';
import { summarise } from '../lib/store/summaries';

type Stores = ('organisations' | 'pipeline' | 'meta' | 'notSame')[];
type OrganisationStore = IDBPObjectStore<DatabaseSchema, Stores, 'organisations', 'readonly'>;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// ── Matching one organisation against the store ────────────────────────────────────────────

/** lib/store/repo.ts findExactMatch (module-private there), step for step: platform id, OID, PIC, same page. */
async function findExactMatch(
  store: OrganisationStore,
  fields: ExtractedOrganisation,
  pageUrl: string,
): Promise<Organisation | undefined> {
  for (const platformId of platformIdsOf(fields)) {
    const hit = await store.index('by-platform-id').get(platformId);
    if (hit) return hit;
  }
  if (fields.oid) {
    const hit = await store.index('by-oid').get(fields.oid);
    if (hit) return hit;
  }
  if (fields.pic) {
    const hit = await store.index('by-pic').get(fields.pic);
    if (hit) return hit;
  }
  const samePage = await store.index('by-source-url').getAll(pageUrl);
  return samePage.find((candidate) => candidate.name.toLowerCase() === fields.name.toLowerCase());
}

export interface MatchCandidate {
  kind: 'new' | 'exact' | 'probable';
  fields: ExtractedOrganisation;
  pageUrl: string;
}

/**
 * What proposeSave does before it writes: in one transaction, the exact lookups and, when they
 * find nothing, the probable ones (name key, domain, minus "not the same" pairs). Times each
 * candidate `repeats` times; the database is opened once (the background keeps it open for a save).
 */
export async function benchMatch(candidates: MatchCandidate[], repeats = 3) {
  const db = await openDatabase();
  const times: Record<MatchCandidate['kind'], number[]> = { new: [], exact: [], probable: [] };
  const wrong: string[] = [];
  try {
    for (let round = 0; round < repeats; round += 1) {
      for (const candidate of candidates) {
        const start = performance.now();
        const tx = db.transaction(['organisations', 'pipeline', 'meta', 'notSame'], 'readonly');
        const organisations = tx.objectStore('organisations');
        const exact = await findExactMatch(
          organisations as unknown as OrganisationStore,
          candidate.fields,
          canonicalUrl(candidate.pageUrl),
        );
        const probable = exact
          ? []
          : await findProbableMatches(organisations, tx.objectStore('notSame'), candidate.fields, undefined);
        await tx.done;
        times[candidate.kind].push(performance.now() - start);
        const found = exact ? 'exact' : probable.length ? 'probable' : 'new';
        if (round === 0 && found !== candidate.kind)
          wrong.push(`${candidate.fields.name}: expected ${candidate.kind}, found ${found}`);
      }
    }
  } finally {
    db.close();
  }
  return {
    newMs: median(times.new),
    exactMs: median(times.exact),
    probableMs: median(times.probable),
    allMs: median([...times.new, ...times.exact, ...times.probable]),
    maxMs: Math.max(...times.new, ...times.exact, ...times.probable),
    counts: { new: times.new.length, exact: times.exact.length, probable: times.probable.length },
    wrong,
  };
}

// ── The read path of the popup and the board, piece by piece (for diagnosis) ────────────────

/**
 * Times the queries the popup and board make (lib/store/queries.ts) and the pure search steps
 * (lib/domain/search.ts) over the seeded 10,000: where first render and a keystroke spend their time.
 */
export async function benchReadPath(queries: string[], runs = 5) {
  const times = {
    openMs: [] as number[],
    firstScreenMs: [] as number[],
    boardFirstScreenMs: [] as number[],
    listPartnersMs: [] as number[],
    filterMs: [] as number[],
    sortMs: [] as number[],
    sortPlainMs: [] as number[],
  };
  let partners: Awaited<ReturnType<typeof listPartners>> = [];
  for (let run = 0; run < runs; run += 1) {
    let start = performance.now();
    const db = await openDatabase();
    times.openMs.push(performance.now() - start);
    try {
      start = performance.now();
      await firstScreen(db);
      times.firstScreenMs.push(performance.now() - start);
      start = performance.now();
      await boardFirstScreen(db);
      times.boardFirstScreenMs.push(performance.now() - start);
      start = performance.now();
      partners = await listPartners(db);
      times.listPartnersMs.push(performance.now() - start);
    } finally {
      db.close();
    }
  }
  for (const query of queries) {
    let start = performance.now();
    const filtered = filterPartners(partners, { query });
    times.filterMs.push(performance.now() - start);
    start = performance.now();
    sortPartners(filtered, 'recent');
    times.sortMs.push(performance.now() - start);
    // The same order with a plain code-unit comparison of the ISO times instead of localeCompare.
    start = performance.now();
    [...filtered].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    times.sortPlainMs.push(performance.now() - start);
  }
  return {
    openMs: median(times.openMs),
    firstScreenMs: median(times.firstScreenMs),
    boardFirstScreenMs: median(times.boardFirstScreenMs),
    listPartnersMs: median(times.listPartnersMs),
    filterMs: median(times.filterMs),
    sortMs: median(times.sortMs),
    sortPlainMs: median(times.sortPlainMs),
    partners: partners.length,
  };
}

// ── Export and import ───────────────────────────────────────────────────────────────────────

let fresh = 0;
const freshName = () => `bench-pipeline-${Date.now()}-${fresh++}`;

async function dropDb(db: Database): Promise<void> {
  const name = db.name;
  db.close();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/**
 * The floor: plain IndexedDB, one readwrite transaction putting every record the schema keeps for
 * these partners — organisations, entries and their summaries (computed beforehand, not timed).
 */
function rawPut(name: string, organisations: unknown[], pipeline: unknown[], summaries: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['organisations', 'pipeline', 'summaries'], 'readwrite');
      const orgStore = tx.objectStore('organisations');
      const entryStore = tx.objectStore('pipeline');
      const summaryStore = tx.objectStore('summaries');
      for (const record of organisations) orgStore.put(record);
      for (const record of pipeline) entryStore.put(record);
      for (const record of summaries) summaryStore.put(record);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = tx.onabort = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
}

/** The floor: plain IndexedDB getAll of both stores in one readonly transaction. */
function rawGetAll(name: string): Promise<{ organisations: unknown[]; pipeline: unknown[] }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['organisations', 'pipeline'], 'readonly');
      const orgs = tx.objectStore('organisations').getAll();
      const entries = tx.objectStore('pipeline').getAll();
      tx.oncomplete = () => {
        db.close();
        resolve({ organisations: orgs.result, pipeline: entries.result });
      };
      tx.onerror = tx.onabort = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
}

/** Indexes of an object store: name, key path, multiEntry. */
type IndexSpec = [string, string | string[], boolean?];
type SchemaSpec = Record<string, { keyPath: string; indexes: IndexSpec[] }>;

/**
 * Schemas to compare the floor with, in the same run: the one before the summaries store
 * (version 3: 7 indexes on organisations, 2 on entries) and the current stores with no index at
 * all (what the records alone cost).
 */
const COMPARED_SCHEMAS: Record<'v3' | 'bare', SchemaSpec> = {
  v3: {
    organisations: {
      keyPath: 'id',
      indexes: [
        ['by-oid', 'oid'],
        ['by-pic', 'pic'],
        ['by-platform-id', 'platformIds', true],
        ['by-source-url', 'sourceUrls', true],
        ['by-updated', 'updatedAt'],
        ['by-name-key', 'nameKey'],
        ['by-domain', 'domain'],
      ],
    },
    pipeline: {
      keyPath: 'orgId',
      indexes: [
        ['by-stage', 'stageId'],
        ['by-follow-up', 'nextFollowUp'],
      ],
    },
  },
  bare: {
    organisations: { keyPath: 'id', indexes: [] },
    pipeline: { keyPath: 'orgId', indexes: [] },
    summaries: { keyPath: 'id', indexes: [] },
  },
};

/** One transaction putting `records` (by store) into a new database of `schema`; resolves with its duration. */
function timedPutInto(schema: SchemaSpec, records: Record<string, unknown[]>): Promise<number> {
  const name = freshName();
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      for (const [store, spec] of Object.entries(schema)) {
        const created = open.result.createObjectStore(store, { keyPath: spec.keyPath });
        for (const [index, path, multiEntry] of spec.indexes)
          created.createIndex(index, path, { multiEntry: !!multiEntry });
      }
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stores = Object.keys(schema);
      const start = performance.now();
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) for (const record of records[store] ?? []) tx.objectStore(store).put(record);
      tx.oncomplete = () => {
        const took = performance.now() - start;
        db.close();
        indexedDB.deleteDatabase(name);
        resolve(took);
      };
      tx.onerror = tx.onabort = () => reject(tx.error);
    };
  });
}

const summary = (result: ImportResult) => ({ ...result.counts, written: result.written });

/**
 * Export of the extension's own (seeded) database, import of that file into an empty profile,
 * import of `halfDuplicateText` into a profile holding the seeded organisations, and the raw floors.
 * Every figure is a list of `runs` timings (the caller takes medians).
 */
export async function benchExportImport({ halfDuplicateText, runs = 5 }: { halfDuplicateText: string; runs?: number }) {
  const source = await openDatabase();
  const records = await rawGetAll(DB_NAME);
  const n = records.organisations.length;
  const entryOf = new Map((records.pipeline as PipelineEntry[]).map((entry) => [entry.orgId, entry]));
  const summaries = (records.organisations as Organisation[]).map((org) => summarise(org, entryOf.get(org.id)));
  const timings = {
    rawGetAllMs: [] as number[],
    rawFileMs: [] as number[],
    rawPutMs: [] as number[],
    rawPutV3Ms: [] as number[],
    rawPutBareMs: [] as number[],
    exportMs: [] as number[],
    importEmptyMs: [] as number[],
    importEmptyReadMs: [] as number[],
    importHalfMs: [] as number[],
    importHalfReadMs: [] as number[],
  };
  let text = '';
  const outcomes: Record<string, unknown> = {};
  try {
    for (let run = 0; run < runs; run += 1) {
      let start = performance.now();
      await rawGetAll(DB_NAME);
      timings.rawGetAllMs.push(performance.now() - start);

      // The floor of a file: the same read, one JSON.stringify, into a Blob (no order, no envelope).
      start = performance.now();
      void new Blob([JSON.stringify(await rawGetAll(DB_NAME))], { type: 'application/json' });
      timings.rawFileMs.push(performance.now() - start);

      // What the download does (lib/reads/download.ts): the parts go into a Blob, never joined.
      start = performance.now();
      const { parts } = await exportParts(source, 'bench');
      const file = new Blob(parts, { type: 'application/json' });
      timings.exportMs.push(performance.now() - start);
      if (run === runs - 1) text = await file.text(); // the import below reads this file
    }
  } finally {
    source.close();
  }

  for (let run = 0; run < runs; run += 1) {
    // Floor: the same records into an empty profile (schema and indexes as the extension's).
    let db = await openDatabase({ name: freshName() });
    const name = db.name;
    db.close();
    let start = performance.now();
    await rawPut(name, records.organisations, records.pipeline, summaries);
    timings.rawPutMs.push(performance.now() - start);
    const all = { organisations: records.organisations, pipeline: records.pipeline, summaries };
    timings.rawPutV3Ms.push(await timedPutInto(COMPARED_SCHEMAS.v3, all));
    timings.rawPutBareMs.push(await timedPutInto(COMPARED_SCHEMAS.bare, all));
    db = await openDatabase({ name });
    await dropDb(db);

    // Restore the export into an empty profile: read (JSON + zod) and apply (plan + one transaction).
    db = await openDatabase({ name: freshName() });
    start = performance.now();
    const backup = readBackup(text);
    timings.importEmptyReadMs.push(performance.now() - start);
    const empty = await applyImport(db, backup, 'merge');
    timings.importEmptyMs.push(performance.now() - start);
    outcomes.empty = summary(empty);
    await dropDb(db);

    // Half of the file's organisations are already saved (under other ids): found by OID/PIC/platform id and merged.
    db = await openDatabase({ name: freshName() });
    const prepared = db.name;
    db.close();
    await rawPut(prepared, records.organisations, records.pipeline, summaries);
    db = await openDatabase({ name: prepared });
    start = performance.now();
    const half = readBackup(halfDuplicateText);
    timings.importHalfReadMs.push(performance.now() - start);
    const merged = await applyImport(db, half, 'merge');
    timings.importHalfMs.push(performance.now() - start);
    outcomes.half = { ...summary(merged), matchedBy: countBy(merged.rows.map((row) => row.matchedBy ?? 'none')) };
    const after = await db.count('organisations');
    outcomes.halfStoredAfter = after;
    await dropDb(db);
  }
  return { n, fileBytes: new Blob([text]).size, halfFileBytes: new Blob([halfDuplicateText]).size, timings, outcomes };
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

export type { Organisation, PipelineEntry };
