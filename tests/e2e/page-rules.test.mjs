/**
 * Options → Page rules in real headless Chromium with the built extension (run `npx wxt build` first):
 * import a page-rules file (previewed first), see its rules listed by platform and page type, export
 * them back (the same rules), and a hostile file (code, a selector the browser cannot parse, another
 * platform's host, 10 MB) refused in plain words with nothing stored. axe: 0 serious, light and dark.
 *
 *   npx wxt build && node --test tests/e2e/page-rules.test.mjs
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import {
  collectConsoleErrors,
  launchWithExtension,
  panelFrame,
  panelFrameOf,
  ROOT,
  serveFixtures,
} from './harness.mjs';

const UI_WAIT = 15_000;
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const rule = (field, anchors, sample, extra = {}) => ({
  id: `epale/organisation/${field}`,
  platform: 'epale',
  pageType: 'organisation',
  field,
  anchors,
  sample,
  shape: field === 'country' ? 'country' : field === 'website' ? 'website' : 'text',
  createdAt: '2026-12-04T01:00:00.000Z',
  version: 1,
  host: 'epale.ec.europa.eu',
  ...extra,
});
const label = (text, key) => ({ kind: 'label', text, key, up: 0, next: true, down: [] });
const RULES = [
  rule('country', [label('Country', 'country')], 'PL'),
  rule('city', [label('City', 'city'), { kind: 'selector', selector: 'dd[data-field="city"]' }], 'Kraków'),
];
const fileOf = (rules) =>
  JSON.stringify({ format: 'partner-pipeline-page-rules', version: 1, exportedAt: '2026-12-04T02:00:00.000Z', rules });

/** A page or a frame (the panel). */
async function seriousViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE}\n;void 0`);
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    })),
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function withOptions(colorScheme, run) {
  const browser = await launchWithExtension({ headless: true, colorScheme });
  const dir = mkdtempSync(join(tmpdir(), 'partner-pipeline-rules-'));
  try {
    const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
    const options = await browser.openExtensionPage('options.html');
    await options.getByRole('heading', { name: 'Page rules' }).waitFor({ timeout: UI_WAIT });
    await run(options, dir);
    const ours = console.extensionErrors();
    assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const rulesInput = (options) => options.getByLabel('Import a page-rules file (.json)');
const section = (options) => options.locator('section[aria-labelledby="pp-rules-title"]');

test('import a page-rules file with a preview, see it listed, export it back', { timeout: 120_000 }, async () => {
  await withOptions('light', async (options, dir) => {
    await section(options).getByText('No page rules yet').waitFor({ timeout: UI_WAIT });
    const file = join(dir, 'colleague-rules.json');
    writeFileSync(file, fileOf(RULES));
    await rulesInput(options).setInputFiles(file);
    const preview = options.getByRole('group', { name: 'What colleague-rules.json would change' });
    await preview.waitFor({ timeout: UI_WAIT });
    assert.equal(await preview.getByText('New rule, will be added').count(), 2);
    assert.deepEqual(await seriousViolations(options), [], 'import preview (light)');
    await preview.getByRole('button', { name: 'Import these rules' }).click();
    await section(options).getByText('Imported 2 rules.').waitFor({ timeout: UI_WAIT });

    const group = options.getByRole('region', { name: 'EPALE · organisation page' });
    await group.getByText('Read: Kraków').waitFor({ timeout: UI_WAIT });
    assert.equal(await group.locator('li.pp-rule').count(), 2);
    assert.equal(await group.getByText('From a file').count(), 2);
    assert.deepEqual(await seriousViolations(options), [], 'rules listed (light)');

    await group.getByRole('checkbox', { name: 'Country' }).check();
    await group.getByRole('checkbox', { name: 'City' }).check();
    const [download] = await Promise.all([
      options.waitForEvent('download', { timeout: UI_WAIT }),
      section(options).getByRole('button', { name: 'Export 2 chosen rules' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^partner-pipeline-page-rules-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.format, 'partner-pipeline-page-rules');
    assert.deepEqual(
      exported.rules.map((r) => [r.field, r.sample, r.anchors]).sort(),
      RULES.map((r) => [r.field, r.sample, r.anchors]).sort(),
    );

    // The same file again: nothing new; then delete one rule.
    await rulesInput(options).setInputFiles(file);
    await options.getByText('Same as a rule you have, nothing changes').first().waitFor({ timeout: UI_WAIT });
    await options
      .getByRole('group', { name: /would change/ })
      .getByRole('button', { name: 'Cancel' })
      .click();
    await group.getByRole('button', { name: 'Delete the rule for City' }).click();
    await section(options).getByText('Rule deleted.').waitFor({ timeout: UI_WAIT });
    assert.equal(await group.locator('li.pp-rule').count(), 1);
  });
});

test('a hostile page-rules file is refused in plain words and nothing is stored', { timeout: 120_000 }, async () => {
  await withOptions('dark', async (options, dir) => {
    const cases = [
      ['code.json', fileOf([rule('city', [label('City')], '<script>alert(1)</script>')]), 'This file contains code'],
      [
        'selector.json',
        fileOf([rule('city', [{ kind: 'selector', selector: 'dd:unknown-thing(1)' }], 'x')]),
        'a selector the browser cannot read (dd:unknown-thing(1))',
      ],
      [
        'host.json',
        fileOf([rule('city', [label('City')], 'x', { host: 'evil.example.com' })]),
        'a rule for evil.example.com',
      ],
      [
        'extra.json',
        fileOf([rule('city', [label('City')], 'x', { transform: 'x' })]),
        'fields a page rule does not have (transform)',
      ],
      ['big.json', 'x'.repeat(10 * 1024 * 1024), 'larger than 1 MB'],
    ];
    for (const [name, text, message] of cases) {
      const file = join(dir, name);
      writeFileSync(file, text);
      await rulesInput(options).setInputFiles(file);
      await section(options).getByRole('alert').getByText(message).waitFor({ timeout: UI_WAIT });
      assert.equal(await options.getByRole('group', { name: /would change/ }).count(), 0, `${name}: no preview`);
    }
    assert.deepEqual(await seriousViolations(options), [], 'refusal shown (dark)');
    await options.reload();
    await section(options).getByText('No page rules yet').waitFor({ timeout: UI_WAIT });
    const good = join(dir, 'good.json');
    writeFileSync(good, fileOf(RULES));
    await rulesInput(options).setInputFiles(good);
    await options.getByRole('button', { name: 'Import these rules' }).click();
    await options
      .getByRole('region', { name: 'EPALE · organisation page' })
      .getByText('Read: PL')
      .waitFor({ timeout: UI_WAIT });
    assert.deepEqual(await seriousViolations(options), [], 'rules listed (dark)');
  });
});

/**
 * Two EPALE organisation pages of one layout the built-in readers do not know: no h1, the name in a
 * div, "Label:" rows the dictionary does not know, in generated class names; the second has one more
 * row first, so positions differ. The readers find nothing on either (they say the page looks different).
 */
const cardPage = ({ name, country, city, website, extra = '' }) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Profile | EPALE</title></head><body>
<nav class="ecl-menu"><ul><li><a href="/en/x">Country</a></li></ul></nav>
<main id="main-content">
  <div class="css-1x2y3z"><div class="sc-title-9f8e" data-testid="org-title">${name}</div></div>
  <section class="jsx-483920">
    ${extra}
    <div class="r-82k1"><span class="k-1">Based in:</span> <span class="v-2">${country}</span></div>
    <div class="r-82k1"><span class="k-1">Home town:</span> <span class="v-2">${city}</span></div>
    <div class="r-82k1"><span class="k-1">On the web:</span> <span class="v-2"><a href="${website}">Visit</a></span></div>
  </section>
</main>
<footer class="ecl-site-footer"><p>Country: Belgium</p></footer>
</body></html>`;
const ALPHA_URL = 'https://epale.ec.europa.eu/en/organisations/org-4711';
const BETA_URL = 'https://epale.ec.europa.eu/en/organisations/org-4712';
const ALPHA = { name: 'Alpha Foundation', country: 'Poland', city: 'Kraków', website: 'https://alpha.example.org/' };
const BETA = {
  name: 'Beta Association',
  country: 'Austria',
  city: 'Graz',
  website: 'https://beta.example.at/',
  extra: '<div class="r-82k1"><span class="k-1">Kind:</span> <span class="v-2">NGO</span></div>',
};
const BETA_READ = { Name: 'Beta Association', Country: 'AT', City: 'Graz', Website: 'https://beta.example.at/' };

async function withCards(browser) {
  const served = await serveFixtures(browser.context);
  served.servePage(ALPHA_URL, cardPage(ALPHA));
  served.servePage(BETA_URL, cardPage(BETA));
  return served;
}

/** Opens a card page and its panel's card. */
async function openPanel(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const panel = panelFrame(page);
  await panel.getByRole('button', { name: 'Save partner' }).click({ timeout: UI_WAIT });
  await panel.getByRole('dialog').waitFor({ timeout: UI_WAIT });
  return { page, panel };
}

/** Pick on page: the panel asks, the frame steps aside, a click on the page takes the value. */
async function pick(page, panel, field, target) {
  await panel.getByRole('button', { name: `Pick ${field} on the page` }).click();
  await panel.getByText(`Click the ${field} on the page`).waitFor({ timeout: UI_WAIT });
  const box = await target.boundingBox();
  const frame = await page.locator('partner-pipeline-ui iframe').boundingBox();
  const overlaps =
    frame &&
    box &&
    box.x < frame.x + frame.width &&
    frame.x < box.x + box.width &&
    box.y < frame.y + frame.height &&
    frame.y < box.y + box.height;
  assert.ok(!overlaps, `the panel covers the ${field} while picking`);
  await target.click();
}

async function readByRuleFields(panel) {
  const read = {};
  for (const [field, value] of Object.entries(BETA_READ)) {
    const input = panel.getByLabel(field, { exact: true });
    await input.waitFor({ timeout: UI_WAIT });
    read[field] = await input.inputValue();
    assert.equal(read[field], value, `${field} read by the rule`);
  }
  assert.equal(await panel.getByText('Read by your rule').count(), 4, 'four fields marked "Read by your rule"');
  return read;
}

test(
  'pick four fields on one page, the next page of its kind reads them, the rules travel to a fresh profile',
  { timeout: 240_000 },
  async () => {
    const first = await launchWithExtension({ headless: true, colorScheme: 'light' });
    let rulesFile;
    try {
      const console = collectConsoleErrors(first.context, { extensionId: first.extensionId });
      await withCards(first);
      const { page, panel } = await openPanel(first, ALPHA_URL);
      await panel
        .getByRole('heading', { name: 'Add this partner by hand' })
        .waitFor({ timeout: UI_WAIT })
        .catch(() => {});
      await pick(page, panel, 'Name', page.locator('[data-testid="org-title"]'));
      // Esc on the page stops picking; nothing is filled.
      await panel.getByRole('button', { name: 'Pick Country on the page' }).click();
      await panel.getByText('Click the Country on the page').waitFor({ timeout: UI_WAIT });
      // The panel says so as it asks; Esc counts once the page's overlay is there (as the user sees it).
      await page.locator('partner-pipeline-pick').waitFor({ state: 'attached', timeout: UI_WAIT });
      await page.keyboard.press('Escape');
      await panel.getByRole('button', { name: 'Pick Country on the page' }).waitFor({ timeout: UI_WAIT });
      assert.equal(await panel.getByLabel('Country', { exact: true }).inputValue(), '');
      assert.equal(await page.locator('partner-pipeline-pick').count(), 0, 'the overlay is gone');
      // A value of the wrong shape is not taken: a city is no country.
      await pick(page, panel, 'Country', page.getByText('Kraków', { exact: true }));
      await panel.getByText('That is not a valid value for Country.').waitFor({ timeout: UI_WAIT });
      assert.equal(await panel.getByLabel('Country', { exact: true }).inputValue(), '');
      await pick(page, panel, 'Country', page.getByText('Poland', { exact: true }));
      // Keyboard and screen-reader users: select the text on the page, then Use selection in the panel.
      await page.getByText('Kraków', { exact: true }).evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
      });
      await panel.getByRole('button', { name: 'Pick City on the page' }).click();
      await panel.getByRole('button', { name: 'Use selection' }).click();
      await panel.getByRole('button', { name: 'Pick City on the page' }).waitFor({ timeout: UI_WAIT });
      await pick(page, panel, 'Website', page.getByRole('link', { name: 'Visit' }));
      assert.equal(page.url(), ALPHA_URL, 'the picked link did not open');
      assert.equal(await panel.getByLabel('Name', { exact: true }).inputValue(), 'Alpha Foundation');
      assert.equal(await panel.getByLabel('Country', { exact: true }).inputValue(), 'PL');
      assert.equal(await panel.getByLabel('City', { exact: true }).inputValue(), 'Kraków');
      assert.equal(await panel.getByLabel('Website', { exact: true }).inputValue(), 'https://alpha.example.org/');
      assert.deepEqual(await seriousViolations(await panelFrameOf(page)), [], 'panel with picks (light)');
      await panel.getByRole('dialog').getByRole('button', { name: 'Save partner' }).click();
      await panel
        .getByText('Partner Pipeline will read these 4 fields on pages like this one.')
        .waitFor({ timeout: UI_WAIT });
      await panel.getByRole('heading', { name: /^Saved · Alpha Foundation/ }).waitFor({ timeout: UI_WAIT });

      // The second page: the panel opens with the four fields read by the rules; one click saves.
      const second = await openPanel(first, BETA_URL);
      await readByRuleFields(second.panel);
      assert.deepEqual(await seriousViolations(await panelFrameOf(second.page)), [], 'panel read by rules (light)');
      await second.panel.getByRole('dialog').getByRole('button', { name: 'Save partner' }).click();
      await second.panel.getByRole('heading', { name: /^Saved · Beta Association/ }).waitFor({ timeout: UI_WAIT });

      // Export the four rules from Options → Page rules.
      const options = await first.openExtensionPage('options.html');
      const group = options.getByRole('region', { name: 'EPALE · organisation page' });
      await group.getByText('Read: Alpha Foundation').waitFor({ timeout: UI_WAIT });
      for (const field of ['Name', 'Country', 'City', 'Website'])
        await group.getByRole('checkbox', { name: field }).check();
      const [download] = await Promise.all([
        options.waitForEvent('download', { timeout: UI_WAIT }),
        section(options).getByRole('button', { name: 'Export 4 chosen rules' }).click(),
      ]);
      rulesFile = join(mkdtempSync(join(tmpdir(), 'partner-pipeline-rules-')), 'rules.json');
      writeFileSync(rulesFile, readFileSync(await download.path()));
      assert.deepEqual(await seriousViolations(options), [], 'Options → Page rules with picked rules (light)');
      const ours = console.extensionErrors();
      assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
    } finally {
      await first.close();
    }

    const fresh = await launchWithExtension({ headless: true, colorScheme: 'dark' });
    try {
      const console = collectConsoleErrors(fresh.context, { extensionId: fresh.extensionId });
      await withCards(fresh);
      const options = await fresh.openExtensionPage('options.html');
      await section(options).getByText('No page rules yet').waitFor({ timeout: UI_WAIT });
      await rulesInput(options).setInputFiles(rulesFile);
      await options.getByRole('button', { name: 'Import these rules' }).click();
      await section(options).getByText('Imported 4 rules.').waitFor({ timeout: UI_WAIT });
      const { page, panel } = await openPanel(fresh, BETA_URL);
      await readByRuleFields(panel);
      assert.deepEqual(await seriousViolations(await panelFrameOf(page)), [], 'panel read by rules (dark)');

      // Options → Page rules › Test on this tab: the rule runs in the platform tab, last worked is shown.
      const group = options.getByRole('region', { name: 'EPALE · organisation page' });
      await group.getByRole('button', { name: 'Test on this tab: the rule for City' }).click();
      await section(options).getByText('On the tab it read: Graz').waitFor({ timeout: UI_WAIT });
      await group
        .locator('li.pp-rule', { hasText: 'City' })
        .getByText(/^Last worked on /)
        .waitFor({ timeout: UI_WAIT });
      assert.deepEqual(await seriousViolations(options), [], 'Options → Page rules (dark)');

      // Undo puts the reader's own value back (none here); Forget this rule deletes the rule.
      await panel.getByRole('button', { name: 'Undo the value your rule read for City' }).click();
      assert.equal(await panel.getByLabel('City', { exact: true }).inputValue(), '');
      await panel.getByRole('button', { name: 'Forget your rule for Country' }).click();
      await panel.getByText('Your rule for Country is forgotten.').waitFor({ timeout: UI_WAIT });
      assert.equal(await panel.getByText('Read by your rule').count(), 2);
      await options.reload();
      await group.getByText('Read: Graz').or(group.getByText('Read: Kraków')).waitFor({ timeout: UI_WAIT });
      assert.equal(await group.locator('li.pp-rule').count(), 3, 'the forgotten rule is gone');
      const ours = console.extensionErrors();
      assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
    } finally {
      await fresh.close();
      rmSync(dirname(rulesFile), { recursive: true, force: true });
    }
  },
);
