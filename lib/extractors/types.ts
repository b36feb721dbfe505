import type { ExtractionResult, PageType, Platform } from '../domain/model';
import type { Warning } from '../domain/warnings';

/**
 * One reader per platform (the Zotero-translator shape): a cheap `detect` that routes by URL
 * (and at most a glance at the document), and a pure `extract` that reads the page.
 * Neither touches `browser.*`, the network, globals, or mutates `doc`.
 */
export interface Extractor {
  platform: Platform;
  /** Which kind of page this is, or null when it is not this platform's. Cheap: URL first. */
  detect(url: URL, doc?: Document): PageType | null;
  extract(doc: Document, url: URL): ExtractionResult;
  /** For platforms whose pages are rendered from a data service (PRP): read its saved JSON. */
  extractData?(data: unknown, url: URL): ExtractionResult;
  /** On lists: the element of each organisation `extract` returns, in its order (where a Save control goes). */
  anchors?(doc: Document, url: URL): Element[];
}

/** Warnings are codes with parameters (lib/domain/warnings.ts): `layoutChanged` when a known page lacks its anchors. */
export function emptyResult(
  platform: Platform | null,
  pageType: PageType = 'unknown',
  warnings: Warning[] = [],
): ExtractionResult {
  return { platform, pageType, organisations: [], opportunity: null, warnings };
}
