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
  PipelineEntry,
  Platform,
  ProjectIdea,
  Stage,
} from './model';
import { identityKeys } from './dedupe';
import { DEFAULT_STAGES } from './stages';

export const DB_NAME = 'partner-pipeline';
export const DB_VERSION = 4;

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

export interface PipelineDB extends DBSchema {
  organisations: {
    key: string;
    value: Organisation;
    indexes: {
      'by-oid': string;
      'by-pic': string;
      'by-platform-id': string;
      'by-source-url': string;
      'by-updated': string;
      'by-name-key': string;
      'by-domain': string;
    };
  };
  /** Pairs the user said are different organisations (key: pairKey(a, b)). */
  notSame: { key: string; value: NotSame };
  /** Merges that can be undone, newest last. */
  merges: { key: string; value: MergeRecord; indexes: { 'by-at': string } };
  ideas: { key: string; value: ProjectIdea };
  events: { key: string; value: PartnerEvent; indexes: { 'by-date': string; 'by-org': string } };
  pipeline: {
    key: string;
    value: PipelineEntry;
    indexes: { 'by-stage': string; 'by-follow-up': string };
  };
  meta: { key: MetaKey; value: MetaValues[MetaKey] };
  templates: { key: string; value: OutreachTemplate; indexes: { 'by-language': string } };
  contactLog: { key: string; value: ContactLogEntry; indexes: { 'by-org': string; 'by-at': string } };
  introductions: { key: string; value: Introduction; indexes: { 'by-introducer': string } };
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
  organisations.createIndex('by-updated', 'updatedAt');
  const pipeline = db.createObjectStore('pipeline', { keyPath: 'orgId' });
  pipeline.createIndex('by-stage', 'stageId');
  pipeline.createIndex('by-follow-up', 'nextFollowUp');
  db.createObjectStore('meta');
}

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
 * Version 4: outreach — the user's templates, the contact log (one entry per message) and
 * "introduced by" links. Existing stores keep their value shapes; nothing to rewrite.
 */
function createVersion4(db: PipelineDatabase): void {
  db.createObjectStore('templates', { keyPath: 'id' }).createIndex('by-language', 'language');
  const log = db.createObjectStore('contactLog', { keyPath: 'id' });
  log.createIndex('by-org', 'orgId');
  log.createIndex('by-at', 'at');
  db.createObjectStore('introductions', { keyPath: 'orgId' }).createIndex('by-introducer', 'introducedBy');
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
        if (oldVersion < 4) createVersion4(database);
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
