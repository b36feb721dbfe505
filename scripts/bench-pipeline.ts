/**
 * The 10,000-organisation part of `npm run bench`: a generated pipeline (scripts/bench-pipeline-data.ts)
 * seeded into the built extension's own IndexedDB, then, in real headless Chromium:
 *
 * - popup.html (380×560): navigation start → performance.mark('pp:popup-first-render') (made by
 *   entrypoints/popup/App.tsx the first time the list renders with data), and → the whole list
 *   loaded; the JS heap after that (CDP, after forced GC); one more character typed into the
 *   search box → the list's DOM updated (keydown listener + MutationObserver, performance.now in
 *   the page).
 * - dashboard.html (1280×800): navigation start → 'pp:board-first-render' (Board.tsx).
 * - an extra page in a private copy of the build (__bench__/bench.html loading the bundle of
 *   scripts/bench-pipeline-page.ts): matching one organisation against the 10,000 through the
 *   indexes as lib/repo.ts does, and export / import through lib/exchange.ts and lib/import.ts,
 *   next to raw IndexedDB floors. The bundle runs under the extension's CSP, as the real code does.
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
import { DB_NAME, DB_VERSION } from '../lib/db';
import { identityKeys } from '../lib/dedupe';
import { envelopeOf, serialiseExport, sortByKey, type ExportData } from '../lib/exchange';
import { OrganisationSchema, PipelineEntrySchema, type ExtractedOrganisation } from '../lib/model';
import { DEFAULT_STAGES } from '../lib/stages';
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
export const PIPELINE_BUDGETS = {
  popupFirstRenderMs10k: 150,
  searchKeystrokeMs10k: 16,
  boardFirstRenderMs10k: 300,
  matchOneAgainst10kMs: 5,
  export10kMs: 500,
  import10kMs: 2000,
  importHalfDuplicates10kMs: 2000,
  /** "Export and import can reach ≤ 2× these floors" (docs/architecture.md, Performance notes). */
  exportToRawRatio: 2,
  importToRawRatio: 2,
  popupHeapBytes10k: 60 * KB * KB,
};
const POPUP_RUNS = 7;
const BOARD_RUNS = 5;
const EXCHANGE_RUNS = 5;
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
const round = (value: number, digits = 1) => (Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : null);
const ms = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
const errorText = (error: unknown) => (error as Error).message?.split('\n')[0] ?? String(error);

// ── Data ──────────────────────────────────────────────────────────────────────────────────────

interface Prepared {
  main: GeneratedPipeline;
  halfDuplicateText: string;
  candidates: MatchCandidate[];
  orgBytes: number;
  entryBytes: number;
}

/** Generates and validates (zod, lib/model.ts) everything the runs need. */
function prepareData(log: (text: string) => void): Prepared {
  const now = Date.now();
  const main = generatePipeline(N, { seed: 1, idPrefix: 'org', now });
  validate(main, 'seeded');
  // Another browser's backup: every other seeded organisation under another id (found again by
  // OID / PIC / platform id), and as many organisations this profile does not have.
  const half = duplicatesOf({ organisations: main.organisations.filter((_, i) => i % 2 === 0), pipeline: main.pipeline.filter((_, i) => i % 2 === 0) }, { seed: 5, idPrefix: 'other', now });
  const extra = generatePipeline(N / 2, { seed: 2, idPrefix: 'new', keyOffset: 1_000_000, now });
  const file: GeneratedPipeline = { organisations: [...half.organisations, ...extra.organisations], pipeline: [...half.pipeline, ...extra.pipeline] };
  validate(file, 'half-duplicate file');
  const data: ExportData = {
    organisations: sortByKey(file.organisations, 'id'),
    pipeline: sortByKey(file.pipeline, 'orgId'),
    notSame: [],
    ideas: [],
    events: [],
    stages: DEFAULT_STAGES,
  } as ExportData;
  const halfDuplicateText = serialiseExport(envelopeOf(data, 'bench'));
  const orgBytes = averageBytes(main.organisations);
  const entryBytes = averageBytes(main.pipeline);
  log(`  generated ${N} organisations (${orgBytes} B each on average, pipeline entries ${entryBytes} B) and a ${(halfDuplicateText.length / KB / KB).toFixed(1)} MB half-duplicate backup`);
  return { main, halfDuplicateText, candidates: matchCandidates(main, now), orgBytes, entryBytes };
}

function validate(data: GeneratedPipeline, what: string): void {
  const bad = [
    ...data.organisations.map((org) => OrganisationSchema.safeParse(org)).filter((r) => !r.success),
    ...data.pipeline.map((entry) => PipelineEntrySchema.safeParse(entry)).filter((r) => !r.success),
  ];
  if (bad.length) throw new Error(`${bad.length} generated ${what} record(s) fail the schemas: ${JSON.stringify(bad[0]!.error!.issues.slice(0, 2))}`);
}

/**
 * Organisations a page could show: saved ones found again (same profile or OID: exact),
 * same name and country or website under a new profile (probable), and new ones.
 */
function matchCandidates(main: GeneratedPipeline, now: number): MatchCandidate[] {
  const candidates: MatchCandidate[] = [];
  const pageUrl = (i: number) => `https://www.salto-youth.net/tools/otlas-partner-finding/project/bench-request.${900_000 + i}/`;
  const orgs = main.organisations;
  for (let i = 0; i < 20; i += 1) {
    const org = orgs[(i * 487) % orgs.length]!;
    const profileUrl = org.sources.find((source) => source.extracted.profileUrl)?.extracted.profileUrl;
    const fields: ExtractedOrganisation = { name: org.name, ...(org.country ? { country: org.country } : {}), ...(profileUrl ? { profileUrl } : org.oid ? { oid: org.oid } : {}) };
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
    const fields: ExtractedOrganisation = { ...extracted, ...(org.website ? { website: org.website } : {}), ...(org.oid ? { oid: org.oid } : {}), ...(org.pic ? { pic: org.pic } : {}) };
    const keys = identityKeys(fields);
    if ((keys.nameKey && names.has(keys.nameKey)) || (keys.domain && domains.has(keys.domain))) continue;
    candidates.push({ kind: 'new', fields, pageUrl: pageUrl(200 + added) });
    if (++added === 40) break;
  }
  return candidates;
}

// ── Browser ───────────────────────────────────────────────────────────────────────────────────

/** A private copy of the build (others may rebuild .output meanwhile) with the bench page added. */
async function privateExtension(extensionDir: string): Promise<string> {
  const dir = join(BENCH_DIR, `extension-${process.pid}`);
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
  writeFileSync(join(dir, '__bench__/bench.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script src="pipeline.js"></script>\n');
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

async function waitFor<T, A = undefined>(page: Page, fn: (arg: A) => T | Promise<T>, timeout = 30_000, arg?: A): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = (await page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg)) as T;
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function seed(context: BrowserContext, origin: string, data: GeneratedPipeline, log: (text: string) => void) {
  const page = await context.newPage();
  try {
    // The board opens the database at the current version (creating it and its stores).
    await page.goto(`${origin}/dashboard.html`);
    const expected = { name: DB_NAME, version: DB_VERSION };
    await waitFor(page, async ({ name, version }) => (await indexedDB.databases()).some((db) => db.name === name && db.version === version), 20_000, expected).catch(() => {
      throw new Error(`dashboard.html did not create the database "${DB_NAME}" at version ${DB_VERSION}`);
    });
    await page.waitForTimeout(500); // the board's own first load is over
    const result = await page.evaluate(
      async ({ name, organisations, pipeline }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const start = performance.now();
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['organisations', 'pipeline'], 'readwrite');
          const orgStore = tx.objectStore('organisations');
          const entryStore = tx.objectStore('pipeline');
          for (const record of organisations) orgStore.put(record);
          for (const record of pipeline) entryStore.put(record);
          tx.oncomplete = () => resolve();
          tx.onerror = tx.onabort = () => reject(tx.error);
        });
        const putMs = performance.now() - start;
        const version = db.version;
        const count = await new Promise<number>((resolve) => {
          const request = db.transaction('organisations').objectStore('organisations').count();
          request.onsuccess = () => resolve(request.result);
        });
        db.close();
        return { putMs, version, count };
      },
      { name: DB_NAME, organisations: data.organisations, pipeline: data.pipeline },
    );
    if (result.version !== DB_VERSION) throw new Error(`the extension's database is at version ${result.version}, lib/db.ts says ${DB_VERSION}`);
    if (result.count !== data.organisations.length) throw new Error(`seeded ${result.count} organisations, expected ${data.organisations.length}`);
    log(`  seeded ${result.count} organisations into ${DB_NAME} v${result.version} in ${result.putMs.toFixed(0)} ms (one transaction)`);
  } finally {
    await page.close();
  }
}

async function openPage(context: BrowserContext, url: string, viewport: { width: number; height: number }): Promise<Page> {
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

async function popupRuns(context: BrowserContext, origin: string, log: (text: string) => void): Promise<PopupFigures> {
  const figures: PopupFigures = { firstRender: [], fullList: [], heapAfterGc: [], heapBefore: [], keystrokes: [], unchangedKeystrokes: 0, domContentLoaded: [], visibility: '' };
  for (let run = 0; run < POPUP_RUNS; run += 1) {
    const page = await openPage(context, `${origin}/popup.html`, POPUP_VIEWPORT);
    try {
      figures.firstRender.push(await markTime(page, 'pp:popup-first-render'));
      const fullListAt = await waitFor(page, () => (window as any).__ppBench?.fullListAt as number);
      figures.fullList.push(fullListAt);
      figures.visibility = await page.evaluate(() => document.visibilityState);
      figures.domContentLoaded.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd));
      await page.waitForTimeout(300); // idle: nothing pending
      const heap = await heapUsage(context, page);
      figures.heapAfterGc.push(heap.after);
      figures.heapBefore.push(heap.before);
      if (run === POPUP_RUNS - 1) await typeIntoSearch(page, figures);
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
    }).observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true, attributes: true });
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

async function boardRuns(context: BrowserContext, origin: string, log: (text: string) => void): Promise<{ firstRender: number[]; heapAfterGc: number[] }> {
  const firstRender: number[] = [];
  const heapAfterGc: number[] = [];
  for (let run = 0; run < BOARD_RUNS; run += 1) {
    const page = await openPage(context, `${origin}/dashboard.html`, BOARD_VIEWPORT);
    try {
      firstRender.push(await markTime(page, 'pp:board-first-render'));
      if (run === BOARD_RUNS - 1) {
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
    lines.push({ key, value: null, unit, budget: (PIPELINE_BUDGETS as Record<string, number>)[key], note: `not measured: ${errorText(error)}` });

  const load = loadavg()[0]!;
  log(`10,000 organisations (${extensionDir}; load average ${load.toFixed(1)} on ${cpus().length} CPUs):`);
  const data = prepareData(log);
  lines.push({ key: 'orgRecordBytesAvg10k', value: data.orgBytes, unit: 'B', note: `average JSON size of a generated organisation (pipeline entry: ${data.entryBytes} B); load average ${load.toFixed(1)} on ${cpus().length} CPUs when started` });

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
      const hidden = popup.visibility === 'visible' ? '' : ` (page was ${popup.visibility}: rAF-driven effects may lag)`;
      lines.push({ key: 'popupFirstRenderMs10k', value: round(median(popup.firstRender)), unit: 'ms', budget: PIPELINE_BUDGETS.popupFirstRenderMs10k, note: `median of ${POPUP_RUNS} loads at 380×560 (first, cold: ${popup.firstRender[0]!.toFixed(0)} ms); navigation start → 'pp:popup-first-render'; DOMContentLoaded at ${round(median(popup.domContentLoaded))} ms${hidden}` });
      lines.push({ key: 'popupFullListMs10k', value: round(median(popup.fullList)), unit: 'ms', note: 'navigation start → every partner loaded (the "N more" line rendered): when search works' });
      const keys = popup.keystrokes;
      lines.push({ key: 'searchKeystrokeMs10k', value: round(median(keys), 2), unit: 'ms', budget: PIPELINE_BUDGETS.searchKeystrokeMs10k, note: `median of ${keys.length} keystrokes typing ${SEARCH_WORDS.map((w) => `"${w}"`).join(', ')}; keydown → list DOM updated${popup.unchangedKeystrokes ? `; ${popup.unchangedKeystrokes} keystroke(s) left the list as it was (not counted)` : ''}` });
      lines.push({ key: 'searchKeystrokeMaxMs10k', value: round(Math.max(...keys), 2), unit: 'ms', note: 'the slowest of those keystrokes (typically the first letter: most partners match)' });
      lines.push({ key: 'popupHeapBytes10k', value: Math.round(median(popup.heapAfterGc)), unit: 'B', budget: PIPELINE_BUDGETS.popupHeapBytes10k, note: `used JS heap after first render + whole list, after forced GC (CDP Runtime.getHeapUsage, median of ${POPUP_RUNS}); before GC ${(median(popup.heapBefore) / KB / KB).toFixed(1)} MB` });
    } catch (error) {
      for (const key of ['popupFirstRenderMs10k', 'searchKeystrokeMs10k']) missing(key, 'ms', error);
      missing('popupHeapBytes10k', 'B', error);
    }

    // Board: first render.
    try {
      const board = await boardRuns(context, origin, log);
      lines.push({ key: 'boardFirstRenderMs10k', value: round(median(board.firstRender)), unit: 'ms', budget: PIPELINE_BUDGETS.boardFirstRenderMs10k, note: `median of ${BOARD_RUNS} loads at 1280×800 (first, cold: ${board.firstRender[0]!.toFixed(0)} ms); navigation start → 'pp:board-first-render'` });
      if (board.heapAfterGc.length) lines.push({ key: 'boardHeapBytes10k', value: Math.round(median(board.heapAfterGc)), unit: 'B', note: 'used JS heap of the board after load and the duplicate look-up, after forced GC' });
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
        const read = await page.evaluate((queries) => (window as any).PartnerPipelineBenchPage.benchReadPath(queries, 5), prefixes);
        lines.push({ key: 'firstScreenQueryMs10k', value: round(read.firstScreenMs), unit: 'ms', note: `lib/queries firstScreen (30 newest through by-updated, counts per stage); opening the database ${round(read.openMs)} ms more; median of 5` });
        lines.push({ key: 'listPartnersMs10k', value: round(read.listPartnersMs), unit: 'ms', note: 'lib/queries listPartners (getAll of both stores, summarise, sort): what the popup\'s search and the board wait for; median of 5' });
        lines.push({ key: 'searchFilterMs10k', value: round(read.filterMs, 2), unit: 'ms', note: `lib/search filterPartners over ${read.partners} summaries, median over the ${prefixes.length} typed prefixes` });
        lines.push({ key: 'searchSortMs10k', value: round(read.sortMs, 2), unit: 'ms', note: `lib/search sortPartners(…, 'recent') of the filtered list (localeCompare); the same order with a plain < comparison: ${round(read.sortPlainMs, 2)} ms` });
      } catch (error) {
        log(`  read-path timings not measured: ${errorText(error)}`);
      }
      try {
        const match = await page.evaluate((candidates) => (window as any).PartnerPipelineBenchPage.benchMatch(candidates, 3), data.candidates);
        if (match.wrong.length) log(`  matching: ${match.wrong.length} candidate(s) found otherwise than generated, e.g. ${match.wrong[0]}`);
        lines.push({
          key: 'matchOneAgainst10kMs', value: round(match.newMs, 2), unit: 'ms', budget: PIPELINE_BUDGETS.matchOneAgainst10kMs,
          note: `median, a new organisation (every lookup: platform id, OID, PIC, page, name key, domain; one readonly transaction), ${match.counts.new} timings; exact hit ${round(match.exactMs, 2)} ms, probable ${round(match.probableMs, 2)} ms, slowest ${round(match.maxMs, 2)} ms`,
        });
      } catch (error) {
        missing('matchOneAgainst10kMs', 'ms', error);
      }
      try {
        const result = await page.evaluate(
          ({ text, runs }) => (window as any).PartnerPipelineBenchPage.benchExportImport({ halfDuplicateText: text, runs }),
          { text: data.halfDuplicateText, runs: EXCHANGE_RUNS },
        );
        const t = result.timings as Record<string, number[]>;
        const m = (key: string) => median(t[key]!);
        const half = result.outcomes.half as Record<string, unknown>;
        lines.push({ key: 'export10kMs', value: round(m('exportMs')), unit: 'ms', budget: PIPELINE_BUDGETS.export10kMs, note: `buildExport + serialiseExport of ${result.n} organisations → ${(result.fileBytes / KB / KB).toFixed(1)} MB; median of ${EXCHANGE_RUNS} (${ms(t.exportMs!)})` });
        lines.push({ key: 'rawGetAll10kMs', value: round(m('rawGetAllMs')), unit: 'ms', note: 'floor: IndexedDB getAll of organisations + pipeline, one transaction' });
        lines.push({ key: 'exportToRawRatio', value: round(m('exportMs') / m('rawGetAllMs'), 2), unit: 'x', budget: PIPELINE_BUDGETS.exportToRawRatio, note: 'export10kMs / rawGetAll10kMs' });
        lines.push({ key: 'import10kMs', value: round(m('importEmptyMs')), unit: 'ms', budget: PIPELINE_BUDGETS.import10kMs, note: `readBackup + applyImport of that export into an empty profile; of which read (JSON + zod) ${round(m('importEmptyReadMs'))} ms; median of ${EXCHANGE_RUNS} (${ms(t.importEmptyMs!)})` });
        lines.push({ key: 'rawPut10kMs', value: round(m('rawPutMs')), unit: 'ms', note: 'floor: the same records put in one IndexedDB transaction (7 + 2 indexes)' });
        lines.push({ key: 'importToRawRatio', value: round(m('importEmptyMs') / m('rawPutMs'), 2), unit: 'x', budget: PIPELINE_BUDGETS.importToRawRatio, note: 'import10kMs / rawPut10kMs' });
        lines.push({
          key: 'importHalfDuplicates10kMs', value: round(m('importHalfMs')), unit: 'ms', budget: PIPELINE_BUDGETS.importHalfDuplicates10kMs,
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
  return lines;
}
