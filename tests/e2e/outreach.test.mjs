/**
 * Reaching out, end to end in real headless Chromium with the built extension: set your
 * organisation in Options; a KA210 idea with one confirmed partner from another country passes
 * the consortium check (the applicant counts); compose for a saved partner in German from a
 * starter template — the mailto: link is intercepted and has every placeholder filled; the log
 * and a follow-up appear; "referred to" creates another organisation "introduced by" the first;
 * statistics show the chain. axe checks the new screens in light and dark.
 *
 *   npx wxt build && node --test tests/e2e/outreach.test.mjs
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

const WAIT = 15_000;
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const SCREENSHOTS = join(ROOT, '.tmp/screenshots');

const eventually = eventuallyWithin(WAIT);

/** No serious or critical axe problems, light and dark; a screenshot of each. */
async function accessible(page, name) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${readFileSync(AXE, 'utf8')}\n;void 0`);
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const violations = await page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
      return violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious, [], `axe (${name}, ${colorScheme}):\n${JSON.stringify(serious, null, 2)}`);
    await page.screenshot({ path: join(SCREENSHOTS, `outreach-${name}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const isoDate = (date) => date.toISOString().slice(0, 10);

test(
  'your organisation, the consortium check, a German message by mailto:, the log, a referral and the chain',
  { timeout: 240_000 },
  async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const extensionDir = process.env.PP_EXTENSION_DIR ? { extensionDir: process.env.PP_EXTENSION_DIR } : {};
    const browser = await launchWithExtension({
      headless: true,
      viewport: { width: 1440, height: 1000 },
      ...extensionDir,
    });
    try {
      const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
      const server = await serveFixtures(browser.context);
      const fixture = server.pages.find((f) => f.platform === 'otlas' && f.name === 'request-ka220-austria');
      const austria = fixture.expected.organisations[0];
      assert.equal(austria.country, 'AT');
      const page = await browser.context.newPage();
      await page.goto(fixture.url);
      await savePartnerOnPage(page);
      await page.close();

      // Options: your organisation (bad input first: a clear message, nothing lost).
      const options = await browser.openExtensionPage('options.html');
      const me = options.getByRole('region', { name: 'Your organisation' });
      await me.getByLabel('Name of your organisation').waitFor({ timeout: WAIT });
      await me.getByLabel('Name of your organisation').fill('Asociación Juvenil Ejemplo');
      await me.getByLabel('OID (optional)').fill('E123');
      await me.getByRole('button', { name: 'Save your organisation' }).click();
      await me.getByText('An OID is E followed by 8 digits').waitFor({ timeout: WAIT });
      assert.equal(await me.getByLabel('Name of your organisation').inputValue(), 'Asociación Juvenil Ejemplo');
      await me.getByLabel('OID (optional)').fill('E10123456');
      await me.getByLabel('Country').selectOption('ES');
      await me.getByLabel('Your name (contact person)').fill('Ana Ruiz');
      await me.getByRole('button', { name: 'Save your organisation' }).click();
      await options.getByText('Your organisation is saved.').waitFor({ timeout: WAIT });
      await accessible(options, 'options');
      await options.close();

      // A KA210 idea with one confirmed partner from another country: with the applicant, it passes.
      const board = await browser.openBoard();
      await board.locator('.bd-card').first().waitFor({ timeout: WAIT });
      await board.getByRole('tab', { name: 'Project ideas' }).click();
      const ideas = board.getByRole('tabpanel', { name: 'Project ideas' });
      await ideas.getByRole('button', { name: 'New project idea' }).click();
      await ideas.getByLabel('Title').fill('Rural youth voices');
      await ideas.getByLabel('Erasmus+ action').selectOption('KA210-YOU');
      await ideas.getByLabel('Your own deadline (optional)').fill('2027-03-05');
      await ideas
        .getByLabel('Short description (optional)')
        .fill('Young people in small towns speak up about transport.');
      await ideas.getByRole('button', { name: 'Create project idea' }).click();
      const card = ideas.locator('article', {
        has: board.getByRole('heading', { level: 2, name: 'Rural youth voices' }),
      });
      await card.waitFor({ timeout: WAIT });
      await card.getByLabel('Add a saved partner').fill('Jugendforum');
      await card.getByRole('button', { name: `Add ${austria.name}` }).click();
      await card.getByLabel(`Stage of ${austria.name} in this idea`).selectOption('confirmed');
      const verdict = card.getByTestId('consortium-verdict');
      await verdict
        .getByText('Meets the minimum for KA210-YOU: at least 2 organisations from 2 countries.')
        .waitFor({ timeout: WAIT });
      assert.match(await card.getByTestId('consortium-applicant').textContent(), /Asociación Juvenil Ejemplo/);

      // The partner panel: add a contact person with an address, then write in German.
      await card.getByRole('link', { name: austria.name }).click();
      const panel = board.locator('aside.bd-detail');
      await panel.getByRole('heading', { level: 2, name: austria.name }).waitFor({ timeout: WAIT });
      const contactForm = panel.getByRole('form', { name: 'Add a contact person' });
      await contactForm.getByLabel('Name', { exact: true }).fill('Lena Huber');
      await contactForm.getByLabel('E-mail (optional)').fill('lena.huber@jugendforum.example.at');
      await contactForm.getByRole('button', { name: 'Add contact person' }).click();
      await panel.getByText('Lena Huber').first().waitFor({ timeout: WAIT });
      assert.match(await panel.getByTestId('partner-origin').textContent(), /Saved from OTLAS/);

      await panel.getByRole('button', { name: 'Write to this partner' }).click();
      const composer = board.getByRole('dialog', { name: `Write to ${austria.name}` });
      await composer.waitFor({ timeout: WAIT });
      assert.equal(
        await composer.getByLabel('Language of the message').inputValue(),
        'de',
        'A partner in Austria is written to in German',
      );
      assert.equal((await composer.getByLabel('Project idea').inputValue()) !== '', true);
      // An unknown placeholder blocks "Open in e-mail" until it is removed.
      const body = composer.getByLabel('Message', { exact: true });
      const original = await body.inputValue();
      await body.fill(`${original}\n{partner.nmae}`);
      await composer.getByTestId('draft-pending').getByText('{partner.nmae}').waitFor({ timeout: WAIT });
      assert.equal(await composer.getByRole('button', { name: 'Open in e-mail' }).isDisabled(), true);
      await body.fill(original);
      await accessible(board, 'composer');

      // Intercept the mailto: navigation (the test has no mail program).
      await board.evaluate(() => {
        document.addEventListener(
          'click',
          (event) => {
            const link = event.target instanceof Element && event.target.closest('a[href^="mailto:"]');
            if (link) {
              window.__mailto = link.href;
              event.preventDefault();
            }
          },
          true,
        );
      });
      await composer.getByRole('link', { name: 'Open in e-mail' }).click();
      const href = await eventually(
        () => board.evaluate(() => window.__mailto),
        Boolean,
        'the mailto: link was not opened',
      );
      const mail = new URL(href);
      assert.equal(mail.protocol, 'mailto:');
      assert.equal(decodeURIComponent(mail.pathname), 'lena.huber@jugendforum.example.at');
      const subject = mail.searchParams.get('subject');
      const text = mail.searchParams.get('body');
      assert.equal(subject, 'Erasmus+ KA210-YOU: Partnerschaft für „Rural youth voices“');
      assert.match(text, new RegExp(`^Liebes Team von ${austria.name},`));
      assert.match(text, /ich bin Ana Ruiz von Asociación Juvenil Ejemplo/);
      assert.match(text, /am 5\. März 2027/);
      assert.match(text, /Young people in small towns speak up about transport\./);
      assert.doesNotMatch(`${subject}\n${text}`, /\{[a-zA-Z.]+\}/, 'every placeholder is filled');
      assert.ok(href.length <= 2000);
      await composer.getByRole('button', { name: 'Close' }).click();

      // The log, "Did you send it?", the follow-up after 7 days.
      const log = panel.getByTestId('contact-log');
      await log.getByText('Contacted (draft opened)').waitFor({ timeout: WAIT });
      assert.match(
        await log.textContent(),
        /e-mail · Erste Nachricht zu einer Projektidee · (German|Deutsch) · Rural youth voices · Lena Huber/,
      );
      await log.getByRole('button', { name: 'Yes, sent' }).click();
      await log.getByText('Sent', { exact: true }).waitFor({ timeout: WAIT });
      const followUp = isoDate(new Date(Date.now() + 7 * 86_400_000));
      await eventually(
        () => panel.getByLabel('Next follow-up').inputValue(),
        (v) => v === followUp,
        'a follow-up 7 days after sending',
      );
      assert.equal(await panel.getByLabel('Stage', { exact: true }).inputValue(), 'contacted');
      await accessible(board, 'panel-log');

      // They refer us to another organisation: it is created, introduced by the first. Follow-ups stop.
      await log.getByRole('button', { name: 'Referred to someone' }).click();
      await log.getByLabel('Organisation they referred you to').fill('Jugendzentrum Beispiel Linz');
      await log.getByLabel('Country (optional)').selectOption('AT');
      await log.getByRole('button', { name: 'Save and link' }).click();
      await panel
        .getByTestId('contact-outcome')
        .getByText(/Referred to someone · Jugendzentrum Beispiel Linz/)
        .waitFor({ timeout: WAIT });
      await eventually(
        () => panel.getByLabel('Next follow-up').inputValue(),
        (v) => v === '',
        'any reply stops the follow-ups',
      );

      await board.locator('.bd-card__open', { hasText: 'Jugendzentrum Beispiel Linz' }).click();
      await panel.getByRole('heading', { level: 2, name: 'Jugendzentrum Beispiel Linz' }).waitFor({ timeout: WAIT });
      assert.match(
        await panel.getByTestId('partner-origin').textContent(),
        new RegExp(`Introduced by ${austria.name}`),
      );
      await panel.getByLabel('Stage', { exact: true }).selectOption('confirmed');
      await eventually(
        () => panel.getByLabel('Stage', { exact: true }).inputValue(),
        (v) => v === 'confirmed',
        'the referred organisation is confirmed',
      );

      // The board filters by how a partner came.
      await board.getByLabel('Came through').selectOption('introduced');
      await eventually(
        () => board.locator('.bd-card').allTextContents(),
        (cards) => cards.length === 1 && cards[0].includes('Jugendzentrum Beispiel Linz'),
        'only the introduced partner is shown',
      );
      await board.getByLabel('Came through').selectOption('otlas');
      await eventually(
        () => board.locator('.bd-card').allTextContents(),
        (cards) => cards.length === 1 && cards[0].includes(austria.name),
        'only the partner saved from OTLAS is shown',
      );
      await board.getByLabel('Came through').selectOption('');

      // Statistics: the chain, and the reply rate of the German template.
      await board.getByRole('tab', { name: 'Statistics' }).click();
      const stats = board.getByRole('tabpanel', { name: 'Statistics' });
      await stats
        .getByTestId('chains')
        .getByText(`1 of your 2 confirmed partners came through ${austria.name}.`)
        .waitFor({ timeout: WAIT });
      const rates = stats.getByRole('table', { name: 'Reply rate per template' });
      assert.match(await rates.textContent(), /Erste Nachricht zu einer Projektidee\s*11100/);
      await accessible(board, 'stats');
      assert.deepEqual(console.extensionErrors(), [], 'no errors from the extension');
    } finally {
      await browser.close();
    }
  },
);
