/**
 * One click saves the organisation on a *mutated* page of each platform (issue 11), in real
 * headless Chromium with the shipped build: pages changed the way tests/mutation changes them
 * (the h1 moved out of <main>, the record wrapped in the list-tile class, other records' tiles with
 * the record's classes around it, classes renamed), served at the fixture's address. No hand entry.
 *
 *   npx wxt build && node --test tests/e2e/mutated-pages.test.mjs
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsImport } from 'tsx/esm/api';
import { collectConsoleErrors, launchWithExtension, ROOT, savePartnerOnPage, serveFixtures } from './harness.mjs';

const { recordFixtures, variantsOf } = await tsImport(`${ROOT}/tests/mutation/suite.ts`, import.meta.url);

const WAIT = 20_000;
/** platform, fixture, kind:variant — one hard change per platform. */
const CASES = [
  ['epale', 'organisation-en-description-list', 'move-header:toggle'],
  ['esep', 'organisation-it-drupal-fields', 'add-related:before'],
  ['etwinning', 'school-en', 'rename-classes:renamed'],
  ['otlas', 'request-ka220-austria', 'wrap-record:div.tool-item'],
  ['prp', 'rendered-coordinator-card', 'add-related:after'],
];

async function mutatedPages() {
  const fixtures = recordFixtures();
  const pages = [];
  for (const [platform, name, change] of CASES) {
    const fixture = fixtures.find((f) => f.platform === platform && f.name === name);
    assert.ok(fixture, `fixture ${platform}/${name} is missing`);
    const variant = (await variantsOf(fixture)).find((v) => `${v.kind}:${v.variant}` === change);
    assert.ok(variant, `${platform}/${name} has no ${change} variant`);
    assert.notEqual(variant.html, fixture.html, `${change} changed ${platform}/${name}`);
    pages.push({
      platform,
      change,
      url: variant.url,
      html: variant.html,
      name: variant.expected.organisations[0].name,
    });
  }
  return pages;
}

test('the organisation is saved with one click on a mutated page of each platform', { timeout: 240_000 }, async () => {
  const pages = await mutatedPages();
  const browser = await launchWithExtension({ headless: true });
  try {
    const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
    // The mutated HTML replaces the fixture at the same address.
    await serveFixtures(browser.context, { extraPages: pages.map(({ url, html }) => ({ url, html })) });
    const page = await browser.context.newPage();
    for (const { platform, change, url, name } of pages) {
      await page.goto(url);
      const heading = await savePartnerOnPage(page, { timeout: WAIT });
      assert.equal(
        heading,
        `Saved · ${name} · To contact`,
        `${platform} (${change}): one click saves the organisation`,
      );
    }
    const popup = await browser.openPopup();
    const rows = popup.locator('ul[aria-label="Saved partners"] .pp-row__name');
    await rows.nth(pages.length - 1).waitFor({ timeout: WAIT });
    assert.deepEqual(
      (await rows.allTextContents()).sort(),
      pages.map((p) => p.name).sort(),
      'each organisation saved once, none of the related tiles',
    );
    const ours = console.extensionErrors();
    assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
  } finally {
    await browser.close();
  }
});
