/**
 * axe-core in real headless Chromium on what the other end-to-end tests do not already check:
 * the popup (empty, and with partners) and the in-page panel (one organisation, and a page that
 * lists several), in light and dark. Zero serious or critical violations. For the panel only our
 * own UI is checked (the platform's page is not ours to fix).
 *
 *   npx wxt build && node --test tests/e2e/accessibility.test.mjs
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { launchWithExtension, panelFrame, panelFrameOf, ROOT, savePartnerOnPage, serveFixtures } from './harness.mjs';

const WAIT = 20_000;
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations within `include` (a selector), or the whole page (or frame). */
async function seriousViolations(page, include) {
  // Extension pages forbid inline scripts (CSP): evaluate axe's source instead of adding a tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE}\n;void 0`);
  const violations = await page.evaluate(async (selector) => {
    const context = selector ? { include: [selector] } : document;
    const { violations } = await window.axe.run(context, { resultTypes: ['violations'] });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, include ?? null);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

for (const colorScheme of ['light', 'dark']) {
  test(
    `popup and in-page panel have no serious accessibility problems (${colorScheme})`,
    { timeout: 150_000 },
    async () => {
      const extensionDir = process.env.PP_EXTENSION_DIR ? { extensionDir: process.env.PP_EXTENSION_DIR } : {};
      const browser = await launchWithExtension({ headless: true, colorScheme, ...extensionDir });
      try {
        const server = await serveFixtures(browser.context);
        const find = (platform, name) => {
          const fixture = server.pages.find((f) => f.platform === platform && f.name === name);
          assert.ok(fixture, `fixture ${platform}/${name} is missing`);
          return fixture;
        };

        let popup = await browser.openPopup();
        await popup.getByRole('heading', { level: 2 }).first().waitFor({ timeout: WAIT });
        assert.deepEqual(await seriousViolations(popup), [], 'empty popup');
        await popup.close();

        const page = await browser.context.newPage();
        await page.goto(find('otlas', 'request-ka220-austria').url);
        await savePartnerOnPage(page, { timeout: WAIT });
        // The frame in the page (its title), then the panel inside it.
        assert.deepEqual(await seriousViolations(page, 'partner-pipeline-ui'), [], "the panel's frame in the page");
        assert.deepEqual(await seriousViolations(await panelFrameOf(page)), [], 'in-page panel after saving');

        await page.goto(find('etwinning', 'project-en').url);
        const host = panelFrame(page);
        await host.getByRole('button', { name: /^Save partners \(\d+\)$/ }).click({ timeout: WAIT });
        await host.getByRole('dialog').waitFor({ timeout: WAIT });
        assert.deepEqual(
          await seriousViolations(await panelFrameOf(page)),
          [],
          'in-page panel listing several organisations',
        );

        popup = await browser.openPopup();
        await popup.locator('ul[aria-label="Saved partners"] li').first().waitFor({ timeout: WAIT });
        assert.deepEqual(await seriousViolations(popup), [], 'popup with a partner');
      } finally {
        await browser.close();
      }
    },
  );
}
