/**
 * Saving works on a served page of every platform, in real headless Chromium with the built
 * extension: EPALE, ESEP and eTwinning profiles (one organisation: "Save partner"), an OTLAS
 * partner request, and a rendered Project Results Platform project (several organisations:
 * "Save partners (N)" → "Save all N"; the data service does not answer here, so this also
 * proves the fallback to the rendered page). The popup then lists every one of them once.
 *
 *   npx wxt build && node --test tests/e2e/platforms.test.mjs
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectConsoleErrors, panelFrame, launchWithExtension, savePartnerOnPage, serveFixtures } from './harness.mjs';

const WAIT = 20_000;
const SINGLE = [
  ['epale', 'organisation-en-description-list'],
  ['esep', 'organisation-it-drupal-fields'],
  ['etwinning', 'school-en'],
  ['otlas', 'request-ka220-austria'],
];
const MULTI = ['prp', 'rendered-ka220-sch'];

test(
  'a partner can be saved from a page of each platform, and the popup lists them all once',
  { timeout: 180_000 },
  async () => {
    const extensionDir = process.env.PP_EXTENSION_DIR ? { extensionDir: process.env.PP_EXTENSION_DIR } : {};
    const browser = await launchWithExtension({ headless: true, ...extensionDir });
    try {
      const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
      const server = await serveFixtures(browser.context);
      const fixture = (platform, name) => {
        const found = server.pages.find((f) => f.platform === platform && f.name === name);
        assert.ok(found, `fixture ${platform}/${name} is missing`);
        return found;
      };
      const expectedNames = [];
      const page = await browser.context.newPage();

      for (const [platform, name] of SINGLE) {
        const { url, expected } = fixture(platform, name);
        assert.equal(expected.organisations.length, 1, `${platform}/${name} should show one organisation`);
        await page.goto(url);
        const heading = await savePartnerOnPage(page, { timeout: WAIT });
        assert.equal(
          heading,
          `Saved · ${expected.organisations[0].name} · To contact`,
          `${platform}: the card names what was saved`,
        );
        expectedNames.push(expected.organisations[0].name);
      }

      const prp = fixture(...MULTI);
      await page.goto(prp.url);
      const host = panelFrame(page);
      const count = prp.expected.organisations.length;
      await host.getByRole('button', { name: `Save partners (${count})` }).click({ timeout: WAIT });
      const dialog = host.getByRole('dialog', { name: 'Organisations on this page' });
      for (const organisation of prp.expected.organisations) {
        await dialog.getByText(organisation.name, { exact: true }).waitFor({ timeout: WAIT });
      }
      await dialog.getByRole('button', { name: `Save all ${count}` }).click();
      await dialog.getByRole('heading', { name: `${count} of ${count} saved` }).waitFor({ timeout: WAIT });
      expectedNames.push(...prp.expected.organisations.map((o) => o.name));

      const popup = await browser.openPopup();
      const rows = popup.locator('ul[aria-label="Saved partners"] .pp-row__name');
      await rows.nth(expectedNames.length - 1).waitFor({ timeout: WAIT });
      const listed = await rows.allTextContents();
      assert.deepEqual([...listed].sort(), [...expectedNames].sort(), 'each saved organisation is listed exactly once');
      const origins = await popup.locator('.pp-row__origins').allTextContents();
      for (const mark of ['EPALE', 'ESEP', 'eTwinning', 'OTLAS', 'Project Results Platform']) {
        assert.ok(
          origins.some((text) => text.includes(mark)),
          `a partner is marked as saved from ${mark}`,
        );
      }
      const ours = console.extensionErrors();
      assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
    } finally {
      await browser.close();
    }
  },
);
