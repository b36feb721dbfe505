/**
 * The one IndexedDB database, opened only by extension pages (background, popup, board).
 * Typed schema, a migration cascade keyed on the old version, and connections that step
 * aside (close) when a newer version of the extension needs to upgrade.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type {
  ContactLogEntry,
  Introduction,
  MergeRecord,
  MyOrganisation,
  NotSame,
  Organisation,
  OutreachTemplate,
  PartnerEvent,
  PartnerSummary,
  PipelineEntry,
  Platform,
  ProjectIdea,
  Stage,
} from '../domain/model';
import { identityKeys } from '../domain/dedupe';
import { summarise } from '../domain/partner-summary';
import { DEFAULT_STAGES } from '../domain/stages';
import { upgradeWarnings } from '../domain/warnings-legacy';
import type { PageRule } from '../page-rules/types';

export const DB_NAME = 'partner-pipeline';
export const DB_VERSION = 6;

export interface MetaValues {
  schemaVersion: number;
  stages: Stage[];
  /** ISO time of the last JSON export, for backup nudges. */
  lastExportAt: string | null;
  /** Changes since the last export, for backup nudges. */
  changesSinceExport: number;
  /** When the user last dismissed the backup nudge (it stays away for a week). */
  backupNudgeDismissedAt: string | null;
  /** Goes up with every counted change and never back (exports leave it): "has anything changed since?". */
  revision: number;
  /** Old records an upgrade could not read: kept whole, exported with backups (lib/reads/download.ts). */
  setAside: SetAsideRecord[];
  /** Platforms whose pages looked redesigned to their reader, last seen when and where. */
  outdatedReaders: Partial<Record<Platform, { seenAt: string; url: string }>>;
  /** The user's page rules (lib/page-rules): in the backup, no store of their own. */
  pageRules: PageRule[];
  /** The user's own organisation (Options), null until given. */
  me: MyOrganisation | null;
  /** The user skipped the first-run question about their organisation. */
  meSkipped: boolean;
  /** Follow-up cadence: days after sending. */
  cadence: number[];
  /** The language the user writes in when a partner's is not known. */
  outreachLanguage: string;
}
export type MetaKey = keyof MetaValues;

export interface DatabaseSchema extends DBSchema {
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
   * One compact record per partner (lib/domain/partner-summary.ts summarise: what lists show and search reads),
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
  templates: { key: string; value: OutreachTemplate; indexes: { 'by-language': string } };
  contactLog: { key: string; value: ContactLogEntry; indexes: { 'by-org': string; 'by-at': string } };
  introductions: { key: string; value: Introduction; indexes: { 'by-introducer': string } };
}

export type Database = IDBPDatabase<DatabaseSchema>;
type UpgradeTx = IDBPTransaction<DatabaseSchema, StoreNames<DatabaseSchema>[], 'versionchange'>;

/** Version 1: organisations with identity indexes, the pipeline, and meta. */
function createVersion1(db: Database): void {
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
async function migrateToVersion2(db: Database, tx: UpgradeTx): Promise<void> {
  const organisations = tx.objectStore('organisations');
  organisations.createIndex('by-name-key', 'nameKey');
  organisations.createIndex('by-domain', 'domain');
  db.createObjectStore('notSame', { keyPath: 'pair' });
  db.createObjectStore('merges', { keyPath: 'id' }).createIndex('by-at', 'at');
  const setAside: SetAsideRecord[] = [];
  let cursor = await organisations.openCursor();
  while (cursor) {
    const v1 = cursor.value;
    const keys = keysOrNothing(v1);
    if (keys) await cursor.update({ ...v1, ...keys });
    else setAside.push(await setAsideOrganisation(tx, cursor.primaryKey, v1));
    cursor = await cursor.continue();
  }
  if (setAside.length) await keepSetAside(tx, setAside);
}

/** A record the upgrade could not read, kept whole (meta `setAside`) and exported with backups. */
export interface SetAsideRecord {
  store: 'organisations' | 'pipeline';
  key: string;
  value: unknown;
  at: string;
}

function keysOrNothing(organisation: Organisation): ReturnType<typeof identityKeys> | undefined {
  try {
    return typeof organisation?.name === 'string' && organisation.name.trim() ? identityKeys(organisation) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One broken old record must not stop the upgrade of all the others: it (and its pipeline entry)
 * leave the stores the views read, and wait in meta, whole, to be exported.
 */
async function setAsideOrganisation(tx: UpgradeTx, key: string, value: unknown): Promise<SetAsideRecord> {
  const at = new Date().toISOString();
  await tx.objectStore('organisations').delete(key);
  const entry = await tx.objectStore('pipeline').get(key);
  if (entry) await tx.objectStore('pipeline').delete(key);
  return { store: 'organisations', key: String(key), value: entry ? { organisation: value, entry } : value, at };
}

async function keepSetAside(tx: UpgradeTx, records: SetAsideRecord[]): Promise<void> {
  const meta = tx.objectStore('meta');
  const earlier = ((await meta.get('setAside')) as SetAsideRecord[] | undefined) ?? [];
  await meta.put([...earlier, ...records], 'setAside');
}

/** Version 3: project ideas (with per-idea stages of their members) and in-person events. */
function createVersion3(db: Database): void {
  // Ideas are few (tens): no index needed to find an organisation's ideas.
  db.createObjectStore('ideas', { keyPath: 'id' });
  const events = db.createObjectStore('events', { keyPath: 'id' });
  events.createIndex('by-date', 'date');
  events.createIndex('by-org', 'orgIds', { multiEntry: true });
}

/**
 * Version 4: outreach — the user's templates, the contact log (one entry per message) and
 * "introduced by" links. Existing stores keep their value shapes; nothing to rewrite.
 */
function createVersion4(db: Database): void {
  db.createObjectStore('templates', { keyPath: 'id' }).createIndex('by-language', 'language');
  const log = db.createObjectStore('contactLog', { keyPath: 'id' });
  log.createIndex('by-org', 'orgId');
  log.createIndex('by-at', 'at');
  db.createObjectStore('introductions', { keyPath: 'orgId' }).createIndex('by-introducer', 'introducedBy');
}

/**
 * Version 5: the `summaries` store, built from every organisation and its entry; the indexes no
 * query uses any more go (organisations by-updated; pipeline by-stage and by-follow-up, whose
 * queries read the summaries' indexes now).
 */
async function migrateToVersion5(db: Database, tx: UpgradeTx): Promise<void> {
  const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
  summaries.createIndex('by-updated', 'updatedAt');
  summaries.createIndex('by-stage-updated', ['stageId', 'updatedAt']);
  summaries.createIndex('by-follow-up', 'nextFollowUp');
  const organisations = tx.objectStore('organisations');
  const pipeline = tx.objectStore('pipeline');
  // Created by version 1, named by no query now.
  const unused = [
    [organisations, 'by-updated'],
    [pipeline, 'by-stage'],
    [pipeline, 'by-follow-up'],
  ] as const;
  for (const [store, name] of unused) {
    if (legacyStore(store).indexNames.contains(name)) legacyStore(store).deleteIndex(name);
  }
  const [orgs, entries] = await Promise.all([organisations.getAll(), pipeline.getAll()]);
  const entryOf = new Map(entries.map((entry) => [entry.orgId, entry]));
  const store = tx.objectStore('summaries');
  await Promise.all(orgs.map((org) => store.put(summarise(org, entryOf.get(org.id)))));
}

/**
 * Version 6: warnings are codes with parameters (lib/domain/warnings.ts). Each source's English sentences
 * of versions ≤ 5 become codes; a sentence no code matches is kept as `legacy` text. Only
 * organisations hold warnings (summaries do not), so nothing else changes.
 * Value shape of version 5 sources: as now, with `warnings: string[]`.
 */
async function migrateToVersion6(tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('organisations').openCursor();
  while (cursor) {
    const v5 = cursor.value as Organisation & { sources?: unknown };
    const sources = Array.isArray(v5.sources) ? v5.sources : [];
    const old = sources.some((source) =>
      (source as { warnings?: unknown[] })?.warnings?.some((item) => typeof item === 'string'),
    );
    if (old) {
      const upgraded = sources.map((source) =>
        source && typeof source === 'object'
          ? { ...source, warnings: upgradeWarnings((source as { warnings?: unknown }).warnings) }
          : source,
      );
      await cursor.update({ ...v5, sources: upgraded } as Organisation);
    }
    cursor = await cursor.continue();
  }
}

async function seedMeta(tx: UpgradeTx): Promise<void> {
  const meta = tx.objectStore('meta');
  if (!(await meta.get('stages'))) await meta.put(DEFAULT_STAGES, 'stages');
  if ((await meta.get('lastExportAt')) === undefined) await meta.put(null, 'lastExportAt');
  if ((await meta.get('changesSinceExport')) === undefined) await meta.put(0, 'changesSinceExport');
  await meta.put(DB_VERSION, 'schemaVersion');
}

/** The meta store of any transaction that names it, as far as reading goes. */
export interface MetaReader {
  get(key: MetaKey): Promise<MetaValues[MetaKey] | undefined>;
}
export interface MetaWriter extends MetaReader {
  put(value: MetaValues[MetaKey], key: MetaKey): Promise<unknown>;
}
/** A meta store, or the database itself (a transaction of its own). */
type MetaSource = MetaReader | Database;
const metaStore = (source: MetaSource): MetaReader =>
  'objectStoreNames' in source ? source.transaction('meta').store : source;

/** One meta value with its own type: the store only knows the union of them all. */
export const getMeta = <K extends MetaKey>(source: MetaSource, key: K): Promise<MetaValues[K] | undefined> =>
  metaStore(source).get(key) as Promise<MetaValues[K] | undefined>;

export const putMeta = <K extends MetaKey>(meta: MetaWriter, key: K, value: MetaValues[K]): Promise<unknown> =>
  meta.put(value, key);

/** The user's stages, or the defaults before any were saved. */
export const readStages = async (source: MetaSource): Promise<Stage[]> =>
  (await getMeta(source, 'stages')) ?? DEFAULT_STAGES;

/** Anything with the meta store's get/put: a store inside whichever transaction makes the change. */
interface MetaStore {
  get(key: 'changesSinceExport' | 'revision'): Promise<unknown>;
  put(value: number, key: 'changesSinceExport' | 'revision'): Promise<unknown>;
}

/**
 * Count changes since the last export (backup nudges), inside the change's own transaction, and
 * move the revision on (an import previewed before the change refuses to apply after it).
 */
export async function countChange(meta: MetaStore, by = 1): Promise<void> {
  const [current, revision] = await Promise.all([meta.get('changesSinceExport'), meta.get('revision')]);
  await Promise.all([
    meta.put((typeof current === 'number' ? current : 0) + by, 'changesSinceExport'),
    meta.put((typeof revision === 'number' ? revision : 0) + 1, 'revision'),
  ]);
}

export interface OpenOptions {
  name?: string;
  /** Called when another context holds an older connection open and the upgrade must wait. */
  onBlocked?: () => void;
  /**
   * Give up after this long (the background, which must answer a page): an upgrade blocked by
   * another window, or another window's upgrade in progress, fails fast with a BlockedError
   * ("updated in another window") instead of waiting until the browser stops the worker.
   */
  timeoutMs?: number;
}

/** The database could not be opened now because another window holds or upgrades it. */
export class BlockedError extends Error {
  override readonly name = 'BlockedError';
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  if (options.timeoutMs === undefined) return openNow(options);
  let giveUp: (error: Error) => void = () => undefined;
  const failFast = new Promise<never>((_, reject) => (giveUp = reject));
  const timer = setTimeout(
    () => giveUp(new BlockedError('The database is busy in another window.')),
    options.timeoutMs,
  );
  const onBlocked = () => {
    options.onBlocked?.();
    giveUp(new BlockedError('The database upgrade is blocked.'));
  };
  const opening = openNow({ ...options, onBlocked });
  try {
    return await Promise.race([opening, failFast]);
  } catch (error) {
    // If the open still succeeds later, let the connection go: nobody is waiting for it.
    void opening.then(
      (db) => db.close(),
      () => undefined,
    );
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An upgrade of the stored data failed and was rolled back: the data is as it was, at the old
 * version. Said in plain words (storage-errors.ts), with the way to export it (openAsItIs).
 */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(readonly inner: unknown) {
    super('The stored data could not be upgraded; it was left as it was.');
  }
}

/** The database at whatever version it is, never upgraded: for exporting after a failed upgrade. */
export async function openAsItIs(name = DB_NAME): Promise<Database> {
  return openDB<DatabaseSchema>(name);
}

async function openNow(options: OpenOptions): Promise<Database> {
  let upgrading = false;
  const db = await openDB<DatabaseSchema>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      upgrading = oldVersion > 0;
      // Each step runs in order, from the version found; only IDB requests are awaited.
      const steps = (async () => {
        if (oldVersion < 1) createVersion1(database);
        if (oldVersion < 2) await migrateToVersion2(database, tx);
        if (oldVersion < 3) createVersion3(database);
        if (oldVersion < 4) createVersion4(database);
        if (oldVersion < 5) await migrateToVersion5(database, tx);
        if (oldVersion < 6) await migrateToVersion6(tx);
        await seedMeta(tx);
      })();
      steps.catch(() => tx.abort());
      // A failed upgrade is reported by the open itself (MigrationError), not as a stray rejection.
      tx.done.catch(() => undefined);
    },
    blocked: () => options.onBlocked?.(),
    // A newer version wants to upgrade: close so it is not blocked by us.
    blocking: () => db.close(),
  }).catch((error: unknown) => {
    throw upgrading ? new MigrationError(error) : error;
  });
  return db;
}
