/** How stage 1 finds stage 2 once its script has run: a registry in the content script's own world. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteId } from '@/lib/platforms/facts';
import type { FrameHost } from './frame-host';

export const READERS_GLOBAL = 'partnerPipelineReaders';

/** The panel's frame, placed hidden by stage 1 so it loads while stage 2 loads and reads. */
export interface EarlyPanel {
  offerId: string;
  host: FrameHost;
}

export interface PageUi {
  /** Reads the page and frames the panel (showing stage 1's early one), or removes it where nothing can be saved. */
  readPage: (early?: EarlyPanel) => Promise<void>;
  /** The context menu or shortcut: the panel saves, or offers hand entry where nothing was read. */
  activate: () => void;
}

export type ReaderRegistry = Partial<Record<SiteId, (ctx: ContentScriptContext) => PageUi>>;

/** Stage 2's script per site (entrypoints/<site>-reader.ts), web-accessible to the site's pages. */
export const readerPath = (site: SiteId) => `/${site}-reader.js` as const;
