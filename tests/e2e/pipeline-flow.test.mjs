/**
 * The outreach loop end to end in real headless Chromium: save on a platform page → change the
 * stage in the popup → a note and a follow-up date on the board → the toolbar badge counts the
 * follow-up due → the popup's search finds the partner by its note. And a page the extension
 * cannot read: the context menu / shortcut path offers hand entry, saved as "Added by hand".
 *
 *   npx wxt build && node --test tests/e2e/pipeline-flow.test.mjs
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { collectConsoleErrors, panelFrame, launchWithExtension, savePartnerOnPage, serveFixtures } from './harness.mjs';

const WAIT = 20_000;

async function eventually(read, accept, what) {
  const until = Date.now() + WAIT;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > until) assert.fail(`${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function withExtension(run) {
  const extensionDir = process.env.PP_EXTENSION_DIR ? { extensionDir: process.env.PP_EXTENSION_DIR } : {};
  const browser = await launchWithExtension({
    headless: true,
    viewport: { width: 1400, height: 900 },
    ...extensionDir,
  });
  try {
    const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
    const server = await serveFixtures(browser.context);
    const fixture = (name) => {
      const found = server.pages.find((f) => f.platform === 'otlas' && f.name === name);
      assert.ok(found, `fixture otlas/${name} is missing`);
      return found;
    };
    await run({ browser, fixture, server });
    const ours = console.extensionErrors();
    assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
  } finally {
    await browser.close();
  }
}

test('save → stage in the popup → note and follow-up on the board → badge → search', { timeout: 150_000 }, async () => {
  await withExtension(async ({ browser, fixture }) => {
    const request = fixture('request-ka220-austria');
    const name = request.expected.organisations[0].name;
    const page = await browser.context.newPage();
    await page.goto(request.url);
    await savePartnerOnPage(page, { timeout: WAIT });

    let popup = await browser.openPopup();
    await popup.getByLabel(`Stage of ${name}`).selectOption({ label: 'Contacted' });
    await popup.locator('.pp-count', { hasText: 'Contacted' }).filter({ hasText: /^1/ }).waitFor({ timeout: WAIT });
    await popup.close();

    const board = await browser.openBoard();
    const card = board.locator('.bd-card', { hasText: name });
    await board
      .locator('section.bd-col', { has: board.locator('h2', { hasText: /^Contacted/ }) })
      .locator('.bd-card', { hasText: name })
      .waitFor({ timeout: WAIT });
    await board.locator('.bd-card__open', { hasText: name }).click();
    const panel = board.locator('aside.bd-detail');
    await panel.getByLabel('New note').fill('Called the director: they want a KA220 on rural youth, PIF next week.');
    await panel.getByRole('button', { name: 'Add note' }).click();
    await panel.locator('.bd-note', { hasText: 'Called the director' }).waitFor({ timeout: WAIT });
    await panel.getByLabel('Next follow-up').fill('2026-01-15');
    await card.locator('.bd-card__due', { hasText: 'overdue' }).waitFor({ timeout: WAIT });

    const badge = () => browser.currentServiceWorker().evaluate(() => chrome.action.getBadgeText({}));
    await eventually(badge, (text) => text === '1', 'The toolbar badge does not count the follow-up due');

    popup = await browser.openPopup();
    await popup.getByRole('heading', { name: /Due to follow up \(1\)/ }).waitFor({ timeout: WAIT });
    await popup.getByLabel('Search partners').fill('DIRECTOR rural');
    await eventually(
      () => popup.locator('ul[aria-label="Saved partners"] .pp-row__name').allTextContents(),
      (names) => names.length === 1 && names[0] === name,
      'Search by note text does not find the partner',
    );
    await popup.getByLabel('Search partners').fill('nothing like this');
    await popup.getByRole('status').filter({ hasText: 'No partner matches' }).waitFor({ timeout: WAIT });

    // Done: the badge empties.
    await popup.getByLabel('Search partners').fill('');
    await popup.getByRole('button', { name: `Mark follow-up with ${name} done` }).click();
    await eventually(badge, (text) => text === '', 'The badge still counts a follow-up marked done');
  });
});

test('on a page it cannot read, the context menu path offers hand entry', { timeout: 120_000 }, async () => {
  await withExtension(async ({ browser, fixture }) => {
    const home = fixture('home-page');
    const page = await browser.context.newPage();
    await page.goto(home.url);
    assert.equal(
      await page.locator('partner-pipeline-ui').count(),
      0,
      'nothing is added to a page that is not a record',
    );
    const host = panelFrame(page);

    // What the context menu entry and the keyboard shortcut do: the background asks the page to save.
    // Without host permissions for pages the worker cannot look tabs up by address: the page is the active tab.
    await page.bringToFront();
    await browser.currentServiceWorker().evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab.id, { type: 'page.save' });
    });
    const dialog = host.getByRole('dialog');
    await dialog.waitFor({ timeout: WAIT });
    await dialog.getByLabel('Name', { exact: true }).fill('Jugendzentrum Beispielstadt');
    await dialog.getByLabel('Country', { exact: true }).fill('AT');
    await dialog.getByRole('button', { name: 'Save partner' }).click();
    await dialog
      .getByRole('heading', { name: /^Saved · Jugendzentrum Beispielstadt · To contact/ })
      .waitFor({ timeout: WAIT });

    const popup = await browser.openPopup();
    const row = popup.locator('ul[aria-label="Saved partners"] li', { hasText: 'Jugendzentrum Beispielstadt' });
    await row.waitFor({ timeout: WAIT });
    assert.match(await row.locator('.pp-row__origins').textContent(), /Added by hand/);
  });
});

test(
  'on another request of a saved organisation, a note from the panel adds that page as a source',
  { timeout: 120_000 },
  async () => {
    await withExtension(async ({ browser, fixture, server }) => {
      const request = fixture('request-ka220-austria');
      const name = request.expected.organisations[0].name;
      // The same organisation's second partner request: same page, another request id.
      const secondUrl = request.url.replace(/\.(\d+)\/?$/, (_, id) => `.${Number(id) + 1}/`);
      assert.notEqual(secondUrl, request.url);
      server.servePage(secondUrl, readFileSync(request.file, 'utf8'));

      const page = await browser.context.newPage();
      await page.goto(request.url);
      await savePartnerOnPage(page, { timeout: WAIT });
      await page.goto(secondUrl);
      const host = panelFrame(page);
      await host.getByRole('button', { name: 'Saved · To contact' }).click({ timeout: WAIT });
      const dialog = host.getByRole('dialog');
      await dialog.getByLabel('Add a note').fill('Second request: youth exchange in 2027.');
      // By keyboard: the panel's frame may still be growing to its content, which moves a pointer's target.
      await dialog.getByRole('button', { name: 'Add note' }).press('Enter');
      await dialog.getByRole('status').filter({ hasText: 'Note added.' }).waitFor({ timeout: WAIT });

      const board = await browser.openBoard();
      await board.locator('.bd-card__open', { hasText: name }).click({ timeout: WAIT });
      const panel = board.locator('aside.bd-detail');
      await panel.locator('.bd-note', { hasText: 'Second request' }).waitFor({ timeout: WAIT });
      const sources = await panel
        .locator('a[href*="otlas-partner-finding/project/"]')
        .evaluateAll((links) => links.map((a) => a.href));
      assert.ok(
        sources.some((href) => href.startsWith(request.url.replace(/\/$/, ''))) &&
          sources.some((href) => href.startsWith(secondUrl.replace(/\/$/, ''))),
        `both requests are sources: ${sources.join(', ')}`,
      );
    });
  },
);

test('on a record page, the context menu path saves through the framed panel', { timeout: 120_000 }, async () => {
  await withExtension(async ({ browser, fixture }) => {
    const request = fixture('request-ka220-austria');
    const name = request.expected.organisations[0].name;
    const page = await browser.context.newPage();
    await page.goto(request.url);
    const panel = panelFrame(page);
    await panel.getByRole('button', { name: 'Save partner' }).waitFor({ timeout: WAIT });
    // The background asks the content script, which asks the background to tell this page's panel.
    await browser.currentServiceWorker().evaluate(async () => {
      const [tab] = (await chrome.tabs.query({})).sort((a, b) => b.id - a.id);
      await chrome.tabs.sendMessage(tab.id, { type: 'page.save' });
    });
    const heading = panel.getByRole('dialog').getByRole('heading', { level: 2 });
    await heading.filter({ hasText: `Saved · ${name} · To contact` }).waitFor({ timeout: WAIT });
  });
});
