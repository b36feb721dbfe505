/**
 * Two stages (issue 13): every matched page runs only stage 1 (the route check); stage 2 — the
 * site's reader and the panel's frames — is imported only where a record or a list may be. Seen
 * from the browser's side (the DevTools protocol lists every script a page's worlds parse).
 *
 *   npx wxt build && node --test tests/e2e/stages.test.mjs
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectConsoleErrors, launchWithExtension, panelFrame, serveFixtures } from './harness.mjs';

const WAIT = 20_000;

/** Every script parsed in the page (main world and the content script's world), by URL. */
async function watchScripts(page) {
  const urls = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Debugger.scriptParsed', ({ url }) => url && urls.push(url));
  await cdp.send('Debugger.enable');
  return urls;
}

const ours = (urls) => urls.filter((url) => url.startsWith('chrome-extension://')).map((url) => new URL(url).pathname);

test('stage 2 loads on a partner request, not on the OTLAS home page', { timeout: 120_000 }, async () => {
  const extensionDir = process.env.PP_EXTENSION_DIR ? { extensionDir: process.env.PP_EXTENSION_DIR } : {};
  const browser = await launchWithExtension({ headless: true, ...extensionDir });
  try {
    const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
    const server = await serveFixtures(browser.context);
    const home = server.pages.find(
      (f) => f.platform === 'otlas' && f.expected.pageType === 'unknown' && /otlas-partner-finding\/$/.test(f.url),
    );
    const request = server.pages.find((f) => f.platform === 'otlas' && f.expected.pageType === 'partner-request');
    assert.ok(home && request, 'the OTLAS home page and a partner request are among the fixtures');

    const page = await browser.context.newPage();
    let scripts = await watchScripts(page);
    await page.goto(home.url, { waitUntil: 'load' });
    // Stage 1 ran (its script was parsed) and, finding no record, loaded nothing more.
    await eventually(() => ours(scripts).includes('/content-scripts/otlas.js'), 'stage 1 never ran on the home page');
    await page.waitForTimeout(1500);
    assert.deepEqual(ours(scripts), ['/content-scripts/otlas.js'], 'only stage 1 on the home page');
    assert.equal(await page.locator('partner-pipeline-ui').count(), 0);

    const second = await browser.context.newPage();
    scripts = await watchScripts(second);
    await second.goto(request.url, { waitUntil: 'load' });
    await panelFrame(second).getByRole('button', { name: 'Save partner' }).waitFor({ timeout: WAIT });
    const loaded = ours(scripts);
    assert.ok(loaded.includes('/content-scripts/otlas.js'), `stage 1 ran: ${loaded}`);
    assert.ok(loaded.includes('/otlas-reader.js'), `stage 2 was imported on the request page: ${loaded}`);
    const errors = console.extensionErrors();
    assert.deepEqual(errors, [], `The extension logged errors:\n${console.format(errors)}`);
  } finally {
    await browser.close();
  }
});

async function eventually(check, what, timeout = WAIT) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(what);
}
