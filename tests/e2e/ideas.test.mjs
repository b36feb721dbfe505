/**
 * Project ideas, the consortium check, events and statistics, end to end in real headless
 * Chromium with the built extension: partners are saved from fixture pages (offline, see
 * harness.mjs), then the board's tabs are driven by keyboard and mouse. axe-core checks each
 * new tab in light and dark; screenshots go to .tmp/screenshots/ideas-*.png.
 *
 *   npx wxt build && node --test tests/e2e/ideas.test.mjs
 *   (PP_EXTENSION_DIR=<a copy of .output/chrome-mv3> keeps a rebuild elsewhere from pulling the build away)
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  collectConsoleErrors,
  eventuallyWithin,
  launchWithExtension,
  ROOT,
  savePartnerOnPage,
  serveFixtures,
} from './harness.mjs';

const TIMEOUT = 180_000;
const WAIT = 15_000;
const SCREENSHOTS = join(ROOT, '.tmp/screenshots');
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** Three organisations from two countries (AT, PL, PL), then a fourth from a third (PT); checked against the fixtures' expected results. */
const PAGES = [
  { platform: 'otlas', name: 'request-ka220-austria', country: 'AT' },
  { platform: 'otlas', name: 'request-esc-poland', country: 'PL' },
  { platform: 'epale', name: 'partner-request-pl-table', country: 'PL' },
  { platform: 'otlas', name: 'organisation-profile', country: 'PT' },
];

const column = (page, name) =>
  page.locator('section.bd-col', { has: page.locator('h2', { hasText: new RegExp(`^${name}`) }) });

const eventually = eventuallyWithin(WAIT);

async function axeViolations(page, what) {
  // The extension page's CSP blocks an inline script tag; evaluating the source through the DevTools protocol is not subject to it.
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

/** axe and a full-page screenshot in light and dark. */
async function checkAndShoot(page, name) {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await axeViolations(page, `${name}, ${colorScheme}`);
    await page.screenshot({ path: join(SCREENSHOTS, `ideas-${name}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test(
  'an idea for KA220 with partners from two countries needs one more; a third country passes; events and statistics follow',
  { timeout: TIMEOUT },
  async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const extensionDir = process.env.PP_EXTENSION_DIR ? { extensionDir: process.env.PP_EXTENSION_DIR } : {};
    const browser = await launchWithExtension({
      headless: true,
      viewport: { width: 1440, height: 900 },
      ...extensionDir,
    });
    try {
      const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
      const server = await serveFixtures(browser.context);
      const names = [];
      const page = await browser.context.newPage();
      for (const wanted of PAGES) {
        const fixture = server.pages.find((f) => f.platform === wanted.platform && f.name === wanted.name);
        assert.ok(fixture, `The fixture ${wanted.platform}/${wanted.name} is missing.`);
        const organisation = fixture.expected.organisations[0];
        assert.equal(
          organisation.country,
          wanted.country,
          `${wanted.name}: the test expects an organisation from ${wanted.country}`,
        );
        await page.goto(fixture.url);
        await savePartnerOnPage(page);
        names.push(organisation.name);
      }
      await page.close();
      const [austria, poland1, poland2, portugal] = names;

      const board = await browser.openBoard();
      await board.locator('.bd-card').first().waitFor({ timeout: WAIT });
      const tab = (name) => board.getByRole('tab', { name });

      // Tabs: arrow keys move between them and the address follows.
      assert.equal(await tab('Board').getAttribute('aria-selected'), 'true');
      await tab('Board').focus();
      await board.keyboard.press('ArrowRight');
      await eventually(
        () => board.evaluate(() => location.hash),
        (hash) => hash === '#ideas',
        'ArrowRight opens Project ideas',
      );
      assert.equal(await board.evaluate(() => document.activeElement?.textContent), 'Project ideas');
      await board.keyboard.press('End');
      await eventually(
        () => board.evaluate(() => location.hash),
        (hash) => hash === '#discover',
        'End opens Discover, the last tab',
      );
      await board.keyboard.press('ArrowRight');
      await eventually(
        () => board.evaluate(() => location.hash),
        (hash) => hash === '',
        'ArrowRight from the last tab wraps to the board',
      );
      await board.locator('.bd-card').first().waitFor({ timeout: WAIT });
      await tab('Project ideas').click();

      const ideas = board.getByRole('tabpanel', { name: 'Project ideas' });
      await ideas.getByText('No project ideas yet').waitFor({ timeout: WAIT });
      assert.match(
        await ideas.getByTestId('calendar-source').textContent(),
        /^Call dates as of 12 Nov 2025, from Erasmus\+ Programme Guide/,
      );
      await checkAndShoot(board, 'empty');

      // A past idea: its own deadline has passed, and it is flagged, not hidden.
      await ideas.getByRole('button', { name: 'New project idea' }).click();
      await ideas.getByLabel('Title').fill('Digital seniors (last year)');
      await ideas.getByLabel('Erasmus+ action').selectOption('KA210-ADU');
      await ideas.getByLabel('Your own deadline (optional)').fill('2025-03-05');
      await ideas.getByRole('button', { name: 'Create project idea' }).click();
      await ideas
        .getByTestId('idea-deadline')
        .filter({ hasText: 'Deadline passed on 5 Mar 2025' })
        .waitFor({ timeout: WAIT });

      // The KA220 idea: only the rounds KA220 can apply to are offered, with their deadlines.
      await ideas.getByRole('button', { name: 'New project idea' }).click();
      await ideas.getByLabel('Title').fill('Rural youth voices');
      await ideas.getByLabel('Erasmus+ action').selectOption('KA220-YOU');
      const rounds = await ideas.getByLabel('Call round').locator('option').allTextContents();
      assert.deepEqual(
        rounds.map((r) => r.replace(', passed', '')),
        [
          'Not chosen yet',
          'Call 2025 · partnerships, round 1 (deadline 5 Mar 2025)',
          'Call 2026 · partnerships, round 1 (deadline 5 Mar 2026)',
        ],
      );
      await ideas.getByLabel('Call round').selectOption('2026-r1');
      await ideas.getByText(/^Deadline of this round: 5 Mar 2026/).waitFor();
      await ideas
        .getByLabel('Short description (optional)')
        .fill('Young people in small municipalities speak up about rural transport and services.');
      await checkAndShoot(board, 'editor');
      await ideas.getByRole('button', { name: 'Create project idea' }).click();
      const card = ideas.locator('article', {
        has: board.getByRole('heading', { level: 2, name: 'Rural youth voices' }),
      });
      await card.waitFor({ timeout: WAIT });
      // Focus follows once the editor has closed, which may be a moment after the new card shows.
      const focused = () => board.evaluate(() => document.activeElement?.textContent);
      await board
        .waitForFunction(() => document.activeElement?.textContent === 'Rural youth voices', null, { timeout: WAIT })
        .catch(() => {});
      assert.equal(await focused(), 'Rural youth voices', 'Focus goes to the new idea');
      assert.match(
        await card.getByTestId('idea-deadline').textContent(),
        /Deadline (passed on 5 Mar 2026|today|tomorrow|in \d+ days · 5 Mar 2026)/,
      );
      const verdict = card.getByTestId('consortium-verdict');
      assert.match(
        await verdict.textContent(),
        /Not enough yet for KA220-YOU \(at least 3 organisations from 3 countries\)/,
      );

      // Add the three from two countries with the searchable picker, confirm them.
      for (const name of [austria, poland1, poland2]) {
        await card.getByLabel('Add a saved partner').fill(name.split(' ').slice(0, 2).join(' '));
        await card.getByRole('button', { name: `Add ${name}` }).click();
        await card.getByLabel(`Stage of ${name} in this idea`).waitFor({ timeout: WAIT });
      }
      assert.match(
        await card.getByRole('heading', { level: 3, name: /^Organisations in this idea/ }).textContent(),
        /\(3\)/,
      );
      for (const name of [austria, poland1, poland2]) {
        await card.getByLabel(`Stage of ${name} in this idea`).selectOption('confirmed');
      }
      await verdict
        .getByText('1 more confirmed organisation from another programme country (not AT, PL).')
        .waitFor({ timeout: WAIT });
      await card.getByText('AT · Austria, PL · Poland').waitFor();

      // A fourth from a third country, pending first (listed as pending), then confirmed: the check passes.
      await card.getByLabel('Add a saved partner').fill('Rio Minho');
      await card.getByRole('button', { name: `Add ${portugal}` }).click();
      await card.getByLabel(`Stage of ${portugal} in this idea`).waitFor({ timeout: WAIT });
      assert.match(await card.locator('dd').nth(2).textContent(), new RegExp(portugal));
      await card.getByLabel(`Stage of ${portugal} in this idea`).selectOption('confirmed');
      await verdict
        .getByText('Meets the minimum for KA220-YOU: at least 3 organisations from 3 countries.')
        .waitFor({ timeout: WAIT });
      await checkAndShoot(board, 'ideas');

      // The partner panel on the board lists the idea with the partner's stage in it.
      await card.getByRole('link', { name: austria }).click();
      const panel = board.locator('aside.bd-detail');
      await panel.getByRole('heading', { level: 2, name: austria }).waitFor({ timeout: WAIT });
      assert.equal(await tab('Board').getAttribute('aria-selected'), 'true');
      // The panel may paint before the board's stages arrive: wait for the select to show the stage.
      const ideaStage = panel.getByLabel('Stage in Rural youth voices');
      await eventually(
        () => ideaStage.inputValue(),
        (value) => value === 'confirmed',
        'The partner panel does not show the stage in the idea',
      );
      await panel.getByLabel('Add to a project idea').selectOption({ label: 'Digital seniors (last year)' });
      await panel.getByRole('button', { name: 'Add', exact: true }).click();
      await panel.getByLabel('Stage in Digital seniors (last year)').waitFor({ timeout: WAIT });
      await panel.getByRole('heading', { level: 3, name: 'Project ideas' }).scrollIntoViewIfNeeded();
      await checkAndShoot(board, 'partner-panel');
      // On the board (not in an idea): two contacted, one of them replied → overall reply rate 50%.
      await panel.getByLabel('Stage', { exact: true }).selectOption('replied');
      await column(board, 'Replied').locator('.bd-card', { hasText: austria }).waitFor({ timeout: WAIT });
      await board.locator('.bd-card__open', { hasText: poland2 }).click();
      await panel.getByRole('heading', { level: 2, name: poland2 }).waitFor({ timeout: WAIT });
      await panel.getByLabel('Stage', { exact: true }).selectOption('contacted');
      await column(board, 'Contacted').locator('.bd-card', { hasText: poland2 }).waitFor({ timeout: WAIT });

      // Events: one met at a contact seminar, one typed in that is already saved ("Use …"), one new.
      await tab('Events').click();
      const events = board.getByRole('tabpanel', { name: 'Events' });
      await events.getByText('No events yet').waitFor({ timeout: WAIT });
      await events.getByRole('button', { name: 'New event' }).click();
      await events.getByLabel('Name of the event').fill('Contact seminar on rural youth work');
      await events.getByLabel('Date').fill('2025-10-14');
      await events.getByLabel('Place (optional)').fill('Graz, Austria');
      await events.getByRole('button', { name: 'Create event' }).click();
      const detail = events.locator('section.ii-event-detail');
      await detail
        .getByRole('heading', { level: 2, name: 'Contact seminar on rural youth work' })
        .waitFor({ timeout: WAIT });
      await detail.getByLabel('Add a saved partner').fill('Jugendforum');
      await detail.getByRole('button', { name: `Add ${austria}` }).click();
      await detail.getByRole('link', { name: austria }).waitFor({ timeout: WAIT });

      await detail.getByLabel('Name', { exact: true }).fill(poland1);
      await detail.getByLabel('Country (optional)').selectOption('PL');
      await detail.getByRole('button', { name: 'Add organisation' }).click();
      await detail.getByRole('button', { name: `Use ${poland1}` }).click();
      await detail.getByRole('link', { name: poland1 }).waitFor({ timeout: WAIT });

      await detail.getByLabel('Name', { exact: true }).fill('Udruga mladih Primjer Zagreb');
      await detail.getByLabel('Country (optional)').selectOption('HR');
      await detail.getByLabel('City (optional)').fill('Zagreb');
      await detail.getByLabel('Website (optional)').fill('udruga-primjer.example.hr');
      await detail.getByRole('button', { name: 'Add organisation' }).click();
      await detail.getByRole('link', { name: 'Udruga mladih Primjer Zagreb' }).waitFor({ timeout: WAIT });
      await events
        .getByRole('button', { name: /Contact seminar on rural youth work.*3 organisations met/ })
        .waitFor({ timeout: WAIT });
      assert.match(
        await detail.getByRole('heading', { level: 3, name: /^Organisations met here/ }).textContent(),
        /3 organisations/,
      );
      await checkAndShoot(board, 'events');

      // Deleting an idea can be undone (focus goes to Undo).
      await tab('Project ideas').click();
      await ideas.getByRole('button', { name: 'Delete Digital seniors (last year)' }).click();
      await board
        .locator('.bd-toast', { hasText: 'Deleted the project idea “Digital seniors (last year)”' })
        .waitFor({ timeout: WAIT });
      await eventually(
        () => ideas.locator('article').count(),
        (n) => n === 1,
        'One idea left after deleting',
      );
      assert.equal(await board.evaluate(() => document.activeElement?.textContent), 'Undo');
      await board.keyboard.press('Enter');
      await ideas.getByRole('heading', { level: 2, name: 'Digital seniors (last year)' }).waitFor({ timeout: WAIT });

      // Statistics: per idea, all four confirmed → reply rate 100%; the chart says its numbers in words.
      await tab('Statistics').click();
      const stats = board.getByRole('tabpanel', { name: 'Statistics' });
      const ideaRow = stats.getByRole('row', { name: /Rural youth voices/ });
      await ideaRow.waitFor({ timeout: WAIT });
      assert.equal((await ideaRow.getByTestId('reply-rate').textContent()).trim(), '100%');
      const eventRow = stats.getByRole('row', { name: /Contact seminar on rural youth work/ });
      assert.match(await eventRow.textContent(), /^Contact seminar on rural youth work3/);
      await stats
        .getByRole('img', {
          name: 'All partners: 2 contacted, 1 replied (reply rate 50%), 0 confirmed (0% of those contacted).',
        })
        .waitFor();
      assert.equal(
        (
          await stats
            .getByRole('row', { name: /^All partners/ })
            .getByTestId('reply-rate')
            .textContent()
        ).trim(),
        '50%',
      );
      await stats
        .getByRole('img', { name: /^Per month\. \w+ \d{4}: 2 contacted, 1 replied, 0 confirmed\.$/ })
        .waitFor();
      await checkAndShoot(board, 'stats');

      // The organisation added by hand is a partner like any other, on the board in the first stage.
      await tab('Board').click();
      await board.locator('.bd-card', { hasText: 'Udruga mladih Primjer Zagreb' }).waitFor({ timeout: WAIT });
      assert.equal(await board.locator('.bd-card').count(), 5);

      const ours = console.extensionErrors();
      assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
    } finally {
      await browser.close();
    }
  },
);
