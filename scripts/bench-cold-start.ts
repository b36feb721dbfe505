/**
 * Cold start of the content scripts (issue 13), in a fresh browser per sample with the shipped
 * build: stage 1's run, stage 2's import, the first extraction, and the time from the page's
 * DOMContentLoaded to the Save button on screen (and usable). The content script keeps its figures
 * in its own world (views/page/timings.ts), read here through the DevTools protocol; the framed
 * panel notes when it painted, as wall-clock time, so it compares with the page's clock.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with the e2e tests (no types)
import { launchWithExtension, panelFrameOf, serveFixtures } from '../tests/e2e/harness.mjs';

type Fixture = {
  platform: string;
  name: string;
  kind: 'page' | 'data';
  file: string;
  url: string;
  expected: any;
  bytes: number;
};
type Line = { key: string; value: number | null; unit: 'B' | 'ms' | 'x'; budget?: number; note?: string };

const KB = 1024;
const SAMPLES = 5;
const SITES = ['epale', 'esep', 'otlas', 'prp'];
export const COLD_START_BUDGETS = {
  stage1GzipBytes: 4 * KB,
  stage2GzipBytes: 20 * KB,
  saveButtonVisibleMs: 50,
  extractMsFirst: 10,
};
/** One record page per platform: the largest (PRP: a rendered project page, read when its service is offline). */
const SAVEABLE = new Set(['organisation', 'partner-request', 'project']);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (value: number) => Math.round(value * 100) / 100;

export function stageSizes(extensionDir: string): Line[] {
  const lines: Line[] = [];
  for (const site of SITES) {
    const stage1 = join(extensionDir, 'content-scripts', `${site}.js`);
    const stage2 = join(extensionDir, `${site}-reader.js`);
    if (existsSync(stage1)) {
      lines.push({
        key: `stage1GzipBytes.${site}`,
        value: gzipSync(readFileSync(stage1), { level: 9 }).length,
        unit: 'B',
        budget: COLD_START_BUDGETS.stage1GzipBytes,
        note: 'on every matched page',
      });
    }
    if (existsSync(stage2)) {
      lines.push({
        key: `stage2GzipBytes.${site}`,
        value: gzipSync(readFileSync(stage2), { level: 9 }).length,
        unit: 'B',
        budget: COLD_START_BUDGETS.stage2GzipBytes,
        note: 'only where a record or list may be',
      });
    }
  }
  return lines;
}

interface Sample {
  stage1Ms: number;
  stage2LoadMs: number;
  extractMs: number;
  visibleMs: number;
  readyMs: number;
  /** DOMContentLoaded → stage 1 starts (the browser's choice of "document_idle"). */
  stage1StartMs: number;
  /** DOMContentLoaded → the framed button painted, whatever stage 2 does: the extension frame's own load. */
  framePaintedMs: number;
  /** DOMContentLoaded → stage 2 has read the page and shown the frame. */
  revealMs: number;
}

/** The content script's figures, from its own (isolated) world. */
async function contentScriptTimings(cdp: CDPSession, contexts: number[]): Promise<Record<string, number> | null> {
  for (const contextId of contexts) {
    const expression = 'JSON.stringify(globalThis.partnerPipelineTimings ?? null)';
    const reply = await cdp
      .send('Runtime.evaluate', { expression, contextId, returnByValue: true })
      .catch(() => undefined);
    const value = typeof reply?.result.value === 'string' ? JSON.parse(reply.result.value) : null;
    if (value?.extractMs !== undefined) return value;
  }
  return null;
}

/** One fresh page (a new tab: a new content script, nothing read yet) in a running browser. */
async function sample(context: BrowserContext, fixture: Fixture): Promise<Sample> {
  const page: Page = await context.newPage();
  const contexts: number[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    if (created.auxData?.type === 'isolated') contexts.push(created.id);
  });
  await cdp.send('Runtime.enable');
  await page.goto(fixture.url, { waitUntil: 'load' });
  const frame = await panelFrameOf(page, { timeout: 15_000 });
  await frame.waitForFunction(() => (window as any).partnerPipelineReadyAt !== undefined, undefined, {
    timeout: 15_000,
  });
  const [shownAt, readyAt] = await frame.evaluate(() => [
    (window as any).partnerPipelineShownAt,
    (window as any).partnerPipelineReadyAt,
  ]);
  const loadedAt = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return performance.timeOrigin + navigation.domContentLoadedEventStart;
  });
  const own = await contentScriptTimings(cdp, contexts);
  await page.close();
  if (!own) throw new Error('the content script recorded no timings');
  // Visible: the frame has painted its button and stage 2 has shown the (early, hidden) frame.
  const visibleAt = Math.max(shownAt, own.revealedAt!);
  return {
    stage1Ms: own.stage1Ms!,
    stage2LoadMs: own.stage2LoadMs!,
    extractMs: own.extractMs!,
    visibleMs: visibleAt - loadedAt,
    readyMs: Math.max(readyAt, visibleAt) - loadedAt,
    stage1StartMs: own.stage1StartedAt! - loadedAt,
    framePaintedMs: shownAt - loadedAt,
    revealMs: own.revealedAt! - loadedAt,
  };
}

/**
 * The floor of "visible": a fresh page whose content script frames the panel at once, visible,
 * before anything is read — from creating the <iframe> to the frame's first painted button. The
 * frame is an extension page in its own process (issue 15), so this is its load alone.
 */
async function frameFloor(context: BrowserContext, fixture: Fixture): Promise<number> {
  const page: Page = await context.newPage();
  const contexts: number[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    if (created.auxData?.type === 'isolated') contexts.push(created.id);
  });
  await cdp.send('Runtime.enable');
  // A page of the platform's host where no record may be: stage 1 frames nothing, so only this frame loads.
  const address = new URL('/partner-pipeline-bench-floor', fixture.url).href;
  await page.route(address, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><h1>Floor</h1>' }),
  );
  await page.goto(address, { waitUntil: 'load' });
  const expression = `(() => { const frame = document.createElement('iframe'); frame.id = 'pp-floor';
    frame.src = browser.runtime.getURL('/panel.html') + '#offer=floor&view=single&count=1&index=0';
    globalThis.partnerPipelineFloorAt = performance.timeOrigin + performance.now(); document.body.append(frame);
    return globalThis.partnerPipelineFloorAt; })()`;
  let createdAt: number | undefined;
  for (const contextId of contexts) {
    const reply = await cdp
      .send('Runtime.evaluate', { expression, contextId, returnByValue: true })
      .catch(() => undefined);
    if (typeof reply?.result.value === 'number') {
      createdAt = reply.result.value;
      break;
    }
  }
  if (createdAt === undefined) throw new Error('no content-script world to frame the panel from');
  const frame = await (await page.locator('#pp-floor').elementHandle())!.contentFrame();
  await frame!.waitForFunction(() => (window as any).partnerPipelineShownAt !== undefined, undefined, {
    timeout: 15_000,
  });
  const shownAt: number = await frame!.evaluate(() => (window as any).partnerPipelineShownAt);
  await page.close();
  return shownAt - createdAt;
}

/** The first page after the browser starts also pays for starting it: measured, but apart. */
async function samples(fixture: Fixture): Promise<{ first: Sample; fresh: Sample[]; floor: number | null }> {
  const browser = await launchWithExtension({ headless: true });
  try {
    await serveFixtures(browser.context);
    const first = await sample(browser.context, fixture);
    const fresh: Sample[] = [];
    const floors: number[] = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      fresh.push(await sample(browser.context, fixture));
      // Where no content script runs off the record pages (OTLAS, PRP match their paths only) there is no floor page.
      const floor = await frameFloor(browser.context, fixture).catch(() => undefined);
      if (floor !== undefined) floors.push(floor);
    }
    return { first, fresh, floor: floors.length ? median(floors) : null };
  } finally {
    await browser.close();
  }
}

function pick(fixtures: Fixture[], platform: string): Fixture | undefined {
  const pages = fixtures.filter(
    (f) =>
      f.platform === platform &&
      f.kind === 'page' &&
      SAVEABLE.has(f.expected?.pageType) &&
      f.expected.organisations?.length >= 1,
  );
  return pages.sort((a, b) => b.bytes - a.bytes)[0];
}

export async function coldStartBench(fixtures: Fixture[], log: (text: string) => void): Promise<Line[]> {
  const lines: Line[] = [];
  const platforms = [...new Set(fixtures.map((f) => f.platform))].sort();
  for (const platform of platforms) {
    const fixture = pick(fixtures, platform);
    if (!fixture) continue;
    try {
      const { first, fresh, floor } = await samples(fixture);
      const figure = (key: keyof Sample) => round(median(fresh.map((s) => s[key])));
      const note = `${fixture.name}.html, median of ${SAMPLES} fresh pages of a running browser`;
      lines.push({
        key: `stage1Ms.${platform}`,
        value: figure('stage1Ms'),
        unit: 'ms',
        note: `stage 1's run; ${note}`,
      });
      lines.push({
        key: `stage2LoadMs.${platform}`,
        value: figure('stage2LoadMs'),
        unit: 'ms',
        note: 'stage 1 start → stage 2 imported and run',
      });
      lines.push({
        key: `extractMsFirst.${platform}`,
        value: figure('extractMs'),
        unit: 'ms',
        budget: COLD_START_BUDGETS.extractMsFirst,
        note: `first extraction in a fresh content script${platform === 'prp' ? ' (asks the data service first: 404 offline)' : ''}`,
      });
      lines.push({
        key: `saveButtonVisibleMs.${platform}`,
        value: figure('visibleMs'),
        unit: 'ms',
        budget: COLD_START_BUDGETS.saveButtonVisibleMs,
        note: 'DOMContentLoaded → the framed Save button painted',
      });
      lines.push({
        key: `stage1StartMs.${platform}`,
        value: figure('stage1StartMs'),
        unit: 'ms',
        note: 'DOMContentLoaded → stage 1 starts',
      });
      lines.push({
        key: `panelFramePaintedMs.${platform}`,
        value: figure('framePaintedMs'),
        unit: 'ms',
        note: 'DOMContentLoaded → the extension frame painted its button: the floor of "visible"',
      });
      lines.push({
        key: `panelFrameFloorMs.${platform}`,
        value: floor === null ? null : round(floor),
        unit: 'ms',
        note: 'an <iframe> of the panel created → its button painted, nothing else on the page: the floor under "visible"',
      });
      lines.push({
        key: `stage2RevealMs.${platform}`,
        value: figure('revealMs'),
        unit: 'ms',
        note: 'DOMContentLoaded → stage 2 read the page and showed the frame',
      });
      lines.push({
        key: `saveButtonReadyMs.${platform}`,
        value: figure('readyMs'),
        unit: 'ms',
        note: 'DOMContentLoaded → the button knows its page (the background answered)',
      });
      lines.push({
        key: `saveButtonVisibleMsFirstPage.${platform}`,
        value: round(first.visibleMs),
        unit: 'ms',
        note: `the first page after the browser started (extract ${round(first.extractMs)} ms)`,
      });
    } catch (error) {
      log(`  cold start ${platform}: ${(error as Error).message.split('\n')[0]}`);
      lines.push({
        key: `saveButtonVisibleMs.${platform}`,
        value: null,
        unit: 'ms',
        budget: COLD_START_BUDGETS.saveButtonVisibleMs,
        note: `not measured: ${(error as Error).message.split('\n')[0]}`,
      });
    }
  }
  return lines;
}
