/**
 * JSON import of a backup made by lib/exchange.ts, in three steps that never write half a file:
 *
 * 1. readBackup / readBackupFile (pure): size limit, JSON, format, version, migration of older
 *    files, then zod over the WHOLE file. A broken envelope refuses the file; a broken record
 *    is set aside as "rejected" with the fields that failed, and the rest stays importable.
 * 2. previewImport: what would happen, per organisation — new / updated / unchanged /
 *    conflicting / rejected. Existing records are found through the database's indexes
 *    (id, by-oid, by-pic, by-platform-id), never by comparing every pair; planImport, the pure
 *    part, then decides over those hits and the file.
 * 3. applyImport: the same plan, recomputed inside ONE readwrite transaction over every
 *    exported store that awaits nothing but IDB requests; any failure aborts it, so either the
 *    whole import lands or nothing does.
 *
 * Merge rules (the default mode): an organisation joins the existing one with the same id, else
 * the same OID, PIC or platform id. Empty fields are filled from the file; where both have a value
 * the browser's value is kept and the row is "conflicting" (the preview says which fields).
 * Sources (by page address), contacts and notes (by id), past projects (by identifier), history
 * (by time, kind and text), tags, platform ids and page addresses are united without duplicates.
 * The existing stage and next follow-up win. Derived keys (nameKey, domain) are recomputed on
 * every organisation written, never taken from the file. Settings: an empty profile takes the file's stages, otherwise stages the file
 * adds are appended. Other stores of the registry: a record with a new key is added; for an
 * existing key the store's own `merge` rule applies (ideas gain the file's members, events its
 * organisations), else the browser's record is kept (conflicting when they differ). Records that
 * point at organisations follow them when they joined an existing one under another id.
 * Replace mode empties every exported store (and the undo log of merges, which would bring the
 * old data back) and writes the file's records and settings. The UI
 * offers it only after downloading an automatic backup and an explicit confirmation.
 */
import { z } from 'zod';
import type { IDBPTransaction } from 'idb';
import { notifyChanged } from './changes';
import { DB_VERSION, type PipelineDB, type PipelineDatabase } from './db';
import {
  countOf,
  EXPORT_FORMAT,
  ExportCountsSchema,
  EXPORTED_META,
  EXPORTED_META_KEYS,
  EXPORTED_STORE_NAMES,
  EXPORTED_STORES,
  type AnyMetaSpec,
  type AnyStoreSpec,
  type ExportData,
  type ExportedMeta,
  type ExportedStore,
} from './exchange';
import { withIdentityKeys } from './dedupe';
import { canonicalUrl, foldText } from './identity';
import { OrganisationSchema, PipelineEntrySchema, type Organisation, type PipelineEntry, type Stage } from './model';
import { describeStorageError } from './storage-errors';

/** Larger files are refused before they are read: a real backup of 10,000 partners is ~10 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MAX_RECORDS = 500_000;

export type ImportProblem = 'empty' | 'too-large' | 'truncated' | 'not-json' | 'not-backup' | 'newer-version' | 'damaged';

/** A file that cannot be imported at all; `message` is for the user. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly problem: ImportProblem,
    message: string,
  ) {
    super(message);
  }
}

export const IMPORT_MESSAGES = {
  empty: 'This file is empty, so there is nothing to import.',
  tooLarge: (bytes: number, limit: number) =>
    `This file is ${megabytes(bytes)}, more than the ${megabytes(limit)} a Partner Pipeline backup can be, so it was not opened. Nothing was imported.`,
  truncated:
    'This file is not a complete Partner Pipeline backup (it seems cut off). Nothing was imported. Export the backup again, or use an earlier copy.',
  notJson:
    'This is not a Partner Pipeline backup: it is not a JSON file. Choose the .json file that Partner Pipeline exported (a CSV export cannot be imported).',
  notBackup: 'This is not a Partner Pipeline backup. Choose a .json file that Partner Pipeline exported (named partner-pipeline-….json).',
  newer: (version: number) =>
    `This backup was made by a newer version of Partner Pipeline (data version ${version}; this one reads up to ${DB_VERSION}). Update the extension first, then import the file again. Nothing was imported.`,
  damaged: (detail: string) => `This backup file is damaged (${detail}), so nothing was imported. Use another copy of the backup.`,
} as const;

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024 / 1024)} MB`;
}

// ---------------------------------------------------------------------------------------------
// 1. Reading and validating

type RawFile = Record<string, unknown>;
/** MIGRATIONS[n] turns a version-n file into version n+1 (pure; old shapes stay described here). */
export const MIGRATIONS: Record<number, (file: RawFile) => RawFile> = {
  /**
   * Version 2 added "not the same" pairs (and derived nameKey/domain on organisations, which
   * import recomputes on every write anyway). Version 1 files: as now, without `notSame`.
   */
  1: (file) => addStore(file, 'notSame'),
  /** Version 3 added project ideas and events. */
  2: (file) => addStore(addStore(file, 'ideas'), 'events'),
};

/** A migration step for a version that added a store: older files have an empty one. */
function addStore(file: RawFile, name: string): RawFile {
  const object = (value: unknown) => (typeof value === 'object' && value !== null ? value : {});
  return { ...file, counts: { ...object(file.counts), [name]: 0 }, data: { ...object(file.data), [name]: [] } };
}

export function migrateFile(file: RawFile, fromVersion: number): RawFile {
  let current = file;
  for (let version = fromVersion; version < DB_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new ImportError('damaged', IMPORT_MESSAGES.damaged(`data version ${version} is unknown`));
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return current;
}

export interface RejectedRecord {
  store: ExportedStore;
  key: string;
  /** The organisation's name when the file has one. */
  name?: string;
  /** Which fields failed and why, e.g. "sources[0].savedAt: Invalid ISO datetime". */
  reasons: string[];
}

export interface Backup {
  /** The data version the file was written with (before migration). */
  fileVersion: number;
  appVersion: string;
  exportedAt: string;
  /** Valid records only, at the current data version. */
  data: ExportData;
  rejected: RejectedRecord[];
}

const ShellSchema = z.object({
  appVersion: z.string().max(40),
  exportedAt: z.iso.datetime(),
  counts: ExportCountsSchema,
  data: z.object({
    ...Object.fromEntries(EXPORTED_STORE_NAMES.map((name) => [name, z.array(z.unknown()).max(MAX_RECORDS)])),
    ...Object.fromEntries(EXPORTED_META_KEYS.map((key) => [key, (EXPORTED_META[key] as AnyMetaSpec).schema])),
  }),
});

const pathText = (path: PropertyKey[]) =>
  path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}${text ? '.' : ''}${String(part)}`), '');
const issueText = (issue: z.core.$ZodIssue, prefix = '') => `${pathText([...(prefix ? [prefix] : []), ...issue.path]) || 'the record'}: ${issue.message}`;

/** After a failed parse: did the text stop inside a string, object or array? */
export function looksCutOff(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth += 1;
    else if (c === 125 || c === 93) depth -= 1;
  }
  return inString || depth > 0;
}

/** Reads a chosen file: refuses an oversized one before reading it. */
export async function readBackupFile(file: Blob, limit = MAX_IMPORT_BYTES): Promise<Backup> {
  if (file.size > limit) throw new ImportError('too-large', IMPORT_MESSAGES.tooLarge(file.size, limit));
  if (file.size === 0) throw new ImportError('empty', IMPORT_MESSAGES.empty);
  return readBackup(await file.text(), limit);
}

/** Parses and validates a whole backup file's text. Pure: touches no database. */
export function readBackup(text: string, limit = MAX_IMPORT_BYTES): Backup {
  if (text.length > limit) throw new ImportError('too-large', IMPORT_MESSAGES.tooLarge(text.length, limit));
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ImportError('empty', IMPORT_MESSAGES.empty);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    const start = body.trimStart()[0];
    if ((start === '{' || start === '[') && looksCutOff(body)) throw new ImportError('truncated', IMPORT_MESSAGES.truncated);
    throw new ImportError('not-json', IMPORT_MESSAGES.notJson);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as RawFile).format !== EXPORT_FORMAT) {
    throw new ImportError('not-backup', IMPORT_MESSAGES.notBackup);
  }
  const version = (raw as RawFile).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError('damaged', IMPORT_MESSAGES.damaged('it has no valid data version'));
  }
  if (version > DB_VERSION) throw new ImportError('newer-version', IMPORT_MESSAGES.newer(version));
  const file = migrateFile(raw as RawFile, version);

  const shell = ShellSchema.safeParse(file);
  if (!shell.success) throw new ImportError('damaged', IMPORT_MESSAGES.damaged(shell.error.issues.slice(0, 3).map((issue) => issueText(issue)).join('; ')));
  const { counts, data: rawData, appVersion, exportedAt } = shell.data;
  for (const key of [...EXPORTED_STORE_NAMES, ...EXPORTED_META_KEYS]) {
    const holds = countOf((rawData as Record<string, unknown>)[key]);
    if (counts[key] !== holds) {
      const words = key in EXPORTED_STORES ? (EXPORTED_STORES[key as ExportedStore] as AnyStoreSpec).many : key;
      throw new ImportError('damaged', IMPORT_MESSAGES.damaged(`it should hold ${counts[key]} ${words} but holds ${holds}`));
    }
  }

  const data: Record<string, unknown> = {};
  const rejected: RejectedRecord[] = [];
  for (const name of EXPORTED_STORE_NAMES) {
    const checked = validateRecords(name, (rawData as Record<string, unknown[]>)[name]!);
    data[name] = checked.valid;
    rejected.push(...checked.rejected);
  }
  for (const key of EXPORTED_META_KEYS) data[key] = (rawData as Record<string, unknown>)[key];
  linkEntries(data as ExportData, rejected, (rawData as Record<string, unknown[]>).organisations!);
  return { fileVersion: version, appVersion, exportedAt, data: data as ExportData, rejected };
}

function validateRecords(name: ExportedStore, raws: unknown[]): { valid: unknown[]; rejected: RejectedRecord[] } {
  const spec: AnyStoreSpec = EXPORTED_STORES[name];
  const valid: unknown[] = [];
  const rejected: RejectedRecord[] = [];
  const seen = new Set<string>();
  raws.forEach((raw, index) => {
    const rawKey = (raw as Record<string, unknown> | null)?.[spec.key];
    const key = typeof rawKey === 'string' ? rawKey : `#${index + 1}`;
    const rawName = (raw as { name?: unknown } | null)?.name;
    const base = { store: name, key, ...(typeof rawName === 'string' ? { name: rawName } : {}) };
    const result = spec.schema.safeParse(raw);
    if (!result.success) rejected.push({ ...base, reasons: result.error.issues.slice(0, 5).map((issue: z.core.$ZodIssue) => issueText(issue)) });
    else if (seen.has(key)) rejected.push({ ...base, reasons: [`${spec.key}: appears twice in the file`] });
    else {
      seen.add(key);
      valid.push(result.data);
    }
  });
  return { valid, rejected };
}

/** An organisation goes with its pipeline entry: a broken entry rejects its organisation too. */
function linkEntries(data: ExportData, rejected: RejectedRecord[], rawOrganisations: unknown[]): void {
  const validOrgs = new Set(data.organisations.map((org) => org.id));
  const brokenEntries = rejected.filter((record) => record.store === 'pipeline' && validOrgs.has(record.key));
  for (const entry of brokenEntries) {
    validOrgs.delete(entry.key);
    const org = data.organisations.find((candidate) => candidate.id === entry.key);
    rejected.splice(rejected.indexOf(entry), 1);
    rejected.push({ store: 'organisations', key: entry.key, ...(org ? { name: org.name } : {}), reasons: entry.reasons.map((reason) => `its pipeline entry: ${reason}`) });
  }
  if (brokenEntries.length) data.organisations = data.organisations.filter((org) => validOrgs.has(org.id));
  const rejectedOrgs = new Set(rawOrganisations.map((raw) => (raw as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'));
  data.pipeline = data.pipeline.filter((entry) => {
    if (validOrgs.has(entry.orgId)) return true;
    if (!rejectedOrgs.has(entry.orgId)) rejected.push({ store: 'pipeline', key: entry.orgId, reasons: ['orgId: belongs to no organisation in this file'] });
    return false;
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Planning (pure) over what the indexes found

export type ImportMode = 'merge' | 'replace';
export type OrganisationStatus = 'new' | 'updated' | 'unchanged' | 'conflicting' | 'rejected';
export const ORGANISATION_STATUSES: OrganisationStatus[] = ['new', 'updated', 'unchanged', 'conflicting', 'rejected'];
export type MatchKey = 'id' | 'OID' | 'PIC' | 'platform id';

export interface OrganisationRow {
  status: OrganisationStatus;
  name: string;
  /** Its id in the file. */
  fileId: string;
  /** The id it is stored under: another one when it joined an existing organisation. */
  storedId?: string;
  matchedBy?: MatchKey;
  /** Where the browser's value was kept over the file's. */
  conflicts: string[];
  /** Why it cannot be imported. */
  reasons: string[];
}

export interface StoreSummary {
  new: number;
  updated: number;
  unchanged: number;
  conflicting: number;
  rejected: number;
}

export interface ImportPreview {
  mode: ImportMode;
  rows: OrganisationRow[];
  counts: Record<OrganisationStatus, number>;
  /** Every exported store, organisations included. */
  stores: Record<ExportedStore, StoreSummary>;
  /** Records that cannot be imported and belong to no organisation row. */
  rejected: RejectedRecord[];
  /** Replace mode: how many organisations now saved would be removed. */
  removed: number;
  /** Settings that would change. */
  settings: ExportedMeta[];
}

export interface Existing {
  organisation: Organisation;
  entry: PipelineEntry | undefined;
}

/** What the database holds that the file's organisations may match, as its indexes answered. */
export interface MatchSnapshot {
  organisationCount: number;
  storeCounts: Record<ExportedStore, number>;
  /** Existing organisations that any lookup returned, by their id. */
  byId: Map<string, Existing>;
  /** Identity key → id of the existing organisation the index returned. */
  byOid: Map<string, string>;
  byPic: Map<string, string>;
  byPlatformId: Map<string, string>;
  settings: Partial<Record<ExportedMeta, unknown>>;
}

/** Records of the other stores, with their keys, as the database holds them. */
export type OtherSnapshot = Map<ExportedStore, Map<string, unknown>>;

export interface Write {
  store: ExportedStore;
  value: unknown;
}

export interface OrganisationPlan {
  rows: OrganisationRow[];
  idMap: Map<string, string>;
  writes: Write[];
  settings: [ExportedMeta, unknown][];
}

const SCALAR_FIELDS = ['name', 'country', 'city', 'region', 'type', 'website', 'email', 'phone', 'oid', 'pic', 'description'] as const;
const FIELD_LABELS: Record<(typeof SCALAR_FIELDS)[number], string> = {
  name: 'name', country: 'country', city: 'city', region: 'region', type: 'type', website: 'website',
  email: 'e-mail', phone: 'phone', oid: 'OID', pic: 'PIC', description: 'description',
};

const emptySummary = (): StoreSummary => ({ new: 0, updated: 0, unchanged: 0, conflicting: 0, rejected: 0 });
const short = (value: string) => (value.length > 80 ? `${value.slice(0, 77)}…` : value);
const kept = (label: string, mine: string, theirs: string) => `${label}: kept “${short(mine)}”, the file has “${short(theirs)}”`;
const later = (a: string, b: string) => (a >= b ? a : b);
const earlier = (a: string, b: string) => (a <= b ? a : b);

function sameField(field: (typeof SCALAR_FIELDS)[number], a: string, b: string): boolean {
  if (a === b) return true;
  if (field === 'website') return canonicalUrl(a) === canonicalUrl(b);
  if (field === 'email') return a.toLowerCase() === b.toLowerCase();
  return ['name', 'city', 'region', 'type'].includes(field) && foldText(a) === foldText(b);
}

/** `mine` itself when `theirs` adds nothing (so "changed" is a reference check). */
function unionBy<T>(mine: T[], theirs: T[], key: (item: T) => string): T[] {
  const seen = new Set(mine.map(key));
  const added = theirs.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return added.length ? [...mine, ...added] : mine;
}

const sourceKey = (source: Organisation['sources'][number]) =>
  source.url ? `url:${canonicalUrl(source.url)}` : `page:${source.origin}|${source.savedAt}|${source.extracted.name}`;

export function mergeOrganisation(mine: Organisation, theirs: Organisation): { organisation: Organisation; changed: boolean; conflicts: string[] } {
  const conflicts: string[] = [];
  const filled: Partial<Organisation> = {};
  for (const field of SCALAR_FIELDS) {
    const a = mine[field];
    const b = theirs[field];
    if (b === undefined) continue;
    if (a === undefined) filled[field] = b as never;
    else if (!sameField(field, a, b)) conflicts.push(kept(FIELD_LABELS[field], a, b));
  }
  const platformIds = unionBy(mine.platformIds, theirs.platformIds, String);
  const sourceUrls = unionBy(mine.sourceUrls, theirs.sourceUrls, String);
  const sources = unionBy(mine.sources, theirs.sources, sourceKey);
  const contacts = unionBy(mine.contacts, theirs.contacts, (contact) => contact.id);
  const pastProjects = theirs.pastProjects?.length ? unionBy(mine.pastProjects ?? [], theirs.pastProjects, (project) => project.identifier) : mine.pastProjects;
  const changed =
    Object.keys(filled).length > 0 ||
    platformIds !== mine.platformIds ||
    sourceUrls !== mine.sourceUrls ||
    sources !== mine.sources ||
    contacts !== mine.contacts ||
    pastProjects !== mine.pastProjects;
  if (!changed) return { organisation: mine, changed, conflicts };
  return {
    organisation: {
      ...mine,
      ...filled,
      platformIds,
      sourceUrls,
      sources,
      contacts,
      ...(pastProjects ? { pastProjects } : {}),
      createdAt: earlier(mine.createdAt, theirs.createdAt),
      updatedAt: later(mine.updatedAt, theirs.updatedAt),
    },
    changed,
    conflicts,
  };
}

export function mergeEntry(
  mine: PipelineEntry | undefined,
  theirs: PipelineEntry | undefined,
  stageName: (id: string) => string,
): { entry: PipelineEntry | undefined; changed: boolean; conflicts: string[] } {
  if (!theirs) return { entry: mine, changed: false, conflicts: [] };
  if (!mine) return { entry: theirs, changed: true, conflicts: [] };
  const conflicts: string[] = [];
  if (mine.stageId !== theirs.stageId) conflicts.push(kept('stage', stageName(mine.stageId), stageName(theirs.stageId)));
  if (mine.nextFollowUp && theirs.nextFollowUp && mine.nextFollowUp !== theirs.nextFollowUp) conflicts.push(kept('next follow-up', mine.nextFollowUp, theirs.nextFollowUp));
  const tags = unionBy(mine.tags, theirs.tags, String);
  const notes = unionBy(mine.notes, theirs.notes, (note) => note.id);
  let history = unionBy(mine.history, theirs.history, (event) => `${event.at}|${event.kind}|${event.text ?? ''}`);
  if (history !== mine.history) history = [...history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const followUp = !mine.nextFollowUp && theirs.nextFollowUp ? { nextFollowUp: theirs.nextFollowUp } : {};
  const changed = tags !== mine.tags || notes !== mine.notes || history !== mine.history || 'nextFollowUp' in followUp;
  if (!changed) return { entry: mine, changed, conflicts };
  return { entry: { ...mine, ...followUp, tags, notes, history, updatedAt: later(mine.updatedAt, theirs.updatedAt) }, changed, conflicts };
}

interface Planned extends Existing {
  isNew: boolean;
  changed: boolean;
}

/** Decides, per organisation of the file, what happens. Pure. */
export function planOrganisations(backup: Backup, snapshot: MatchSnapshot, mode: ImportMode): OrganisationPlan {
  const rows: OrganisationRow[] = [];
  const idMap = new Map<string, string>();
  const settings = planSettings(backup, snapshot, mode);
  const stages = ((settings.find(([key]) => key === 'stages')?.[1] ?? snapshot.settings.stages ?? backup.data.stages) as Stage[]) ?? [];
  const stageName = (id: string) => stages.find((stage) => stage.id === id)?.name ?? id;
  const entries = new Map(backup.data.pipeline.map((entry) => [entry.orgId, entry]));
  const working = new Map<string, Planned>();
  const claimed = { oid: new Map<string, string>(), pic: new Map<string, string>(), platformId: new Map<string, string>() };
  const claim = (id: string, org: Organisation) => {
    if (org.oid) claimed.oid.set(org.oid, id);
    if (org.pic) claimed.pic.set(org.pic, id);
    for (const platformId of org.platformIds) claimed.platformId.set(platformId, id);
  };
  const findMatch = (org: Organisation): [string, MatchKey] | undefined => {
    if (working.has(org.id) || snapshot.byId.has(org.id)) return [org.id, 'id'];
    const oid = org.oid && (claimed.oid.get(org.oid) ?? snapshot.byOid.get(org.oid));
    if (oid) return [oid, 'OID'];
    const pic = org.pic && (claimed.pic.get(org.pic) ?? snapshot.byPic.get(org.pic));
    if (pic) return [pic, 'PIC'];
    for (const platformId of org.platformIds) {
      const hit = claimed.platformId.get(platformId) ?? snapshot.byPlatformId.get(platformId);
      if (hit) return [hit, 'platform id'];
    }
    return undefined;
  };

  for (const org of backup.data.organisations) {
    const entry = entries.get(org.id);
    const match = mode === 'merge' ? findMatch(org) : undefined;
    const row: OrganisationRow = { status: 'new', name: org.name, fileId: org.id, conflicts: [], reasons: [] };
    rows.push(row);
    if (!match) {
      working.set(org.id, { organisation: withIdentityKeys(org), entry, isNew: true, changed: true });
      idMap.set(org.id, org.id);
      claim(org.id, org);
      row.storedId = org.id;
      continue;
    }
    const [storedId, matchedBy] = match;
    const base: Planned = working.get(storedId) ?? { ...snapshot.byId.get(storedId)!, isNew: false, changed: false };
    const joined = mergeOrganisation(base.organisation, org);
    const linked = mergeEntry(base.entry, entry && { ...entry, orgId: storedId }, stageName);
    Object.assign(row, { storedId, matchedBy, conflicts: [...joined.conflicts, ...linked.conflicts] });
    const checked = joined.changed ? OrganisationSchema.safeParse(joined.organisation) : undefined;
    const checkedEntry = linked.changed && linked.entry ? PipelineEntrySchema.safeParse(linked.entry) : undefined;
    if (checked?.success === false || checkedEntry?.success === false) {
      const issues = [...(checked?.error?.issues ?? []), ...(checkedEntry?.error?.issues ?? [])];
      Object.assign(row, { status: 'rejected', storedId: undefined, reasons: issues.slice(0, 5).map((issue) => `cannot be merged: ${issueText(issue)}`) });
      continue;
    }
    const changed = joined.changed || linked.changed;
    row.status = row.conflicts.length ? 'conflicting' : changed ? 'updated' : 'unchanged';
    idMap.set(org.id, storedId);
    if (changed) {
      const organisation = withIdentityKeys(checked?.data ?? joined.organisation);
      working.set(storedId, { organisation, entry: checkedEntry?.data ?? linked.entry, isNew: base.isNew, changed: true });
      claim(storedId, organisation);
    } else working.set(storedId, base);
  }
  for (const record of backup.rejected) {
    if (record.store === 'organisations') rows.push({ status: 'rejected', name: record.name ?? record.key, fileId: record.key, conflicts: [], reasons: record.reasons });
  }
  const writes: Write[] = [];
  for (const planned of working.values()) {
    if (!planned.changed) continue;
    writes.push({ store: 'organisations', value: planned.organisation });
    if (planned.entry) writes.push({ store: 'pipeline', value: planned.entry });
  }
  return { rows, idMap, writes, settings };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function planSettings(backup: Backup, snapshot: MatchSnapshot, mode: ImportMode): [ExportedMeta, unknown][] {
  const changes: [ExportedMeta, unknown][] = [];
  for (const key of EXPORTED_META_KEYS) {
    const spec: AnyMetaSpec = EXPORTED_META[key];
    const current = snapshot.settings[key] ?? spec.fallback();
    const incoming = backup.data[key];
    const next = mode === 'replace' ? incoming : spec.merge(current, incoming, { emptyProfile: snapshot.organisationCount === 0 });
    if (!sameValue(next, current)) changes.push([key, next]);
  }
  return changes;
}

/** Records of the stores without special rules: new keys are added, existing ones kept. Pure. */
export function planOtherStores(backup: Backup, idMap: Map<string, string>, existing: OtherSnapshot, mode: ImportMode): { writes: Write[]; stores: Partial<Record<ExportedStore, StoreSummary>> } {
  const writes: Write[] = [];
  const stores: Partial<Record<ExportedStore, StoreSummary>> = {};
  for (const [name, records] of remappedOthers(backup, idMap)) {
    const spec: AnyStoreSpec = EXPORTED_STORES[name];
    const summary = (stores[name] = emptySummary());
    for (const record of records) {
      const current = existing.get(name)?.get(String((record as Record<string, unknown>)[spec.key]));
      const merged = current !== undefined && spec.merge ? spec.merge(current, record) : current;
      if (mode === 'replace' || current === undefined) {
        summary.new += 1;
        writes.push({ store: name, value: record });
      } else if (merged !== current) {
        summary.updated += 1;
        writes.push({ store: name, value: merged });
      } else if (sameValue(current, record)) summary.unchanged += 1;
      else summary.conflicting += 1;
    }
  }
  return { writes, stores };
}

const SPECIAL_STORES = new Set<ExportedStore>(['organisations', 'pipeline']);

function remappedOthers(backup: Backup, idMap: Map<string, string>): [ExportedStore, unknown[]][] {
  const orgId = (id: string) => idMap.get(id) ?? id;
  return EXPORTED_STORE_NAMES.filter((name) => !SPECIAL_STORES.has(name)).map((name) => {
    const spec: AnyStoreSpec = EXPORTED_STORES[name];
    const records = backup.data[name] as unknown[];
    return [name, spec.remapOrgIds ? records.map((record) => spec.remapOrgIds!(record, orgId)) : records];
  });
}

// ---------------------------------------------------------------------------------------------
// 3. The database side: index lookups, preview, apply

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

/** Stores emptied by Replace though not in backups: the undo log of merges refers to the old data. */
const CLEARED_ON_REPLACE = ['merges'] as const;
const IMPORT_STORES = [...EXPORTED_STORE_NAMES, ...CLEARED_ON_REPLACE, 'meta'] as const;
type ImportStore = (typeof IMPORT_STORES)[number];
type ImportTx<Mode extends IDBTransactionMode> = IDBPTransaction<PipelineDB, ImportStore[], Mode>;
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
const loose = <Mode extends IDBTransactionMode>(tx: ImportTx<Mode>, name: ImportStore) => tx.objectStore(name) as unknown as LooseStore;

/**
 * Which of `wanted` an index (or the store's own keys) holds, and under which organisation id.
 * Few keys: one point lookup each (~30 µs in Chromium). Many keys: one walk over the index's
 * keys in their range (~10 µs per entry, values are not read) — far cheaper than thousands of
 * lookups. Either way the index answers: no record is compared with another.
 */
async function keysIn(source: LooseSource, wanted: Set<string>, storeCount: number, primary = false): Promise<Map<string, string>> {
  const hits = new Map<string, string>();
  if (wanted.size === 0) return hits;
  if (wanted.size * 3 <= storeCount) {
    await all((track) => {
      for (const key of wanted) track(source.getKey(key).then((id) => void (id !== undefined && hits.set(key, String(id)))));
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

async function lookUpMatches<Mode extends IDBTransactionMode>(tx: ImportTx<Mode>, backup: Backup, mode: ImportMode): Promise<MatchSnapshot> {
  const counts = await Promise.all(EXPORTED_STORE_NAMES.map((name) => loose(tx, name).count()));
  const settings = await Promise.all(EXPORTED_META_KEYS.map((key) => loose(tx, 'meta').get(key)));
  const snapshot: MatchSnapshot = {
    organisationCount: counts[EXPORTED_STORE_NAMES.indexOf('organisations')]!,
    storeCounts: Object.fromEntries(EXPORTED_STORE_NAMES.map((name, i) => [name, counts[i]!])) as Record<ExportedStore, number>,
    byId: new Map(),
    byOid: new Map(),
    byPic: new Map(),
    byPlatformId: new Map(),
    settings: Object.fromEntries(EXPORTED_META_KEYS.map((key, i) => [key, settings[i]]).filter(([, value]) => value !== undefined)),
  };
  const size = snapshot.organisationCount;
  if (mode === 'replace' || size === 0) return snapshot;
  const store = loose(tx, 'organisations');
  const organisations = backup.data.organisations;
  const ids = await keysIn(store, new Set(organisations.map((org) => org.id)), size, true);
  snapshot.byOid = await keysIn(store.index('by-oid'), new Set(organisations.flatMap((org) => (org.oid ? [org.oid] : []))), size);
  snapshot.byPic = await keysIn(store.index('by-pic'), new Set(organisations.flatMap((org) => (org.pic ? [org.pic] : []))), size);
  snapshot.byPlatformId = await keysIn(store.index('by-platform-id'), new Set(organisations.flatMap((org) => org.platformIds)), size);

  // Read the matched records (and their pipeline entries): one by one, or all at once when most are.
  const matched = new Set([...ids.values(), ...snapshot.byOid.values(), ...snapshot.byPic.values(), ...snapshot.byPlatformId.values()]);
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
      for (const id of matched) track(Promise.all([store.get(id), pipeline.get(id)]).then(([org, entry]) => (keep(org), attach(entry))));
    });
  } else {
    const [allOrganisations, allEntries] = await Promise.all([store.getAll(), pipeline.getAll()]);
    allOrganisations.forEach(keep);
    allEntries.forEach(attach);
  }
  return snapshot;
}

async function lookUpOthers<Mode extends IDBTransactionMode>(tx: ImportTx<Mode>, backup: Backup, idMap: Map<string, string>, mode: ImportMode): Promise<OtherSnapshot> {
  const existing: OtherSnapshot = new Map();
  if (mode === 'replace') return existing;
  await all((track) => {
    for (const [name, records] of remappedOthers(backup, idMap)) {
      const found = new Map<string, unknown>();
      existing.set(name, found);
      const key = (EXPORTED_STORES[name] as AnyStoreSpec).key;
      for (const record of records) {
        const value = String((record as Record<string, unknown>)[key]);
        track(loose(tx, name).get(value).then((hit) => void (hit !== undefined && found.set(value, hit))));
      }
    }
  });
  return existing;
}

interface FullPlan {
  preview: ImportPreview;
  writes: Write[];
  settings: [ExportedMeta, unknown][];
}

async function planInTransaction<Mode extends IDBTransactionMode>(tx: ImportTx<Mode>, backup: Backup, mode: ImportMode): Promise<FullPlan> {
  const snapshot = await lookUpMatches(tx, backup, mode);
  const organisations = planOrganisations(backup, snapshot, mode);
  const others = planOtherStores(backup, organisations.idMap, await lookUpOthers(tx, backup, organisations.idMap, mode), mode);
  const counts = Object.fromEntries(ORGANISATION_STATUSES.map((status) => [status, 0])) as Record<OrganisationStatus, number>;
  for (const row of organisations.rows) counts[row.status] += 1;
  const stores = Object.fromEntries(EXPORTED_STORE_NAMES.map((name) => [name, others.stores[name] ?? emptySummary()])) as Record<ExportedStore, StoreSummary>;
  stores.organisations = { ...counts };
  stores.pipeline = { ...emptySummary(), new: organisations.writes.filter((write) => write.store === 'pipeline').length };
  for (const record of backup.rejected) if (record.store !== 'organisations') stores[record.store].rejected += 1;
  return {
    preview: {
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
export async function previewImport(db: PipelineDatabase, backup: Backup, mode: ImportMode = 'merge'): Promise<ImportPreview> {
  const tx = db.transaction([...IMPORT_STORES], 'readonly');
  const plan = await planInTransaction(tx, backup, mode);
  await tx.done;
  return plan.preview;
}

export interface ImportResult extends ImportPreview {
  /** Organisations written (added or changed). */
  written: number;
}

/** Imports the file in one transaction: all of it, or (on any failure) nothing. */
export async function applyImport(db: PipelineDatabase, backup: Backup, mode: ImportMode = 'merge'): Promise<ImportResult> {
  const tx = db.transaction([...IMPORT_STORES], 'readwrite');
  let plan: FullPlan;
  let written = 0;
  try {
    plan = await planInTransaction(tx, backup, mode);
    written = plan.writes.filter((write) => write.store === 'organisations').length;
    const { writes, settings } = plan;
    const meta = loose(tx, 'meta');
    await all((track) => {
      // Requests run in the order they are made: the clears come before the puts.
      if (mode === 'replace') for (const name of [...EXPORTED_STORE_NAMES, ...CLEARED_ON_REPLACE]) track(loose(tx, name).clear());
      for (const write of writes) track(loose(tx, write.store).put(write.value));
      for (const [key, value] of settings) track(meta.put(value, key));
      if (written > 0) track(meta.get('changesSinceExport').then((changes) => meta.put(((changes as number | undefined) ?? 0) + written, 'changesSinceExport')));
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
  if (written > 0 || plan.settings.length > 0 || mode === 'replace') notifyChanged();
  return { ...plan.preview, written };
}

// ---------------------------------------------------------------------------------------------
// Words for the UI

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 new, 1 updated, 2 unchanged, 1 with differences, 1 cannot be imported". */
export function describeCounts(counts: Record<OrganisationStatus, number>): string {
  const parts = [
    counts.new && `${counts.new} new`,
    counts.updated && `${counts.updated} updated`,
    counts.unchanged && `${counts.unchanged} unchanged`,
    counts.conflicting && `${counts.conflicting} with differences (your version kept)`,
    counts.rejected && `${counts.rejected} cannot be imported`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no organisations';
}

export function describeResult(result: ImportResult): string {
  if (result.written === 0 && result.settings.length === 0 && result.mode === 'merge') return `Nothing to change: ${describeCounts(result.counts)}.`;
  const removed = result.mode === 'replace' ? `Replaced your data (${plural(result.removed, 'organisation')} removed). ` : '';
  return `${removed}Imported ${plural(result.written, 'organisation')}: ${describeCounts(result.counts)}.`;
}

/** "Also: 2 project ideas (1 new, 1 updated), 1 “not the same” pair (unchanged)." — or nothing. */
export function describeOtherStores(preview: ImportPreview): string | undefined {
  const parts: string[] = [];
  for (const name of EXPORTED_STORE_NAMES) {
    if (SPECIAL_STORES.has(name)) continue;
    const summary = preview.stores[name];
    const total = summary.new + summary.updated + summary.unchanged + summary.conflicting;
    if (total === 0) continue;
    const spec: AnyStoreSpec = EXPORTED_STORES[name];
    const detail = [
      summary.new && `${summary.new} new`,
      summary.updated && `${summary.updated} updated`,
      summary.unchanged && `${summary.unchanged} unchanged`,
      summary.conflicting && `${summary.conflicting} yours kept`,
    ].filter(Boolean);
    parts.push(`${total} ${total === 1 ? spec.one : spec.many} (${detail.join(', ')})`);
  }
  return parts.length ? `Also: ${parts.join('; ')}.` : undefined;
}

/** Any failure of reading, previewing or applying, in plain words. */
export function describeImportError(error: unknown): string {
  return error instanceof ImportError ? error.message : describeStorageError(error);
}
