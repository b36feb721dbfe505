#!/usr/bin/env node
/**
 * Screenshots for people to look at (not a test): the built extension in real headless Chromium,
 * pages served offline from tests/fixtures. Run after `npx wxt build`:
 *
 *   node scripts/screenshots.mjs                   → .tmp/screenshots/*.png (English)
 *   node scripts/screenshots.mjs --language uk     → .tmp/screenshots/*-uk.png (any locales/<code>.yml)
 *
 * For each colour scheme (light, dark): the popup's empty state, the in-page panel open on an
 * OTLAS partner request (and the whole card), the popup with 5 saved partners and its backup reminder (380×560), the
 * board (1280×800) with a partner's details and its other tabs, the Backup and Privacy pages.
 *
 * Another language runs Chromium in that UI language (--lang, with Debian's chromium-l10n pack).
 * Where Chromium has no pack for it (Georgian on Debian), the photos are of a copy of the build
 * whose only locale is that language: the same pages, CSS and texts, as a look at layout only
 * (tests/e2e-firefox/georgian.test.mjs checks a real Georgian browser).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  chromiumPath,
  collectConsoleErrors,
  EXTENSION_DIR,
  isCleanRecordFixture,
  launchWithExtension,
  listFixtures,
  panelFrame,
  ROOT,
  serveFixtures,
} from '../tests/e2e/harness.mjs';

const OUT = join(ROOT, '.tmp/screenshots');
const PAGE_VIEWPORT = { width: 1280, height: 800 };
const POPUP_VIEWPORT = { width: 380, height: 560 };
const SCHEMES = ['light', 'dark'];
const LANGUAGE = process.argv.includes('--language') ? process.argv[process.argv.indexOf('--language') + 1] : 'en';
/** Regions for Intl (dates, numbers) per language; others use the bare code. */
const REGIONS = { en: 'en-GB', ka: 'ka-GE', uk: 'uk-UA' };
/** Five partners: the popup then shows its backup reminder, one of its longest texts. */
const SAVED = 5;
const SUFFIX = LANGUAGE === 'en' ? '' : `-${LANGUAGE}`;

/** The shipped messages of `language` in `dir` (`page.savePartner` → `page_savePartner`). */
function wordsOf(dir, language) {
  const file = join(dir, `_locales/${language}/messages.json`);
  if (!existsSync(file)) throw new Error(`${file} is missing: is there a locales/${language}.yml, and did you build?`);
  const shipped = JSON.parse(readFileSync(file, 'utf8'));
  return (key, ...values) =>
    values.reduce(
      (text, value, i) => text.replaceAll(`$${i + 1}`, value),
      shipped[key.replaceAll('.', '_')]?.message ?? key,
    );
}

/** Whether this Chromium has a UI language pack for `language` (Debian: /usr/lib/chromium/locales). */
function chromiumSpeaks(language) {
  const exe = chromiumPath();
  const dirs = [join(dirname(existsSync(exe) ? realpathSync(exe) : exe), 'locales'), '/usr/lib/chromium/locales'];
  return dirs.some((dir) => existsSync(join(dir, `${language}.pak`)));
}

/** The build to photograph and the UI language to start Chromium in (see the note at the top). */
function extensionFor(language) {
  const locale = REGIONS[language] ?? language;
  if (language === 'en') return { extensionDir: EXTENSION_DIR, locale };
  if (chromiumSpeaks(language)) return { extensionDir: EXTENSION_DIR, uiLanguage: language, locale };
  const copy = join(ROOT, `.tmp/screenshots-build-${language}`);
  rmSync(copy, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  for (const other of ['de', 'en', 'es', 'fr', 'it', 'pl', 'uk', 'ka'].filter((code) => code !== language)) {
    rmSync(join(copy, '_locales', other), { recursive: true, force: true });
  }
  const manifestFile = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, default_locale: language }));
  // Its Intl has no data for the language either: dates stay in English there.
  console.log(`Chromium has no ${language} language pack: photographing a copy of the build with only ${language}.`);
  return { extensionDir: copy };
}

/** Clicks the panel's Save button and waits for the saved card (the harness's helper, in any language). */
async function savePartnerOnPage(page, words) {
  // The panel is an extension page framed into the platform page (issue 15).
  const host = panelFrame(page);
  const button = host.getByRole('button', { name: words('page.savePartner') }).first();
  await button.waitFor({ state: 'visible', timeout: 15_000 });
  await button.click();
  const saved = words('page.headingSaved', '@@', '@@').split('@@')[0];
  const heading = host.getByRole('dialog').getByRole('heading', { level: 2 });
  await heading.filter({ hasText: saved }).waitFor({ timeout: 15_000 });
}

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

/** `target`: a page, or a locator for one element (photographed whole). */
async function shoot(target, name, options = {}) {
  const path = join(OUT, `${name}${SUFFIX}.png`);
  await target.screenshot({ path, ...options });
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

async function run(scheme, fixtures, extension, words) {
  const browser = await launchWithExtension({
    headless: true,
    executablePath: chromiumPath(),
    colorScheme: scheme,
    viewport: PAGE_VIEWPORT,
    ...extension,
  });
  const errors = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
  try {
    await serveFixtures(browser.context);

    const empty = await browser.openPopup({ viewport: POPUP_VIEWPORT });
    await settle(empty, empty.getByText(words('popup.emptyTitle')), "The popup's empty state");
    await shoot(empty, `popup-empty-${scheme}`);
    await empty.close();

    const [first, ...rest] = fixtures;
    const page = await browser.context.newPage();
    await page.setViewportSize(PAGE_VIEWPORT);
    await page.goto(first.url);
    await savePartnerOnPage(page, words);
    // Put the title and the card in view, whatever sits above the title on the page.
    await page.locator('partner-pipeline-ui').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
    await shoot(page, `panel-${first.platform}-${scheme}`);
    // The whole card, however tall (its lower part is below the fold above).
    await shoot(page.locator('partner-pipeline-ui iframe'), `panel-card-${scheme}`);

    for (const fixture of rest) {
      const other = await browser.context.newPage();
      await other.goto(fixture.url);
      await savePartnerOnPage(other, words);
      await other.close();
    }
    const saved = fixtures.length;

    const names = fixtures.map((f) => f.expected.organisations[0].name);
    const popup = await browser.openPopup({ viewport: POPUP_VIEWPORT });
    await settle(popup, popup.getByText(names[0]), 'The saved partners in the popup');
    await shoot(popup, `popup-${saved}-saved-${scheme}`);

    const board = await browser.openBoard({ viewport: PAGE_VIEWPORT });
    await settle(board, board.getByText(names[0]), 'The saved partners on the board');
    await shoot(board, `board-${scheme}`);
    await board.locator('.bd-card__open').first().click();
    await settle(board, board.getByLabel(words('detail.stageAndFollowUp')), 'The partner details');
    await shoot(board, `board-details-${scheme}`);
    const tabs = [
      ['ideas', 'ideas.emptyTitle'],
      ['events', 'events.emptyTitle'],
      ['stats', 'stats.inNumbers'],
    ];
    for (const [tab, title] of tabs) {
      await board.getByRole('tab', { name: words(`tabs.${tab}`) }).click();
      await settle(board, board.getByText(words(title)), `The ${tab} tab`);
      await shoot(board, `board-${tab}-${scheme}`);
    }

    for (const name of ['options', 'privacy']) {
      const page = await browser.openExtensionPage(`${name}.html`, { viewport: PAGE_VIEWPORT });
      await settle(page, page.getByRole('heading', { level: 1 }), `The ${name} page`);
      await shoot(page, `${name}-${scheme}`, { fullPage: true });
    }

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
  if (fixtures.length < SAVED) console.warn(`Only ${fixtures.length} different organisations are bundled to save.`);
  mkdirSync(OUT, { recursive: true });
  const extension = extensionFor(LANGUAGE);
  const words = wordsOf(extension.extensionDir, LANGUAGE);
  const saved = fixtures.slice(0, SAVED).map((f) => `${f.platform}/${f.name}`);
  console.log(`Screenshots in ${LANGUAGE} (${saved.join(', ')}):`);
  for (const scheme of SCHEMES) await run(scheme, fixtures.slice(0, SAVED), extension, words);
}

main().catch((error) => {
  console.error(`Screenshots failed: ${error.stack ?? error}`);
  process.exit(1);
});
