/**
 * The 10,000-organisation part of `npm run bench`: a generated pipeline (scripts/bench-pipeline-data.ts)
 * seeded into the built extension's own IndexedDB, then, in real headless Chromium:
 *
 * - popup.html (380×560): navigation start → performance.mark('pp:popup-first-render') (made by
 *   views/popup/App.tsx the first time the list renders with data), and → the whole list
 *   loaded; the JS heap after that (CDP, after forced GC); one more character typed into the
 *   search box → the list's DOM updated (keydown listener + MutationObserver, performance.now in
 *   the page).
 * - board.html (1280×800): navigation start → 'pp:board-first-render' (Board.tsx).
 * - an extra page in a private copy of the build (__bench__/bench.html loading the bundle of
 *   scripts/bench-pipeline-page.ts): matching one organisation against the 10,000 through the
 *   indexes as lib/store/repo.ts does, and export / import through lib/backup/exchange.ts and lib/backup/import.ts,
 *   next to raw IndexedDB floors. The bundle runs under the extension's CSP, as the real code does.
 *
 * Then the scale check: 50,000 generated partners in a fresh profile, the popup's first render,
 * whole list, keystrokes and heap, and the board's first render (`--sizes=10k` or `--sizes=50k`
 * runs one size only).
 *
 * Figures are medians over several runs (each run a fresh page, one extension page open at a time).
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with the e2e tests (no types)
import { chromiumPath, launchWithExtension, ROOT } from '../tests/e2e/harness.mjs';
import { DB_NAME, DB_VERSION } from '../lib/store/db';
import { identityKeys } from '../lib/domain/dedupe';
import { envelopeOf, serialiseExport, sortByKey, type ExportData } from '../lib/backup/exchange';
import {
  OrganisationSchema,
  PipelineEntrySchema,
  type ExtractedOrganisation,
  type PartnerSummary,
} from '../lib/domain/model';
import { DEFAULT_STAGES } from '../lib/domain/stages';
import { summarise } from '../lib/store/summaries';
import { averageBytes, duplicatesOf, generatePipeline, type GeneratedPipeline } from './bench-pipeline-data';
import type { MatchCandidate } from './bench-pipeline-page';

export interface BenchLine {
  key: string;
  value: number | null;
  unit: 'B' | 'ms' | 'x' | 'MB/s';
  budget?: number;
  note?: string;
}

const N = 10_000;
const KB = 1024;
/** Issue 13 ("Headroom at 10,000 partners", "Scale check at 50,000 partners"). */
export const PIPELINE_BUDGETS = {
  popupFirstRenderMs10k: 100,
  popupWholeListMs10k: 300,
  searchKeystrokeMs10k: 16,
  searchKeystrokeMaxMs10k: 32,
  boardFirstRenderMs10k: 200,
  matchOneAgainst10kMs: 5,
  export10kMs: 500,
  import10kMs: 2000,
  importHalfDuplicates10kMs: 2000,
  exportToRawRatio: 1.3,
  importToRawRatio: 1.2,
  popupHeapBytes10k: 60 * KB * KB,
  popupFirstRenderMs50k: 150,
  searchKeystrokeMs50k: 16,
  popupHeapBytes50k: 40 * KB * KB,
};
const POPUP_RUNS = 7;
const BOARD_RUNS = 5;
/** The scale check: fewer loads (each reads 50,000 summaries after its first paint). */
const SCALE_N = 50_000;
const SCALE_POPUP_RUNS = 5;
const SCALE_BOARD_RUNS = 3;
/** Records per seeding transaction: one page.evaluate message stays a few tens of MB. */
const SEED_CHUNK = 10_000;
/** `--exchange-runs=N` for a quicker look (each run imports 10,000 twice). */
const EXCHANGE_RUNS = Number(process.argv.find((arg) => arg.startsWith('--exchange-runs='))?.split('=')[1] ?? 5);
const POPUP_VIEWPORT = { width: 380, height: 560 };
const BOARD_VIEWPORT = { width: 1280, height: 800 };
/** Typed one character at a time into the popup's search box (ASCII: search folds "lodz" to find "Łódź"). */
const SEARCH_WORDS = ['lodz', 'krakow', 'verein', 'asociacion', 'youth', 'izmir', 'gymnasium', 'tartu'];
const BENCH_DIR = join(ROOT, '.tmp/bench');

const median = (values: number[]) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (value: number, digits = 1) =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : null;
const ms = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
const errorText = (error: unknown) => (error as Error).message?.split('\n')[0] ?? String(error);

// ── Data ──────────────────────────────────────────────────────────────────────────────────────

/** A generated pipeline with the summaries the extension keeps for it (lib/store/summaries.ts). */
type Seeded = GeneratedPipeline & { summaries: PartnerSummary[] };

function withSummaries(data: GeneratedPipeline): Seeded {
  const entryOf = new Map(data.pipeline.map((entry) => [entry.orgId, entry]));
  return { ...data, summaries: data.organisations.map((org) => summarise(org, entryOf.get(org.id))) };
}

interface Prepared {
  main: Seeded;
  summaryBytes: number;
  halfDuplicateText: string;
  candidates: MatchCandidate[];
  orgBytes: number;
  entryBytes: number;
}

/** Generates and validates (zod, lib/domain/model.ts) everything the runs need. */
function prepareData(log: (text: string) => void): Prepared {
  const now = Date.now();
  const main = generatePipeline(N, { seed: 1, idPrefix: 'org', now });
  validate(main, 'seeded');
  // Another browser's backup: every other seeded organisation under another id (found again by
  // OID / PIC / platform id), and as many organisations this profile does not have.
  const half = duplicatesOf(
    {
      organisations: main.organisations.filter((_, i) => i % 2 === 0),
      pipeline: main.pipeline.filter((_, i) => i % 2 === 0),
    },
    { seed: 5, idPrefix: 'other', now },
  );
  const extra = generatePipeline(N / 2, { seed: 2, idPrefix: 'new', keyOffset: 1_000_000, now });
  const file: GeneratedPipeline = {
    organisations: [...half.organisations, ...extra.organisations],
    pipeline: [...half.pipeline, ...extra.pipeline],
  };
  validate(file, 'half-duplicate file');
  const data: ExportData = {
    organisations: sortByKey(file.organisations, 'id'),
    pipeline: sortByKey(file.pipeline, 'orgId'),
    notSame: [],
    ideas: [],
    events: [],
    templates: [],
    contactLog: [],
    introductions: [],
    stages: DEFAULT_STAGES,
    pageRules: [],
    me: null,
    cadence: [7, 14, 28],
    outreachLanguage: 'en',
  } as ExportData;
  const halfDuplicateText = serialiseExport(envelopeOf(data, 'bench'));
  const orgBytes = averageBytes(main.organisations);
  const entryBytes = averageBytes(main.pipeline);
  const seeded = withSummaries(main);
  const summaryBytes = averageBytes(seeded.summaries);
  log(
    `  generated ${N} organisations (${orgBytes} B each on average, pipeline entries ${entryBytes} B, summaries ${summaryBytes} B) and a ${(halfDuplicateText.length / KB / KB).toFixed(1)} MB half-duplicate backup`,
  );
  return {
    main: seeded,
    halfDuplicateText,
    candidates: matchCandidates(main, now),
    orgBytes,
    entryBytes,
    summaryBytes,
  };
}

function validate(data: GeneratedPipeline, what: string): void {
  const bad = [
    ...data.organisations.map((org) => OrganisationSchema.safeParse(org)).filter((r) => !r.success),
    ...data.pipeline.map((entry) => PipelineEntrySchema.safeParse(entry)).filter((r) => !r.success),
  ];
  if (bad.length)
    throw new Error(
      `${bad.length} generated ${what} record(s) fail the schemas: ${JSON.stringify(bad[0]!.error!.issues.slice(0, 2))}`,
    );
}

/**
 * Organisations a page could show: saved ones found again (same profile or OID: exact),
 * same name and country or website under a new profile (probable), and new ones.
 */
function matchCandidates(main: GeneratedPipeline, now: number): MatchCandidate[] {
  const candidates: MatchCandidate[] = [];
  const pageUrl = (i: number) =>
    `https://www.salto-youth.net/tools/otlas-partner-finding/project/bench-request.${900_000 + i}/`;
  const orgs = main.organisations;
  for (let i = 0; i < 20; i += 1) {
    const org = orgs[(i * 487) % orgs.length]!;
    const profileUrl = org.sources.find((source) => source.extracted.profileUrl)?.extracted.profileUrl;
    const fields: ExtractedOrganisation = {
      name: org.name,
      ...(org.country ? { country: org.country } : {}),
      ...(profileUrl ? { profileUrl } : org.oid ? { oid: org.oid } : {}),
    };
    if (profileUrl || org.oid) candidates.push({ kind: 'exact', fields, pageUrl: pageUrl(i) });
  }
  for (let i = 0; i < 20; i += 1) {
    const org = orgs[(i * 613 + 7) % orgs.length]!;
    const fields: ExtractedOrganisation = {
      name: org.name.toUpperCase(),
      ...(org.country ? { country: org.country } : {}),
      ...(org.website ? { website: org.website } : {}),
      profileUrl: `https://epale.ec.europa.eu/en/organisations/bench-${i}`,
    };
    if (identityKeys(fields).nameKey) candidates.push({ kind: 'probable', fields, pageUrl: pageUrl(100 + i) });
  }
  const names = new Set(orgs.map((org) => org.nameKey).filter(Boolean));
  const domains = new Set(orgs.map((org) => org.domain).filter(Boolean));
  // New organisations: generated elsewhere, sharing no name key or domain with the saved ones.
  const fresh = generatePipeline(1000, { seed: 3, idPrefix: 'page', keyOffset: 2_000_000, now });
  let added = 0;
  for (const org of fresh.organisations) {
    const { role: _role, ...extracted } = org.sources[0]!.extracted;
    const fields: ExtractedOrganisation = {
      ...extracted,
      ...(org.website ? { website: org.website } : {}),
      ...(org.oid ? { oid: org.oid } : {}),
      ...(org.pic ? { pic: org.pic } : {}),
    };
    const keys = identityKeys(fields);
    if ((keys.nameKey && names.has(keys.nameKey)) || (keys.domain && domains.has(keys.domain))) continue;
    candidates.push({ kind: 'new', fields, pageUrl: pageUrl(200 + added) });
    if (++added === 40) break;
  }
  return candidates;
}

// ── Browser ───────────────────────────────────────────────────────────────────────────────────

/** A private copy of the build (others may rebuild .output meanwhile) with the bench page added. */
async function privateExtension(extensionDir: string, label = 'main'): Promise<string> {
  const dir = join(BENCH_DIR, `extension-${process.pid}-${label}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(BENCH_DIR, { recursive: true });
  cpSync(extensionDir, dir, { recursive: true });
  mkdirSync(join(dir, '__bench__'), { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'scripts/bench-pipeline-page.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'PartnerPipelineBenchPage',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    tsconfig: join(ROOT, 'tsconfig.json'),
    outfile: join(dir, '__bench__/pipeline.js'),
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, '__bench__/bench.html'),
    '<!doctype html><meta charset="utf-8"><title>bench</title><script src="pipeline.js"></script>\n',
  );
  return dir;
}

/** V8 heap in use by the page's isolate after forced GC, and before it. */
async function heapUsage(context: BrowserContext, page: Page): Promise<{ after: number; before: number }> {
  const cdp = await context.newCDPSession(page);
  try {
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    return { after, before };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Resolves with the mark's startTime (ms since the navigation started). */
function markTime(page: Page, name: string, timeout = 30_000): Promise<number> {
  return page.evaluate(
    ({ name, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const check = () => {
          const entry = performance.getEntriesByName(name, 'mark')[0];
          if (entry) resolve(entry.startTime);
          else if (performance.now() - started > timeout) reject(new Error(`no "${name}" mark after ${timeout} ms`));
          else setTimeout(check, 5);
        };
        check();
      }),
    { name, timeout },
  );
}

/** Playwright's init script, in every extension page: when the popup's whole list is on screen. */
function watchFullList() {
  if (location.protocol !== 'chrome-extension:') return;
  const state = ((window as any).__ppBench = { fullListAt: 0 });
  const observer = new MutationObserver(() => {
    // More than the first screen: the "N more" line appears only once every partner is loaded.
    if (document.querySelector('.pp-more')) {
      state.fullListAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true });
}

async function waitFor<T, A = undefined>(
  page: Page,
  fn: (arg: A) => T | Promise<T>,
  timeout = 30_000,
  arg?: A,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = (await page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg)) as T;
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function seed(context: BrowserContext, origin: string, data: Seeded, log: (text: string) => void) {
  const page = await context.newPage();
  try {
    // The board opens the database at the current version (creating it and its stores).
    await page.goto(`${origin}/board.html`);
    const expected = { name: DB_NAME, version: DB_VERSION };
    await waitFor(
      page,
      async ({ name, version }) =>
        (await indexedDB.databases()).some((db) => db.name === name && db.version === version),
      20_000,
      expected,
    ).catch(() => {
      throw new Error(`board.html did not create the database "${DB_NAME}" at version ${DB_VERSION}`);
    });
    await page.waitForTimeout(500); // the board's own first load is over
    let putMs = 0;
    for (let from = 0; from < data.organisations.length; from += SEED_CHUNK) {
      const chunk = {
        organisations: data.organisations.slice(from, from + SEED_CHUNK),
        pipeline: data.pipeline.slice(from, from + SEED_CHUNK),
        summaries: data.summaries.slice(from, from + SEED_CHUNK),
      };
      putMs += await page.evaluate(putRecords, { name: DB_NAME, ...chunk });
    }
    const result = await page.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const count = (store: string) =>
        new Promise<number>((resolve) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
        });
      const counts = {
        version: db.version,
        organisations: await count('organisations'),
        summaries: await count('summaries'),
      };
      db.close();
      return counts;
    }, DB_NAME);
    if (result.version !== DB_VERSION)
      throw new Error(`the extension's database is at version ${result.version}, lib/store/db.ts says ${DB_VERSION}`);
    if (result.organisations !== data.organisations.length || result.summaries !== data.organisations.length) {
      throw new Error(
        `seeded ${result.organisations} organisations and ${result.summaries} summaries, expected ${data.organisations.length}`,
      );
    }
    log(
      `  seeded ${result.organisations} organisations (with entries and summaries) into ${DB_NAME} v${result.version} in ${putMs.toFixed(0)} ms (transactions of ${SEED_CHUNK})`,
    );
  } finally {
    await page.close();
  }
}

/** In the page: one readwrite transaction putting the records; resolves with its duration. */
async function putRecords({
  name,
  organisations,
  pipeline,
  summaries,
}: {
  name: string;
  organisations: unknown[];
  pipeline: unknown[];
  summaries: unknown[];
}): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['organisations', 'pipeline', 'summaries'], 'readwrite');
    for (const record of organisations) tx.objectStore('organisations').put(record);
    for (const record of pipeline) tx.objectStore('pipeline').put(record);
    for (const record of summaries) tx.objectStore('summaries').put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
  db.close();
  return performance.now() - start;
}

async function openPage(
  context: BrowserContext,
  url: string,
  viewport: { width: number; height: number },
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url, { waitUntil: 'commit' });
  return page;
}

interface PopupFigures {
  firstRender: number[];
  fullList: number[];
  heapAfterGc: number[];
  heapBefore: number[];
  keystrokes: number[];
  unchangedKeystrokes: number;
  /** Navigation start → DOMContentLoaded (the page's scripts have run). */
  domContentLoaded: number[];
  visibility: string;
}

async function popupRuns(
  context: BrowserContext,
  origin: string,
  log: (text: string) => void,
  runs = POPUP_RUNS,
): Promise<PopupFigures> {
  const figures: PopupFigures = {
    firstRender: [],
    fullList: [],
    heapAfterGc: [],
    heapBefore: [],
    keystrokes: [],
    unchangedKeystrokes: 0,
    domContentLoaded: [],
    visibility: '',
  };
  for (let run = 0; run < runs; run += 1) {
    const page = await openPage(context, `${origin}/popup.html`, POPUP_VIEWPORT);
    try {
      figures.firstRender.push(await markTime(page, 'pp:popup-first-render'));
      const fullListAt = await waitFor(page, () => (window as any).__ppBench?.fullListAt as number);
      figures.fullList.push(fullListAt);
      figures.visibility = await page.evaluate(() => document.visibilityState);
      figures.domContentLoaded.push(
        await page.evaluate(
          () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        ),
      );
      await page.waitForTimeout(300); // idle: nothing pending
      const heap = await heapUsage(context, page);
      figures.heapAfterGc.push(heap.after);
      figures.heapBefore.push(heap.before);
      if (run === runs - 1) await typeIntoSearch(page, figures);
    } finally {
      await page.close();
    }
  }
  log(`  popup: first render ${ms(figures.firstRender)} ms; whole list ${ms(figures.fullList)} ms`);
  return figures;
}

/** Each character: keydown (capture, first listener) → first DOM mutation under the popup's <main>. */
async function typeIntoSearch(page: Page, figures: PopupFigures): Promise<void> {
  await page.evaluate(() => {
    const w = window as any;
    const bench = (w.__ppKeys = { pending: null as null | number, results: [] as number[] });
    window.addEventListener('keydown', () => (bench.pending = performance.now()), true);
    new MutationObserver(() => {
      if (bench.pending === null) return;
      bench.results.push(performance.now() - bench.pending);
      bench.pending = null;
    }).observe(document.querySelector('main')!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  const search = page.locator('input.pp-search');
  for (const word of SEARCH_WORDS) {
    await search.fill('');
    await page.waitForTimeout(50);
    await search.focus();
    for (const char of word) {
      await page.evaluate(() => ((window as any).__ppKeys.pending = null));
      const before = await page.evaluate(() => (window as any).__ppKeys.results.length as number);
      await page.keyboard.press(char);
      const start = Date.now();
      let after = before;
      while (after === before && Date.now() - start < 400) {
        after = await page.evaluate(() => (window as any).__ppKeys.results.length as number);
        if (after === before) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      if (after === before) figures.unchangedKeystrokes += 1;
    }
  }
  figures.keystrokes = await page.evaluate(() => (window as any).__ppKeys.results as number[]);
}

async function boardRuns(
  context: BrowserContext,
  origin: string,
  log: (text: string) => void,
  runs = BOARD_RUNS,
): Promise<{ firstRender: number[]; heapAfterGc: number[] }> {
  const firstRender: number[] = [];
  const heapAfterGc: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await openPage(context, `${origin}/board.html`, BOARD_VIEWPORT);
    try {
      firstRender.push(await markTime(page, 'pp:board-first-render'));
      if (run === runs - 1) {
        await page.waitForTimeout(1500); // the duplicate look-up after paint, then idle
        heapAfterGc.push((await heapUsage(context, page)).after);
      }
    } finally {
      await page.close();
    }
  }
  log(`  board: first render ${ms(firstRender)} ms`);
  return { firstRender, heapAfterGc };
}

// ── The part of `npm run bench` ───────────────────────────────────────────────────────────────

export async function pipelineBench(extensionDir: string, log: (text: string) => void): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  const missing = (key: keyof typeof PIPELINE_BUDGETS | string, unit: BenchLine['unit'], error: unknown) =>
    lines.push({
      key,
      value: null,
      unit,
      budget: (PIPELINE_BUDGETS as Record<string, number>)[key],
      note: `not measured: ${errorText(error)}`,
    });

  // `--sizes=50k` (or 10k) runs one size only, for a quicker look while working on one part.
  const sizes = process.argv.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length) ?? '10k,50k';
  if (!sizes.includes('10k')) return scaleCheck(extensionDir, log);
  const load = loadavg()[0]!;
  log(`10,000 organisations (${extensionDir}; load average ${load.toFixed(1)} on ${cpus().length} CPUs):`);
  const data = prepareData(log);
  lines.push({
    key: 'orgRecordBytesAvg10k',
    value: data.orgBytes,
    unit: 'B',
    note: `average JSON size of a generated organisation (pipeline entry: ${data.entryBytes} B); load average ${load.toFixed(1)} on ${cpus().length} CPUs when started`,
  });
  lines.push({
    key: 'recordBytesAvg',
    value: data.orgBytes + data.entryBytes + data.summaryBytes,
    unit: 'B',
    note: `what one partner stores, as JSON: organisation ${data.orgBytes} B + pipeline entry ${data.entryBytes} B + summary ${data.summaryBytes} B (the part the popup and board read)`,
  });
  lines.push({
    key: 'summaryBytesAvg',
    value: data.summaryBytes,
    unit: 'B',
    note: 'average JSON size of a partner summary (lib/store/summaries.ts)',
  });

  const dir = await privateExtension(extensionDir);
  const ext = await launchWithExtension({ headless: true, executablePath: chromiumPath(), extensionDir: dir });
  try {
    const context: BrowserContext = ext.context;
    // tsx keeps function names with an `__name` helper that functions sent to the page still call.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(watchFullList);
    const origin: string = ext.extensionOrigin;
    await seed(context, origin, data.main, log);

    // Popup: first render, whole list, heap, keystrokes.
    try {
      const popup = await popupRuns(context, origin, log);
      lines.push(...popupLines(popup, '10k', POPUP_RUNS));
    } catch (error) {
      for (const key of ['popupFirstRenderMs10k', 'popupWholeListMs10k', 'searchKeystrokeMs10k'])
        missing(key, 'ms', error);
      missing('popupHeapBytes10k', 'B', error);
    }

    // Board: first render.
    try {
      const board = await boardRuns(context, origin, log);
      lines.push({
        key: 'boardFirstRenderMs10k',
        value: round(median(board.firstRender)),
        unit: 'ms',
        budget: PIPELINE_BUDGETS.boardFirstRenderMs10k,
        note: `median of ${BOARD_RUNS} loads at 1280×800 (first, cold: ${board.firstRender[0]!.toFixed(0)} ms); navigation start → 'pp:board-first-render'`,
      });
      if (board.heapAfterGc.length)
        lines.push({
          key: 'boardHeapBytes10k',
          value: Math.round(median(board.heapAfterGc)),
          unit: 'B',
          note: 'used JS heap of the board after load and the duplicate look-up, after forced GC',
        });
    } catch (error) {
      missing('boardFirstRenderMs10k', 'ms', error);
    }

    // Matching, export and import: the project's code bundled into an extension page.
    const page = await openPage(context, `${origin}/__bench__/bench.html`, BOARD_VIEWPORT);
    try {
      await waitFor(page, () => typeof (window as any).PartnerPipelineBenchPage === 'object', 10_000);
      try {
        // Every prefix of the words typed in the popup: what each keystroke filters and sorts.
        const prefixes = SEARCH_WORDS.flatMap((word) => [...word].map((_, i) => word.slice(0, i + 1)));
        const read = await page.evaluate(
          (queries) => (window as any).PartnerPipelineBenchPage.benchReadPath(queries, 5),
          prefixes,
        );
        lines.push({
          key: 'firstScreenQueryMs10k',
          value: round(read.firstScreenMs),
          unit: 'ms',
          note: `lib/store/queries firstScreen (the 30 newest summaries through by-updated); opening the database ${round(read.openMs)} ms more; median of 5`,
        });
        lines.push({
          key: 'boardFirstScreenQueryMs10k',
          value: round(read.boardFirstScreenMs),
          unit: 'ms',
          note: 'lib/store/queries boardFirstScreen (per stage its 15 newest summaries through by-stage-updated, counted when that is all of it); median of 5',
        });
        lines.push({
          key: 'listPartnersMs10k',
          value: round(read.listPartnersMs),
          unit: 'ms',
          note: "lib/store/queries listPartners (getAll of the summaries, sorted newest first): what the popup's search and the board wait for; median of 5",
        });
        lines.push({
          key: 'searchFilterMs10k',
          value: round(read.filterMs, 2),
          unit: 'ms',
          note: `lib/domain/search filterPartners over ${read.partners} summaries, median over the ${prefixes.length} typed prefixes`,
        });
        lines.push({
          key: 'searchSortMs10k',
          value: round(read.sortMs, 2),
          unit: 'ms',
          note: `lib/domain/search sortPartners(…, 'recent') of the filtered list (localeCompare); the same order with a plain < comparison: ${round(read.sortPlainMs, 2)} ms`,
        });
      } catch (error) {
        log(`  read-path timings not measured: ${errorText(error)}`);
      }
      try {
        const match = await page.evaluate(
          (candidates) => (window as any).PartnerPipelineBenchPage.benchMatch(candidates, 3),
          data.candidates,
        );
        if (match.wrong.length)
          log(`  matching: ${match.wrong.length} candidate(s) found otherwise than generated, e.g. ${match.wrong[0]}`);
        lines.push({
          key: 'matchOneAgainst10kMs',
          value: round(match.newMs, 2),
          unit: 'ms',
          budget: PIPELINE_BUDGETS.matchOneAgainst10kMs,
          note: `median, a new organisation (every lookup: platform id, OID, PIC, page, name key, domain; one readonly transaction), ${match.counts.new} timings; exact hit ${round(match.exactMs, 2)} ms, probable ${round(match.probableMs, 2)} ms, slowest ${round(match.maxMs, 2)} ms`,
        });
      } catch (error) {
        missing('matchOneAgainst10kMs', 'ms', error);
      }
      try {
        const result = await page.evaluate(
          ({ text, runs }) =>
            (window as any).PartnerPipelineBenchPage.benchExportImport({ halfDuplicateText: text, runs }),
          { text: data.halfDuplicateText, runs: EXCHANGE_RUNS },
        );
        const t = result.timings as Record<string, number[]>;
        const m = (key: string) => median(t[key]!);
        const half = result.outcomes.half as Record<string, unknown>;
        lines.push({
          key: 'export10kMs',
          value: round(m('exportMs')),
          unit: 'ms',
          budget: PIPELINE_BUDGETS.export10kMs,
          note: `lib/backup/exchange exportParts (the download's read + JSON, in parts) of ${result.n} organisations, into a Blob as the download does → ${(result.fileBytes / KB / KB).toFixed(1)} MB; median of ${EXCHANGE_RUNS} (${ms(t.exportMs!)})`,
        });
        lines.push({
          key: 'rawGetAll10kMs',
          value: round(m('rawGetAllMs')),
          unit: 'ms',
          note: 'floor: IndexedDB getAll of organisations + pipeline, one transaction',
        });
        lines.push({
          key: 'exportFloorMs10k',
          value: round(m('rawGetAllMs')),
          unit: 'ms',
          note: `the export's floor, measured in this run: = rawGetAll10kMs (${ms(t.rawGetAllMs!)})`,
        });
        lines.push({
          key: 'rawFileMs10k',
          value: round(m('rawFileMs')),
          unit: 'ms',
          note: `floor of any JSON file of the same records: that getAll, one JSON.stringify, a Blob (${ms(t.rawFileMs!)})`,
        });
        lines.push({
          key: 'exportToFileFloorRatio',
          value: round(m('exportMs') / m('rawFileMs'), 2),
          unit: 'x',
          note: 'export10kMs / rawFileMs10k: what the export adds to writing any file of its records',
        });
        lines.push({
          key: 'exportToRawRatio',
          value: round(m('exportMs') / m('rawGetAllMs'), 2),
          unit: 'x',
          budget: PIPELINE_BUDGETS.exportToRawRatio,
          note: 'export10kMs / rawGetAll10kMs',
        });
        lines.push({
          key: 'import10kMs',
          value: round(m('importEmptyMs')),
          unit: 'ms',
          budget: PIPELINE_BUDGETS.import10kMs,
          note: `readBackup + applyImport of that export into an empty profile; of which read (JSON + zod) ${round(m('importEmptyReadMs'))} ms; median of ${EXCHANGE_RUNS} (${ms(t.importEmptyMs!)})`,
        });
        lines.push({
          key: 'rawPut10kMs',
          value: round(m('rawPutMs')),
          unit: 'ms',
          note: 'floor: the same organisations, entries and their summaries put in one IndexedDB transaction (indexes: 6 on organisations, 0 on entries, 3 on summaries)',
        });
        lines.push({
          key: 'rawPutV3SchemaMs10k',
          value: round(m('rawPutV3Ms')),
          unit: 'ms',
          note: `the floor of the schema before this one (version 3: no summaries; 7 indexes on organisations, 2 on entries), same records, same run (${ms(t.rawPutV3Ms!)})`,
        });
        lines.push({
          key: 'rawPutWithoutIndexesMs10k',
          value: round(m('rawPutBareMs')),
          unit: 'ms',
          note: `organisations, entries and summaries into stores without any index: what the records cost alone (${ms(t.rawPutBareMs!)})`,
        });
        lines.push({
          key: 'importFloorMs10k',
          value: round(m('rawPutMs')),
          unit: 'ms',
          note: `the import's floor, measured in this run: = rawPut10kMs (${ms(t.rawPutMs!)})`,
        });
        lines.push({
          key: 'importToRawRatio',
          value: round(m('importEmptyMs') / m('rawPutMs'), 2),
          unit: 'x',
          budget: PIPELINE_BUDGETS.importToRawRatio,
          note: 'import10kMs / rawPut10kMs',
        });
        lines.push({
          key: 'importHalfDuplicates10kMs',
          value: round(m('importHalfMs')),
          unit: 'ms',
          budget: PIPELINE_BUDGETS.importHalfDuplicates10kMs,
          note: `${N} organisations (${(result.halfFileBytes / KB / KB).toFixed(1)} MB) into the 10,000, half already saved under other ids; read ${round(m('importHalfReadMs'))} ms; ${half.new} new, ${half.updated} updated, ${half.unchanged} unchanged, ${half.conflicting} conflicting, matched by ${JSON.stringify(half.matchedBy)}; median of ${EXCHANGE_RUNS}`,
        });
      } catch (error) {
        for (const key of ['export10kMs', 'import10kMs', 'importHalfDuplicates10kMs']) missing(key, 'ms', error);
      }
    } finally {
      await page.close();
    }
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (sizes.includes('50k')) {
    try {
      lines.push(...(await scaleCheck(extensionDir, log)));
    } catch (error) {
      for (const key of ['popupFirstRenderMs50k', 'searchKeystrokeMs50k']) missing(key, 'ms', error);
      missing('popupHeapBytes50k', 'B', error);
    }
  }
  return lines;
}

/** The popup's figures at one size (keys end in `suffix`, e.g. popupFirstRenderMs10k). */
function popupLines(popup: PopupFigures, suffix: '10k' | '50k', runs: number): BenchLine[] {
  const budget = (key: string) => (PIPELINE_BUDGETS as Record<string, number>)[key];
  const hidden = popup.visibility === 'visible' ? '' : ` (page was ${popup.visibility}: rAF-driven effects may lag)`;
  const keys = popup.keystrokes;
  const unchanged = popup.unchangedKeystrokes
    ? `; ${popup.unchangedKeystrokes} keystroke(s) left the list as it was (not counted)`
    : '';
  const wholeList = round(median(popup.fullList));
  const lines: BenchLine[] = [
    {
      key: `popupFirstRenderMs${suffix}`,
      value: round(median(popup.firstRender)),
      unit: 'ms',
      budget: budget(`popupFirstRenderMs${suffix}`),
      note: `median of ${runs} loads at 380×560 (${ms(popup.firstRender)}); navigation start → 'pp:popup-first-render'; DOMContentLoaded at ${round(median(popup.domContentLoaded))} ms${hidden}`,
    },
    {
      key: `popupWholeListMs${suffix}`,
      value: wholeList,
      unit: 'ms',
      budget: budget(`popupWholeListMs${suffix}`),
      note: `navigation start → every partner loaded (the "N more" line rendered): when search works (${ms(popup.fullList)})`,
    },
    {
      key: `searchKeystrokeMs${suffix}`,
      value: round(median(keys), 2),
      unit: 'ms',
      budget: budget(`searchKeystrokeMs${suffix}`),
      note: `median of ${keys.length} keystrokes typing ${SEARCH_WORDS.map((w) => `"${w}"`).join(', ')}; keydown → list DOM updated${unchanged}`,
    },
    {
      key: `searchKeystrokeMaxMs${suffix}`,
      value: round(Math.max(...keys), 2),
      unit: 'ms',
      budget: budget(`searchKeystrokeMaxMs${suffix}`),
      note: 'the slowest of those keystrokes (typically the first letter: most partners match)',
    },
    {
      key: `popupHeapBytes${suffix}`,
      value: Math.round(median(popup.heapAfterGc)),
      unit: 'B',
      budget: budget(`popupHeapBytes${suffix}`),
      note: `used JS heap after first render + whole list, after forced GC (CDP Runtime.getHeapUsage, median of ${runs}); before GC ${(median(popup.heapBefore) / KB / KB).toFixed(1)} MB`,
    },
  ];
  // The key this benchmark had before the whole list had a budget (later checks read it).
  if (suffix === '10k')
    lines.splice(2, 0, { key: 'popupFullListMs10k', value: wholeList, unit: 'ms', note: '= popupWholeListMs10k' });
  return lines;
}

/**
 * "A team that imports a colleague's files for years": 50,000 partners in a fresh profile. The
 * popup and board must paint from the summaries' indexes before reading every summary.
 */
async function scaleCheck(extensionDir: string, log: (text: string) => void): Promise<BenchLine[]> {
  const started = Date.now();
  const big = generatePipeline(SCALE_N, { seed: 11, idPrefix: 'big', now: started });
  // The schemas check a sample (every record of the 10,000 above passed them; same generator).
  validate(
    {
      organisations: big.organisations.filter((_, i) => i % 50 === 0),
      pipeline: big.pipeline.filter((_, i) => i % 50 === 0),
    },
    'scale-check sample',
  );
  const data = withSummaries(big);
  log(
    `${SCALE_N.toLocaleString('en')} organisations (scale check; load average ${loadavg()[0]!.toFixed(1)}): generated in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const dir = await privateExtension(extensionDir, 'scale');
  const ext = await launchWithExtension({ headless: true, executablePath: chromiumPath(), extensionDir: dir });
  const lines: BenchLine[] = [];
  try {
    const context: BrowserContext = ext.context;
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(watchFullList);
    await seed(context, ext.extensionOrigin, data, log);
    const popup = await popupRuns(context, ext.extensionOrigin, log, SCALE_POPUP_RUNS);
    lines.push(...popupLines(popup, '50k', SCALE_POPUP_RUNS));
    const board = await boardRuns(context, ext.extensionOrigin, log, SCALE_BOARD_RUNS);
    lines.push({
      key: 'boardFirstRenderMs50k',
      value: round(median(board.firstRender)),
      unit: 'ms',
      note: `median of ${SCALE_BOARD_RUNS} loads at 1280×800 (${ms(board.firstRender)})`,
    });
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
