/**
 * A site as the content scripts and the registry see it: its facts, its match patterns and its
 * readers as one reader. Each site module imports only its own readers, so a content script carries
 * no other platform's code; ./registry.ts gathers the sites for everything else.
 */
import type { ExtractionResult } from '../domain/model';
import { emptyResult, type Extractor } from '../extractors/types';
import { SITES, siteMatches, type Platform, type SiteId } from './facts';

export interface SiteDefinition {
  id: SiteId;
  matches: string[];
  followsNavigation: boolean;
  /** The site's readers in the order they are asked (SITES[id].platforms). */
  readers: Extractor[];
  /** The readers as one: the first that recognises the page reads it. */
  reader: Extractor;
}

function combine(first: Extractor, readers: Extractor[]): Extractor {
  if (readers.length === 1) return first;
  const pick = (url: URL, doc?: Document) => readers.find((reader) => reader.detect(url, doc) !== null) ?? first;
  return {
    platform: first.platform,
    detect: (url, doc) => pick(url, doc).detect(url, doc),
    extract: (doc, url) => pick(url, doc).extract(doc, url),
    extractData: (data, url): ExtractionResult => pick(url).extractData?.(data, url) ?? emptyResult(pick(url).platform),
    anchors: (doc, url) => pick(url, doc).anchors?.(doc, url) ?? [],
  };
}

/** Readers must be given in the site's reading order: the registry's convention test holds that. */
export function defineSite(id: SiteId, readers: [Extractor, ...Extractor[]]): SiteDefinition {
  const { followsNavigation } = SITES[id];
  return { id, matches: siteMatches(id), followsNavigation, readers, reader: combine(readers[0], readers) };
}

/** The platforms a site's readers claim, in order (for the convention test). */
export const platformsRead = (site: SiteDefinition): Platform[] => site.readers.map((reader) => reader.platform);
