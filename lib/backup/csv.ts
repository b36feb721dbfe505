/**
 * CSV export for Excel and LibreOffice: one row per organisation, UTF-8 with a byte-order mark
 * (so Excel reads Łódź and Ελλάδα correctly), CRLF line ends, and the list separator Excel
 * expects in the user's locale: a semicolon where numbers use a decimal comma.
 * Quoting is papaparse's. Cells that a spreadsheet would run as a formula (starting with
 * = + - @, tab, CR or LF) get a leading apostrophe — papaparse's own default pattern misses LF
 * and any formula that spans lines, so we pass our own.
 */
import Papa from 'papaparse';
import type { ExportData } from './exchange';
import { foldText } from '../domain/identity';
import type { Organisation, PipelineEntry, Stage } from '../domain/model';
import { PLATFORM_NAMES } from '../platforms/names';
import { i18n } from '../i18n';
import { stageNameById } from '../domain/stages';
import { CSV_LEFT_OUT, DETAIL_FIELDS, type DetailField } from '../domain/organisation-fields';

export type CsvDelimiter = ',' | ';';
export const CSV_DELIMITERS: { value: CsvDelimiter; label: string }[] = [
  {
    value: ',',
    get label() {
      return i18n.t('csv.comma');
    },
  },
  {
    value: ';',
    get label() {
      return i18n.t('csv.semicolon');
    },
  },
];

type CsvField = Exclude<DetailField, (typeof CSV_LEFT_OUT)[number]>;
type CsvExtra = 'stage' | 'tags' | 'platforms' | 'lastNote' | 'nextFollowUp' | 'savedFrom' | 'updated';

/** The columns in the order people read them; headings in the user's language (the file is for people, not import). */
const HEADINGS: Record<CsvField | CsvExtra, () => string> = {
  name: () => i18n.t('csv.column.name'),
  stage: () => i18n.t('csv.column.stage'),
  tags: () => i18n.t('csv.column.tags'),
  platforms: () => i18n.t('csv.column.platforms'),
  oid: () => i18n.t('csv.column.oid'),
  pic: () => i18n.t('csv.column.pic'),
  website: () => i18n.t('csv.column.website'),
  country: () => i18n.t('csv.column.country'),
  city: () => i18n.t('csv.column.city'),
  type: () => i18n.t('csv.column.type'),
  email: () => i18n.t('csv.column.email'),
  phone: () => i18n.t('csv.column.phone'),
  lastNote: () => i18n.t('csv.column.lastNote'),
  nextFollowUp: () => i18n.t('csv.column.nextFollowUp'),
  savedFrom: () => i18n.t('csv.column.savedFrom'),
  updated: () => i18n.t('csv.column.updated'),
};
const COLUMN_KEYS = Object.keys(HEADINGS) as (CsvField | CsvExtra)[];
const isField = (key: CsvField | CsvExtra): key is CsvField => (DETAIL_FIELDS as readonly string[]).includes(key);

/** The organisation's own details among the columns (tests/unit/organisation-fields.test.ts holds them to the schema). */
export const CSV_FIELD_COLUMNS: CsvField[] = COLUMN_KEYS.filter(isField);
export const CSV_COLUMNS: readonly string[] = COLUMN_KEYS.map((key) => HEADINGS[key]());

/** A cell a spreadsheet would treat as a formula or a control sequence. No `g` flag: `test` stays stateless. */
export const FORMULA_START = /^[=+\-@\t\r\n]/;

/** Semicolon where the locale writes 1.5 as "1,5" (Excel's list separator follows the decimal sign). */
export function defaultDelimiter(locale?: string | string[]): CsvDelimiter {
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
    return decimal === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}

function lastNote(entry: PipelineEntry | undefined): string {
  let latest: PipelineEntry['notes'][number] | undefined;
  for (const note of entry?.notes ?? []) if (!latest || note.at >= latest.at) latest = note;
  return latest?.text ?? '';
}

const day = (iso: string) => iso.slice(0, 10);

export function csvRow(organisation: Organisation, entry: PipelineEntry | undefined, stages: Stage[]): string[] {
  const stageId = entry?.stageId;
  const origins = [...new Set(organisation.sources.map((source) => source.origin))];
  const updated = entry && entry.updatedAt > organisation.updatedAt ? entry.updatedAt : organisation.updatedAt;
  const extra: Record<CsvExtra, string> = {
    stage: stageId ? stageNameById(stages, stageId) : '',
    tags: (entry?.tags ?? []).join(', '),
    platforms: origins.map((origin) => PLATFORM_NAMES[origin]).join(', '),
    lastNote: lastNote(entry),
    nextFollowUp: entry?.nextFollowUp ?? '',
    savedFrom: organisation.sources.find((source) => source.url)?.url ?? '',
    updated: day(updated),
  };
  return COLUMN_KEYS.map((key) => (isField(key) ? (organisation[key] ?? '') : extra[key]));
}

export function csvRows(data: Pick<ExportData, 'organisations' | 'pipeline' | 'stages'>): string[][] {
  const entries = new Map(data.pipeline.map((entry) => [entry.orgId, entry]));
  const sorted = data.organisations
    .map((organisation) => ({ organisation, key: foldText(organisation.name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.organisation.id < b.organisation.id ? -1 : 1));
  return sorted.map(({ organisation }) => csvRow(organisation, entries.get(organisation.id), data.stages));
}

/** The CSV text, byte-order mark included. */
export function buildCsv(
  data: Pick<ExportData, 'organisations' | 'pipeline' | 'stages'>,
  delimiter: CsvDelimiter = ',',
): string {
  const body = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: csvRows(data) },
    { delimiter, newline: '\r\n', quotes: false, header: true, escapeFormulae: FORMULA_START },
  );
  return `\uFEFF${body}\r\n`;
}

export function csvFileName(localDate: string): string {
  return `partner-pipeline-${localDate}.csv`;
}
