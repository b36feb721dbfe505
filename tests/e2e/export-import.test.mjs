/**
 * End to end in real headless Chromium with the built extension (run `npx wxt build` first):
 * save a partner on an OTLAS fixture page, export the backup from the options page, empty the
 * profile by replacing it with an empty backup (which first downloads an automatic backup and
 * asks to confirm), import the exported file again (preview says "1 new"), and see the partner
 * back in the popup. Also: a damaged file is refused in plain words and changes nothing.
 *
 *   npx wxt build && node --test tests/e2e/export-import.test.mjs
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  collectConsoleErrors,
  isCleanRecordFixture,
  launchWithExtension,
  listFixtures,
  ROOT,
  savePartnerOnPage,
  serveFixtures,
} from './harness.mjs';

const TIMEOUT = 120_000;
const UI_WAIT = 15_000;

const fixture = listFixtures().find(
  (f) => f.platform === 'otlas' && f.expected.pageType === 'partner-request' && isCleanRecordFixture(f),
);

async function withBrowser(run) {
  const browser = await launchWithExtension({ headless: true });
  const dir = mkdtempSync(join(tmpdir(), 'partner-pipeline-files-'));
  try {
    const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
    await serveFixtures(browser.context);
    await run({ ...browser, dir });
    const ours = console.extensionErrors();
    assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Clicks and returns the download it starts, with its text. */
async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: UI_WAIT }), click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** axe-core on the page: no serious or critical problems (evaluated over CDP: the page's CSP forbids inline scripts). */
async function assertAccessible(page, what) {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.evaluate(`${readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')}\n;void 0`);
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    })),
  );
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe found serious/critical problems (${what}):\n${JSON.stringify(serious, null, 2)}`);
}

const fileInput = (options) => options.getByLabel('Backup file (.json)');
const status = (options) => options.locator('p.pp-result[role="status"]');

async function popupNames(browser) {
  const popup = await browser.openPopup();
  const list = popup.locator('ul[aria-label="Saved partners"]');
  const empty = popup.getByText('No partners saved yet');
  await list.or(empty).first().waitFor({ state: 'visible', timeout: UI_WAIT });
  const names = (await empty.isVisible()) ? [] : await list.locator('.pp-row__name').allTextContents();
  await popup.close();
  return names;
}

test('export, empty the profile with Replace, import the backup again', { timeout: TIMEOUT }, async () => {
  assert.ok(fixture, 'an OTLAS partner-request fixture without layout warnings in tests/fixtures/otlas/');
  const name = fixture.expected.organisations[0].name;
  await withBrowser(async (browser) => {
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    await savePartnerOnPage(page);
    assert.deepEqual(await popupNames(browser), [name]);

    const options = await browser.openExtensionPage('options.html');
    assert.equal(await options.title(), 'Partner Pipeline — backup and import');
    await assertAccessible(options, 'options page');
    const exported = await download(options, () => options.getByRole('button', { name: 'Export JSON' }).click());
    assert.match(exported.name, /^partner-pipeline-\d{4}-\d{2}-\d{2}\.json$/);
    const envelope = JSON.parse(exported.text);
    assert.equal(envelope.format, 'partner-pipeline-export');
    assert.deepEqual(
      envelope.data.organisations.map((org) => org.name),
      [name],
    );
    await status(options).getByText('Exported 1 organisation to').waitFor({ timeout: UI_WAIT });
    const backupFile = join(dir(browser), exported.name);
    writeFileSync(backupFile, exported.text);

    // CSV for Excel: BOM, the header, the organisation.
    const csv = await download(options, () => options.getByRole('button', { name: 'Export CSV' }).click());
    assert.match(csv.name, /^partner-pipeline-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.ok(csv.text.startsWith('\uFEFFName,Stage,Tags,Platforms,OID,PIC,Website'), csv.text.slice(0, 80));
    assert.ok(csv.text.includes(name));

    // Clear: replace everything with an empty backup. An automatic backup comes first, then a confirmation.
    const emptyFile = join(dir(browser), 'empty.json');
    writeFileSync(
      emptyFile,
      JSON.stringify({
        ...envelope,
        counts: { ...envelope.counts, organisations: 0, pipeline: 0 },
        data: { ...envelope.data, organisations: [], pipeline: [] },
      }),
    );
    await fileInput(options).setInputFiles(emptyFile);
    await options.locator('.pp-summary').getByText('no organisations').waitFor({ timeout: UI_WAIT });
    await options.getByRole('radio', { name: /Replace/ }).check();
    const safety = await download(options, () =>
      options.getByRole('button', { name: 'Back up my data, then replace…' }).click(),
    );
    assert.match(safety.name, /^partner-pipeline-before-replace-\d{4}-\d{2}-\d{2}\.json$/);
    assert.deepEqual(
      JSON.parse(safety.text).data.organisations.map((org) => org.name),
      [name],
    );
    const confirm = options.getByRole('alertdialog');
    await confirm.waitFor({ timeout: UI_WAIT });
    assert.match(await confirm.textContent(), /Replace all 1 partner you have with the 0 organisations of this file\?/);
    await assertAccessible(options, 'import preview asking to confirm Replace');
    await confirm.getByRole('button', { name: 'Replace everything' }).click();
    await status(options).getByText('Replaced your data (1 organisation removed).').waitFor({ timeout: UI_WAIT });
    assert.deepEqual(await popupNames(browser), []);

    // Import the exported file: the preview says 1 new; Merge is the default.
    await fileInput(options).setInputFiles(backupFile);
    const summary = options.locator('.pp-summary');
    await summary.waitFor({ timeout: UI_WAIT });
    assert.match(await summary.textContent(), /with 1 organisation: 1 new\./);
    assert.equal(await options.getByRole('radio', { name: /Merge/ }).isChecked(), true);
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await status(options).getByText('Imported 1 organisation: 1 new.').waitFor({ timeout: UI_WAIT });
    assert.deepEqual(await popupNames(browser), [name]);

    // The same file again: nothing new, nothing changed.
    await fileInput(options).setInputFiles(backupFile);
    await summary.getByText('1 unchanged').waitFor({ timeout: UI_WAIT });
  });
});

test('a damaged file is refused in plain words and changes nothing', { timeout: TIMEOUT }, async () => {
  await withBrowser(async (browser) => {
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    await savePartnerOnPage(page);
    const options = await browser.openExtensionPage('options.html');
    const exported = await download(options, () => options.getByRole('button', { name: 'Export JSON' }).click());
    const cut = join(dir(browser), 'cut.json');
    writeFileSync(cut, exported.text.slice(0, Math.floor(exported.text.length / 2)));
    await fileInput(options).setInputFiles(cut);
    const alert = options.getByRole('alert');
    await alert.waitFor({ timeout: UI_WAIT });
    assert.match(await alert.textContent(), /not a complete Partner Pipeline backup \(it seems cut off\)/);
    assert.equal(await options.locator('.pp-summary').count(), 0, 'no preview for a damaged file');
    assert.deepEqual(await popupNames(browser), [fixture.expected.organisations[0].name]);
  });
});

/** The temporary folder of this run (set by withBrowser). */
function dir(browser) {
  return browser.dir;
}
