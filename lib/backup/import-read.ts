/**
 * Reading a backup made by lib/backup/exchange.ts (step 1 of the import; see lib/backup/import.ts). Pure: touches
 * no database. readBackup / readBackupFile: size limit, JSON, format, version, migration of older
 * files, then zod over the WHOLE file. A broken envelope refuses the file; a broken record is set
 * aside as "rejected" with the fields that failed, and the rest stays importable.
 */
import { z } from '../domain/zod';
import { DB_VERSION } from '../store/db';
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
import { formatNumber } from '../i18n/format';
import { i18n } from '../i18n';
import { issueWords, REPORT_INPUT } from '../i18n/import-words';
import { upgradeWarnings } from '../domain/warnings-legacy';

/** Larger files are refused before they are read: a real backup of 10,000 partners is ~10 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MAX_RECORDS = 500_000;

export type ImportProblem =
  'empty' | 'too-large' | 'truncated' | 'not-json' | 'not-backup' | 'newer-version' | 'damaged' | 'changed';

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

/** What to tell the user, in their language. */
export const IMPORT_MESSAGES = {
  get empty() {
    return i18n.t('import.empty');
  },
  tooLarge: (bytes: number, limit: number) => i18n.t('import.tooLarge', [megabytes(bytes), megabytes(limit)]),
  get truncated() {
    return i18n.t('import.truncated');
  },
  get notJson() {
    return i18n.t('import.notJson');
  },
  get notBackup() {
    return i18n.t('import.notBackup');
  },
  newer: (version: number) => i18n.t('import.newer', [String(version), String(DB_VERSION)]),
  damaged: (detail: string) => i18n.t('import.damaged', [detail]),
};

/** "12 MB" in the user's locale (rounded up: the limit is never shown smaller than it is). */
function megabytes(bytes: number): string {
  const value = Math.ceil(bytes / 1024 / 1024);
  try {
    return new Intl.NumberFormat(navigator.language, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 0,
    }).format(value);
  } catch {
    return `${value} MB`;
  }
}

const STORE_COUNTS: Record<ExportedStore, (n: number) => string> = {
  organisations: (n) => i18n.t('import.store.organisations', n, [formatNumber(n)]),
  pipeline: (n) => i18n.t('import.store.pipeline', n, [formatNumber(n)]),
  notSame: (n) => i18n.t('import.store.notSame', n, [formatNumber(n)]),
  ideas: (n) => i18n.t('import.store.ideas', n, [formatNumber(n)]),
  events: (n) => i18n.t('import.store.events', n, [formatNumber(n)]),
  templates: (n) => i18n.t('import.store.templates', n, [formatNumber(n)]),
  contactLog: (n) => i18n.t('import.store.contactLog', n, [formatNumber(n)]),
  introductions: (n) => i18n.t('import.store.introductions', n, [formatNumber(n)]),
};

/** "3 organisations", "1 project idea": how many records of a store, in words. */
export function storeCount(store: string, n: number): string {
  return (
    (STORE_COUNTS as Record<string, ((n: number) => string) | undefined>)[store]?.(n) ?? `${formatNumber(n)} ${store}`
  );
}

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
  /** Version 4 added outreach: templates, the contact log and "introduced by" links (settings fall back). */
  3: (file) => addStore(addStore(addStore(file, 'templates'), 'contactLog'), 'introductions'),
  /** Version 5 added the `summaries` store, which backups leave out (derived): nothing to change. */
  4: (file) => file,
  /** Version 6 made warnings codes: each source's English sentences become codes (unknown ones `legacy`). */
  5: (file) =>
    mapOrganisations(file, (organisation) => ({ ...organisation, sources: sourcesWithCodes(organisation.sources) })),
};

type RawRecord = Record<string, unknown>;
const isRecord = (value: unknown): value is RawRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A migration step over every organisation of a file; anything that is not one is left for zod to judge. */
function mapOrganisations(file: RawFile, step: (organisation: RawRecord) => RawRecord): RawFile {
  if (!isRecord(file.data) || !Array.isArray(file.data.organisations)) return file;
  const organisations = file.data.organisations.map((organisation: unknown) =>
    isRecord(organisation) ? step(organisation) : organisation,
  );
  return { ...file, data: { ...file.data, organisations } };
}

function sourcesWithCodes(sources: unknown): unknown {
  if (!Array.isArray(sources)) return sources;
  return sources.map((source: unknown) =>
    isRecord(source) ? { ...source, warnings: upgradeWarnings(source.warnings) } : source,
  );
}

/** Settings a file does not have (older files, hand-made ones) take their fallbacks: a setting is never required. */
function withFallbacks(file: RawFile, keys: ExportedMeta[]): RawFile {
  const object = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const data = { ...object(file.data) };
  const counts = { ...object(file.counts) };
  for (const key of keys) {
    if (key in data) continue;
    data[key] = (EXPORTED_META[key] as AnyMetaSpec).fallback();
    counts[key] = countOf(data[key]);
  }
  return { ...file, counts, data };
}

/** A migration step for a version that added a store: older files have an empty one. */
function addStore(file: RawFile, name: string): RawFile {
  const object = (value: unknown) => (typeof value === 'object' && value !== null ? value : {});
  return { ...file, counts: { ...object(file.counts), [name]: 0 }, data: { ...object(file.data), [name]: [] } };
}

export function migrateFile(file: RawFile, fromVersion: number): RawFile {
  let current = file;
  for (let version = fromVersion; version < DB_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step)
      throw new ImportError(
        'damaged',
        IMPORT_MESSAGES.damaged(i18n.t('import.damageUnknownVersion', [String(version)])),
      );
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

/** Why a value was refused, in plain words of the user's language (lib/i18n/import-words.ts). */
export const issueText = (issue: z.core.$ZodIssue, prefix = '') => issueWords(issue, prefix);

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
    if ((start === '{' || start === '[') && looksCutOff(body))
      throw new ImportError('truncated', IMPORT_MESSAGES.truncated);
    throw new ImportError('not-json', IMPORT_MESSAGES.notJson);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as RawFile).format !== EXPORT_FORMAT) {
    throw new ImportError('not-backup', IMPORT_MESSAGES.notBackup);
  }
  const version = (raw as RawFile).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError('damaged', IMPORT_MESSAGES.damaged(i18n.t('import.damageNoVersion')));
  }
  if (version > DB_VERSION) throw new ImportError('newer-version', IMPORT_MESSAGES.newer(version));
  const file = withFallbacks(migrateFile(raw as RawFile, version), EXPORTED_META_KEYS);

  const shell = ShellSchema.safeParse(file, REPORT_INPUT);
  if (!shell.success)
    throw new ImportError(
      'damaged',
      IMPORT_MESSAGES.damaged(
        shell.error.issues
          .slice(0, 3)
          .map((issue) => issueText(issue))
          .join('; '),
      ),
    );
  const { counts, data: rawData, appVersion, exportedAt } = shell.data;
  for (const key of [...EXPORTED_STORE_NAMES, ...EXPORTED_META_KEYS]) {
    const holds = countOf((rawData as Record<string, unknown>)[key]);
    if (counts[key] !== holds) {
      throw new ImportError(
        'damaged',
        IMPORT_MESSAGES.damaged(i18n.t('import.damageCount', [storeCount(key, counts[key] ?? 0), formatNumber(holds)])),
      );
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
    const result = spec.schema.safeParse(raw, REPORT_INPUT);
    if (!result.success)
      rejected.push({
        ...base,
        reasons: result.error.issues.slice(0, 5).map((issue: z.core.$ZodIssue) => issueText(issue)),
      });
    else if (seen.has(key)) rejected.push({ ...base, reasons: [i18n.t('import.appearsTwice', [spec.key])] });
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
    rejected.push({
      store: 'organisations',
      key: entry.key,
      ...(org ? { name: org.name } : {}),
      reasons: entry.reasons.map((reason) => i18n.t('import.itsEntry', [reason])),
    });
  }
  if (brokenEntries.length) data.organisations = data.organisations.filter((org) => validOrgs.has(org.id));
  const rejectedOrgs = new Set(
    rawOrganisations
      .map((raw) => (raw as { id?: unknown } | null)?.id)
      .filter((id): id is string => typeof id === 'string'),
  );
  data.pipeline = data.pipeline.filter((entry) => {
    if (validOrgs.has(entry.orgId)) return true;
    if (!rejectedOrgs.has(entry.orgId))
      rejected.push({ store: 'pipeline', key: entry.orgId, reasons: [i18n.t('import.noOrganisation')] });
    return false;
  });
}
