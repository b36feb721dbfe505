/**
 * Real-Firefox harness for the built extension (.output/firefox-mv3), driven by puppeteer-core
 * over WebDriver BiDi (no browser download: Debian's firefox-esr).
 *
 *   const firefox = await launchFirefoxWithExtension();      // throws if firefoxPath() finds none
 *   const page = await firefox.newPage();
 *   await serveFixturePages(page);                           // offline: fixture pages, else 404
 *   await page.goto(fixture.url);
 *   const popup = await firefox.openPopup();                 // moz-extension://<fixed uuid>/popup.html
 *   await firefox.close();
 *
 * The extension is installed as a temporary add-on (BiDi `webExtension.install`). Its internal
 * origin is moz-extension://<uuid> with a uuid Firefox picks at random per profile; the profile
 * pins it with the `extensions.webextensions.uuids` pref, so the tests know the popup's URL.
 * Firefox needs `--remote-allow-system-access` before BiDi may navigate a tab to a moz-extension:
 * page ("Navigation … is not allowed in this context" otherwise).
 *
 * Nothing reaches the live network: every http(s) request of a served page is answered from the
 * fixtures (tests/fixtures/<platform>/<name>.html, URL from <name>.expected.json) or with a 404,
 * and the profile's proxy points at a closed local port for anything not intercepted.
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { listFixtures, normaliseUrl } from '../e2e/harness.mjs';

export { listFixtures, normaliseUrl };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** $PP_FIREFOX_EXTENSION_DIR points the harness at another build; default .output/firefox-mv3. */
export const FIREFOX_EXTENSION_DIR = process.env.PP_FIREFOX_EXTENSION_DIR
  ? resolve(process.env.PP_FIREFOX_EXTENSION_DIR)
  : join(ROOT, '.output/firefox-mv3');
/** The gecko id from wxt.config.ts (browser_specific_settings.gecko.id). */
export const ADDON_ID = 'partner-pipeline@erasmus.tools';
/** The extension's internal uuid in the test profile (any fixed v4 uuid will do). */
export const EXTENSION_UUID = '3d0c6a52-7f1e-4b8a-9c2d-5e6f7a8b9c0d';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * The Firefox to drive: $FIREFOX_PATH, else Debian's /usr/bin/firefox-esr, else firefox-esr or
 * firefox on PATH. Returns null when there is none (the tests then skip and say so).
 */
export function firefoxPath() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  if (isExecutable('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['firefox-esr', 'firefox']) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Prefs of the test profile, on top of puppeteer's automation defaults. */
function profilePrefs() {
  return {
    // Fixed moz-extension://<uuid> for our add-on id.
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    // No live network: anything the interception does not answer goes to a closed local port.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.share_proxy_settings': true,
    // Quiet start: no first-run pages, no update or remote-settings traffic.
    'browser.shell.checkDefaultBrowser': false,
    'app.update.enabled': false,
    'extensions.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    // Pages show in the user's language; the fixtures' expectations are written for en.
    'intl.accept_languages': 'en-GB, en',
  };
}

/**
 * Starts Firefox with a fresh profile and installs the built extension as a temporary add-on.
 * `prefs` adds to or overrides the profile's prefs, e.g. `{ 'intl.locale.requested': 'ka' }` for a
 * Georgian Firefox (needs the language pack, Debian's firefox-esr-l10n-ka).
 * @param {{
 *   headless?: boolean, executablePath?: string, extensionDir?: string, prefs?: Record<string, unknown>,
 * }} [options]
 */
export async function launchFirefoxWithExtension(options = {}) {
  const { headless = true, extensionDir = FIREFOX_EXTENSION_DIR, executablePath = firefoxPath(), prefs = {} } = options;
  if (!executablePath) throw new Error("No Firefox found: install Debian's firefox-esr or set FIREFOX_PATH.");
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build in ${extensionDir}: run \`npx wxt build -b firefox\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...profilePrefs(), ...prefs },
  });
  let extensionId;
  try {
    // BiDi wants an absolute path.
    extensionId = await browser.installExtension(resolve(extensionDir));
  } catch (error) {
    await browser.close().catch(() => {});
    throw new Error(`Firefox refused the extension in ${extensionDir}: ${error.message}`);
  }
  if (extensionId !== ADDON_ID) {
    await browser.close().catch(() => {});
    throw new Error(`Installed add-on id is ${extensionId}, expected ${ADDON_ID} (browser_specific_settings.gecko.id)`);
  }

  /**
   * Opens an extension page in a new tab. Firefox's BiDi reports no navigation events for
   * moz-extension: documents, so `page.goto` would never resolve: start the navigation, then wait
   * until the tab's document is that page and has loaded.
   */
  const openExtensionPage = async (path, { viewport, timeout = 15_000 } = {}) => {
    const page = await browser.newPage();
    // Best effort: Firefox 140 lacks a BiDi emulation command puppeteer's setViewport sends.
    if (viewport) await page.setViewport(viewport).catch(() => {});
    const url = `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
    page.goto(url, { timeout }).catch(() => {}); // resolves never; its timeout is expected
    const until = Date.now() + timeout;
    for (;;) {
      const state = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
      if (state === `complete ${url}`) return page;
      if (Date.now() > until) throw new Error(`${url} did not load within ${timeout} ms (last state: "${state}")`);
      await new Promise((done) => setTimeout(done, 100));
    }
  };

  let closed = false;
  return {
    browser,
    extensionId,
    extensionOrigin: EXTENSION_ORIGIN,
    manifest,
    version: await browser.version(),
    newPage: () => browser.newPage(),
    openExtensionPage,
    /** popup.html in a tab (automation cannot open the real toolbar popup); 380×560. */
    openPopup: (pageOptions = {}) =>
      openExtensionPage('popup.html', { viewport: { width: 380, height: 560 }, ...pageOptions }),
    async close() {
      if (closed) return;
      closed = true;
      await browser.close().catch(() => {}); // puppeteer removes its temporary profile
    },
  };
}

/**
 * Answers every http(s) request of `page` from the fixtures (by normalised URL), else with a 404.
 * Other schemes (moz-extension:, data:, blob:) pass through untouched.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<{ served: string[], notFound: string[] }>}
 */
export async function serveFixturePages(page, { fixturesDir } = {}) {
  const byUrl = new Map(
    listFixtures(fixturesDir)
      .filter((fixture) => fixture.kind === 'page')
      .map((fixture) => [normaliseUrl(fixture.url), fixture.file]),
  );
  const log = { served: [], notFound: [] };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (!/^https?:/i.test(url)) return void request.continue().catch(() => {});
    const file = byUrl.get(normaliseUrl(url));
    if (file) {
      log.served.push(url);
      return void request
        .respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) })
        .catch(() => {});
    }
    log.notFound.push(url);
    return void request
      .respond({ status: 404, contentType: 'text/plain; charset=utf-8', body: 'Not found (offline test server)' })
      .catch(() => {});
  });
  return log;
}

/** Polls `read()` until `accept(value)`; throws with the last value seen. */
export async function eventually(read, accept, what, timeout = 15_000) {
  const until = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read().catch((error) => `(error: ${error.message})`);
    if (accept(value)) return value;
    if (Date.now() > until) throw new Error(`${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * The panel is an extension page framed into the platform page (issue 15): its frame, or null while
 * there is none. (Puppeteer over BiDi names an extension frame about:blank, but reaches into it.)
 */
export async function panelFrame(page) {
  const element = await page.$('partner-pipeline-ui >>> iframe');
  return element ? element.contentFrame() : null;
}

/** Runs `read` (with `arg`) inside the framed panel; null while it is not there (yet). */
export async function inPanel(page, read, arg) {
  const frame = await panelFrame(page);
  return frame ? frame.evaluate(read, arg).catch(() => null) : null;
}

/** Clicks the panel's Save button once the panel knows its page (it is disabled until then). */
export async function clickPanelButton(page, timeout = 15_000) {
  await eventually(
    () => inPanel(page, () => document.querySelector('button')?.disabled === false),
    Boolean,
    'The panel never got its page',
    timeout,
  );
  const button = await (await panelFrame(page)).waitForSelector('button', { timeout });
  await button.click();
}
