/**
 * Reads one project list (CSV or XLSX) into projects keyed by identifier, with a summary of what
 * was skipped and why. Nothing is stored here: a refused file (not a project list, cut off, empty)
 * throws ImportRefused before anything reaches the store.
 */
import { mapColumns, missingColumns, type ColumnMap } from './columns';
import { detectDelimiter, headerOf, streamCsv } from './csv-stream';
import { readRow } from './rows';
import { ImportRefused, type Project, type SkipCounts, type SkipReason } from './types';

/** Larger than any list the platform publishes (≈ 90 MB), small enough for an old laptop. */
export const MAX_CSV_BYTES = 400 * 1024 * 1024;
export const MAX_XLSX_BYTES = 60 * 1024 * 1024;
const HEAD_BYTES = 256 * 1024;

/** A file as the reader needs it, whether from a file picker (Blob) or from disk (Node). */
export interface ListInput {
  name: string;
  size: number;
  /** Bytes start…end (for the header and for the last line). */
  slice(start: number, end: number): Promise<Uint8Array>;
  /** The whole file for papaparse: a Blob in a browser, a readable stream in Node. */
  csv(): Blob | NodeJS.ReadableStream;
  /** The whole file as bytes (XLSX is a zip: it cannot be streamed row by row). */
  bytes(): Promise<ArrayBuffer | Blob>;
}

export interface ReadProgress {
  rows: number;
  bytes: number;
  totalBytes: number;
}

export interface ReadResult {
  rows: number;
  projects: Map<string, Project>;
  skipped: SkipCounts;
}

export interface ReadOptions {
  fileId: string;
  onProgress?: (progress: ReadProgress) => void;
  signal?: AbortSignal;
  /** Reads XLSX rows (injected so the CSV path does not load the spreadsheet reader). */
  readXlsx?: (data: ArrayBuffer | Blob) => Promise<string[][]>;
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const isPdf = (bytes: Uint8Array) => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;

/** Collects rows into projects; the same code for CSV batches and XLSX sheets. */
class Collector {
  rows = 0;
  projects = new Map<string, Project>();
  skipped: SkipCounts = {};
  lastRowShort = false;
  lastRowBroken = false;
  constructor(
    readonly map: ColumnMap,
    readonly fileId: string,
  ) {}

  skip(reason: SkipReason, count = 1) {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + count;
  }

  add(row: string[], brokenQuote: boolean) {
    this.rows++;
    this.lastRowBroken = brokenQuote;
    this.lastRowShort = row.length < this.map.width;
    if (brokenQuote) return this.skip('brokenQuote');
    // A trailing empty cell (a line ending with the delimiter) is tolerated; any other width is not.
    const width = row.length === this.map.width + 1 && !row.at(-1) ? this.map.width : row.length;
    if (width !== this.map.width) return this.skip('wrongColumnCount');
    const outcome = readRow(row, this.map, this.fileId);
    if ('skipped' in outcome) return this.skip(outcome.skipped);
    if (outcome.naturalPersons) this.skip('naturalPerson', outcome.naturalPersons);
    this.projects.set(outcome.project.identifier, outcome.project);
  }
}

function checkHeader(headers: string[]): ColumnMap {
  const map = mapColumns(headers);
  const missing = missingColumns(map);
  if (missing.length) throw new ImportRefused('notProjectList', missing);
  return map;
}

export async function readProjectList(input: ListInput, options: ReadOptions): Promise<ReadResult> {
  if (input.size === 0) throw new ImportRefused('empty');
  const head = await input.slice(0, Math.min(HEAD_BYTES, input.size));
  if (isPdf(head)) throw new ImportRefused('binary');
  if (isZip(head)) return readXlsxList(input, options);
  if (input.size > MAX_CSV_BYTES) throw new ImportRefused('tooLarge');
  if (head.subarray(0, 4096).includes(0)) throw new ImportRefused('binary');
  const text = new TextDecoder('utf-8').decode(head);
  if (!text.replace(/^\uFEFF/, '').trim()) throw new ImportRefused('empty');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
  const delimiter = detectDelimiter(firstLine);
  const map = checkHeader(headerOf(text, delimiter));
  const collector = new Collector(map, options.fileId);
  let header = true;
  await streamCsv(input.csv(), {
    delimiter,
    signal: options.signal,
    onBatch: ({ rows, brokenQuotes, cursor }) => {
      rows.forEach((row, index) => {
        if (header) header = false;
        else collector.add(row, brokenQuotes.has(index));
      });
      options.onProgress?.({ rows: collector.rows, bytes: Math.min(cursor, input.size), totalBytes: input.size });
    },
  });
  const tail = await lastBytes(input);
  // A cut-off download ends inside a row: an open quote, or a short row with no line ending after it.
  const cutOff = collector.lastRowBroken || (collector.lastRowShort && !/[\r\n]$/.test(tail));
  if (cutOff) throw new ImportRefused('truncated');
  if (collector.rows === 0) throw new ImportRefused('empty');
  return collector;
}

async function lastBytes(input: ListInput): Promise<string> {
  return new TextDecoder().decode(await input.slice(Math.max(0, input.size - 2), input.size));
}

async function readXlsxList(input: ListInput, options: ReadOptions): Promise<ReadResult> {
  if (input.size > MAX_XLSX_BYTES) throw new ImportRefused('tooLarge');
  if (!options.readXlsx) throw new ImportRefused('unreadable');
  let sheet: string[][];
  try {
    sheet = await options.readXlsx(await input.bytes());
  } catch {
    throw new ImportRefused('unreadable');
  }
  const [headers, ...rows] = sheet;
  if (!headers) throw new ImportRefused('empty');
  const map = checkHeader(headers);
  const collector = new Collector(map, options.fileId);
  for (const row of rows) {
    if (options.signal?.aborted) throw options.signal.reason ?? new DOMException('Aborted', 'AbortError');
    const padded = row.length < map.width ? [...row, ...Array<string>(map.width - row.length).fill('')] : row;
    collector.add(padded.slice(0, Math.max(map.width, trimmedLength(padded))), false);
  }
  options.onProgress?.({ rows: collector.rows, bytes: input.size, totalBytes: input.size });
  if (collector.rows === 0) throw new ImportRefused('empty');
  return collector;
}

/** Spreadsheet rows may carry empty trailing cells past the header: those do not count. */
function trimmedLength(row: string[]): number {
  let length = row.length;
  while (length > 0 && !row[length - 1]) length--;
  return length;
}
