/**
 * The extension speaks the browser's language: in a German (and a Polish) Chromium the in-page
 * panel, the popup and the dates are in that language, and nothing shows a raw message key.
 * Needs Debian's chromium-l10n for the browser's own language packs (.ci/run installs it).
 *
 *   npx wxt build && node --test tests/e2e/languages.test.mjs
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { collectConsoleErrors, panelFrame, EXTENSION_DIR, launchWithExtension, ROOT, serveFixtures } from './harness.mjs';

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

for (const language of ['de', 'pl']) {
  test(`in a ${language} browser the panel and the popup speak ${language}`, { timeout: 120_000 }, async () => {
    const words = messages(language);
    const extensionDir = process.env.PP_EXTENSION_DIR ? { extensionDir: process.env.PP_EXTENSION_DIR } : {};
    const browser = await launchWithExtension({ headless: true, uiLanguage: language, locale: language, viewport: { width: 1100, height: 800 }, ...extensionDir });
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
      await host.getByRole('dialog').getByRole('heading', { name: new RegExp(`${name}.*${stage}`) }).waitFor({ timeout: WAIT });
      await page.reload();
      await host.getByRole('button', { name: fill(words('page.savedStage'), stage) }).waitFor({ timeout: WAIT });
      assert.equal(await page.locator('partner-pipeline-ui').getAttribute('lang'), language, 'the panel is marked with its language for screen readers');
      assert.equal(await host.locator('html').getAttribute('lang'), language, 'the framed panel is marked with its language too');

      const popup = await browser.openPopup();
      await popup.locator('.pp-row__name', { hasText: name }).waitFor({ timeout: WAIT });
      assert.equal(await popup.evaluate(() => document.documentElement.lang), language);
      const text = await popup.locator('body').innerText();
      assert.ok(text.includes(words('popup.openBoard')), `the popup's footer is in ${language}`);
      assert.doesNotMatch(text, /\b[a-z]+\.[a-z]+[A-Z]\w*\b|__MSG_|\$\d/, 'no raw message key or placeholder is shown');
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
