/**
 * JSON export: a versioned envelope with everything, in a deterministic order, so a backup
 * re-imports to the same state and two exports of the same data are byte-identical.
 *
 * What a backup holds is declared once, in two registries that export, import (lib/backup/import.ts)
 * and validation all follow:
 * - EXPORTED_STORES: object stores → zod schema + keyPath (records are sorted by it).
 *   A new store is one line here. If its records refer to organisations, give it `remapOrgIds`
 *   (an imported organisation may join an existing one under another id). Also add a step to
 *   MIGRATIONS in lib/backup/import.ts that gives files of older versions an empty array of it.
 * - EXPORTED_META: settings kept in the `meta` store → zod schema, fallback and merge rule.
 * Bookkeeping meta (schemaVersion, lastExportAt, changesSinceExport) is not exported: it
 * describes this browser's copy, not the data. Nor is the `merges` store: it is this browser's
 * undo log (snapshots taken before a merge), and undoing a merge restored from another copy
 * would overwrite whatever changed since. Nor is `summaries`: derived from organisations and
 * entries, rebuilt by whatever writes them (an import too).
 */
import { z } from '../domain/zod';
import type { StoreNames } from 'idb';
import { DB_VERSION, getMeta, type MetaKey, type DatabaseSchema, type Database } from '../store/db';
import { pairKey } from '../domain/dedupe';
import { DEFAULT_CADENCE } from '../outreach/cadence';
import {
  CadenceSchema,
  ContactLogEntrySchema,
  IntroductionSchema,
  LanguageTagSchema,
  MyOrganisationSchema,
  NotSameSchema,
  OutreachTemplateSchema,
  OrganisationSchema,
  PartnerEventSchema,
  PipelineEntrySchema,
  ProjectIdeaSchema,
  StageSchema,
  type ContactLogEntry,
  type Introduction,
  type PartnerEvent,
  type ProjectIdea,
  type Stage,
} from '../domain/model';
import { DEFAULT_STAGES } from '../domain/stages';
import { mergeBackupRules } from '../page-rules/plan';
import { PageRulesSchema } from '../page-rules/schema';

export const EXPORT_FORMAT = 'partner-pipeline-export';

export interface StoreSpec<S extends z.ZodType> {
  schema: S;
  /** The store's keyPath: the record's identity in the file and in the database. */
  key: keyof z.output<S> & string;
  /** Plain words for messages: "organisation" / "organisations". */
  one: string;
  many: string;
  /** Rewrites the organisation ids a record refers to (see lib/backup/import.ts). */
  remapOrgIds?: (value: z.output<S>, orgId: (id: string) => string) => z.output<S>;
  /**
   * Merge mode, same key in the browser and the file: what to keep. Return `mine` itself when
   * the file adds nothing. Without it the browser's record is kept as it is.
   */
  merge?: (mine: z.output<S>, theirs: z.output<S>) => z.output<S>;
}
export type AnyStoreSpec = StoreSpec<any>;
const store = <S extends z.ZodType>(spec: StoreSpec<S>) => spec;

export interface MergeContext {
  /** The profile has no organisations yet: its settings are only the defaults. */
  emptyProfile: boolean;
}
export interface MetaSpec<S extends z.ZodType> {
  schema: S;
  fallback: () => z.output<S>;
  /** Merge mode: combine what the browser has with what the file has. */
  merge: (current: z.output<S>, incoming: z.output<S>, context: MergeContext) => z.output<S>;
  /** Added without a new data version: files written before lack it and read as the fallback. */
  addedLater?: boolean;
}
export type AnyMetaSpec = MetaSpec<any>;
const setting = <S extends z.ZodType>(spec: MetaSpec<S>) => spec;

/** Stages: an empty profile takes the file's list; otherwise ours win and the file's new ones are added. */
function mergeStages(current: Stage[], incoming: Stage[], { emptyProfile }: MergeContext): Stage[] {
  if (emptyProfile) return incoming;
  const known = new Set(current.map((stage) => stage.id));
  const added = incoming.filter((stage) => !known.has(stage.id));
  return added.length ? [...current, ...added] : current;
}

/** "a|b" (two organisation ids, lib/domain/dedupe.ts pairKey) with both ids rewritten. */
function remapPair<T extends { pair: string }>(value: T, orgId: (id: string) => string): T {
  const [a, b] = value.pair.split('|');
  return a !== undefined && b !== undefined ? { ...value, pair: pairKey(orgId(a), orgId(b)) } : value;
}

/** Members of a project idea, one per organisation (two may have joined into one). */
function remapMembers(idea: ProjectIdea, orgId: (id: string) => string): ProjectIdea {
  const seen = new Set<string>();
  const members = idea.members
    .map((member) => ({ ...member, orgId: orgId(member.orgId) }))
    .filter((member) => !seen.has(member.orgId) && Boolean(seen.add(member.orgId)));
  return { ...idea, members };
}

function mergeMembers(mine: ProjectIdea, theirs: ProjectIdea): ProjectIdea {
  const known = new Set(mine.members.map((member) => member.orgId));
  const added = theirs.members.filter((member) => !known.has(member.orgId));
  return added.length
    ? {
        ...mine,
        members: [...mine.members, ...added],
        updatedAt: mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt,
      }
    : mine;
}

function remapEventOrgs(event: PartnerEvent, orgId: (id: string) => string): PartnerEvent {
  return { ...event, orgIds: [...new Set(event.orgIds.map(orgId))] };
}

function mergeEventOrgs(mine: PartnerEvent, theirs: PartnerEvent): PartnerEvent {
  const added = theirs.orgIds.filter((id) => !mine.orgIds.includes(id));
  return added.length ? { ...mine, orgIds: [...mine.orgIds, ...added] } : mine;
}

function remapLogEntry(entry: ContactLogEntry, orgId: (id: string) => string): ContactLogEntry {
  const referred = entry.outcome?.referredOrgId;
  const outcome = entry.outcome && referred ? { ...entry.outcome, referredOrgId: orgId(referred) } : entry.outcome;
  return { ...entry, orgId: orgId(entry.orgId), ...(outcome ? { outcome } : {}) };
}

function remapIntroduction(value: Introduction, orgId: (id: string) => string): Introduction {
  return { ...value, orgId: orgId(value.orgId), introducedBy: orgId(value.introducedBy) };
}

/** A log entry answered or with an outcome in one copy wins over the same entry still open in the other. */
function mergeLogEntry(mine: ContactLogEntry, theirs: ContactLogEntry): ContactLogEntry {
  const sent = mine.sent ?? theirs.sent;
  const sentOn = mine.sentOn ?? theirs.sentOn;
  const outcome = mine.outcome ?? theirs.outcome;
  if (sent === mine.sent && sentOn === mine.sentOn && outcome === mine.outcome) return mine;
  return {
    ...mine,
    ...(sent !== undefined ? { sent } : {}),
    ...(sentOn ? { sentOn } : {}),
    ...(outcome ? { outcome } : {}),
  };
}

export const EXPORTED_STORES = {
  organisations: store({ schema: OrganisationSchema, key: 'id', one: 'organisation', many: 'organisations' }),
  pipeline: store({
    schema: PipelineEntrySchema,
    key: 'orgId',
    one: 'pipeline entry',
    many: 'pipeline entries',
    remapOrgIds: (entry, orgId) => ({ ...entry, orgId: orgId(entry.orgId) }),
  }),
  notSame: store({
    schema: NotSameSchema,
    key: 'pair',
    one: '“not the same” pair',
    many: '“not the same” pairs',
    remapOrgIds: remapPair,
  }),
  ideas: store({
    schema: ProjectIdeaSchema,
    key: 'id',
    one: 'project idea',
    many: 'project ideas',
    remapOrgIds: remapMembers,
    merge: mergeMembers,
  }),
  events: store({
    schema: PartnerEventSchema,
    key: 'id',
    one: 'event',
    many: 'events',
    remapOrgIds: remapEventOrgs,
    merge: mergeEventOrgs,
  }),
  templates: store({ schema: OutreachTemplateSchema, key: 'id', one: 'message template', many: 'message templates' }),
  contactLog: store({
    schema: ContactLogEntrySchema,
    key: 'id',
    one: 'contact log entry',
    many: 'contact log entries',
    remapOrgIds: remapLogEntry,
    merge: mergeLogEntry,
  }),
  introductions: store({
    schema: IntroductionSchema,
    key: 'orgId',
    one: '“introduced by” link',
    many: '“introduced by” links',
    remapOrgIds: remapIntroduction,
  }),
} satisfies { [S in StoreNames<DatabaseSchema>]?: AnyStoreSpec };

export const EXPORTED_META = {
  stages: setting({ schema: z.array(StageSchema).min(1).max(100), fallback: () => DEFAULT_STAGES, merge: mergeStages }),
  pageRules: setting({
    schema: PageRulesSchema.default([]),
    fallback: () => [],
    merge: mergeBackupRules,
    addedLater: true,
  }),
  // The browser's own settings win in a merge; an unset one takes the file's.
  me: setting({
    schema: MyOrganisationSchema.nullable(),
    fallback: () => null,
    merge: (current, incoming) => current ?? incoming,
  }),
  cadence: setting({ schema: CadenceSchema, fallback: () => [...DEFAULT_CADENCE], merge: (current) => current }),
  outreachLanguage: setting({ schema: LanguageTagSchema, fallback: () => 'en', merge: (current) => current }),
} satisfies { [K in MetaKey]?: AnyMetaSpec };

/** Stores of the database deliberately left out of backups (see the note at the top). */
export const NOT_EXPORTED_STORES = ['meta', 'merges', 'summaries'] as const;

export type ExportedStore = keyof typeof EXPORTED_STORES;
export type ExportedMeta = keyof typeof EXPORTED_META;
export const EXPORTED_STORE_NAMES = Object.keys(EXPORTED_STORES) as ExportedStore[];
export const EXPORTED_META_KEYS = Object.keys(EXPORTED_META) as ExportedMeta[];

type Stores = typeof EXPORTED_STORES;
type Metas = typeof EXPORTED_META;
type DataShape = { [K in ExportedStore]: z.ZodArray<Stores[K]['schema']> } & {
  [K in ExportedMeta]: Metas[K]['schema'];
};
type CountsShape = { [K in ExportedStore | ExportedMeta]: z.ZodNumber };

const storeSpec = (name: ExportedStore): AnyStoreSpec => EXPORTED_STORES[name];
const metaSpec = (key: ExportedMeta): AnyMetaSpec => EXPORTED_META[key];

export const ExportDataSchema = z.object(
  Object.fromEntries([
    ...EXPORTED_STORE_NAMES.map((name) => [name, z.array(storeSpec(name).schema)]),
    ...EXPORTED_META_KEYS.map((key) => [key, metaSpec(key).schema]),
  ]) as DataShape,
);
export type ExportData = z.output<typeof ExportDataSchema>;

const count = () => z.number().int().min(0);
const countOfKey = (key: ExportedStore | ExportedMeta) =>
  (EXPORTED_META as Record<string, AnyMetaSpec>)[key]?.addedLater ? count().default(0) : count();
export const ExportCountsSchema = z.object(
  Object.fromEntries(
    [...EXPORTED_STORE_NAMES, ...EXPORTED_META_KEYS].map((key) => [key, countOfKey(key)]),
  ) as CountsShape,
);
export type ExportCounts = z.output<typeof ExportCountsSchema>;

export const ExportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(40),
  exportedAt: z.iso.datetime(),
  counts: ExportCountsSchema,
  data: ExportDataSchema,
  /** Old records an upgrade could not read (lib/store/db.ts), kept whole so they are not lost. */
  setAside: z.array(z.unknown()).optional(),
});
export type ExportEnvelope = z.infer<typeof ExportEnvelopeSchema>;

/** How many items a data value holds: an array's length, else 1 for a setting. */
export function countOf(value: unknown): number {
  return Array.isArray(value) ? value.length : value === undefined ? 0 : 1;
}

export function countsOf(data: ExportData): ExportCounts {
  return Object.fromEntries(
    [...EXPORTED_STORE_NAMES, ...EXPORTED_META_KEYS].map((key) => [key, countOf(data[key])]),
  ) as ExportCounts;
}

/** Records in a stable order: by their key, compared as code units (not locale-dependent). */
export function sortByKey<T>(records: T[], key: string): T[] {
  const keyOf = (record: T) => String((record as Record<string, unknown>)[key]);
  return records.sort((a, b) => {
    const x = keyOf(a);
    const y = keyOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/**
 * Everything the registries name, read in one readonly transaction, in export order. `onStore` gets
 * each store's records, sorted, as soon as they arrive: the export writes them while the next is read.
 */
export async function readAllData(
  db: Database,
  onStore?: (name: ExportedStore, records: unknown[]) => void,
): Promise<ExportData> {
  // After a failed upgrade the database may be older and lack a store: export what it has.
  const present = EXPORTED_STORE_NAMES.filter((name) => db.objectStoreNames.contains(name));
  const tx = db.transaction([...present, 'meta'], 'readonly');
  const sorted = (name: ExportedStore) => (records: unknown[]) => {
    const inOrder = sortByKey(records, storeSpec(name).key);
    onStore?.(name, inOrder);
    return inOrder;
  };
  const [records, settings] = await Promise.all([
    Promise.all(
      EXPORTED_STORE_NAMES.map((name) =>
        present.includes(name) ? (tx.objectStore(name).getAll() as Promise<unknown[]>).then(sorted(name)) : [],
      ),
    ),
    Promise.all(EXPORTED_META_KEYS.map((key) => tx.objectStore('meta').get(key))),
  ]);
  await tx.done;
  const data: Record<string, unknown> = {};
  EXPORTED_STORE_NAMES.forEach((name, i) => (data[name] = records[i]!));
  EXPORTED_META_KEYS.forEach((key, i) => (data[key] = settings[i] ?? metaSpec(key).fallback()));
  return data as ExportData;
}

export function envelopeOf(data: ExportData, appVersion: string, at = new Date()): ExportEnvelope {
  return {
    format: EXPORT_FORMAT,
    schemaVersion: DB_VERSION,
    appVersion,
    exportedAt: at.toISOString(),
    counts: countsOf(data),
    data,
  };
}

export async function buildExport(
  db: Database,
  appVersion: string,
  at = new Date(),
  onStore?: (name: ExportedStore, records: unknown[]) => void,
): Promise<ExportEnvelope> {
  const envelope = envelopeOf(await readAllData(db, onStore), appVersion, at);
  const setAside = await getMeta(db, 'setAside');
  return setAside?.length ? { ...envelope, setAside } : envelope;
}

/** Records, one per line, as the file lists them (without the brackets around them). */
const recordLines = (records: unknown[]) => records.map((record) => `      ${JSON.stringify(record)}`).join(',\n');

/** The file's lines before its data: the envelope's head, in the envelope's key order. */
function headLines(head: Omit<ExportEnvelope, 'data'>): string {
  const lines = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  return `{\n${lines.join('\n')}\n  "data": {\n`;
}

/** One `"name": value` of the data; an array of records one per line (`lines`: written already). */
function dataEntry(key: string, value: unknown, last: boolean, lines?: string): string {
  const text =
    Array.isArray(value) && value.length > 0 ? `[\n${lines ?? recordLines(value)}\n    ]` : JSON.stringify(value);
  return `    ${JSON.stringify(key)}: ${text}${last ? '' : ','}\n`;
}

const FILE_END = '  }\n}\n';

/**
 * The backup file's text as parts (head, one per store or setting, end): JSON with one record per
 * line — readable and diffable like pretty-printed JSON, a third smaller and quicker to write and
 * read back. A download hands the parts to a Blob as they are: 14 MB never become one string.
 */
export function serialiseParts(envelope: ExportEnvelope, written: ReadonlyMap<string, string> = new Map()): string[] {
  const { data, ...head } = envelope;
  const entries = Object.entries(data);
  const body = entries.map(([key, value], i) => dataEntry(key, value, i === entries.length - 1, written.get(key)));
  return [headLines(head), ...body, FILE_END];
}

/** The backup file's text (serialiseParts joined). */
export function serialiseExport(envelope: ExportEnvelope): string {
  return serialiseParts(envelope).join('');
}

/**
 * The backup file as parts, and its counts. Each store is read with one getAll, and its lines are
 * written as soon as it arrives, while IndexedDB reads the next (reading in chunks measured slower
 * on a busy machine, a round trip per chunk).
 */
export async function exportParts(
  db: Database,
  appVersion: string,
  at = new Date(),
): Promise<{ parts: string[]; counts: ExportCounts }> {
  const written = new Map<string, string>();
  const envelope = await buildExport(db, appVersion, at, (name, records) => {
    if (records.length) written.set(name, recordLines(records));
  });
  return { parts: serialiseParts(envelope, written), counts: envelope.counts };
}

/** Record that a backup was taken, for the backup nudges. */
export async function markExported(db: Database, at = new Date()): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await tx.store.put(at.toISOString(), 'lastExportAt');
  await tx.store.put(0, 'changesSinceExport');
  await tx.done;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const localDate = (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;

export function exportFileName(at = new Date(), label = ''): string {
  return `partner-pipeline-${label ? `${label}-` : ''}${localDate(at)}.json`;
}
