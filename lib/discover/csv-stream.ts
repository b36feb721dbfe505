/**
 * Streaming CSV with papaparse's chunk API: rows arrive in batches with the bytes read so far, so a
 * 90 MB file never sits in memory as one string and progress can be shown. Works on a Blob (worker,
 * page) and on a Node readable stream (CLI), the same parser either way.
 */
import Papa from 'papaparse';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvBatch {
  rows: string[][];
  /** Indexes (in `rows`) of rows whose quotes are broken. */
  brokenQuotes: Set<number>;
  /** Characters read so far (≈ bytes for these mostly-ASCII files). */
  cursor: number;
}

export interface CsvStreamOptions {
  delimiter: CsvDelimiter;
  onBatch: (batch: CsvBatch) => void;
  signal?: AbortSignal;
  chunkSize?: number;
}

/** The delimiter of a header line: the candidate that splits it most, outside quotes. */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char as CsvDelimiter]++;
  }
  return Object.entries(counts).sort(([, a], [, b]) => b - a)[0]![0] as CsvDelimiter;
}

/** The header row of a file's first bytes, parsed with the same rules as the body. */
export function headerOf(head: string, delimiter: CsvDelimiter): string[] {
  const parsed = Papa.parse<string[]>(head.replace(/^\uFEFF/, ''), { delimiter, preview: 1, skipEmptyLines: true });
  return parsed.data[0] ?? [];
}

type PapaInput = Blob | NodeJS.ReadableStream | string;

export function streamCsv(input: PapaInput, options: CsvStreamOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed = false;
    const config: Papa.ParseLocalConfig<string[], Blob> = {
      delimiter: options.delimiter,
      // `true`, not 'greedy': greedy joins all 621 cells of every row to test it; empty rows are counted later.
      skipEmptyLines: true,
      chunkSize: options.chunkSize ?? 4 * 1024 * 1024,
      chunk(results, parser) {
        if (options.signal?.aborted) {
          failed = true;
          parser.abort();
          reject(options.signal.reason ?? new DOMException('Aborted', 'AbortError'));
          return;
        }
        const brokenQuotes = new Set<number>();
        for (const error of results.errors) {
          if (error.type === 'Quotes' && error.row !== undefined) brokenQuotes.add(error.row);
        }
        try {
          options.onBatch({ rows: results.data, brokenQuotes, cursor: results.meta.cursor });
        } catch (error) {
          failed = true;
          parser.abort();
          reject(error);
        }
      },
      complete() {
        if (!failed) resolve();
      },
      error(error: Error) {
        failed = true;
        reject(error);
      },
    };
    (Papa.parse as (input: PapaInput, config: Papa.ParseLocalConfig<string[], Blob>) => void)(input, config);
  });
}
