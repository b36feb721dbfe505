/**
 * OTLAS search results: a Save control on each result, sharing its state with the page's
 * "Save partners (N)" panel; saved results show their stage, also after a reload.
 *
 *   npx wxt build && node --test tests/e2e/otlas-list.test.mjs
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { collectConsoleErrors, launchWithExtension, panelFrame, ROOT, serveFixtures, tileFrame } from './harness.mjs';

const WAIT = 20_000;

test('each OTLAS search result has its own Save control, in step with the panel', { timeout: 120_000 }, async () => {
  const extensionDir = process.env.PP_EXTENSION_DIR ? { extensionDir: process.env.PP_EXTENSION_DIR } : {};
  const browser = await launchWithExtension({
    headless: true,
    viewport: { width: 1100, height: 900 },
    ...extensionDir,
  });
  try {
    const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
    const server = await serveFixtures(browser.context);
    const list = server.pages.find((f) => f.platform === 'otlas' && f.name === 'search-results');
    assert.ok(list, 'the OTLAS fixture search-results is missing');
    const names = list.expected.organisations.map((o) => o.name);
    assert.ok(names.length >= 3, 'the results page lists several organisations');

    const page = await browser.context.newPage();
    await page.goto(list.url);
    const tiles = page.locator('div.tool-item');
    const tileSave = (index) => tileFrame(tiles.nth(index)).getByRole('button', { name: `Save ${names[index]}` });
    for (const index of names.keys()) await tileSave(index).waitFor({ timeout: WAIT });

    await tileSave(1).click();
    await tileFrame(tiles.nth(1)).getByText('Saved · To contact').waitFor({ timeout: WAIT });
    const panel = panelFrame(page);
    await panel.getByText(`1 of ${names.length} saved`).waitFor({ timeout: WAIT });
    await panel.getByRole('button', { name: `Save partners (${names.length})` }).click();
    const dialog = panel.getByRole('dialog');
    assert.equal(
      await dialog.getByRole('button', { name: `Save ${names[1]}` }).count(),
      0,
      'the panel knows the tile saved it',
    );
    mkdirSync(join(ROOT, '.tmp/screenshots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, '.tmp/screenshots/otlas-list.png') });

    await page.reload();
    await tileFrame(tiles.nth(1)).getByText('Saved · To contact').waitFor({ timeout: WAIT });
    await tileSave(0).waitFor({ timeout: WAIT });
    const popup = await browser.openPopup();
    await popup.locator('.pp-row__name', { hasText: names[1] }).waitFor({ timeout: WAIT });
    assert.equal(await popup.locator('ul[aria-label="Saved partners"] li').count(), 1, 'only the one result was saved');
    const ours = console.extensionErrors();
    assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
  } finally {
    await browser.close();
  }
});
