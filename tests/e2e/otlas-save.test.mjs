/**
 * End to end in real headless Chromium with the built extension (run `npx wxt build` first):
 * saving a partner from an OTLAS partner request, seeing it saved after a reload, in the popup
 * and in the JSON export; no control on a page that is not a record; a redesigned page warns
 * and saves nothing wrong. Pages come from tests/fixtures/otlas/ (offline, see harness.mjs).
 *
 *   npx wxt build && node --test tests/e2e/
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { tsImport } from 'tsx/esm/api';
import {
  collectConsoleErrors,
  panelFrame,
  launchWithExtension,
  listFixtures,
  normaliseUrl,
  ROOT,
  serveFixtures,
} from './harness.mjs';

const { ExportEnvelopeSchema } = await tsImport(`${ROOT}/lib/backup/exchange.ts`, import.meta.url);
const { pageNotice } = await tsImport(`${ROOT}/lib/i18n/page-notice.ts`, import.meta.url);
const { inEnglish } = await tsImport(`${ROOT}/scripts/warning-english.ts`, import.meta.url);
/** The panel's one message for a fixture's warnings, in English as the test browser shows it. */
const noticeOf = (expected) =>
  pageNotice(
    expected.warnings,
    { handEntry: !expected.organisations?.length, check: true },
    {
      t: inEnglish,
      list: (items) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
    },
  );

const SAVEABLE = new Set(['organisation', 'partner-request', 'project']);
const DEFAULT_STAGE = 'To contact';
const TIMEOUT = 90_000;
/** How long the content script gets to show (or not show) its control on a page. */
const UI_WAIT = 15_000;

const otlasPages = listFixtures().filter((fixture) => fixture.platform === 'otlas' && fixture.kind === 'page');
const hasLayoutWarning = (fixture) =>
  (fixture.expected.warnings ?? []).some((warning) => warning.code === 'layoutChanged');

/** A fixture chosen by what its expected result says; the test fails (not skips) when none is bundled. */
function fixture(description, predicate) {
  const found = otlasPages.find(predicate);
  assert.ok(
    found,
    `No OTLAS fixture ${description} in tests/fixtures/otlas/ (found: ${otlasPages.map((f) => f.name).join(', ') || 'none'}).`,
  );
  return found;
}
const partnerRequestFixture = () =>
  fixture(
    'of a partner request with an organisation (pageType "partner-request", no layout warning)',
    (f) =>
      f.expected.pageType === 'partner-request' &&
      f.expected.organisations?.length > 0 &&
      !hasLayoutWarning(f) &&
      !/changed|layout|redesign/i.test(f.name),
  );
const unknownFixture = () => fixture('whose expected pageType is "unknown"', (f) => f.expected.pageType === 'unknown');
const isChangedLayout = (f) => SAVEABLE.has(f.expected.pageType) && hasLayoutWarning(f);
/** Every redesigned-page fixture gets its own test; none bundled is a failure too. */
const changedLayoutFixtures = () => {
  const found = otlasPages.filter(isChangedLayout);
  return found.length > 0 ? found : [{ name: 'missing', missing: true }];
};

/** A fresh profile per test: each test stands alone and can fail on its own. */
async function withBrowser(run) {
  const browser = await launchWithExtension({ headless: true });
  try {
    const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
    const server = await serveFixtures(browser.context);
    await run({ ...browser, server, console });
    const ours = console.extensionErrors();
    assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
  } finally {
    await browser.close();
  }
}

const ui = (page) => page.locator('partner-pipeline-ui');
/** The in-page control (the first button in the framed panel: the card's own buttons come after it). */
const pageButton = (page, name) => panelFrame(page).getByRole('button', { name }).first();
const dialog = (page) => panelFrame(page).getByRole('dialog');

async function waitVisible(locator, what, timeout = UI_WAIT) {
  try {
    await locator.waitFor({ state: 'visible', timeout });
  } catch {
    assert.fail(`${what} did not appear within ${timeout} ms.`);
  }
}

/** Polls `read()` until `accept(value)`; fails with the last value seen. */
async function eventually(read, accept, what, timeout = UI_WAIT) {
  const until = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (accept(value)) return value;
    if (Date.now() > until) assert.fail(`${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Records the extension's content-script worlds created in a page (CDP), so a test can tell
 * "the content script ran and chose to show nothing" from "the content script never ran".
 */
async function watchContentScripts(page, extensionId) {
  const worlds = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (
      context.origin === `chrome-extension://${extensionId}` ||
      context.origin?.startsWith(`chrome-extension://${extensionId}`)
    )
      worlds.push(context);
  });
  await cdp.send('Runtime.enable');
  return { worlds, reset: () => worlds.splice(0) };
}

async function popupRows(popup) {
  return popup.locator('ul[aria-label="Saved partners"] li').allTextContents();
}

/** Opens popup.html and waits until it has finished loading (list or empty state). */
async function openLoadedPopup(browser) {
  const popup = await browser.openPopup();
  await waitVisible(
    popup.locator('ul[aria-label="Saved partners"]').or(popup.getByText('No partners saved yet')).first(),
    'The popup list or its empty state',
  );
  return popup;
}

/** Opens the fixture's page, clicks Save partner and waits for the "Saved · …" card. */
async function saveFromPage(browser, page, fixtureInfo) {
  const name = fixtureInfo.expected.organisations[0].name;
  await page.goto(fixtureInfo.url);
  const button = pageButton(page, 'Save partner');
  await waitVisible(button, `The "Save partner" button on ${fixtureInfo.url}`);
  await button.click();
  await waitVisible(dialog(page), 'The card after clicking "Save partner"');
  const heading = dialog(page).getByRole('heading', { level: 2 });
  const text = await eventually(
    () => heading.textContent(),
    (value) => value?.startsWith('Saved ·'),
    'The card never said "Saved · …"',
  );
  assert.equal(text.trim(), `Saved · ${name} · ${DEFAULT_STAGE}`);
  return name;
}

test('the popup starts empty and says what to do', { timeout: TIMEOUT }, async () => {
  await withBrowser(async (browser) => {
    const popup = await openLoadedPopup(browser);
    await waitVisible(popup.getByText('No partners saved yet'), 'The empty state "No partners saved yet"');
    assert.equal((await popupRows(popup)).length, 0);
  });
});

test('Save partner on an OTLAS partner request saves the organisation once', { timeout: TIMEOUT }, async () => {
  const request = partnerRequestFixture();
  const expectedOrg = request.expected.organisations[0];
  await withBrowser(async (browser) => {
    const page = await browser.context.newPage();
    const name = await saveFromPage(browser, page, request);

    // After a reload the page knows it is saved: one pill with the stage, no second control.
    await page.reload();
    const pill = pageButton(page, `Saved · ${DEFAULT_STAGE}`);
    await waitVisible(pill, `The "Saved · ${DEFAULT_STAGE}" pill after a reload`);
    await page.waitForTimeout(500); // room for a second (duplicate) mount to show up
    assert.equal(await ui(page).count(), 1, 'exactly one partner-pipeline-ui host on the page');
    assert.equal(
      await panelFrame(page)
        .getByRole('button', { name: /^(Save partner|Saved · )/ })
        .count(),
      1,
      'exactly one save control',
    );
    assert.equal(await pageButton(page, 'Save partner').count(), 0, 'no "Save partner" button once saved');

    // The popup lists it exactly once, with its country.
    const popup = await openLoadedPopup(browser);
    const rows = await eventually(
      () => popupRows(popup),
      (list) => list.length > 0,
      'The popup never listed a saved partner',
    );
    assert.equal(rows.length, 1, `one saved partner in the popup, got: ${JSON.stringify(rows)}`);
    assert.ok(rows[0].includes(name), `the popup row names "${name}": ${rows[0]}`);
    if (expectedOrg.country) {
      // The browser's own ICU names the country (it may differ from Node's).
      const countryName = await popup.evaluate(
        (code) => new Intl.DisplayNames([navigator.language], { type: 'region' }).of(code),
        expectedOrg.country,
      );
      assert.ok(
        rows[0].includes(expectedOrg.country),
        `the popup row shows the country code ${expectedOrg.country}: ${rows[0]}`,
      );
      assert.ok(rows[0].includes(countryName), `the popup row shows the country name ${countryName}: ${rows[0]}`);
    }
    assert.ok(rows[0].includes(DEFAULT_STAGE), `the popup row shows the stage "${DEFAULT_STAGE}": ${rows[0]}`);
  });
});

test(
  'Export JSON downloads a valid backup with the saved partner and its source page',
  { timeout: TIMEOUT },
  async () => {
    const request = partnerRequestFixture();
    const expectedOrg = request.expected.organisations[0];
    await withBrowser(async (browser) => {
      const page = await browser.context.newPage();
      const name = await saveFromPage(browser, page, request);
      const pageUrl = page.url().split('#')[0];

      const popup = await openLoadedPopup(browser);
      const [download] = await Promise.all([
        popup.waitForEvent('download', { timeout: UI_WAIT }),
        popup.getByRole('button', { name: 'Export JSON' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^partner-pipeline-\d{4}-\d{2}-\d{2}\.json$/);
      const file = await download.path();
      const envelope = JSON.parse(await readFile(file, 'utf8'));

      const parsed = ExportEnvelopeSchema.safeParse(envelope);
      assert.ok(
        parsed.success,
        `the export matches ExportEnvelopeSchema: ${JSON.stringify(parsed.error?.issues?.slice(0, 5))}`,
      );
      assert.equal(envelope.format, 'partner-pipeline-export');
      assert.equal(envelope.counts.organisations, 1);
      assert.equal(envelope.data.organisations.length, 1);
      assert.equal(envelope.counts.pipeline, envelope.data.pipeline.length);
      const [organisation] = envelope.data.organisations;
      assert.equal(organisation.name, name);
      if (expectedOrg.country) assert.equal(organisation.country, expectedOrg.country);
      assert.equal(organisation.sources.length, 1);
      assert.equal(organisation.sources[0].origin, 'otlas');
      assert.equal(organisation.sources[0].url, pageUrl);
      assert.equal(normaliseUrl(organisation.sources[0].url), normaliseUrl(request.url));
      const entry = envelope.data.pipeline.find((item) => item.orgId === organisation.id);
      assert.ok(entry, 'the organisation has a pipeline entry');
      assert.equal(envelope.data.stages.find((stage) => stage.id === entry.stageId)?.name, DEFAULT_STAGE);

      await waitVisible(popup.getByText('Exported 1 organisation.'), 'The status "Exported 1 organisation."');
    });
  },
);

test('an OTLAS page that is not a record shows no Save partner button', { timeout: TIMEOUT }, async () => {
  const request = partnerRequestFixture();
  const unknown = unknownFixture();
  await withBrowser(async (browser) => {
    const page = await browser.context.newPage();
    const scripts = await watchContentScripts(page, browser.extensionId);

    // Control: on a record page the content script runs and shows its button.
    await page.goto(request.url);
    await waitVisible(pageButton(page, 'Save partner'), 'The "Save partner" button on the control page');
    assert.ok(scripts.worlds.length > 0, 'the content script ran on the record page');

    scripts.reset();
    await page.goto(unknown.url);
    await eventually(
      () => scripts.worlds.length,
      (count) => count > 0,
      `The content script never ran on ${unknown.url}`,
    );
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500); // the content script has run; give a (wrong) mount time to appear
    assert.equal(
      await page.getByRole('button', { name: /Save partner|Saved · |Add partner/i }).count(),
      0,
      'no save control on a non-record page',
    );
    assert.equal(await ui(page).count(), 0, 'no partner-pipeline-ui host on a non-record page');
  });
});

for (const changed of changedLayoutFixtures()) {
  test(
    `a changed OTLAS layout (${changed.name}) shows the warning and saves nothing wrong`,
    { timeout: TIMEOUT },
    async () => {
      assert.ok(
        !changed.missing,
        'No OTLAS fixture of a changed layout (a record page whose expected warnings include the layout warning) in tests/fixtures/otlas/.',
      );
      await withBrowser(async (browser) => {
        let popup = await openLoadedPopup(browser);
        const before = (await popupRows(popup)).length;
        await popup.close();

        const page = await browser.context.newPage();
        await page.goto(changed.url);
        // With nothing read, the control may offer hand entry instead of a one-click save.
        const button = pageButton(
          page,
          changed.expected.organisations?.length ? 'Save partner' : /^(Save partner|Add partner from this page)$/,
        );
        await waitVisible(button, `The save control on the changed-layout page ${changed.url}`);
        await button.click();
        await waitVisible(dialog(page), 'The card after clicking "Save partner" on the changed-layout page');
        // One plain message (issue 11): what could not be read, and at most one line more, not a stack of warnings.
        const notice = noticeOf(changed.expected);
        if (!changed.expected.organisations?.length)
          assert.match(notice.message, /^We could not read .*the organisation’?'?s name/);
        await waitVisible(dialog(page).getByText(notice.message, { exact: true }), 'The notice in the card');
        assert.equal(
          await dialog(page).locator('.pp-page-notice p').count(),
          notice.secondary ? 2 : 1,
          'one message, at most one line more',
        );
        assert.equal(await dialog(page).locator('.pp-warnings li').count(), 0, 'no stacked warnings');
        await page.waitForTimeout(1000); // let a (wrong) automatic save reach the database
        const heading = (await dialog(page).getByRole('heading', { level: 2 }).textContent())?.trim();
        assert.ok(
          !heading?.startsWith('Saved ·'),
          `a page read with a layout warning is not saved before the user checks it; card says "${heading}"`,
        );

        popup = await openLoadedPopup(browser);
        assert.equal((await popupRows(popup)).length, before, 'the popup count is unchanged');
        // The popup says which platform's reader may be outdated.
        await popup
          .locator('.pp-notice', { hasText: /Some OTLAS pages looked different on .+ update may be needed/ })
          .waitFor({ timeout: 10_000 });
      });
    },
  );
}
