/**
 * Shared by every platform's content script: read the page with its extractor and, when a
 * partner can be saved from it, put the Save control next to its title inside an open shadow
 * root (page styles cannot reach it, ours cannot leak out). Also answers the context menu and
 * keyboard shortcut, and re-reads single-page apps when they navigate.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LAYOUT_CHANGED_WARNING, type Extractor } from '@/lib/extractors/types';
import type { SiteDefinition } from '@/lib/platforms/define';
import { sendMessage } from '@/lib/send';
import type { ExtractionResult } from '@/lib/model';
import { PageApp } from './PageApp';
import { MultiSaveApp } from './MultiSaveApp';
import { manualPrefill } from './manual';
import { createShadowHost, type ShadowHost } from './shadow-host';

const SAVEABLE = new Set(['organisation', 'partner-request', 'project', 'list']);

export interface MountOptions {
  /** Platforms rendered from a data service (PRP) read it instead of, or before, the DOM. */
  loadExtraction?: (url: URL) => Promise<ExtractionResult | undefined>;
}

/** A reader's bug must never break the platform's page: it becomes "could not read". */
function safeExtract(extractor: Extractor, url: URL): ExtractionResult {
  try {
    return extractor.extract(document, url);
  } catch (error) {
    console.warn('[Partner Pipeline] could not read this page', error);
    return { platform: extractor.platform, pageType: 'unknown', organisations: [], opportunity: null, warnings: [] };
  }
}

export async function mountPageUi(ctx: ContentScriptContext, site: SiteDefinition, options: MountOptions = {}): Promise<void> {
  const extractor = site.reader;
  let ui: ShadowHost | undefined;
  let activate: (() => void) | undefined;

  /** On a result list, a host in each organisation's tile, when the reader can name them all. */
  const tileHosts = (extraction: ExtractionResult): ShadowHost[] => {
    if (extraction.pageType !== 'list' || !extractor.anchors) return [];
    const anchors = extractor.anchors(document, new URL(location.href));
    if (anchors.length !== extraction.organisations.length) return [];
    return anchors.map((anchor) => createShadowHost(anchor, 'last', 'partner-pipeline-tile'));
  };

  const show = (extraction: ExtractionResult, startOpen: boolean) => {
    ui?.remove();
    activate = undefined;
    const pageUrl = location.href;
    const title = document.querySelector('h1');
    const registerActivate = (fn: () => void) => (activate = fn);
    const host = createShadowHost(title ?? document.body, title ? 'after' : 'first');
    const tiles = extraction.organisations.length > 1 ? tileHosts(extraction) : [];
    const props = { extraction, pageUrl, startOpen, registerActivate };
    const prefill = manualPrefill(document, window.getSelection()?.toString() ?? '');
    const tileContainers = tiles.map((tile) => tile.container);
    render(extraction.organisations.length > 1 ? <MultiSaveApp {...props} tileContainers={tileContainers} /> : <PageApp {...props} prefill={prefill} />, host.container);
    ui = {
      container: host.container,
      remove: () => {
        render(null, host.container);
        host.remove();
        for (const tile of tiles) {
          render(null, tile.container);
          tile.remove();
        }
      },
    };
  };

  const readPage = async () => {
    const url = new URL(location.href);
    const pageType = extractor.detect(url, document);
    if (!pageType || !SAVEABLE.has(pageType)) {
      ui?.remove();
      ui = undefined;
      activate = undefined;
      return;
    }
    const extraction = (await options.loadExtraction?.(url).catch(() => undefined)) ?? safeExtract(extractor, url);
    // A known kind of page without its anchors: tell the pipeline its reader may be outdated.
    if (extraction.platform && extraction.warnings.includes(LAYOUT_CHANGED_WARNING)) {
      void sendMessage({ type: 'page.looksDifferent', platform: extraction.platform, pageUrl: url.href });
    }
    // A list with nothing readable offers nothing; a record page always offers at least hand entry.
    if (pageType === 'list' && extraction.organisations.length === 0) return;
    show(extraction, false);
  };

  await readPage();
  ctx.onInvalidated(() => ui?.remove());
  if (site.followsNavigation) ctx.addEventListener(window, 'wxt:locationchange', () => void readPage());

  // The context menu and the keyboard shortcut arrive from the background.
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || (message as { type?: string } | null)?.type !== 'page.save') return;
    if (activate) activate();
    else show({ platform: null, pageType: 'unknown', organisations: [], opportunity: null, warnings: [] }, true);
  });
}
