#!/usr/bin/env node
/**
 * Screenshots for people to look at (not a test): the built extension in real headless Chromium,
 * pages served offline from tests/fixtures. Run after `npx wxt build`:
 *
 *   node scripts/screenshots.mjs            → .tmp/screenshots/*.png
 *
 * For each colour scheme (light, dark): the popup's empty state, the in-page panel open on an
 * OTLAS partner request, the popup with 3 saved partners (380×560), and the board (1280×800).
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  chromiumPath, collectConsoleErrors, isCleanRecordFixture, launchWithExtension, listFixtures, ROOT,
  savePartnerOnPage, serveFixtures,
} from '../tests/e2e/harness.mjs';

const OUT = join(ROOT, '.tmp/screenshots');
const PAGE_VIEWPORT = { width: 1280, height: 800 };
const POPUP_VIEWPORT = { width: 380, height: 560 };
const SCHEMES = ['light', 'dark'];

/** Three different organisations to save, OTLAS partner requests first, then other platforms' record pages. */
function pickFixtures() {
  const records = listFixtures().filter(isCleanRecordFixture);
  const rank = (f) => (f.platform === 'otlas' ? 0 : 2) + (f.expected.pageType === 'partner-request' ? 0 : 1);
  const sorted = [...records].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  const seen = new Set();
  const picks = [];
  for (const fixture of sorted) {
    const key = fixture.expected.organisations[0].name;
    if (seen.has(key)) continue;
    seen.add(key);
    picks.push(fixture);
  }
  return picks;
}

async function shoot(page, name, options = {}) {
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, ...options });
  console.log(`  ${relative(process.cwd(), path)}`);
  return path;
}

/** Waits for `locator` to show; a page that never gets there is still photographed (with a warning). */
async function settle(page, locator, what) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    console.warn(`  (${what} did not appear within 15 s: photographing the page as it is)`);
  }
  await page.evaluate(() => document.fonts.ready);
}

async function run(scheme, fixtures) {
  const browser = await launchWithExtension({ headless: true, executablePath: chromiumPath(), colorScheme: scheme, viewport: PAGE_VIEWPORT });
  const errors = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
  try {
    await serveFixtures(browser.context);

    const empty = await browser.openPopup({ viewport: POPUP_VIEWPORT });
    await settle(empty, empty.getByText('No partners saved yet'), 'The popup\'s empty state');
    await shoot(empty, `popup-empty-${scheme}`);
    await empty.close();

    const [first, ...rest] = fixtures;
    const page = await browser.context.newPage();
    await page.setViewportSize(PAGE_VIEWPORT);
    await page.goto(first.url);
    await savePartnerOnPage(page);
    // Put the title and the card in view, whatever sits above the title on the page.
    await page.locator('partner-pipeline-ui').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
    await shoot(page, `panel-${first.platform}-${scheme}`);

    for (const fixture of rest.slice(0, 2)) {
      const other = await browser.context.newPage();
      await other.goto(fixture.url);
      await savePartnerOnPage(other);
      await other.close();
    }
    const saved = Math.min(fixtures.length, 3);

    const names = fixtures.map((f) => f.expected.organisations[0].name);
    const popup = await browser.openPopup({ viewport: POPUP_VIEWPORT });
    await settle(popup, popup.getByText(names[0]), 'The saved partners in the popup');
    await shoot(popup, `popup-${saved}-saved-${scheme}`);

    const board = await browser.openDashboard({ viewport: PAGE_VIEWPORT });
    await settle(board, board.getByText(names[0]), 'The saved partners on the board');
    await shoot(board, `dashboard-${scheme}`);

    const ours = errors.extensionErrors();
    if (ours.length > 0) console.warn(`  The extension logged errors (${scheme}):\n${errors.format(ours)}`);
  } finally {
    await browser.close();
  }
}

async function main() {
  const fixtures = pickFixtures();
  if (fixtures.length === 0) {
    console.error('No fixture page with an organisation to save in tests/fixtures/<platform>/.');
    process.exit(1);
  }
  if (fixtures.length < 3) console.warn(`Only ${fixtures.length} different organisations are bundled: the popup shows ${fixtures.length}.`);
  mkdirSync(OUT, { recursive: true });
  console.log(`Screenshots (${fixtures.slice(0, 3).map((f) => `${f.platform}/${f.name}`).join(', ')}):`);
  for (const scheme of SCHEMES) await run(scheme, fixtures.slice(0, 3));
}

main().catch((error) => {
  console.error(`Screenshots failed: ${error.stack ?? error}`);
  process.exit(1);
});
