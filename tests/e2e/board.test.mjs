/**
 * The full-page board end to end in real headless Chromium with the built extension
 * (`npx wxt build` first). Partners are saved the real way, with "Save partner" on bundled
 * OTLAS fixture pages (offline, see harness.mjs); then the board is driven by keyboard and mouse.
 * Screenshots (light and dark) go to .tmp/screenshots/board-*.png.
 *
 *   npx wxt build && node --test tests/e2e/board.test.mjs
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  collectConsoleErrors,
  eventuallyWithin,
  panelFrame,
  isCleanRecordFixture,
  launchWithExtension,
  ROOT,
  savePartnerOnPage,
  serveFixtures,
} from './harness.mjs';

const TIMEOUT = 120_000;
const WAIT = 15_000;
const SCREENSHOTS = join(ROOT, '.tmp/screenshots');
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** A fresh profile with `count` partners saved from OTLAS pages; fails (not skips) when too few fixtures. */
async function withBoard(count, run, options = {}) {
  // $PP_EXTENSION_DIR: a copy of the build, so a rebuild of .output while the tests run does not pull it away.
  const extensionDir = process.env.PP_EXTENSION_DIR ? { extensionDir: process.env.PP_EXTENSION_DIR } : {};
  const browser = await launchWithExtension({
    headless: true,
    viewport: { width: 1440, height: 900 },
    ...extensionDir,
    ...options,
  });
  try {
    const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
    const server = await serveFixtures(browser.context);
    const fixtures = server.pages.filter((f) => f.platform === 'otlas' && isCleanRecordFixture(f));
    assert.ok(fixtures.length >= count, `Need ${count} clean OTLAS fixtures, found ${fixtures.length}.`);
    // The Łódź request first: the filter test looks for it.
    fixtures.sort((a, b) => Number(/lodz|poland/.test(b.name)) - Number(/lodz|poland/.test(a.name)));
    const names = [];
    const page = await browser.context.newPage();
    for (const fixture of fixtures.slice(0, count)) {
      await page.goto(fixture.url);
      await savePartnerOnPage(page);
      names.push(fixture.expected.organisations[0].name);
    }
    await page.close();
    const board = await browser.openBoard();
    await board.locator('.bd-card').first().waitFor({ timeout: WAIT });
    await run({ ...browser, board, names, server });
    const ours = console.extensionErrors();
    assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
  } finally {
    await browser.close();
  }
}

const column = (page, name) =>
  page.locator('section.bd-col', { has: page.locator('h2', { hasText: new RegExp(`^${name}`) }) });
const cardButton = (page, name) => page.locator('.bd-card__open', { hasText: name });

const eventually = eventuallyWithin(WAIT);

async function axeViolations(page, what) {
  // The extension page's CSP (script-src 'self') blocks addScriptTag's inline script; evaluating
  // the source through the DevTools protocol is not subject to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${readFileSync(AXE, 'utf8')}\n;void 0`);
  const result = await page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe found serious/critical problems (${what}):\n${JSON.stringify(serious, null, 2)}`);
}

test(
  'a card moves to the next stage with →, is announced, keeps focus, and stays there after a reload',
  { timeout: TIMEOUT },
  async () => {
    await withBoard(3, async ({ board, names }) => {
      const [name] = names;
      await eventually(
        () => column(board, 'To contact').locator('.bd-card').count(),
        (n) => n === 3,
        'Three cards in "To contact"',
      );
      await cardButton(board, name).focus();
      await board.keyboard.press('ArrowRight');
      await column(board, 'Contacted').locator('.bd-card', { hasText: name }).waitFor({ timeout: WAIT });
      assert.equal((await board.locator('[data-testid=announcer]').textContent()).trim(), `Moved ${name} to Contacted`);
      assert.match(await board.evaluate(() => document.activeElement?.textContent ?? ''), new RegExp(name));
      await board.keyboard.press('ArrowLeft');
      await column(board, 'To contact').locator('.bd-card', { hasText: name }).waitFor({ timeout: WAIT });
      await board.keyboard.press('ArrowRight');
      await board.keyboard.press('ArrowRight');
      await column(board, 'Replied').locator('.bd-card', { hasText: name }).waitFor({ timeout: WAIT });

      // Drag and drop another card to "In discussion".
      const other = names[1];
      await board.locator('.bd-card', { hasText: other }).dragTo(column(board, 'In discussion'));
      await column(board, 'In discussion').locator('.bd-card', { hasText: other }).waitFor({ timeout: WAIT });

      // The board moves a card at once and writes behind it: reload only once both moves are stored.
      const storedStages = () =>
        board.evaluate(
          () =>
            new Promise((resolve, reject) => {
              const open = indexedDB.open('partner-pipeline');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const request = open.result.transaction('summaries').objectStore('summaries').getAll();
                request.onsuccess = () => {
                  resolve(Object.fromEntries(request.result.map((summary) => [summary.name, summary.stageId])));
                  open.result.close();
                };
              };
            }),
        );
      const moved = (stages) => stages[name] === 'replied' && stages[other] === 'in-discussion';
      await eventually(storedStages, moved, 'Both moves stored');
      await board.reload();
      await column(board, 'Replied').locator('.bd-card', { hasText: name }).waitFor({ timeout: WAIT });
      await column(board, 'In discussion').locator('.bd-card', { hasText: other }).waitFor({ timeout: WAIT });
    });
  },
);

test(
  'a note and a follow-up date in the past, added in the detail panel, show on the card as overdue',
  { timeout: TIMEOUT },
  async () => {
    await withBoard(2, async ({ board, names }) => {
      const [name] = names;
      await cardButton(board, name).click();
      const panel = board.locator('aside.bd-detail');
      await panel.getByRole('heading', { level: 2, name }).waitFor({ timeout: WAIT });
      await panel
        .getByLabel('New note')
        .fill('Called Anna: interested in a KA220 on rural youth work, sends the PIF next week.');
      await panel.getByRole('button', { name: 'Add note' }).click();
      await panel.locator('.bd-note', { hasText: 'Called Anna' }).waitFor({ timeout: WAIT });
      await panel.getByLabel('Next follow-up').fill('2020-01-15');
      await panel.getByText(/^Overdue since/).waitFor({ timeout: WAIT });
      const card = board.locator('.bd-card', { hasText: name });
      await card.locator('.bd-card__due', { hasText: 'overdue' }).waitFor({ timeout: WAIT });
      assert.match(await card.locator('.bd-card__note').textContent(), /Called Anna: interested in a KA220/);

      // Snooze moves the date on: no longer overdue. Esc closes the panel and focus goes back to the card.
      await panel.getByRole('button', { name: 'Snooze 7 days' }).click();
      await eventually(
        () => card.locator('.bd-card__due').textContent(),
        (text) => !/overdue/.test(text ?? ''),
        'The card still says overdue after Snooze',
      );
      await panel.getByLabel('New note').press('Escape');
      await panel.waitFor({ state: 'detached', timeout: WAIT });
      assert.match(await board.evaluate(() => document.activeElement?.textContent ?? ''), new RegExp(name));
    });
  },
);

test(
  'deleting selected partners can be undone; the filter ignores case and diacritics',
  { timeout: TIMEOUT },
  async () => {
    await withBoard(3, async ({ board, names }) => {
      const lodz = names.find((n) => /Młodzi/.test(n));
      assert.ok(lodz, `The Łódź fixture was not saved (saved: ${names.join(', ')})`);
      await board.getByLabel('Filter partners').fill('LODZ');
      await eventually(
        () => board.locator('.bd-card__name').allTextContents(),
        (list) => list.length === 1 && list[0] === lodz,
        'Filtering "LODZ" should leave only the Łódź partner',
      );
      await board.getByLabel('Filter partners').fill('');
      await eventually(
        () => board.locator('.bd-card').count(),
        (n) => n === 3,
        'Three cards after clearing the filter',
      );

      await board.getByLabel(`Select ${names[0]}`).check();
      await board.getByLabel(`Select ${names[1]}`).check();
      const bulk = board.getByRole('region', { name: 'Selected partners' });
      await bulk.getByText(/2 selected/).waitFor({ timeout: WAIT });
      await bulk.getByRole('button', { name: 'Delete' }).click();
      const toast = board.locator('.bd-toast');
      await toast.getByText('Deleted 2 partners').waitFor({ timeout: WAIT });
      await eventually(
        () => board.locator('.bd-card').count(),
        (n) => n === 1,
        'One card left after deleting two',
      );
      await toast.getByRole('button', { name: 'Undo' }).click();
      await eventually(
        () => board.locator('.bd-card').count(),
        (n) => n === 3,
        'Three cards after Undo',
      );
      await eventually(
        () => board.evaluate(() => document.activeElement?.className),
        (name) => name === 'bd-card__open',
        'Focus on a restored card after Undo',
      );
      await board.reload();
      await eventually(
        () => board.locator('.bd-card').count(),
        (n) => n === 3,
        'Three cards after Undo and a reload',
      );
    });
  },
);

test('the stage editor says in plain words why a stage in use cannot be removed', { timeout: TIMEOUT }, async () => {
  await withBoard(1, async ({ board }) => {
    await board.getByRole('button', { name: 'Edit stages' }).click();
    const dialog = board.getByRole('dialog', { name: 'Edit stages' });
    await dialog.getByRole('button', { name: 'Remove To contact' }).click();
    await dialog.getByRole('button', { name: 'Save stages' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: /"To contact" still has 1 partner/ })
      .waitFor({ timeout: WAIT });
    await axeViolations(board, 'stage editor open');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(
      await board.evaluate(() => document.activeElement?.textContent),
      'Edit stages',
      'Focus returns to "Edit stages"',
    );
    await board.getByRole('button', { name: 'Edit stages' }).click();
    await dialog.getByLabel('New stage').fill('Mandate signed');
    await dialog.getByRole('button', { name: 'Add stage' }).click();
    await dialog.getByRole('button', { name: 'Save stages' }).click();
    await column(board, 'Mandate signed').waitFor({ timeout: WAIT });
  });
});

const PRP_PROJECT = 'https://erasmus-plus.ec.europa.eu/projects/search/details/2022-1-DE03-KA220-SCH-000087654';

for (const colorScheme of ['light', 'dark']) {
  test(
    `axe finds no serious or critical problems (${colorScheme}); a save in another tab shows up; screenshots`,
    { timeout: TIMEOUT },
    async () => {
      await withBoard(
        4,
        async ({ board, names, context, server }) => {
          mkdirSync(SCREENSHOTS, { recursive: true });
          // Saved in another tab while the board is open: the board refreshes by itself.
          const prp = server.pages.find((page) => page.url === PRP_PROJECT);
          assert.ok(prp, 'The PRP project fixture (rendered-ka220-sch) is missing.');
          const saved = prp.expected.organisations[0].name;
          const other = await context.newPage();
          await other.goto(PRP_PROJECT);
          const ui = panelFrame(other);
          await ui.getByRole('button', { name: /^Save partners/ }).click();
          await ui
            .getByRole('dialog')
            .getByRole('button', { name: `Save ${saved}`, exact: true })
            .click();
          await ui
            .getByRole('dialog')
            .getByText(/^1 of \d+ saved/)
            .waitFor({ timeout: WAIT });
          await other.close();
          await board.bringToFront();
          await cardButton(board, saved).waitFor({ timeout: WAIT });

          await cardButton(board, names[1]).focus();
          await board.keyboard.press('ArrowRight');
          await column(board, 'Contacted').locator('.bd-card', { hasText: names[1] }).waitFor({ timeout: WAIT });

          await cardButton(board, saved).click();
          const panel = board.locator('aside.bd-detail');
          await panel.getByRole('heading', { level: 2, name: saved }).waitFor({ timeout: WAIT });
          await panel.getByText('Reading Buddies Across Borders').first().waitFor({ timeout: WAIT });
          await panel
            .getByLabel('New note')
            .fill('Met Ms Keller at the eTwinning seminar in Vienna. Open to a KA220 on reading; ask for their OID.');
          await panel.getByRole('button', { name: 'Add note' }).click();
          await panel.locator('.bd-note').first().waitFor({ timeout: WAIT });
          await panel.getByLabel('Next follow-up').fill('2020-03-01');
          await panel.getByText(/^Overdue since/).waitFor({ timeout: WAIT });
          for (const tag of ['KA220', 'schools']) {
            await panel.getByLabel('Tags', { exact: true }).fill(tag);
            await panel.getByLabel('Tags', { exact: true }).press('Enter');
            await panel.getByRole('button', { name: `Remove tag ${tag}` }).waitFor({ timeout: WAIT });
          }
          await board
            .locator('.bd-card', { hasText: saved })
            .locator('.bd-card__due', { hasText: 'overdue' })
            .waitFor({ timeout: WAIT });
          await board.getByLabel(`Select ${names[2]}`).check();
          await axeViolations(board, `board and detail, ${colorScheme}`);
          await panel.evaluate((element) => element.scrollTo(0, 0));
          await board.screenshot({ path: join(SCREENSHOTS, `board-detail-${colorScheme}.png`) });

          // A website the reader was unsure of is labelled so: "Website · read with low confidence".
          await panel.getByLabel(/^Website( · read with low confidence)?$/).fill('not a web address');
          await panel.getByRole('button', { name: 'Save details' }).click();
          await panel.getByText('Use the full web address').waitFor({ timeout: WAIT });
          assert.equal(
            await board.evaluate(() => document.activeElement?.id),
            'bd-field-website',
            'Focus goes to the field to fix',
          );
          await axeViolations(board, `detail panel with an error, ${colorScheme}`);
          await board.screenshot({ path: join(SCREENSHOTS, `board-detail-error-${colorScheme}.png`) });

          await panel.getByRole('button', { name: 'Close details' }).click();
          await board.getByRole('button', { name: 'Clear selection' }).click();
          await board.screenshot({ path: join(SCREENSHOTS, `board-${colorScheme}.png`) });
        },
        { colorScheme },
      );
    },
  );
}
