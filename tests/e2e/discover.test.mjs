/**
 * Discover end to end in real headless Chromium with the built extension: a generated KA2 project
 * list (the real column layout) is imported in the Discover tab with its progress bar, ranked for a
 * project idea, two organisations are added to the pipeline and appear on the board with their past
 * projects; then the drifted variant of the same file (semicolons, "Funding Year", curly apostrophes,
 * decimal commas) gives the same organisations and ranking.
 *
 *   npx wxt build && node --test tests/e2e/discover.test.mjs
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { collectConsoleErrors, eventuallyWithin, launchWithExtension, ROOT } from './harness.mjs';
import { generateList } from '../../scripts/discover-generate.mjs';

const TIMEOUT = 240_000;
const WAIT = 30_000;
const DIR = join(ROOT, '.tmp/e2e-discover');

const eventually = eventuallyWithin(WAIT);

/** Imports files through the picker; returns whether the progress bar was shown meanwhile. */
async function importFiles(panel, page, paths) {
  await page.evaluate(() => {
    window.__sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('progress.dc-bar')) window.__sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await panel.locator('input[type=file]').setInputFiles(paths);
  await panel.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: WAIT });
  return page.evaluate(() => window.__sawProgress);
}

const resultNames = (panel) =>
  panel
    .locator('.dc-row th[scope=row]')
    .evaluateAll((cells) =>
      cells.map((cell) => cell.childNodes[0]?.textContent?.replace(' (opens in a new tab)', '').trim()),
    );

test(
  'a KA2 list imported in Discover ranks for an idea; two organisations go to the board with their past projects; the drifted file ranks the same',
  { timeout: TIMEOUT },
  async () => {
    mkdirSync(DIR, { recursive: true });
    const plain = join(DIR, 'ka2-2023.csv');
    const drifted = join(DIR, 'ka2-2023-drifted.csv');
    await generateList(plain, { kind: 'ka2', projects: 6000 });
    await generateList(drifted, { kind: 'ka2', projects: 6000, drifted: true });
    const extensionDir = process.env.PP_EXTENSION_DIR ? { extensionDir: process.env.PP_EXTENSION_DIR } : {};
    const browser = await launchWithExtension({
      headless: true,
      viewport: { width: 1440, height: 900 },
      ...extensionDir,
    });
    try {
      const errors = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
      const board = await browser.openBoard();
      const tab = (name) => board.getByRole('tab', { name });

      // A project idea to rank for.
      await tab('Project ideas').click();
      const ideas = board.getByRole('tabpanel', { name: 'Project ideas' });
      await ideas.getByRole('button', { name: 'New project idea' }).click();
      await ideas.getByLabel('Title').fill('Digital inclusion of seniors');
      await ideas.getByLabel('Erasmus+ action').selectOption('KA220-ADU');
      await ideas.getByRole('button', { name: 'Create project idea' }).click();
      await ideas.getByRole('heading', { level: 2, name: 'Digital inclusion of seniors' }).waitFor({ timeout: WAIT });

      await tab('Discover').click();
      const panel = board.getByRole('tabpanel', { name: 'Discover' });
      await panel.getByText('No project list imported yet.').waitFor({ timeout: WAIT });
      assert.equal(await importFiles(panel, board, [plain]), true, 'The progress bar shows while importing');
      assert.match(await panel.locator('.dc-summary').textContent(), /ka2-2023\.csv: 6,000 rows read, 6,000 projects/);
      await panel.locator('.dc-files li', { hasText: 'ka2-2023.csv' }).waitFor({ timeout: WAIT });

      await panel.getByLabel('Project idea').selectOption({ label: 'Digital inclusion of seniors' });
      const why = /KA220-ADU as (coordinator|partner), last 20\d\d · .*digital inclusion/;
      await eventually(
        () =>
          panel
            .locator('.dc-row .dc-why')
            .first()
            .textContent()
            .catch(() => ''),
        (text) => why.test(text),
        'the results are ranked for the idea, with reasons',
      );
      const ranked = await resultNames(panel);
      mkdirSync(join(ROOT, '.tmp/screenshots'), { recursive: true });
      await board.screenshot({ path: join(ROOT, '.tmp/screenshots/discover-ranked.png'), fullPage: true });
      assert.ok(ranked.length >= 10, `at least ten results, got ${ranked.length}`);

      // Add the first two to the pipeline, both at once.
      const [first, second] = ranked;
      await panel.locator('.dc-row').nth(0).getByRole('checkbox').check();
      await panel.locator('.dc-row').nth(1).getByRole('checkbox').check();
      await panel.getByRole('button', { name: 'Add 2 selected to pipeline' }).click();
      for (const name of [first, second]) {
        await panel
          .locator('.dc-row', { hasText: name })
          .first()
          .locator('.dc-saved', { hasText: 'already saved · To contact' })
          .waitFor({ timeout: WAIT });
      }

      // On the board, with their past projects.
      await tab('Board').click();
      for (const name of [first, second])
        await board.locator('.bd-card', { hasText: name }).first().waitFor({ timeout: WAIT });
      await board.locator('.bd-card__open', { hasText: first }).first().click();
      const detail = board.locator('aside.bd-detail');
      const projects = detail.locator('.bd-projects li');
      await projects.first().waitFor({ timeout: WAIT });
      assert.ok((await projects.count()) > 1, 'several past projects are attached');
      assert.match(await projects.first().textContent(), /20\d\d-1-[A-Z]{2}01-KA2\d0-[A-Z]{3}-\d{9}/);

      // The drifted variant of the same file: same organisations, same ranking.
      await tab('Discover').click();
      await panel.getByRole('button', { name: 'Remove the data of ka2-2023.csv' }).click();
      await panel.getByText('No project list imported yet.').waitFor({ timeout: WAIT });
      await importFiles(panel, board, [drifted]);
      assert.match(
        await panel.locator('.dc-summary').textContent(),
        /ka2-2023-drifted\.csv: 6,000 rows read, 6,000 projects/,
      );
      await panel.getByLabel('Project idea').selectOption({ label: 'Digital inclusion of seniors' });
      await panel.getByRole('button', { name: 'Search' }).click();
      await eventually(
        () => resultNames(panel),
        (names) => JSON.stringify(names) === JSON.stringify(ranked),
        'the same ranking after the drifted import',
      );
      await panel.locator('.dc-row').first().locator('.dc-saved').waitFor({ timeout: WAIT });
      assert.deepEqual(errors.extensionErrors(), [], errors.format(errors.extensionErrors()));
    } finally {
      await browser.close();
    }
  },
);
