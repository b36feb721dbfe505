/**
 * `npm run bench` (= `wxt build && node --import tsx scripts/bench.ts`): sizes of the built
 * extension, extraction time per platform and the JS heap a content script adds to a page,
 * measured in real headless Chromium on the bundled fixtures (offline).
 *
 *   node --import tsx scripts/bench.ts          figures with budgets, for people
 *   node --import tsx scripts/bench.ts --json   ONE JSON object of flat keys (unit in the name)
 *
 * Benchmarks report; they do not fail: over-budget lines are marked and the exit code is 0
 * (1 only when the benchmark itself cannot run, e.g. no build).
 *
 * Then, with 10,000 generated organisations seeded into the extension's own database
 * (scripts/bench-pipeline.ts): popup and board first render, a search keystroke, the popup's heap,
 * matching one organisation, export and import. `--only=pipeline` (or `--only=extraction`, which
 * is sizes, extraction, content-script heap and cold start; `--only=cold`, the two content-script
 * stages' sizes and cold start alone; `--only=discover`: scripts/bench-discover.ts) runs one part.
 */
import { robustnessBench } from './bench-robustness';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// prettier-ignore
// @ts-expect-error — plain ESM helper shared with the e2e tests (no types)
import { chromiumPath, EXTENSION_DIR, launchWithExtension, listFixtures, ROOT, SAVEABLE_PAGE_TYPES, serveFixtures } from '../tests/e2e/harness.mjs';
import { pipelineBench } from './bench-pipeline';
import { coldStartBench, stageSizes } from './bench-cold-start';
import { discoverBench } from './bench-discover';
import { ensureBrowsers } from './ensure-browsers.mjs';

const JSON_OUT = process.argv.includes('--json');
const ONLY = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const RUNS = 50;
const HEAP_SAMPLES = 3;
const KB = 1024;
const BUDGETS = {
  contentScriptGzipBytes: 15 * KB,
  popupInitialGzipBytes: 40 * KB,
  extractMsMedian: 5,
  contentScriptHeapBytes: 2 * KB * KB,
};
const BENCH_DIR = join(ROOT, '.tmp/bench');
const BUNDLE_PATH = '/__partner-pipeline-bench__/extractors.js';
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

type Fixture = {
  platform: string;
  name: string;
  kind: 'page' | 'data';
  file: string;
  url: string;
  expected: any;
  bytes: number;
};
type Line = {
  key: string;
  value: number | null;
  unit: 'B' | 'ms' | 'x' | '%' | 'n' | 'MB/s';
  budget?: number;
  note?: string;
};

const lines: Line[] = [];
const log = (text: string) => (JSON_OUT ? process.stderr : process.stdout).write(`${text}\n`);
const gzipBytes = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

// ── Sizes ────────────────────────────────────────────────────────────────────────────────────

function sizes(): void {
  const scriptsDir = join(EXTENSION_DIR, 'content-scripts');
  const scripts = existsSync(scriptsDir)
    ? readdirSync(scriptsDir)
        .filter((file) => file.endsWith('.js'))
        .sort()
    : [];
  for (const file of scripts) {
    const platform = file.replace(/\.js$/, '');
    const buffer = readFileSync(join(scriptsDir, file));
    lines.push({ key: `contentScriptBytes.${platform}`, value: buffer.length, unit: 'B' });
    lines.push({
      key: `contentScriptGzipBytes.${platform}`,
      value: gzipBytes(buffer),
      unit: 'B',
      budget: BUDGETS.contentScriptGzipBytes,
    });
  }
  const background = join(EXTENSION_DIR, 'background.js');
  if (existsSync(background)) {
    const buffer = readFileSync(background);
    lines.push({ key: 'backgroundBytes', value: buffer.length, unit: 'B' });
    lines.push({ key: 'backgroundGzipBytes', value: gzipBytes(buffer), unit: 'B' });
  }
  const popup = initialScripts('popup.html');
  lines.push({ key: 'popupInitialBytes', value: popup.bytes, unit: 'B', note: popup.files.join(' + ') });
  lines.push({
    key: 'popupInitialGzipBytes',
    value: popup.gzipBytes,
    unit: 'B',
    budget: BUDGETS.popupInitialGzipBytes,
    note: `${popup.files.length} file(s), gzip each`,
  });
  // Everything the popup can load, lazily imported chunks included (the list needs some of them).
  const reachable = initialScripts('popup.html', true);
  lines.push({
    key: 'popupReachableGzipBytes',
    value: reachable.gzipBytes,
    unit: 'B',
    note: `${reachable.files.length} file(s) incl. dynamic import(): an upper bound for "popup with its list"`,
  });
}

/**
 * The JS an extension page loads before it can paint: its module scripts and modulepreload
 * links, and every module those import statically (dynamic import() is not initial).
 */
function initialScripts(htmlFile: string, withDynamic = false): { files: string[]; bytes: number; gzipBytes: number } {
  const htmlPath = join(EXTENSION_DIR, htmlFile);
  if (!existsSync(htmlPath)) return { files: [], bytes: 0, gzipBytes: 0 };
  const html = readFileSync(htmlPath, 'utf8');
  const queue: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('type') === 'module' && attr('src'))
      queue.push(resolveAsset(htmlFile, attr('src')!));
    if (/^<link/i.test(tag) && attr('rel')?.split(/\s+/).includes('modulepreload') && attr('href'))
      queue.push(resolveAsset(htmlFile, attr('href')!));
  }
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(join(EXTENSION_DIR, file))) continue;
    seen.add(file);
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    // Static `import … from "x"`, `import "x"`, `export … from "x"`; not `import("x")`.
    for (const match of code.matchAll(
      /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g,
    )) {
      queue.push(resolveAsset(file, match[1]!));
    }
    if (withDynamic)
      for (const match of code.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g))
        queue.push(resolveAsset(file, match[1]!));
  }
  const files = [...seen];
  const buffers = files.map((file) => readFileSync(join(EXTENSION_DIR, file)));
  return {
    files,
    bytes: buffers.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: buffers.reduce((sum, b) => sum + gzipBytes(b), 0),
  };
}

function resolveAsset(from: string, ref: string): string {
  const path = ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(from), ref);
  return posix.normalize(path.split(/[?#]/)[0]!);
}

// ── Extraction time ──────────────────────────────────────────────────────────────────────────

async function bundleExtractors(): Promise<string> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const outfile = join(BENCH_DIR, 'extractors.js');
  await build({
    entryPoints: [join(ROOT, 'lib/platforms/registry.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'PartnerPipelineExtractors',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    tsconfig: join(ROOT, 'tsconfig.json'),
    outfile,
    logLevel: 'silent',
  });
  return readFileSync(outfile, 'utf8');
}

/** The largest fixture per platform (pages, and separately data-service samples). */
function largestByPlatform(fixtures: Fixture[], kind: 'page' | 'data'): Fixture[] {
  const best = new Map<string, Fixture>();
  for (const fixture of fixtures) {
    if (fixture.kind !== kind) continue;
    const current = best.get(fixture.platform);
    if (!current || fixture.bytes > current.bytes) best.set(fixture.platform, fixture);
  }
  return [...best.values()].sort((a, b) => a.platform.localeCompare(b.platform));
}

/**
 * Serves `body` at `url` for this page only, with headers that make the measurement honest:
 * a CSP without 'unsafe-eval' (content scripts and the service worker run under the extension's
 * CSP, so zod must run without its JIT here too) and cross-origin isolation, which gives
 * performance.now() 5 µs resolution instead of 100 µs.
 */
async function openBenchPage(page: Page, url: string, body: string | Buffer): Promise<void> {
  await page.route(
    (target) => target.href === new URL(url).href,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: {
          'content-security-policy': "script-src 'self' 'unsafe-inline'",
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'credentialless',
        },
        body,
      }),
  );
  await page.goto(url, { waitUntil: 'load' });
}

async function extractionTimes(browser: Browser, fixtures: Fixture[]): Promise<void> {
  const bundle = await bundleExtractors();
  const context = await browser.newContext();
  await serveFixtures(context);
  // Our bundle at a same-origin path, so the page can load it under a CSP without 'unsafe-eval'.
  await context.route(
    (url) => url.pathname === BUNDLE_PATH,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/javascript; charset=utf-8',
        headers: { 'cross-origin-resource-policy': 'same-origin' },
        body: bundle,
      }),
  );

  for (const fixture of largestByPlatform(fixtures, 'page')) {
    const page = await context.newPage();
    try {
      await openBenchPage(page, fixture.url, readFileSync(fixture.file));
      await page.addScriptTag({ url: new URL(BUNDLE_PATH, fixture.url).href });
      const result = await page.evaluate((runs) => {
        const api = (globalThis as any).PartnerPipelineExtractors;
        const url = new URL(location.href);
        const times: number[] = [];
        let last: any;
        for (let i = 0; i < runs; i += 1) {
          const start = performance.now();
          last = api.extractPage(document, url);
          times.push(performance.now() - start);
        }
        return {
          times,
          pageType: last?.pageType,
          organisations: last?.organisations?.length ?? 0,
          isolated: crossOriginIsolated,
        };
      }, RUNS);
      if (!result.isolated) log(`  (${fixture.platform}: page not cross-origin isolated, timer resolution is 0.1 ms)`);
      lines.push({
        key: `extractMsMedian.${fixture.platform}`,
        value: round(median(result.times)),
        unit: 'ms',
        budget: BUDGETS.extractMsMedian,
        note: `${fixture.name}.html, ${(fixture.bytes / KB).toFixed(1)} KB → ${result.pageType}, ${result.organisations} org(s)`,
      });
      // extractMsFirst itself is measured in a fresh content script of the shipped build (bench-cold-start).
      lines.push({
        key: `extractMsFirstBundled.${fixture.platform}`,
        value: round(result.times[0]!),
        unit: 'ms',
        note: 'the first run of a bundle of all readers in a page',
      });
    } catch (error) {
      lines.push({
        key: `extractMsMedian.${fixture.platform}`,
        value: null,
        unit: 'ms',
        budget: BUDGETS.extractMsMedian,
        note: `not measured: ${(error as Error).message.split('\n')[0]}`,
      });
    } finally {
      await page.close();
    }
  }

  // Data-service samples (PRP): the same reader the background runs, timed in a page too.
  for (const fixture of largestByPlatform(fixtures, 'data')) {
    const page = await context.newPage();
    try {
      await openBenchPage(page, 'https://partner-pipeline.bench/', '<!doctype html><title>bench</title>');
      await page.addScriptTag({ url: new URL(BUNDLE_PATH, 'https://partner-pipeline.bench/').href });
      const data = JSON.parse(readFileSync(fixture.file, 'utf8'));
      const result = await page.evaluate(
        ({ runs, data, href }) => {
          const api = (globalThis as any).PartnerPipelineExtractors;
          const url = new URL(href);
          const times: number[] = [];
          let last: any;
          for (let i = 0; i < runs; i += 1) {
            const start = performance.now();
            last = api.extractData(data, url);
            times.push(performance.now() - start);
          }
          return { times, organisations: last?.organisations?.length ?? 0 };
        },
        { runs: RUNS, data, href: fixture.url },
      );
      lines.push({
        key: `extractDataMsMedian.${fixture.platform}`,
        value: round(median(result.times)),
        unit: 'ms',
        budget: BUDGETS.extractMsMedian,
        note: `${fixture.name}.json, ${(fixture.bytes / KB).toFixed(1)} KB → ${result.organisations} org(s)`,
      });
    } catch (error) {
      lines.push({
        key: `extractDataMsMedian.${fixture.platform}`,
        value: null,
        unit: 'ms',
        budget: BUDGETS.extractMsMedian,
        note: `not measured: ${(error as Error).message.split('\n')[0]}`,
      });
    } finally {
      await page.close();
    }
  }
  await context.close();
}

// ── Heap added by a content script ───────────────────────────────────────────────────────────

/** V8 heap in use by the page's renderer after a forced GC (includes content-script worlds). */
async function usedHeap(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function heapSample(fixture: Fixture, withExtension: boolean): Promise<number> {
  if (withExtension) {
    const ext = await launchWithExtension({ headless: true, executablePath: chromiumPath() });
    try {
      await serveFixtures(ext.context);
      const page = await ext.context.newPage();
      await page.goto(fixture.url, { waitUntil: 'load' });
      await page
        .locator('partner-pipeline-ui')
        .first()
        .waitFor({ state: 'attached', timeout: 10_000 })
        .catch(() => {});
      await page.waitForTimeout(500); // lookups answered, UI rendered
      return await usedHeap(ext.context, page);
    } finally {
      await ext.close();
    }
  }
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: BROWSER_ARGS });
  try {
    const context = await browser.newContext();
    await serveFixtures(context);
    const page = await context.newPage();
    await page.goto(fixture.url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    return await usedHeap(context, page);
  } finally {
    await browser.close();
  }
}

async function contentScriptHeap(fixtures: Fixture[]): Promise<void> {
  const scriptsDir = join(EXTENSION_DIR, 'content-scripts');
  const platforms = existsSync(scriptsDir)
    ? readdirSync(scriptsDir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => f.replace(/\.js$/, ''))
    : [];
  for (const platform of platforms.sort()) {
    // The largest page the control is shown on: the content script at its heaviest.
    const candidates = fixtures.filter(
      (f) => f.platform === platform && f.kind === 'page' && SAVEABLE_PAGE_TYPES.has(f.expected?.pageType),
    );
    const fixture = candidates.sort((a, b) => b.bytes - a.bytes)[0];
    if (!fixture) continue;
    try {
      const without: number[] = [];
      const withExt: number[] = [];
      for (let i = 0; i < HEAP_SAMPLES; i += 1) {
        without.push(await heapSample(fixture, false));
        withExt.push(await heapSample(fixture, true));
      }
      const added = median(withExt) - median(without);
      lines.push({
        key: `contentScriptHeapBytes.${platform}`,
        value: Math.max(0, Math.round(added)),
        unit: 'B',
        budget: BUDGETS.contentScriptHeapBytes,
        note: `${fixture.name}.html: median used JS heap ${(median(withExt) / KB / KB).toFixed(2)} MB with vs ${(median(without) / KB / KB).toFixed(2)} MB without (${HEAP_SAMPLES} fresh browsers each)`,
      });
    } catch (error) {
      lines.push({
        key: `contentScriptHeapBytes.${platform}`,
        value: null,
        unit: 'B',
        budget: BUDGETS.contentScriptHeapBytes,
        note: `not measured: ${(error as Error).message.split('\n')[0]}`,
      });
    }
  }
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────

function formatValue(line: Line): string {
  if (line.value === null) return 'n/a';
  if (line.unit === 'ms') return `${line.value.toFixed(3)} ms`;
  if (line.unit === 'x') return `${line.value.toFixed(2)}×`;
  if (line.unit === 'MB/s') return `${line.value.toFixed(2)} MB/s`;
  if (line.unit === '%') return `${line.value.toFixed(1)} %`;
  if (line.unit === 'n') return String(line.value);
  return line.value >= KB * KB ? `${(line.value / KB / KB).toFixed(2)} MB` : `${(line.value / KB).toFixed(1)} KB`;
}

function formatBudget(line: Line): string {
  if (line.budget === undefined) return '';
  if (line.unit === 'x') return `≤ ${line.budget}×`;
  if (line.unit === '%') return `≥ ${line.budget} %`; // a pass rate's budget is a minimum
  if (line.unit === 'n') return `≤ ${line.budget}`;
  return line.unit === 'ms'
    ? `≤ ${line.budget} ms`
    : line.budget >= KB * KB
      ? `≤ ${line.budget / KB / KB} MB`
      : `≤ ${line.budget / KB} KB`;
}

function report(): void {
  const width = Math.max(...lines.map((line) => line.key.length));
  log('');
  log(
    `Partner Pipeline benchmark (${relative(process.cwd(), EXTENSION_DIR) || EXTENSION_DIR}; gzip -9; ${RUNS} extraction runs, median)`,
  );
  log('');
  let over = 0;
  for (const line of lines) {
    const isOver =
      line.value !== null &&
      line.budget !== undefined &&
      (line.unit === '%' ? line.value < line.budget : line.value > line.budget);
    if (isOver) over += 1;
    const budget = formatBudget(line);
    log(
      `${isOver ? '✗' : ' '} ${line.key.padEnd(width)}  ${formatValue(line).padStart(10)}  ${budget.padEnd(9)}${isOver ? '  OVER BUDGET' : ''}${line.note ? `  ${line.note}` : ''}`,
    );
  }
  log('');
  log(
    over === 0
      ? 'All figures within budget.'
      : `${over} figure(s) over budget (marked ✗). Benchmarks report; they do not fail the build.`,
  );
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No build in ${EXTENSION_DIR}: run \`npm run bench\` (it builds first) or \`npx wxt build\`.`);
    process.exit(1);
  }
  // A fresh machine: install Chromium or say what to install (on stderr: stdout may be the JSON).
  if (!process.env.CHROMIUM_PATH && ensureBrowsers('demo', (line) => console.error(line)) !== 0) process.exit(1);
  if (ONLY === undefined || ONLY === 'robustness') lines.push(...(await robustnessBench()));
  if (ONLY === 'cold') {
    lines.push(...stageSizes(EXTENSION_DIR), ...(await coldStartBench(listFixtures(), log)));
  } else if (ONLY !== 'pipeline' && ONLY !== 'robustness' && ONLY !== 'discover') {
    const fixtures: Fixture[] = listFixtures();
    sizes();
    lines.push(...stageSizes(EXTENSION_DIR));

    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: BROWSER_ARGS });
    try {
      await extractionTimes(browser, fixtures);
    } finally {
      await browser.close();
    }
    await contentScriptHeap(fixtures);
    lines.push(...(await coldStartBench(fixtures, log)));
  }
  if (ONLY !== 'extraction' && ONLY !== 'robustness' && ONLY !== 'cold' && ONLY !== 'discover') {
    try {
      lines.push(...(await pipelineBench(EXTENSION_DIR, log)));
    } catch (error) {
      lines.push({
        key: 'popupFirstRenderMs10k',
        value: null,
        unit: 'ms',
        budget: 100,
        note: `10,000-organisation benchmark not run: ${(error as Error).message.split('\n')[0]}`,
      });
      log(`10,000-organisation benchmark failed: ${(error as Error).stack ?? error}`);
    }
  }

  if (ONLY === undefined || ONLY === 'discover') {
    try {
      lines.push(...(await discoverBench(EXTENSION_DIR, log)));
    } catch (error) {
      lines.push({
        key: 'discoverImportMs90mb',
        value: null,
        unit: 'ms',
        budget: 20_000,
        note: `Discover benchmark not run: ${(error as Error).message.split('\n')[0]}`,
      });
      log(`Discover benchmark failed: ${(error as Error).stack ?? error}`);
    }
  }

  if (JSON_OUT) {
    report();
    const flat: Record<string, number | null> = {};
    for (const line of lines) flat[line.key] = line.value;
    process.stdout.write(`${JSON.stringify(flat)}\n`);
  } else {
    report();
  }
}

main().catch((error) => {
  console.error(`Benchmark failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
