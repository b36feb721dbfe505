/**
 * The DOM bridge (issue 15, item 3): the panel is an extension page framed into the platform page,
 * so the page's own scripts — or a third-party tag or an XSS on the platform — can neither read it
 * (a private note, window.find) nor drive it (clicks, execCommand('insertText'), requestSubmit,
 * dispatched keys, forged messages), and the keys the user types into it never reach the page.
 * Everything the "page script" does here runs in the page's main world, as a real page script would.
 *
 *   npx wxt build && node --test tests/e2e/panel-isolation.test.mjs
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectConsoleErrors, launchWithExtension, panelFrame, serveFixtures } from './harness.mjs';

const WAIT = 20_000;
const SECRET = 'PRIVATE-NOTE-4711 call Anna after the board meeting';

/** Runs in the platform page: everything a hostile page script could try against our panel. */
async function attackFromPage(secret) {
  const result = { read: [], drove: [] };
  const host = document.querySelector('partner-pipeline-ui');
  const frame = host?.shadowRoot?.querySelector('iframe');
  const texts = [document.documentElement.outerHTML, document.body.innerText, host?.shadowRoot?.innerHTML ?? ''];
  if (texts.some((text) => text.includes('PRIVATE-NOTE-4711'))) result.read.push('page DOM or shadow root');
  if (window.find('PRIVATE-NOTE-4711')) result.read.push('window.find');
  if (window.find('Add a note')) result.read.push('window.find (panel text)');
  const controls = host?.shadowRoot?.querySelectorAll('button, input, textarea, select, form') ?? [];
  if (controls.length > 0) result.read.push(`${controls.length} controls in the shadow root`);
  const reach = [
    () => frame.contentDocument?.body?.innerText,
    () => frame.contentWindow.document.body.innerText,
    () => window.frames[0].document.body.innerText,
  ];
  for (const attempt of reach) {
    try {
      if (attempt()?.includes(secret.slice(0, 17))) result.read.push(`frame document: ${attempt}`);
    } catch {
      // SecurityError: a cross-origin frame, as intended.
    }
  }
  // Drive it: focus and type, submit every form in reach, click where the button is, send keys.
  frame.focus();
  document.execCommand('insertText', false, 'Hijacked Ltd');
  for (const form of document.querySelectorAll('form')) if (host.contains(form)) form.requestSubmit();
  const box = frame.getBoundingClientRect();
  const target = document.elementFromPoint(box.left + 10, box.top + 10);
  target?.click();
  target?.dispatchEvent(
    new MouseEvent('click', { bubbles: true, composed: true, clientX: box.left + 10, clientY: box.top + 10 }),
  );
  for (const type of ['keydown', 'keypress', 'keyup'])
    frame.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', bubbles: true, composed: true }));
  // Forged messages to the frame: the context-menu activation and a size, from the page.
  const offerId = new URLSearchParams(new URL(frame.src).hash.slice(1)).get('offer');
  frame.contentWindow.postMessage({ type: 'panel.activated', offerId }, '*');
  frame.contentWindow.postMessage({ type: 'partners.setStage', stageId: 'contacted' }, '*');
  // A second frame of the same panel, made by the page: it must not read any better.
  const copy = document.createElement('iframe');
  copy.src = frame.src;
  document.body.append(copy);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  try {
    if (copy.contentDocument?.body?.innerText.includes('PRIVATE')) result.read.push('a copy of the frame');
  } catch {
    // Cross-origin again.
  }
  if (window.find('PRIVATE-NOTE-4711')) result.read.push('window.find after the copy loaded');
  copy.remove();
  return result;
}

test('a page script can neither read nor drive the framed panel', { timeout: 120_000 }, async () => {
  const extensionDir = process.env.PP_EXTENSION_DIR ? { extensionDir: process.env.PP_EXTENSION_DIR } : {};
  const browser = await launchWithExtension({ headless: true, ...extensionDir });
  try {
    const console = collectConsoleErrors(browser.context, { extensionId: browser.extensionId });
    const server = await serveFixtures(browser.context);
    const request = server.pages.find((f) => f.platform === 'otlas' && f.expected.pageType === 'partner-request');
    const name = request.expected.organisations[0].name;
    const page = await browser.context.newPage();
    await page.goto(request.url);
    // The page listens for every key and input, as a hostile page script would.
    await page.evaluate(() => {
      window.heard = [];
      for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input']) {
        window.addEventListener(type, (event) => window.heard.push(`${type}:${event.key ?? event.data}`), true);
      }
    });

    // The user saves the partner and writes a private note, typing key by key.
    const panel = panelFrame(page);
    await panel.getByRole('button', { name: 'Save partner' }).click({ timeout: WAIT });
    const heading = panel.getByRole('dialog').getByRole('heading', { level: 2 });
    await heading.filter({ hasText: `Saved · ${name} · To contact` }).waitFor({ timeout: WAIT });
    await panel.getByLabel('Add a note').pressSequentially(SECRET);
    await panel.getByRole('button', { name: 'Add note' }).click();
    await panel.getByText(SECRET).waitFor({ timeout: WAIT });
    assert.deepEqual(await page.evaluate(() => window.heard), [], 'keys typed into the panel reached the page');

    const attack = await page.evaluate(attackFromPage, SECRET);
    assert.deepEqual(attack.read, [], 'the page read the panel');

    // Nothing changed: the same name in the card, the same stage, the one note; no second partner.
    await heading.filter({ hasText: `Saved · ${name} · To contact` }).waitFor({ timeout: WAIT });
    assert.equal(await panel.getByLabel('Name', { exact: true }).inputValue(), name);
    await panel.getByText(SECRET).waitFor({ timeout: WAIT });
    const popup = await browser.openPopup();
    const rows = popup.locator('ul[aria-label="Saved partners"] li');
    await rows.first().waitFor({ timeout: WAIT });
    assert.equal(await rows.count(), 1, 'one partner, not a hijacked second one');
    const row = await rows.first().textContent();
    assert.match(row, new RegExp(name));
    assert.doesNotMatch(row, /Hijacked/);
    assert.equal(
      (await rows.first().locator('select option:checked').textContent())?.trim(),
      'To contact',
      'the stage was not changed',
    );
    const ours = console.extensionErrors();
    assert.deepEqual(ours, [], `The extension logged errors:\n${console.format(ours)}`);
  } finally {
    await browser.close();
  }
});
