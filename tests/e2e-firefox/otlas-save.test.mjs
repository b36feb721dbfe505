/**
 * End to end in real headless Firefox (Debian's firefox-esr, puppeteer-core over WebDriver BiDi)
 * with the built Firefox extension: the popup starts empty; "Save partner" on an OTLAS partner
 * request saves the organisation into the extension's IndexedDB, the page shows it as saved after
 * a reload, and the popup lists it once. Pages come from tests/fixtures/otlas/ (offline).
 *
 *   npx wxt build -b firefox && node --test tests/e2e-firefox/
 *
 * Without a Firefox (no firefox-esr, no $FIREFOX_PATH) every test skips and says why.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  clickPanelButton,
  eventually,
  firefoxPath,
  inPanel,
  launchFirefoxWithExtension,
  listFixtures,
  normaliseUrl,
  serveFixturePages,
} from './harness.mjs';

const DEFAULT_STAGE = 'To contact';
const TIMEOUT = 120_000;
const UI_WAIT = 15_000;
const NO_FIREFOX = firefoxPath()
  ? false
  : "Firefox not found: install Debian's firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH";

/** A clean OTLAS partner request with an organisation; the test fails (not skips) if none is bundled. */
function partnerRequestFixture() {
  const pages = listFixtures().filter((fixture) => fixture.platform === 'otlas' && fixture.kind === 'page');
  const found = pages.find(
    (fixture) =>
      fixture.expected.pageType === 'partner-request' &&
      fixture.expected.organisations?.length > 0 &&
      !(fixture.expected.warnings ?? []).some((warning) => warning.code === 'layoutChanged') &&
      !/changed|layout|redesign/i.test(fixture.name),
  );
  assert.ok(
    found,
    `No OTLAS partner-request fixture with an organisation in tests/fixtures/otlas/ (found: ${pages.map((f) => f.name).join(', ') || 'none'}).`,
  );
  return found;
}

/** A fresh profile per test. */
async function withFirefox(run) {
  const firefox = await launchFirefoxWithExtension();
  try {
    await run(firefox);
  } finally {
    await firefox.close();
  }
}

/** The in-page control: the first button in the panel (the card's buttons come after). */
const controlText = (page) => inPanel(page, () => document.querySelector('button')?.textContent?.trim() ?? null);
const cardHeading = (page) =>
  inPanel(page, () => document.querySelector('[role="dialog"] h2')?.textContent?.trim() ?? null);
const hostCount = (page) => page.evaluate(() => document.querySelectorAll('partner-pipeline-ui').length);

const popupRows = (popup) =>
  popup.evaluate(() => {
    const list = document.querySelector('ul[aria-label="Saved partners"]');
    return list ? [...list.querySelectorAll(':scope > li')].map((li) => li.textContent ?? '') : null;
  });
const popupEmptyState = (popup) =>
  popup.evaluate(() => document.body.textContent?.includes('No partners saved yet') ?? false);

test(
  'Firefox: the popup opens from the extension origin and starts empty',
  { timeout: TIMEOUT, skip: NO_FIREFOX },
  async () => {
    await withFirefox(async (firefox) => {
      assert.equal(firefox.manifest.manifest_version, 3, 'the Firefox build is Manifest V3');
      assert.deepEqual(firefox.manifest.browser_specific_settings?.gecko?.data_collection_permissions, {
        required: ['none'],
      });
      const popup = await firefox.openPopup();
      await eventually(
        () => popupEmptyState(popup),
        Boolean,
        'The popup never showed "No partners saved yet"',
        UI_WAIT,
      );
      assert.equal(await popupRows(popup), null, 'no list of saved partners in an empty popup');
    });
  },
);

test(
  'Firefox: Save partner on an OTLAS partner request lists the organisation in the popup',
  { timeout: TIMEOUT, skip: NO_FIREFOX },
  async () => {
    const request = partnerRequestFixture();
    const expectedOrg = request.expected.organisations[0];
    const name = expectedOrg.name;
    await withFirefox(async (firefox) => {
      const page = await firefox.newPage();
      const server = await serveFixturePages(page);
      await page.goto(request.url, { waitUntil: 'load' });
      assert.equal(
        normaliseUrl(server.served[0] ?? 'about:blank'),
        normaliseUrl(request.url),
        'the fixture page was served',
      );

      // The content script frames the panel next to the title; the button sits inside that frame.
      await eventually(
        () => controlText(page),
        (text) => text === 'Save partner',
        `The "Save partner" button on ${request.url}`,
        UI_WAIT,
      );
      await clickPanelButton(page, UI_WAIT);
      const heading = await eventually(
        () => cardHeading(page),
        (text) => typeof text === 'string' && text.startsWith('Saved ·'),
        'The card never said "Saved · …"',
        UI_WAIT,
      );
      assert.equal(heading, `Saved · ${name} · ${DEFAULT_STAGE}`);

      // After a reload the page reads the saved state back from the extension's database.
      await page.reload({ waitUntil: 'load' });
      await eventually(
        () => controlText(page),
        (text) => text === `Saved · ${DEFAULT_STAGE}`,
        `The "Saved · ${DEFAULT_STAGE}" pill after a reload`,
        UI_WAIT,
      );
      assert.equal(await hostCount(page), 1, 'exactly one partner-pipeline-ui host on the page');

      // The popup (an extension page, its own IndexedDB origin) lists it exactly once.
      const popup = await firefox.openPopup();
      const rows = await eventually(
        () => popupRows(popup),
        (list) => Array.isArray(list) && list.length > 0,
        'The popup never listed a saved partner',
        UI_WAIT,
      );
      assert.equal(rows.length, 1, `one saved partner in the popup, got: ${JSON.stringify(rows)}`);
      assert.ok(rows[0].includes(name), `the popup row names "${name}": ${rows[0]}`);
      if (expectedOrg.country)
        assert.ok(
          rows[0].includes(expectedOrg.country),
          `the popup row shows the country code ${expectedOrg.country}: ${rows[0]}`,
        );
      assert.ok(rows[0].includes(DEFAULT_STAGE), `the popup row shows the stage "${DEFAULT_STAGE}": ${rows[0]}`);
    });
  },
);
