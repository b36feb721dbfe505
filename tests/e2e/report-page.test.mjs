/**
 * "Report this page" (issue 11) in real headless Chromium with the shipped build: on a fixture page
 * the panel's Report this page downloads a file that holds none of the page's e-mail addresses or
 * people's names, and `npm run extract`'s own function reads it like the page.
 *
 *   npx wxt build && node --test tests/e2e/report-page.test.mjs
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { tsImport } from 'tsx/esm/api';
import {
  collectConsoleErrors,
  launchWithExtension,
  listFixtures,
  panelFrame,
  ROOT,
  serveFixtures,
} from './harness.mjs';

const { extractHtml } = await tsImport(`${ROOT}/scripts/extract.ts`, import.meta.url);
const { reportUrlOf } = await tsImport(`${ROOT}/lib/extractors/report-file.ts`, import.meta.url);

const WAIT = 20_000;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;
/**
 * platform/name, the button that opens the panel, people named on the page, and what the card shows
 * once it has settled (a save that finishes adds its line above the footer and moves the link down).
 */
const CASES = [
  {
    fixture: 'epale/partner-request-fr-label-text',
    open: 'Save partner',
    people: [],
    settled: (panel) => panel.getByText(/ to your pipeline\.$/),
  },
  {
    fixture: 'etwinning/project-en',
    open: /^Save partners/,
    people: ['Ana Placeholder', 'Jan Voorbeeld'],
    settled: (panel) => panel.getByRole('button', { name: 'Save all 3' }),
  },
  // Where the reader fails, the report matters most: the hand-entry card has the link too.
  {
    fixture: 'otlas/request-unreadable-layout',
    open: /^Save partner|^Add partner/,
    people: [],
    settled: (panel) => panel.getByRole('button', { name: 'Report this page' }),
  },
];

test('Report this page downloads a redacted copy that npm run extract reads', { timeout: 180_000 }, async () => {
  const browser = await launchWithExtension({ headless: true });
  try {
    const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
    await serveFixtures(browser.context);
    const fixtures = listFixtures();
    const page = await browser.context.newPage();
    for (const { fixture, open, people, settled } of CASES) {
      const { url, file, expected } = fixtures.find((f) => `${f.platform}/${f.name}` === fixture);
      const html = readFileSync(file, 'utf8');
      for (const person of people) assert.ok(html.includes(person), `${fixture} names ${person}`);
      const emails = [...new Set(html.match(EMAIL) ?? [])];
      await page.goto(url);
      const panel = panelFrame(page);
      await panel.getByRole('button', { name: open }).click({ timeout: WAIT });
      // A page that was saved at once shows its card after the save; a list opens its card.
      const report = panel.getByRole('button', { name: 'Report this page' });
      await settled(panel).waitFor({ timeout: WAIT });
      const downloading = page.waitForEvent('download', { timeout: WAIT });
      // By keyboard: the panel's frame may still be growing to its content, which moves a pointer's target.
      await report.press('Enter');
      // On a slow machine the copy outlives the click's activation: the panel then offers the ready report.
      let downloaded = false;
      const save = panel.getByRole('button', { name: 'Save the report' });
      void save.waitFor({ timeout: WAIT }).then(
        () => (downloaded ? undefined : save.click()),
        () => undefined,
      );
      const download = await downloading;
      downloaded = true;
      const date = new Date();
      const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
        .map((n) => String(n).padStart(2, '0'))
        .join('-');
      assert.equal(download.suggestedFilename(), `partner-pipeline-report-${fixture.split('/')[0]}-${day}.html`);
      const text = readFileSync(await download.path(), 'utf8');
      await panel.getByText(/^Saved as partner-pipeline-report-/).waitFor({ timeout: WAIT });

      for (const email of emails) assert.ok(!text.includes(email), `${fixture}: the report holds ${email}`);
      for (const person of people) assert.ok(!text.includes(person), `${fixture}: the report names ${person}`);
      for (const org of expected.organisations)
        assert.ok(!text.includes(org.name), `${fixture}: the report holds ${org.name}`);
      assert.equal(reportUrlOf(text), url, 'the report states the page address');

      const copy = await extractHtml(text, reportUrlOf(text));
      assert.equal(copy.pageType, expected.pageType, `${fixture}: read as the same kind of page`);
      assert.equal(copy.organisations.length, expected.organisations.length, `${fixture}: the same organisations`);
      assert.deepEqual(
        copy.organisations.map((o) => o.country),
        expected.organisations.map((o) => o.country),
      );
    }
    const ours = console.extensionErrors();
    assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
  } finally {
    await browser.close();
  }
});
