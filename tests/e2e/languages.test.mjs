/**
 * The extension speaks the browser's language: in a German, a Polish and a Ukrainian Chromium the
 * in-page panel and the popup are in that language, nothing shows a raw message key, and dates
 * and numbers (lib/i18n/format.ts, navigator.language) follow it. Needs Debian's chromium-l10n for the browser's own
 * language packs (scripts/ensure-browsers.mjs installs it). Georgian: tests/e2e-firefox/georgian.
 *
 *   npx wxt build && node --test tests/e2e/languages.test.mjs
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  collectConsoleErrors,
  panelFrame,
  panelFrameOf,
  EXTENSION_DIR,
  launchWithExtension,
  ROOT,
  serveFixtures,
} from './harness.mjs';

const WAIT = 20_000;
/** The messages as shipped in the built extension (`page.savePartner` → `page_savePartner`). */
function messages(language) {
  const dir = process.env.PP_EXTENSION_DIR ?? EXTENSION_DIR;
  const shipped = JSON.parse(readFileSync(join(dir, `_locales/${language}/messages.json`), 'utf8'));
  return (key) => {
    const message = shipped[key.replaceAll('.', '_')]?.message;
    assert.ok(message, `message ${key} is missing from the ${language} build`);
    return message;
  };
}
const fill = (text, ...values) => values.reduce((out, value, i) => out.replaceAll(`$${i + 1}`, value), text);

/** Labels in the panel's field rows that run into their input (long translated labels); `frame`: the panel's. */
const labelsIntoInputs = (frame) =>
  frame.evaluate(() =>
    [...document.querySelectorAll('.pp-field')].flatMap((row) => {
      const [label, input] = [row.querySelector('label'), row.querySelector('input')];
      if (!label || !input) return [];
      // The drawn text, not the label's box: a grid cell keeps its width while its text spills out.
      const range = document.createRange();
      range.selectNodeContents(label);
      return range.getBoundingClientRect().right > input.getBoundingClientRect().left ? [label.textContent] : [];
    }),
  );

/** How many pixels a page is wider than its window (> 0: something sticks out sideways). */
const widerThanWindow = (page) =>
  page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    return scrollWidth - clientWidth;
  });

/** Step names of the statistics charts drawn outside their SVG (text does not wrap there). */
const chartTextOutside = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('svg.ii-chart text')].flatMap((text) => {
      const box = text.getBBox();
      const width = text.ownerSVGElement.viewBox.baseVal.width;
      return box.x < 0 || box.x + box.width > width ? [text.textContent] : [];
    }),
  );

for (const language of ['de', 'pl', 'uk']) {
  const title = `in a ${language} browser the panel, the popup and the board speak ${language}, with room for it`;
  test(title, { timeout: 120_000 }, async () => {
    const words = messages(language);
    const extensionDir = process.env.PP_EXTENSION_DIR ? { extensionDir: process.env.PP_EXTENSION_DIR } : {};
    const browser = await launchWithExtension({
      headless: true,
      uiLanguage: language,
      locale: language,
      viewport: { width: 1100, height: 800 },
      ...extensionDir,
    });
    try {
      const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
      const server = await serveFixtures(browser.context);
      const fixture = server.pages.find((f) => f.platform === 'otlas' && f.name === 'request-ka220-austria');
      assert.ok(fixture, 'the OTLAS fixture request-ka220-austria is missing');
      const name = fixture.expected.organisations[0].name;

      const page = await browser.context.newPage();
      await page.goto(fixture.url);
      const host = panelFrame(page);
      await host.getByRole('button', { name: words('page.savePartner') }).click({ timeout: WAIT });
      const stage = words('stages.toContact');
      await host
        .getByRole('dialog')
        .getByRole('heading', { name: new RegExp(`${name}.*${stage}`) })
        .waitFor({ timeout: WAIT });
      assert.deepEqual(
        await labelsIntoInputs(await panelFrameOf(page)),
        [],
        'every field label of the panel fits beside its input',
      );
      await page.reload();
      await host.getByRole('button', { name: fill(words('page.savedStage'), stage) }).waitFor({ timeout: WAIT });
      assert.equal(
        await page.locator('partner-pipeline-ui').getAttribute('lang'),
        language,
        'the panel is marked with its language for screen readers',
      );
      assert.equal(
        await host.locator('html').getAttribute('lang'),
        language,
        'the framed panel is marked with its language too',
      );

      const popup = await browser.openPopup();
      await popup.locator('.pp-row__name', { hasText: name }).waitFor({ timeout: WAIT });
      assert.equal(await popup.evaluate(() => document.documentElement.lang), language);
      const formats = await popup.evaluate(() => navigator.language.split('-')[0]);
      assert.equal(formats, language, "Intl formats in the browser's language");
      const text = await popup.locator('body').innerText();
      assert.ok(text.includes(words('popup.openBoard')), `the popup's footer is in ${language}`);
      assert.doesNotMatch(text, /\b[a-z]+\.[a-z]+[A-Z]\w*\b|__MSG_|\$\d/, 'no raw message key or placeholder is shown');
      const overflow = await widerThanWindow(popup);
      assert.ok(overflow <= 0, `the popup is ${overflow}px wider than its window`);

      const board = await browser.openBoard();
      await board.getByRole('tab', { name: words('tabs.stats') }).click({ timeout: WAIT });
      await board.locator('svg.ii-chart text').first().waitFor({ timeout: WAIT });
      assert.deepEqual(await chartTextOutside(board), [], 'the statistics charts have room for every word');
      mkdirSync(join(ROOT, '.tmp/screenshots'), { recursive: true });
      await popup.setViewportSize({ width: 380, height: 560 });
      await popup.screenshot({ path: join(ROOT, `.tmp/screenshots/popup-${language}.png`) });
      const ours = console.extensionErrors();
      assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
    } finally {
      await browser.close();
    }
  });
}
