/**
 * Real-Chromium harness for the built extension (.output/chrome-mv3).
 *
 *   const browser = await launchWithExtension({ headless: true });
 *   const served = await serveFixtures(browser.context);   // offline: fixture pages, else 404
 *   const errors = collectConsoleErrors(browser.context, browser);
 *   const page = await browser.context.newPage(); await page.goto(served.pages[0].url);
 *   const popup = await browser.openPopup();
 *   await browser.close();
 *
 * Nothing ever reaches the live network: every http(s) request a page makes is answered from the
 * fixtures (tests/fixtures/<platform>/<name>.html with <name>.expected.json → { url, result }),
 * from data registered with `serveData`, from pages registered with `servePage`, or with a 404.
 * Only http(s) is routed: routing chrome-extension:// would break the extension's own files.
 */
import assert from 'node:assert/strict';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** $PP_EXTENSION_DIR points the harness at another build (e.g. a patched copy); default .output/chrome-mv3. */
export const EXTENSION_DIR = process.env.PP_EXTENSION_DIR
  ? resolve(process.env.PP_EXTENSION_DIR)
  : join(ROOT, '.output/chrome-mv3');
/** $PP_FIXTURES_DIR points the harness at another fixture set (same <platform>/<name> layout). */
export const FIXTURES_DIR = process.env.PP_FIXTURES_DIR
  ? resolve(process.env.PP_FIXTURES_DIR)
  : join(ROOT, 'tests/fixtures');
/** The Project Results Platform's data service: its JSON responses are served with `serveData`. */
export const DATA_SERVICE_PREFIX = 'https://ec.europa.eu/programmes/service/';

/**
 * The browser to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else chromium,
 * chromium-browser or google-chrome found on PATH (then the usual macOS/Windows places).
 */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  const exe = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names)
      for (const ext of exe) if (isExecutable(join(dir, name + ext))) return join(dir, name + ext);
  }
  const known = [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Chromium\\Application\\chrome.exe`,
  ];
  return known.find((path) => existsSync(path)) ?? '/usr/bin/chromium';
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Starts Chromium with the built extension in a fresh profile.
 * @param {{ headless?: boolean, executablePath?: string, extensionDir?: string,
 *           colorScheme?: 'light'|'dark'|'no-preference', viewport?: {width:number,height:number}|null,
 *           locale?: string }} [options]
 */
export async function launchWithExtension(options = {}) {
  const {
    headless = true,
    extensionDir = EXTENSION_DIR,
    executablePath = chromiumPath(),
    colorScheme,
    viewport,
    locale = 'en-GB',
    uiLanguage,
  } = options;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first.`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'partner-pipeline-e2e-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless,
      locale,
      acceptDownloads: true,
      ...(colorScheme ? { colorScheme } : {}),
      ...(viewport !== undefined ? { viewport } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Belt and braces for "no live network": anything Playwright does not route fails to resolve.
        '--host-resolver-rules=MAP * ~NOTFOUND',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        // The browser's own language, which the extension's texts follow (needs Debian's chromium-l10n).
        ...(uiLanguage ? [`--lang=${uiLanguage}`] : []),
      ],
      ...(uiLanguage ? { env: { ...process.env, LANGUAGE: uiLanguage } } : {}),
    });
  } catch (error) {
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }

  let serviceWorker;
  try {
    serviceWorker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 20_000 }));
  } catch (error) {
    await context.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
    throw new Error(
      `The extension's service worker did not start (is ${extensionDir} a valid MV3 build?): ${error.message}`,
    );
  }
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  /** Opens an extension page (e.g. "popup.html") in a new tab and waits for it to load. */
  const openExtensionPage = async (path, pageOptions = {}) => {
    const page = await context.newPage();
    if (pageOptions.viewport) await page.setViewportSize(pageOptions.viewport);
    await page.goto(`${extensionOrigin}/${path.replace(/^\//, '')}`);
    return page;
  };

  let closed = false;
  return {
    context,
    extensionId,
    extensionOrigin,
    serviceWorker,
    profileDir,
    openExtensionPage,
    /** popup.html in a tab (a real popup cannot be opened by automation); 380×560 by default. */
    openPopup: (pageOptions = {}) =>
      openExtensionPage('popup.html', { viewport: { width: 380, height: 560 }, ...pageOptions }),
    openBoard: (pageOptions = {}) => openExtensionPage('board.html', pageOptions),
    /** The service worker of the extension now (the browser may have restarted it). */
    currentServiceWorker: () => context.serviceWorkers().find(isExtensionWorker) ?? serviceWorker,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => {});
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

function isExtensionWorker(worker) {
  return worker.url().startsWith('chrome-extension://');
}

/**
 * "https://www.Example.org/a/b/?q=1#x" → "example.org/a/b?q=1": the key pages are matched by.
 * Ignores the scheme, a leading "www.", a trailing slash and the hash; keeps the query.
 */
export function normaliseUrl(href) {
  const url = new URL(href);
  const host = url.hostname.replace(/^www\./, '') + (url.port ? `:${url.port}` : '');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return `${host}${path}${url.search}`;
}

/**
 * Every fixture with its expected result, from tests/fixtures/<platform>/<name>.expected.json.
 * kind "page": <name>.html, served at `url`. kind "data": <name>.json, a saved data-service
 * response (not a page; see serveData).
 * @returns {Array<{ platform: string, name: string, kind: 'page'|'data', file: string, url: string,
 *                   expected: any, bytes: number }>}
 */
export function listFixtures(fixturesDir = FIXTURES_DIR) {
  if (!existsSync(fixturesDir)) return [];
  const fixtures = [];
  for (const platform of readdirSync(fixturesDir, { withFileTypes: true })) {
    if (!platform.isDirectory()) continue;
    const dir = join(fixturesDir, platform.name);
    for (const entry of readdirSync(dir).sort()) {
      if (!entry.endsWith('.expected.json')) continue;
      const name = basename(entry, '.expected.json');
      let expected;
      try {
        expected = JSON.parse(readFileSync(join(dir, entry), 'utf8'));
      } catch (error) {
        throw new Error(`${join(dir, entry)} is not valid JSON: ${error.message}`);
      }
      if (typeof expected?.url !== 'string') continue;
      const html = join(dir, `${name}.html`);
      const json = join(dir, `${name}.json`);
      const file = existsSync(html) ? html : existsSync(json) ? json : undefined;
      if (!file) continue;
      fixtures.push({
        platform: platform.name,
        name,
        kind: file === html ? 'page' : 'data',
        file,
        url: expected.url,
        expected: expected.result ?? expected,
        bytes: readFileSync(file).length,
      });
    }
  }
  return fixtures;
}

/**
 * Routes every http(s) request of the context: fixture pages by URL, registered data and pages,
 * else a plain 404. Returns the served pages and hooks to add more.
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ fixturesDir?: string, extraPages?: Array<{url:string, file?:string, html?:string}> }} [options]
 */
export async function serveFixtures(context, options = {}) {
  const fixtures = listFixtures(options.fixturesDir);
  const pages = fixtures.filter((fixture) => fixture.kind === 'page');
  /** normalised URL → () => { body, contentType } */
  const byUrl = new Map();
  const data = new Map();
  const misses = [];
  const served = [];

  const addPage = (url, load) => byUrl.set(normaliseUrl(url), load);
  for (const page of pages)
    addPage(page.url, () => ({ body: readFileSync(page.file), contentType: 'text/html; charset=utf-8' }));
  for (const extra of options.extraPages ?? []) {
    addPage(extra.url, () => ({
      body: extra.html ?? readFileSync(extra.file),
      contentType: 'text/html; charset=utf-8',
    }));
  }

  await context.route(/^https?:\/\//, async (route) => {
    const request = route.request();
    const href = request.url();
    let answer;
    try {
      if (href.startsWith(DATA_SERVICE_PREFIX)) {
        const load = data.get(href) ?? data.get(href.split('?')[0]) ?? findPrefix(data, href);
        if (load) answer = load(request);
      } else if (request.method() === 'GET' || request.method() === 'HEAD') {
        answer = byUrl.get(normaliseUrl(href))?.();
      }
    } catch (error) {
      return route.fulfill({
        status: 500,
        contentType: 'text/plain; charset=utf-8',
        body: `Test server error: ${error.message}`,
      });
    }
    if (answer) {
      served.push(href);
      return route.fulfill({
        status: 200,
        contentType: answer.contentType,
        body: answer.body,
        headers: { 'cache-control': 'no-store' },
      });
    }
    misses.push(href);
    return route.fulfill({
      status: 404,
      contentType: 'text/plain; charset=utf-8',
      body: `Not found: ${href}\n(offline test server: only bundled fixture pages are served)\n`,
    });
  });

  return {
    fixtures,
    pages,
    /** Requests answered with 404 (anything not bundled): useful when a test fails. */
    misses,
    served,
    /** Serve an extra HTML page (string) at `url`, e.g. the demo's index page. */
    servePage(url, html) {
      addPage(url, () => ({ body: html, contentType: 'text/html; charset=utf-8' }));
    },
    /**
     * JSON responses of the PRP data service, keyed by full URL (exact, or without its query, or a
     * key ending in "*" as a prefix). Values: any JSON value, a string, or (request) => value.
     */
    serveData(map) {
      for (const [url, value] of Object.entries(map)) {
        data.set(url, (request) => {
          const resolved = typeof value === 'function' ? value(request) : value;
          const body = typeof resolved === 'string' || Buffer.isBuffer(resolved) ? resolved : JSON.stringify(resolved);
          return { body, contentType: 'application/json; charset=utf-8' };
        });
      }
    },
  };
}

function findPrefix(map, href) {
  for (const [key, load] of map) if (key.endsWith('*') && href.startsWith(key.slice(0, -1))) return load;
  return undefined;
}

/**
 * Collects console errors and uncaught exceptions of every page (present and future) and of the
 * extension's service worker. `extensionErrors()` keeps what the extension caused: everything on
 * its own pages and worker, and on web pages only what points at chrome-extension://<id>/ (our
 * content script) — a fixture page's own 404s for its images are not ours.
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ extensionId?: string }} [options]
 */
export function collectConsoleErrors(context, { extensionId } = {}) {
  const errors = [];
  const origin = extensionId ? `chrome-extension://${extensionId}` : 'chrome-extension://';
  const watchedWorkers = new WeakSet();

  const record = (source, url, text, location) => {
    errors.push({
      source,
      url,
      text,
      location,
      fromExtension: url.startsWith(origin) || (location ?? '').includes(origin) || text.includes(origin),
    });
  };
  const watchPage = (page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      record('page', page.url(), message.text(), message.location()?.url);
    });
    page.on('pageerror', (error) =>
      record('page', page.url(), `Uncaught ${error.name}: ${error.message}`, error.stack ?? ''),
    );
    page.on('crash', () => record('page', page.url(), 'The page crashed.', ''));
  };
  const watchWorker = (worker) => {
    if (watchedWorkers.has(worker)) return;
    watchedWorkers.add(worker);
    worker.on('console', (message) => {
      if (message.type() !== 'error') return;
      record('service-worker', worker.url(), message.text(), message.location()?.url);
    });
  };
  context.pages().forEach(watchPage);
  context.serviceWorkers().forEach(watchWorker);
  context.on('page', watchPage);
  context.on('serviceworker', watchWorker);

  return {
    errors,
    extensionErrors: () => errors.filter((error) => error.fromExtension),
    clear: () => errors.splice(0),
    format: (list = errors) =>
      list
        .map((error) => `[${error.source}] ${error.url}: ${error.text}${error.location ? ` (${error.location})` : ''}`)
        .join('\n'),
  };
}

/** Page types the in-page control is shown on. */
export const SAVEABLE_PAGE_TYPES = new Set(['organisation', 'partner-request', 'project']);

/** A fixture page with an organisation to save and nothing odd about it (no layout warning). */
export function isCleanRecordFixture(fixture) {
  const { expected } = fixture;
  return (
    fixture.kind === 'page' &&
    SAVEABLE_PAGE_TYPES.has(expected?.pageType) &&
    (expected.organisations?.length ?? 0) > 0 &&
    !(expected.warnings ?? []).some((warning) => warning.code === 'layoutChanged') &&
    !/changed|layout|redesign|broken/i.test(fixture.name)
  );
}

/**
 * The panel on a platform page: an extension page framed into it (issue 15), reached as a
 * FrameLocator (getByRole, getByText, locator…). Its host element is `partner-pipeline-ui`.
 */
export const panelFrame = (page) => page.frameLocator('partner-pipeline-ui iframe');
/** One search result's own Save control, framed into its tile (host `partner-pipeline-tile`). */
export const tileFrame = (tile) => tile.frameLocator('partner-pipeline-tile iframe');

/** The panel's Frame itself (for evaluate), once it has loaded. */
export async function panelFrameOf(page, { timeout = 15_000 } = {}) {
  const element = await page.locator('partner-pipeline-ui iframe').elementHandle({ timeout });
  const frame = await element.contentFrame();
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}

/**
 * Clicks the in-page "Save partner" control on an open fixture page and waits for the
 * "Saved · …" card; returns its heading. For scripts (demo, screenshots); the tests assert more.
 */
export async function savePartnerOnPage(page, { timeout = 15_000 } = {}) {
  const host = panelFrame(page);
  const button = host.getByRole('button', { name: 'Save partner' }).first();
  await button.waitFor({ state: 'visible', timeout });
  await button.click();
  const heading = host.getByRole('dialog').getByRole('heading', { level: 2 });
  await heading.filter({ hasText: /^Saved · / }).waitFor({ state: 'visible', timeout });
  return (await heading.textContent())?.trim();
}

/**
 * Polls `read` until `accept` holds; fails with the last value seen. Each test file gives its own
 * default time limit: `const eventually = eventuallyWithin(WAIT)`.
 */
export const eventuallyWithin = (defaultTimeout) =>
  async function eventually(read, accept, what, timeout = defaultTimeout) {
    const until = Date.now() + timeout;
    for (;;) {
      const value = await read();
      if (accept(value)) return value;
      if (Date.now() > until) assert.fail(`${what}; last seen: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
