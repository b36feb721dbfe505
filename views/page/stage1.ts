/**
 * Stage 1 of every content script (issue 13): runs on every matched page, so it carries no reader,
 * no dictionaries, no UI — only the cheap route check. Where the page may hold a record or a list,
 * it loads stage 2 (the site's reader and the panel's frames, ./mount.ts) with a dynamic import()
 * of a web-accessible script, and hands it the content script's context. Also the keyboard
 * shortcut and context menu: they may need stage 2 on any page (hand entry).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SITES, type SiteId } from '@/lib/platforms/facts';
import { mayHoldRecord } from './stage1-routes';
import { READERS_GLOBAL, readerPath, type EarlyPanel, type PageUi, type ReaderRegistry } from './stage2-contract';
import { createPanelHost, newOfferId } from './frame-host';
import { timings } from './timings';

export function startStage1(ctx: ContentScriptContext, site: SiteId): void {
  const started = performance.now();
  timings.stage1StartedAt ??= performance.timeOrigin + started;
  let stage2: Promise<PageUi | undefined> | undefined;
  const load = () =>
    (stage2 ??= import(/* @vite-ignore */ browser.runtime.getURL(readerPath(site)))
      .then(() => {
        timings.stage2LoadMs ??= performance.now() - started;
        return (globalThis as unknown as { [READERS_GLOBAL]?: ReaderRegistry })[READERS_GLOBAL]?.[site]?.(ctx);
      })
      .catch((error: unknown) => void console.warn('[Partner Pipeline] could not load the page reader', error)));

  const check = () => {
    // Once loaded, stage 2 decides (it also removes the panel when a single-page app leaves a record).
    if (stage2) return void stage2.then((ui) => ui?.readPage());
    if (!mayHoldRecord(site, new URL(location.href), document)) return;
    // The panel's frame loads (hidden) while stage 2 loads and reads the page: it shows it, or removes it.
    const offerId = newOfferId();
    const early: EarlyPanel = { offerId, host: createPanelHost({ offerId, view: 'single', count: 1, index: 0 }, true) };
    void load().then((ui) => (ui ? ui.readPage(early) : early.host.remove()));
  };
  check();
  if (SITES[site].followsNavigation) ctx.addEventListener(window, 'wxt:locationchange', check);

  // The context menu and the keyboard shortcut arrive from the background; the panel acts on them.
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || (message as { type?: string } | null)?.type !== 'page.save') return;
    void load().then((ui) => ui?.activate());
  });
  timings.stage1Ms = performance.now() - started;
}
