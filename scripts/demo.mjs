#!/usr/bin/env node
/**
 * `npm run demo` (= `wxt build && node scripts/demo.mjs`): Chromium with the built extension,
 * the bundled sample pages served offline at their real addresses (nothing reaches the live sites).
 *
 * With a display: a visible browser with an index of all sample pages and one tab per platform;
 * it keeps running until you close the browser (or press Ctrl+C).
 * Without one: runs headless, saves a partner from an OTLAS page once, writes screenshots to
 * .tmp/demo/ and exits.
 *
 * Browser: $CHROMIUM_PATH, else /usr/bin/chromium, chromium-browser or google-chrome on PATH.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  chromiumPath,
  collectConsoleErrors,
  DATA_SERVICE_PREFIX,
  isCleanRecordFixture,
  launchWithExtension,
  listFixtures,
  normaliseUrl,
  ROOT,
  savePartnerOnPage,
  serveFixtures,
} from '../tests/e2e/harness.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const INDEX_URL = 'https://partner-pipeline.demo/';
const SHOTS_DIR = join(ROOT, '.tmp/demo');
const PLATFORM_NAMES = {
  otlas: 'OTLAS (SALTO-YOUTH)',
  epale: 'EPALE',
  esep: 'ESEP / eTwinning',
  etwinning: 'eTwinning',
  prp: 'Erasmus+ Project Results Platform',
};

const hasDisplay = () =>
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A data-service fixture (PRP) has no page of its own: the real page is an app that fetches it. */
function shellPage(fixture) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(fixture.expected.opportunity?.title ?? fixture.name)} (demo page)</title></head>
<body><main><h1>${escapeHtml(fixture.expected.opportunity?.title ?? fixture.name)}</h1>
<p>Demo stand-in for a ${escapeHtml(PLATFORM_NAMES[fixture.platform] ?? fixture.platform)} page. Its data comes from the bundled sample
<code>${escapeHtml(relative(ROOT, fixture.file))}</code>, served offline as the platform's data service.</p></main></body></html>`;
}

function indexPage(fixtures, extensionId) {
  const byPlatform = group(fixtures);
  const sections = [...byPlatform]
    .map(
      ([platform, list]) => `
  <section><h2>${escapeHtml(PLATFORM_NAMES[platform] ?? platform)}</h2><ul>
  ${list
    .map(
      (f) => `<li><a href="${escapeHtml(f.url)}" target="_blank">${escapeHtml(f.name)}</a>
    <span class="meta">${escapeHtml(f.expected.pageType ?? '')}${f.expected.organisations?.length ? ` · ${f.expected.organisations.length} organisation${f.expected.organisations.length === 1 ? '' : 's'}` : ''}${f.kind === 'data' ? ' · data-service sample' : ''}</span>
    <div class="url">${escapeHtml(f.url)}</div></li>`,
    )
    .join('\n  ')}
  </ul></section>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner Pipeline demo</title>
<meta name="color-scheme" content="light dark">
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
li{margin:.4rem 0}.meta{color:#666;margin-left:.5rem;font-size:.9em}.url{color:#888;font-size:.8em;word-break:break-all}
code{background:rgba(127,127,127,.15);padding:0 .3em;border-radius:3px}</style></head>
<body><h1>Partner Pipeline — demo</h1>
<p>These are the bundled sample pages, served offline at their real addresses: nothing is sent to the platforms.
Open one, click <strong>Save partner</strong> next to its title, then open the extension's popup
(puzzle-piece icon → Partner Pipeline, or <code>chrome-extension://${escapeHtml(extensionId)}/popup.html</code>).</p>
<p><a href="chrome-extension://${escapeHtml(extensionId)}/popup.html" target="_blank">Open the popup in a tab</a> ·
<a href="chrome-extension://${escapeHtml(extensionId)}/board.html" target="_blank">Open the board</a>
(links to extension pages may be blocked from a web page: then paste the address)</p>
${sections || '<p>No sample pages are bundled yet (tests/fixtures/&lt;platform&gt;/).</p>'}
</body></html>`;
}

function group(list) {
  const map = new Map();
  for (const item of list) map.set(item.platform, [...(map.get(item.platform) ?? []), item]);
  return map;
}

/** One fixture per platform folder that has a record: a clean page first, else a data sample. */
function demoFixtures(fixtures) {
  const chosen = [];
  for (const platform of [...new Set(fixtures.map((f) => f.platform))]) {
    const ofPlatform = fixtures.filter((f) => f.platform === platform);
    const clean = ofPlatform.filter(isCleanRecordFixture);
    const pick =
      clean.find((f) => f.expected.pageType !== 'organisation') ??
      clean[0] ??
      ofPlatform.find((f) => f.kind === 'data' && (f.expected.organisations?.length ?? 0) > 0);
    if (pick) chosen.push(pick);
  }
  return chosen;
}

/** Data-service samples (PRP project cards) answer requests that name their project identifier. */
function serveDataSamples(server, fixtures) {
  const samples = fixtures.filter((f) => f.kind === 'data');
  if (samples.length === 0) return;
  server.serveData({
    [`${DATA_SERVICE_PREFIX}*`]: (request) => {
      const href = decodeURIComponent(request.url());
      const sample = samples.find((f) => {
        const id =
          f.expected.opportunity?.identifier ??
          decodeURIComponent(new URL(f.url).pathname.split('/').filter(Boolean).pop() ?? '');
        return id && href.includes(id);
      });
      return sample ? readJson(sample.file) : { error: 'no bundled sample for this request' };
    },
  });
  // Where no rendered page is bundled for a sample's address, a stand-in page is served there.
  const pageUrls = new Set(fixtures.filter((f) => f.kind === 'page').map((f) => normaliseUrl(f.url)));
  for (const sample of samples)
    if (!pageUrls.has(normaliseUrl(sample.url))) server.servePage(sample.url, shellPage(sample));
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

async function main() {
  // A fresh machine: install Chromium where we may (root with apt-get), else say what to install.
  if (!process.env.CHROMIUM_PATH && ensureBrowsers('demo') !== 0) process.exit(1);
  const executablePath = chromiumPath();
  const headed = hasDisplay();
  const fixtures = listFixtures();
  const picks = demoFixtures(fixtures);

  let browser;
  try {
    browser = await launchWithExtension({
      headless: !headed,
      executablePath,
      viewport: headed ? null : { width: 1280, height: 800 },
    });
  } catch (error) {
    console.error(`Could not start Chromium (${executablePath}) with the extension:\n  ${error.message}`);
    console.error('Set CHROMIUM_PATH to a Chromium or Chrome binary, and run `npm run demo` (it builds first).');
    process.exit(1);
  }
  const errors = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
  const server = await serveFixtures(browser.context);
  serveDataSamples(server, fixtures);
  server.servePage(INDEX_URL, indexPage(fixtures, browser.extensionId));

  if (headed) await runHeaded(browser, picks);
  else await runHeadless(browser, picks, errors);
}

async function runHeaded(browser, picks) {
  const { context } = browser;
  const first = context.pages()[0] ?? (await context.newPage());
  await first.goto(INDEX_URL);
  for (const fixture of picks) {
    const page = await context.newPage();
    await page.goto(fixture.url).catch((error) => console.warn(`Could not open ${fixture.url}: ${error.message}`));
  }
  await first.bringToFront();

  console.log(`
Partner Pipeline demo is running in Chromium (extension id ${browser.extensionId}).

  • The first tab lists every bundled sample page (${INDEX_URL}).
  • One tab per platform is open: ${picks.map((f) => `${f.platform} (${f.name})`).join(', ') || 'none bundled yet'}.
  • On a page, click "Save partner" next to the title. A card shows what was saved.
  • Click the puzzle-piece icon → Partner Pipeline to see your saved partners and export them.
    (Or open chrome-extension://${browser.extensionId}/popup.html in a tab.)
  • Pages are served offline from tests/fixtures: links to other pages show "Not found".
  • Your saves live in a throw-away profile and are gone when the browser closes.

Close the browser window (or press Ctrl+C here) to end the demo.
`);

  await new Promise((resolve) => {
    browser.context.on('close', resolve);
    const stop = () => void browser.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await browser.close();
}

async function runHeadless(browser, picks, errors) {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const shots = [];
  try {
    const index = await browser.context.newPage();
    await index.setViewportSize({ width: 1280, height: 800 });
    await index.goto(INDEX_URL);
    shots.push(join(SHOTS_DIR, 'index.png'));
    await index.screenshot({ path: shots.at(-1), fullPage: true });

    const otlas =
      picks.find((f) => f.platform === 'otlas' && f.kind === 'page') ?? picks.find((f) => f.kind === 'page');
    if (!otlas) {
      console.log(
        'No sample page with an organisation is bundled yet (tests/fixtures/<platform>/), so there is nothing to save.',
      );
    } else {
      const page = await browser.context.newPage();
      await page.goto(otlas.url);
      const heading = await savePartnerOnPage(page);
      console.log(`Saved from ${otlas.url}\n  card: "${heading}"`);
      shots.push(join(SHOTS_DIR, `${otlas.platform}-panel.png`));
      await page.screenshot({ path: shots.at(-1) });

      const popup = await browser.openPopup();
      await popup.locator('ul[aria-label="Saved partners"] li').first().waitFor({ timeout: 15_000 });
      shots.push(join(SHOTS_DIR, 'popup.png'));
      await popup.screenshot({ path: shots.at(-1) });
    }
  } finally {
    await browser.close();
  }

  console.log(`
No display found: ran headless; to see it, run on a desktop or with xvfb-run npm run demo

Screenshots:
${shots.map((path) => `  ${relative(process.cwd(), path) || path}`).join('\n')}
`);
  const ours = errors.extensionErrors();
  if (ours.length > 0) console.log(`The extension logged errors during the demo:\n${errors.format(ours)}`);
}

main().catch((error) => {
  console.error(`Demo failed: ${error.stack ?? error}`);
  process.exit(1);
});
