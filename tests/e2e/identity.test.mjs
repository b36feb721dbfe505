/**
 * One organisation, one record, end to end in real headless Chromium with the built extension
 * (`npx wxt build` first): the same organisation saved from OTLAS and from a Project Results
 * Platform project becomes one partner with two sources and the project; "Keep separate" is
 * remembered; the board's "Possible duplicates" review merges a pair, and Undo brings both back
 * exactly. OTLAS pages come from tests/fixtures/otlas/; the PRP project (an SPA shell and its
 * data-service answers) from tests/e2e/fixtures-identity/. Screenshots of the review dialog go
 * to .tmp/screenshots/duplicates-*.png.
 *
 *   npx wxt build && node --test tests/e2e/identity.test.mjs
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  collectConsoleErrors,
  panelFrame,
  DATA_SERVICE_PREFIX,
  launchWithExtension,
  ROOT,
  savePartnerOnPage,
  serveFixtures,
} from './harness.mjs';

const TIMEOUT = 150_000;
const WAIT = 15_000;
const SCREENSHOTS = join(ROOT, '.tmp/screenshots');
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const FIXTURES = join(ROOT, 'tests/e2e/fixtures-identity');
const PRP_ID = '2023-2-PL01-KA210-YOU-000188776';
const PRP_URL = `https://erasmus-plus.ec.europa.eu/projects/search/details/${PRP_ID}`;
const PRP_TITLE = 'Kitchens that connect: young volunteers against food waste';
const readJson = (name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

/** A fresh profile with the OTLAS fixtures and the PRP project (shell page + data service) served offline. */
async function withBrowser(run, options = {}) {
  const extensionDir = process.env.PP_EXTENSION_DIR ? { extensionDir: process.env.PP_EXTENSION_DIR } : {};
  const browser = await launchWithExtension({
    headless: true,
    viewport: { width: 1280, height: 860 },
    ...extensionDir,
    ...options,
  });
  try {
    const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
    const server = await serveFixtures(browser.context);
    server.servePage(PRP_URL, readFileSync(join(FIXTURES, 'prp-shell.html'), 'utf8'));
    server.serveData({
      [`${DATA_SERVICE_PREFIX}search/project/search`]: readJson('prp-search.json'),
      [`${DATA_SERVICE_PREFIX}es/project/projectCard`]: readJson('prp-project-card.json'),
    });
    const otlas = (name) => {
      const fixture = server.pages.find((page) => page.platform === 'otlas' && page.name === name);
      assert.ok(fixture, `The OTLAS fixture ${name} is missing.`);
      return { url: fixture.url, name: fixture.expected.organisations[0].name };
    };
    await run({ ...browser, server, otlas });
    const ours = console.extensionErrors();
    assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
  } finally {
    await browser.close();
  }
}

async function saveFromOtlas(context, fixture) {
  const page = await context.newPage();
  await page.goto(fixture.url);
  assert.match(await savePartnerOnPage(page), new RegExp(`^Saved · ${fixture.name}`));
  await page.close();
}

/** The PRP project's checklist of organisations ("Save partners (3)"), open. */
async function openPrpChecklist(context) {
  const page = await context.newPage();
  await page.goto(PRP_URL);
  const ui = panelFrame(page);
  // By keyboard: the panel's frame may still be growing to its content, which moves a pointer's target.
  await ui.getByRole('button', { name: 'Save partners (3)' }).press('Enter', { timeout: WAIT });
  const checklist = ui.getByRole('dialog', { name: 'Organisations on this page' });
  await checklist.waitFor({ timeout: WAIT });
  return { page, checklist, row: (name) => checklist.locator('li.pp-orgs__row', { hasText: name }) };
}

async function axeViolations(page, what) {
  // The extension page's CSP blocks an inline script tag; evaluating through DevTools is not subject to it.
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

/** Every organisation and pipeline entry as stored, in a stable order: "restored exactly" is compared on this. */
function readStore(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('partner-pipeline');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store) =>
      new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const organisations = (await all('organisations')).sort((a, b) => a.id.localeCompare(b.id));
    const pipeline = (await all('pipeline')).sort((a, b) => a.orgId.localeCompare(b.orgId));
    db.close();
    return { organisations, pipeline };
  });
}

const cards = (board) => board.locator('.bd-card');
const openCard = async (board, name) => {
  await board.locator('.bd-card__open', { hasText: name }).click();
  const panel = board.locator('aside.bd-detail');
  await panel.getByRole('heading', { level: 2, name, exact: true }).waitFor({ timeout: WAIT });
  return panel;
};
const sourcesOf = (panel) => panel.locator('section[aria-labelledby="bd-sources-title"] .bd-sources > li');

test(
  'the same organisation saved from OTLAS and from a PRP project ends as one partner with two sources and the project',
  { timeout: TIMEOUT },
  async () => {
    await withBrowser(async ({ context, otlas, openPopup, openBoard }) => {
      const fundacja = otlas('request-esc-poland');
      assert.equal(fundacja.name, 'Fundacja Młodzi Razem');
      await saveFromOtlas(context, fundacja);

      const { page, checklist, row } = await openPrpChecklist(context);
      await row('FUNDACJA MŁODZI RAZEM').getByRole('button', { name: 'Save FUNDACJA MŁODZI RAZEM' }).click();
      const prompt = row('FUNDACJA MŁODZI RAZEM').getByRole('alert');
      await prompt.waitFor({ timeout: WAIT });
      assert.match(
        (await prompt.textContent()).replace(/\s+/g, ' '),
        /Looks like Fundacja Młodzi Razem \(PL · Poland\), saved from OTLAS, stage To contact\./,
      );
      await prompt.getByRole('button', { name: 'Merge', exact: true }).click();
      await row('FUNDACJA MŁODZI RAZEM').getByText('Saved · To contact').waitFor({ timeout: WAIT });
      await checklist.getByText('1 of 3 saved').waitFor({ timeout: WAIT });
      await page.close();

      const popup = await openPopup();
      const rows = popup.locator('ul[aria-label="Saved partners"] > li');
      await rows.first().waitFor({ timeout: WAIT });
      assert.equal(await rows.count(), 1, 'The popup lists one organisation');
      assert.match(await rows.first().textContent(), /Fundacja Młodzi Razem.*OTLAS, Project Results Platform/);
      await popup.close();

      const board = await openBoard();
      await cards(board).first().waitFor({ timeout: WAIT });
      assert.equal(await cards(board).count(), 1);
      const panel = await openCard(board, 'Fundacja Młodzi Razem');
      await sourcesOf(panel).nth(1).waitFor({ timeout: WAIT });
      assert.equal(await sourcesOf(panel).count(), 2);
      const sources = await sourcesOf(panel).allTextContents();
      assert.ok(
        sources.some((text) => text.startsWith('OTLAS')),
        `An OTLAS source: ${sources}`,
      );
      assert.ok(
        sources.some((text) => text.startsWith('Project Results Platform')),
        `A PRP source: ${sources}`,
      );
      const projects = panel.locator('section[aria-labelledby="bd-projects-title"] .bd-projects > li');
      assert.equal(await projects.count(), 1, 'One past project');
      assert.match(await projects.first().textContent(), new RegExp(`${PRP_TITLE}.*${PRP_ID} · KA210-YOU · call 2023`));
      assert.equal(await projects.first().getByRole('link').getAttribute('href'), PRP_URL);
      // The board never offers a pair that is already one partner.
      assert.equal(await board.getByRole('button', { name: /^Possible duplicates/ }).count(), 0);
    });
  },
);

test(
  '"Keep separate" is remembered; a pair made later is offered, merged from the board, and Undo restores both exactly',
  { timeout: TIMEOUT },
  async () => {
    await withBrowser(async ({ context, otlas, openBoard }) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const genc = otlas('request-ka152-no-city');
      const rioMinho = otlas('organisation-profile');
      assert.equal(rioMinho.name, 'Associação Juvenil Rio Minho');
      await saveFromOtlas(context, genc);
      await saveFromOtlas(context, rioMinho);

      // On the PRP project: the Turkish partner looks like the saved one; the user keeps them apart.
      const { page, row } = await openPrpChecklist(context);
      await row('GENÇ KÖPRÜLER DERNEĞİ').getByRole('button', { name: 'Save GENÇ KÖPRÜLER DERNEĞİ' }).click();
      const prompt = row('GENÇ KÖPRÜLER DERNEĞİ').getByRole('alert');
      await prompt.getByText(/Looks like Genç Köprüler Derneği/).waitFor({ timeout: WAIT });
      await prompt.getByRole('button', { name: 'Keep separate' }).click();
      await row('GENÇ KÖPRÜLER DERNEĞİ')
        .getByText(/^Saved · /)
        .waitFor({ timeout: WAIT });
      // A variant of the Portuguese name, with no website: nothing to ask yet.
      await row('Associação Juvenil do Rio Minho')
        .getByRole('button', { name: 'Save Associação Juvenil do Rio Minho' })
        .click();
      await row('Associação Juvenil do Rio Minho')
        .getByText(/^Saved · /)
        .waitFor({ timeout: WAIT });
      await page.close();

      const board = await openBoard();
      await cards(board).nth(3).waitFor({ timeout: WAIT });
      assert.equal(await cards(board).count(), 4);

      // Later the user adds its website by hand: now the two Rio Minho partners share a website.
      const panel = await openCard(board, 'Associação Juvenil do Rio Minho');
      await panel.getByLabel('Website', { exact: true }).fill('https://www.rio-minho-juvenil.example.pt/en/');
      await panel.getByRole('button', { name: 'Save details' }).click();
      await panel.getByRole('button', { name: 'Close details' }).click();

      const offer = board.getByRole('button', { name: 'Possible duplicates (1)' });
      await offer.waitFor({ timeout: WAIT });
      await offer.click();
      const dialog = board.getByRole('dialog', { name: 'Possible duplicates' });
      await dialog.waitFor({ timeout: WAIT });
      const groups = dialog.locator('.bd-dup');
      assert.equal(await groups.count(), 1, 'One pair offered');
      const group = await groups.first().textContent();
      assert.match(group, /^Same website/);
      assert.match(group, /Associação Juvenil Rio Minho/);
      assert.match(group, /Associação Juvenil do Rio Minho/);
      assert.doesNotMatch(
        await dialog.textContent(),
        /Genç Köprüler|GENÇ KÖPRÜLER/,
        'The pair kept separate is not offered again',
      );
      await axeViolations(board, 'duplicates dialog, light');
      await board.screenshot({ path: join(SCREENSHOTS, 'duplicates-light.png') });
      await board.emulateMedia({ colorScheme: 'dark' });
      await axeViolations(board, 'duplicates dialog, dark');
      await board.screenshot({ path: join(SCREENSHOTS, 'duplicates-dark.png') });
      await board.emulateMedia({ colorScheme: 'light' });

      // Esc closes it and focus goes back to the button; the keyboard opens it again.
      await board.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached', timeout: WAIT });
      assert.equal(await board.evaluate(() => document.activeElement?.textContent), 'Possible duplicates (1)');
      await board.keyboard.press('Enter');
      await dialog.waitFor({ timeout: WAIT });

      const before = await readStore(board);
      assert.equal(before.organisations.length, 4);
      await dialog.getByRole('button', { name: 'Merge into Associação Juvenil Rio Minho', exact: true }).click();
      const toast = dialog.locator('.bd-toast');
      await toast
        .getByText('Merged Associação Juvenil do Rio Minho into Associação Juvenil Rio Minho')
        .waitFor({ timeout: WAIT });
      assert.equal(await board.evaluate(() => document.activeElement?.textContent), 'Undo', 'Focus goes to Undo');
      await dialog.getByText('No possible duplicates left to review.').waitFor({ timeout: WAIT });
      await board.screenshot({ path: join(SCREENSHOTS, 'duplicates-merged-light.png') });
      await board.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached', timeout: WAIT });
      await board.waitForFunction(() => document.querySelectorAll('.bd-card').length === 3, null, { timeout: WAIT });
      assert.equal(await board.getByRole('button', { name: /^Possible duplicates/ }).count(), 0);

      // The survivor keeps both sources.
      const survivor = await openCard(board, 'Associação Juvenil Rio Minho');
      await sourcesOf(survivor).nth(1).waitFor({ timeout: WAIT });
      assert.equal(await sourcesOf(survivor).count(), 2);
      await survivor.getByRole('button', { name: 'Close details' }).click();

      // Undo (the message stays on the board once the dialog is closed): both come back exactly as they were.
      await board.locator('.bd-toast').getByRole('button', { name: 'Undo' }).click();
      await board.waitForFunction(() => document.querySelectorAll('.bd-card').length === 4, null, { timeout: WAIT });
      assert.deepEqual(await readStore(board), before, 'Undo restores both partners exactly');

      // The pair is offered again; "Not the same organisation" sets it apart for good.
      await offer.click();
      await dialog.getByRole('button', { name: 'Not the same organisation' }).click();
      await dialog.getByText('No possible duplicates left to review.').waitFor({ timeout: WAIT });
      await dialog.getByRole('button', { name: 'Close', exact: true }).click();
      await dialog.waitFor({ state: 'detached', timeout: WAIT });
      assert.equal(
        await board.evaluate(() => document.activeElement?.id),
        'bd-filter',
        'Focus goes to the filter when the button is gone',
      );
      await board.reload();
      await cards(board).nth(3).waitFor({ timeout: WAIT });
      await board.waitForTimeout(500);
      assert.equal(
        await board.getByRole('button', { name: /^Possible duplicates/ }).count(),
        0,
        'Not offered again after a reload',
      );
    });
  },
);
