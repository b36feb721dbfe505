/** How stage 1 finds stage 2 once its script has run: a registry in the content script's own world. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteId } from '@/lib/platforms/facts';

export const READERS_GLOBAL = 'partnerPipelineReaders';

export interface PageUi {
  /** Reads the page and frames the panel, or removes it where nothing can be saved. */
  readPage: () => Promise<void>;
  /** The context menu or shortcut: the panel saves, or offers hand entry where nothing was read. */
  activate: () => void;
}

export type ReaderRegistry = Partial<Record<SiteId, (ctx: ContentScriptContext) => PageUi>>;

/** Stage 2's script per site (entrypoints/<site>-reader.ts), web-accessible to the site's pages. */
export const readerPath = (site: SiteId) => `/${site}-reader.js` as const;
