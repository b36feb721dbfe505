/**
 * The registry of page readers, one per platform, and the routing every caller uses:
 * content scripts (extractPage), the PRP data path (extractData) and `npm run extract`.
 */
import type { ExtractionResult, Platform } from '../model';
import { epale } from './epale';
import { esep } from './esep';
import { etwinning } from './etwinning';
import { otlas } from './otlas';
import { prp } from './prp';
import { emptyResult, type Extractor } from './types';

/** Tried in order: the first whose `detect` recognises the URL reads the page. One extractor per line. */
export const EXTRACTORS: Extractor[] = [
  otlas,
  prp,
  epale,
  etwinning, // before esep: same host; esep also declines /etwinning/ paths
  esep,
];

const UNREADABLE_PAGE = 'Partner Pipeline could not read this page. You can still add the partner by hand.';
const UNREADABLE_DATA = 'Partner Pipeline cannot read saved data for this address.';

export function findExtractor(url: URL, doc?: Document): Extractor | undefined {
  return EXTRACTORS.find((extractor) => extractor.detect(url, doc) !== null);
}

/** Reads a platform page; any other page is 'unknown'. A reader's bug becomes a warning, never a crash on the page. */
export function extractPage(doc: Document, url: URL): ExtractionResult {
  const extractor = findExtractor(url, doc);
  if (!extractor) return emptyResult(null);
  try {
    return extractor.extract(doc, url);
  } catch (error) {
    console.error('Partner Pipeline: reading this page failed', error); // the stack is for the maintainer
    return emptyResult(extractor.platform, 'unknown', [UNREADABLE_PAGE]);
  }
}

/** Reads a saved response of a platform's data service (the PRP project card), routed by the page URL. */
export function extractData(data: unknown, url: URL): ExtractionResult {
  const extractor = findExtractor(url);
  if (!extractor?.extractData) return emptyResult(extractor?.platform ?? null, 'unknown', [UNREADABLE_DATA]);
  try {
    return extractor.extractData(data, url);
  } catch (error) {
    console.error('Partner Pipeline: reading saved data failed', error);
    return emptyResult(extractor.platform, 'unknown', [UNREADABLE_DATA]);
  }
}

/** The platform a URL belongs to, or null (also for text that is not a URL). */
export function detectPlatformOfUrl(url: string): Platform | null {
  try {
    return findExtractor(new URL(url))?.platform ?? null;
  } catch {
    return null;
  }
}
