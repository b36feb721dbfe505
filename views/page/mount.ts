/**
 * Stage 2 of every platform's content script (stage 1, ./stage1.ts, loads it on pages that may hold
 * a record or a list): read the page with its site's reader and, when a partner can be saved from
 * it, frame our panel next to its title (and a Save button into each result of a list). It only
 * reads the page and places the frames; the panel itself is an extension page that talks to the
 * background (lib/protocol/panel-offers explains the binding).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Extractor } from '@/lib/extractors/types';
import { hasWarning } from '@/lib/domain/warnings';
import type { SiteDefinition } from '@/lib/platforms/define';
import { sendMessage } from '@/lib/protocol/send';
import type { ExtractionResult } from '@/lib/domain/model';
import { manualPrefill } from './manual';
import { createFrameHost, createPanelHost, newOfferId, type FrameHost } from './frame-host';
import type { PanelView } from './panel-hint';
import { READERS_GLOBAL, type EarlyPanel, type PageUi, type ReaderRegistry } from './stage2-contract';
import { timings } from './timings';
import { loadDictionaries } from './dictionary-loader';
import { listenForRuleRequests, withPageRules, type Ruled } from './page-rules-tab';
import { answerReportRequests } from './report-listener';

const SAVEABLE = new Set(['organisation', 'partner-request', 'project', 'list']);
const NOTHING_READ: ExtractionResult = {
  platform: null,
  pageType: 'unknown',
  organisations: [],
  opportunity: null,
  warnings: [],
};

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
    return { ...NOTHING_READ, platform: extractor.platform };
  }
}

const viewOf = (extraction: ExtractionResult): PanelView =>
  extraction.organisations.length > 1 ? 'list' : extraction.pageType === 'unknown' ? 'manual' : 'single';

/** Runs when stage 2's script is imported: makes this site's page UI available to stage 1. */
export function registerReader(site: SiteDefinition, options: MountOptions = {}): void {
  const scope = globalThis as unknown as { [READERS_GLOBAL]?: ReaderRegistry };
  const registry = (scope[READERS_GLOBAL] ??= {});
  registry[site.id] = (ctx) => createPageUi(ctx, site, options);
}

export function createPageUi(ctx: ContentScriptContext, site: SiteDefinition, options: MountOptions = {}): PageUi {
  const extractor = site.reader;
  let hosts: FrameHost[] = [];
  let offerId: string | undefined;
  let current: { extraction: ExtractionResult; url: URL } | undefined;

  const clear = () => {
    for (const host of hosts) host.remove();
    hosts = [];
    offerId = undefined;
  };

  /** On a result list, a frame in each organisation's tile, when the reader can name them all. */
  const tileHosts = (extraction: ExtractionResult, id: string): FrameHost[] => {
    if (extraction.pageType !== 'list' || !extractor.anchors) return [];
    const anchors = extractor.anchors(document, new URL(location.href));
    if (anchors.length !== extraction.organisations.length) return [];
    const hint = (index: number) => ({ offerId: id, view: 'tile' as const, count: anchors.length, index });
    return anchors.map((anchor, index) => createFrameHost(anchor, 'last', hint(index), 'partner-pipeline-tile'));
  };

  const show = (extraction: ExtractionResult, startOpen: boolean, early?: EarlyPanel, ruled: Ruled = {}) => {
    const { rules, values } = ruled;
    clear();
    const id = early?.offerId ?? newOfferId();
    offerId = id;
    const hint = { offerId: id, view: viewOf(extraction), count: extraction.organisations.length, index: 0 };
    hosts = [early?.host ?? createPanelHost(hint)];
    if (extraction.organisations.length > 1) hosts.push(...tileHosts(extraction, id));
    // What the user's rules read where no organisation came of it (no name) starts hand entry, to check.
    const prefill = { ...manualPrefill(document, window.getSelection()?.toString() ?? ''), ...values };
    // The frames may ask before this arrives: the background holds their question until it does.
    current = { extraction, url: new URL(location.href) };
    const offer = { offerId: id, pageUrl: location.href, extraction, prefill, startOpen, ...(rules ? { rules } : {}) };
    void sendMessage({ type: 'panel.offer', ...offer });
    for (const host of hosts) host.reveal();
    timings.revealedAt ??= performance.timeOrigin + performance.now();
  };

  const readPage = async (early?: EarlyPanel) => {
    const url = new URL(location.href);
    const pageType = extractor.detect(url, document);
    if (!pageType || !SAVEABLE.has(pageType)) {
      early?.host.remove();
      return clear();
    }
    // The user's page rules arrive while the dictionaries load and the reader reads.
    const rulesAsked = sendMessage({ type: 'pageRules.forPage', pageType });
    await loadDictionaries(url, document);
    const reading = performance.now();
    const builtIn = (await options.loadExtraction?.(url).catch(() => undefined)) ?? safeExtract(extractor, url);
    timings.extractMs ??= performance.now() - reading;
    const { extraction, ...ruled } = await withPageRules(builtIn, rulesAsked, url);
    // A known kind of page without its anchors: tell the pipeline its reader may be outdated.
    if (builtIn.platform && hasWarning(builtIn.warnings, 'layoutChanged')) {
      void sendMessage({ type: 'page.looksDifferent', platform: builtIn.platform, pageUrl: url.href });
    }
    // A list with nothing readable offers nothing; a record page always offers at least hand entry.
    if (pageType === 'list' && extraction.organisations.length === 0) return early?.host.remove();
    show(extraction, false, early, ruled);
  };

  ctx.onInvalidated(clear);
  ctx.onInvalidated(listenForRuleRequests({ current: () => current, dock: (picking) => hosts[0]?.dock(picking) }));
  ctx.onInvalidated(answerReportRequests(() => offerId));
  return {
    readPage,
    // With a panel on the page, the panel acts (through the background); else hand entry opens.
    activate: () => (offerId ? void sendMessage({ type: 'panel.activate', offerId }) : show(NOTHING_READ, true)),
  };
}
