/**
 * The one IndexedDB database, opened only by extension pages (background, popup, board).
 * Typed schema, a migration cascade keyed on the old version, and connections that step
 * aside (close) when a newer version of the extension needs to upgrade.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type {
  MergeRecord,
  NotSame,
  Organisation,
  PartnerEvent,
  PartnerSummary,
  PipelineEntry,
  Platform,
  ProjectIdea,
  Stage,
} from './model';
import { identityKeys } from './dedupe';
import { summarise } from './summaries';
import { DEFAULT_STAGES } from './stages';

export const DB_NAME = 'partner-pipeline';
export const DB_VERSION = 5;

export interface MetaValues {
  schemaVersion: number;
  stages: Stage[];
  /** ISO time of the last JSON export, for backup nudges. */
  lastExportAt: string | null;
  /** Changes since the last export, for backup nudges. */
  changesSinceExport: number;
  /** When the user last dismissed the backup nudge (it stays away for a week). */
  backupNudgeDismissedAt: string | null;
  /** Platforms whose pages looked redesigned to their reader, last seen when and where. */
  outdatedReaders: Partial<Record<Platform, { seenAt: string; url: string }>>;
}
export type MetaKey = keyof MetaValues;

export interface PipelineDB extends DBSchema {
  /**
   * Every index costs each write of a record (an import of 10,000 pays it 10,000 times), so each
   * one is here because a query needs it:
   */
  organisations: {
    key: string;
    value: Organisation;
    indexes: {
      /** Exact match by OID: repo findExactMatch (saving from a page), import lookUpMatches. */
      'by-oid': string;
      /** Exact match by PIC: repo findExactMatch, import lookUpMatches. */
      'by-pic': string;
      /** Exact match by platform profile: repo findExactMatch, import lookUpMatches. */
      'by-platform-id': string;
      /** "Saved from this page" (same page, same name): repo findExactMatch, page marks. */
      'by-source-url': string;
      /** Probable match by name and country: repo findProbableMatches, merge findProbableDuplicates. */
      'by-name-key': string;
      /** Probable match by website domain: repo findProbableMatches, merge findProbableDuplicates. */
      'by-domain': string;
    };
  };
  /**
   * One compact record per partner (lib/summaries.ts summarise: what lists show and search reads),
   * written in the same transaction as its organisation or entry. The popup and the board read
   * only these: a tenth of the bytes of organisation + entry, and no join.
   */
  summaries: {
    key: string;
    value: PartnerSummary;
    indexes: {
      /** The most recently changed partners: queries firstScreen (the popup's first rows), listPartners (order). */
      'by-updated': string;
      /** Per stage, most recent first, and counted: queries boardFirstScreen, pipeline saveStages (stage in use?). */
      'by-stage-updated': [string, string];
      /** Follow-ups due: pipeline countDue (the toolbar badge), dueFollowUps. */
      'by-follow-up': string;
    };
  };
  /** Pairs the user said are different organisations (key: pairKey(a, b)). */
  notSame: { key: string; value: NotSame };
  /** Merges that can be undone, newest last. */
  merges: { key: string; value: MergeRecord; indexes: { 'by-at': string } };
  ideas: { key: string; value: ProjectIdea };
  events: { key: string; value: PartnerEvent; indexes: { 'by-date': string; 'by-org': string } };
  /** No index: stage and follow-up are looked up through `summaries`. */
  pipeline: { key: string; value: PipelineEntry };
  meta: { key: MetaKey; value: MetaValues[MetaKey] };
}

export type PipelineDatabase = IDBPDatabase<PipelineDB>;
type UpgradeTx = IDBPTransaction<PipelineDB, StoreNames<PipelineDB>[], 'versionchange'>;

/** Version 1: organisations with identity indexes, the pipeline, and meta. */
function createVersion1(db: PipelineDatabase): void {
  const organisations = db.createObjectStore('organisations', { keyPath: 'id' });
  organisations.createIndex('by-oid', 'oid');
  organisations.createIndex('by-pic', 'pic');
  organisations.createIndex('by-platform-id', 'platformIds', { multiEntry: true });
  organisations.createIndex('by-source-url', 'sourceUrls', { multiEntry: true });
  legacyStore(organisations).createIndex('by-updated', 'updatedAt');
  const pipeline = legacyStore(db.createObjectStore('pipeline', { keyPath: 'orgId' }));
  pipeline.createIndex('by-stage', 'stageId');
  pipeline.createIndex('by-follow-up', 'nextFollowUp');
  db.createObjectStore('meta');
}

/** A store seen without the typed schema: for indexes of older versions that the schema no longer names. */
const legacyStore = (store: unknown) => store as IDBObjectStore;

/** Only IDB requests are awaited here: a foreign await would end the upgrade transaction. */
/**
 * Version 2: probable-match keys (normalised name + country, website domain) stored and indexed
 * on every organisation, past projects, "not the same" pairs and undoable merges.
 * Value shape of version 1 organisations: as now, without pastProjects, nameKey and domain.
 */
async function migrateToVersion2(db: PipelineDatabase, tx: UpgradeTx): Promise<void> {
  const organisations = tx.objectStore('organisations');
  organisations.createIndex('by-name-key', 'nameKey');
  organisations.createIndex('by-domain', 'domain');
  db.createObjectStore('notSame', { keyPath: 'pair' });
  db.createObjectStore('merges', { keyPath: 'id' }).createIndex('by-at', 'at');
  let cursor = await organisations.openCursor();
  while (cursor) {
    const v1 = cursor.value;
    await cursor.update({ ...v1, ...identityKeys(v1) });
    cursor = await cursor.continue();
  }
}

/** Version 3: project ideas (with per-idea stages of their members) and in-person events. */
function createVersion3(db: PipelineDatabase): void {
  // Ideas are few (tens): no index needed to find an organisation's ideas.
  db.createObjectStore('ideas', { keyPath: 'id' });
  const events = db.createObjectStore('events', { keyPath: 'id' });
  events.createIndex('by-date', 'date');
  events.createIndex('by-org', 'orgIds', { multiEntry: true });
}

/**
 * Version 5: the `summaries` store, built from every organisation and its entry; the indexes no
 * query uses any more go (organisations by-updated; pipeline by-stage and by-follow-up, whose
 * queries read the summaries' indexes now).
 */
async function migrateToVersion5(db: PipelineDatabase, tx: UpgradeTx): Promise<void> {
  const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
  summaries.createIndex('by-updated', 'updatedAt');
  summaries.createIndex('by-stage-updated', ['stageId', 'updatedAt']);
  summaries.createIndex('by-follow-up', 'nextFollowUp');
  const organisations = tx.objectStore('organisations');
  const pipeline = tx.objectStore('pipeline');
  // Created by version 1, named by no query now.
  const unused = [[organisations, 'by-updated'], [pipeline, 'by-stage'], [pipeline, 'by-follow-up']] as const;
  for (const [store, name] of unused) {
    if (legacyStore(store).indexNames.contains(name)) legacyStore(store).deleteIndex(name);
  }
  const [orgs, entries] = await Promise.all([organisations.getAll(), pipeline.getAll()]);
  const entryOf = new Map(entries.map((entry) => [entry.orgId, entry]));
  const store = tx.objectStore('summaries');
  await Promise.all(orgs.map((org) => store.put(summarise(org, entryOf.get(org.id)))));
}

async function seedMeta(tx: UpgradeTx): Promise<void> {
  const meta = tx.objectStore('meta');
  if (!(await meta.get('stages'))) await meta.put(DEFAULT_STAGES, 'stages');
  if ((await meta.get('lastExportAt')) === undefined) await meta.put(null, 'lastExportAt');
  if ((await meta.get('changesSinceExport')) === undefined) await meta.put(0, 'changesSinceExport');
  await meta.put(DB_VERSION, 'schemaVersion');
}

/** Anything with the meta store's get/put: a store inside whichever transaction makes the change. */
interface MetaStore {
  get(key: 'changesSinceExport'): Promise<unknown>;
  put(value: number, key: 'changesSinceExport'): Promise<unknown>;
}

/** Count changes since the last export (backup nudges), inside the change's own transaction. */
export async function countChange(meta: MetaStore, by = 1): Promise<void> {
  const current = await meta.get('changesSinceExport');
  await meta.put((typeof current === 'number' ? current : 0) + by, 'changesSinceExport');
}

export interface OpenOptions {
  name?: string;
  /** Called when another context holds an older connection open and the upgrade must wait. */
  onBlocked?: () => void;
}

export async function openPipelineDb(options: OpenOptions = {}): Promise<PipelineDatabase> {
  const db = await openDB<PipelineDB>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      // Each step runs in order, from the version found; only IDB requests are awaited.
      const steps = (async () => {
        if (oldVersion < 1) createVersion1(database);
        if (oldVersion < 2) await migrateToVersion2(database, tx);
        if (oldVersion < 3) createVersion3(database);
        if (oldVersion < 5) await migrateToVersion5(database, tx);
        await seedMeta(tx);
      })();
      steps.catch(() => tx.abort());
    },
    blocked: () => options.onBlocked?.(),
    // A newer version wants to upgrade: close so it is not blocked by us.
    blocking: () => db.close(),
  });
  return db;
}
