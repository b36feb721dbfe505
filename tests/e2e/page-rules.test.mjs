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
import { join } from 'node:path';
import { test } from 'node:test';
import { collectConsoleErrors, launchWithExtension, ROOT } from './harness.mjs';

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
