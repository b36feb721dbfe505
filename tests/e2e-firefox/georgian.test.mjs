/**
 * In a Georgian Firefox (Debian's firefox-esr with its language pack firefox-esr-l10n-ka; Debian's
 * Chromium has no Georgian) the extension speaks Georgian: "Save partner" on an OTLAS partner
 * request saves the organisation, the in-page panel and the popup are in Georgian, pages are
 * marked lang="ka", the manifest's name and description come from _locales/ka, the board writes
 * dates in Georgian, and long Georgian labels fit.
 *
 *   npx wxt build -b firefox && node --test tests/e2e-firefox/georgian.test.mjs
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  clickPanelButton,
  eventually,
  FIREFOX_EXTENSION_DIR,
  inPanel,
  firefoxPath,
  launchFirefoxWithExtension,
  listFixtures,
  serveFixturePages,
} from './harness.mjs';

const TIMEOUT = 120_000;
const UI_WAIT = 15_000;
const LANGUAGE_PACK = '/usr/lib/firefox-esr/browser/extensions/langpack-ka@firefox-esr.mozilla.org.xpi';
const NO_FIREFOX = firefoxPath() ? false : "Firefox not found: install Debian's firefox-esr or set FIREFOX_PATH";

/** The Georgian messages as shipped in the Firefox build (`page.savePartner` → `page_savePartner`). */
function georgian() {
  const file = join(FIREFOX_EXTENSION_DIR, '_locales/ka/messages.json');
  assert.ok(existsSync(file), `${file} is missing: locales/ka.yml did not reach the build`);
  const shipped = JSON.parse(readFileSync(file, 'utf8'));
  return (key) => {
    const message = shipped[key.replaceAll('.', '_')]?.message;
    assert.ok(message, `message ${key} is missing from the Georgian build`);
    return message;
  };
}
const fill = (text, ...values) => values.reduce((out, value, i) => out.replaceAll(`$${i + 1}`, value), text);
const KA_PREFS = { 'intl.locale.requested': 'ka', 'intl.accept_languages': 'ka, en' };
const RAW_KEY = /\b[a-z]+\.[a-z]+[A-Z]\w*\b|__MSG_|\$\d/;

/** Labels in the panel's field rows that run into their input (Georgian labels are long). */
const labelsIntoInputs = (page) =>
  inPanel(page, () => {
    const rows = document.querySelectorAll('.pp-field');
    return [...rows].flatMap((row) => {
      const [label, input] = [row.querySelector('label'), row.querySelector('input')];
      if (!label || !input) return [];
      // The drawn text, not the label's box: a grid cell keeps its width while its text spills out.
      const range = document.createRange();
      range.selectNodeContents(label);
      return range.getBoundingClientRect().right > input.getBoundingClientRect().left ? [label.textContent] : [];
    });
  });

/** A text in the framed panel (issue 15: the panel is an extension page framed into the page). */
const shadow = (page, selector) =>
  inPanel(page, (css) => document.querySelector(css)?.textContent?.trim() ?? null, selector);

/** "Save partner" on the page, in Georgian: the card, its labels, and the pill after a reload. */
async function saveOnPage(firefox, fixture, words, { name, stage }) {
  const page = await firefox.newPage();
  await serveFixturePages(page);
  await page.goto(fixture.url, { waitUntil: 'load' });
  const save = words('page.savePartner');
  await eventually(
    () => shadow(page, 'button'),
    (text) => text === save,
    `the Georgian "${save}" button`,
    UI_WAIT,
  );
  const lang = await (await page.$('partner-pipeline-ui')).evaluate((el) => el.getAttribute('lang'));
  assert.equal(lang, 'ka', 'the panel is marked as Georgian for screen readers');
  await clickPanelButton(page, UI_WAIT);
  const heading = fill(words('page.headingSaved'), name, stage);
  const cardHeading = () => shadow(page, '[role="dialog"] h2');
  await eventually(cardHeading, (text) => text === heading, `the card heading "${heading}"`, UI_WAIT);
  assert.deepEqual(await labelsIntoInputs(page), [], 'every Georgian field label fits beside its input');

  await page.reload({ waitUntil: 'load' });
  const pill = fill(words('page.savedStage'), stage);
  await eventually(
    () => shadow(page, 'button'),
    (text) => text === pill,
    `the "${pill}" pill after a reload`,
    UI_WAIT,
  );
}

/** The popup lists the partner in Georgian, fits its window, and the manifest is the Georgian one. */
async function checkPopup(firefox, words, { name, stage }) {
  const popup = await firefox.openPopup();
  const bodyText = () => popup.evaluate(() => document.body.innerText);
  const listed = (body) => typeof body === 'string' && body.includes(name);
  const text = await eventually(bodyText, listed, 'the popup never listed the saved partner', UI_WAIT);
  assert.equal(await popup.evaluate(() => document.documentElement.lang), 'ka');
  assert.ok(text.includes(words('popup.openBoard')), "the popup's footer is in Georgian");
  assert.ok(text.includes(stage), `the popup shows the Georgian stage "${stage}"`);
  assert.doesNotMatch(text, RAW_KEY, 'no raw message key or placeholder is shown');
  const { scrollWidth, clientWidth } = await popup.evaluate(() => {
    const { scrollWidth: scrolled, clientWidth: shown } = document.documentElement;
    return { scrollWidth: scrolled, clientWidth: shown };
  });
  const overflow = scrollWidth - clientWidth;
  assert.ok(overflow <= 0, `the popup is ${overflow}px wider than its window`);
  const manifest = await popup.evaluate(() => {
    const { name: title, description } = globalThis.browser.runtime.getManifest();
    return { title, description, ui: globalThis.browser.i18n.getUILanguage() };
  });
  assert.equal(manifest.ui, 'ka', 'Firefox runs with its Georgian UI');
  assert.equal(manifest.description, words('manifest.description'), "the manifest's description is the Georgian one");
  assert.equal(manifest.title, words('manifest.name'));
}

/** Dates through Intl in the browser's language: the partner's details say when it was saved. */
async function checkBoardDate(firefox, words) {
  const board = await firefox.openExtensionPage('board.html', { viewport: { width: 1280, height: 800 } });
  const cards = () => board.evaluate(() => document.querySelectorAll('.bd-card__open').length);
  await eventually(cards, (n) => n > 0, 'no card on the board', UI_WAIT);
  await board.evaluate(() => document.querySelector('.bd-card__open').click());
  const today = await board.evaluate(() =>
    new Intl.DateTimeFormat('ka', { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date()),
  );
  assert.match(today, /[\u10D0-\u10FF]/, `Firefox writes Georgian month names: ${today}`);
  const savedOn = fill(words('detail.sources.savedOn'), today);
  const bodyText = () => board.evaluate(() => document.body.innerText);
  await eventually(bodyText, (body) => body.includes(savedOn), `the details say "${savedOn}"`, UI_WAIT);
}

const TITLE = 'Firefox in Georgian: saving a partner, the panel, the popup and the board speak Georgian';
test(TITLE, { timeout: TIMEOUT, skip: NO_FIREFOX }, async () => {
  if (!process.env.FIREFOX_PATH) {
    const install = 'apt-get install -y firefox-esr-l10n-ka (node scripts/ensure-browsers.mjs test)';
    assert.ok(existsSync(LANGUAGE_PACK), `Georgian language pack missing: ${install}`);
  }
  const words = georgian();
  const fixture = listFixtures().find((f) => f.platform === 'otlas' && f.name === 'request-ka220-austria');
  assert.ok(fixture, 'the OTLAS fixture request-ka220-austria is missing');
  const partner = { name: fixture.expected.organisations[0].name, stage: words('stages.toContact') };

  const firefox = await launchFirefoxWithExtension({ prefs: KA_PREFS });
  try {
    await saveOnPage(firefox, fixture, words, partner);
    await checkPopup(firefox, words, partner);
    await checkBoardDate(firefox, words);
  } finally {
    await firefox.close();
  }
});
