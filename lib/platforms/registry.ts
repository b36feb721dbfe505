/**
 * The platform registry: every site with its readers, and each platform's facts (./facts.ts) joined
 * with its reader. What reads pages outside a content script goes through here — `npm run extract`,
 * the background and the fixture tests — and the content scripts run the same site definitions, so
 * the fixtures test exactly what ships. Adding a platform: its facts, its site module, its fixtures.
 */
import type { ExtractionResult } from '../domain/model';
import { warning } from '../domain/warnings';
import { emptyResult, type Extractor } from '../extractors/types';
import type { SiteDefinition } from './define';
import { PLATFORM_FACTS, PLATFORMS, siteOfUrl, type Platform, type PlatformFacts, type SiteId } from './facts';
import { SITE_DEFINITIONS } from './sites/index';
import { useEveryLanguage } from '../extractors/label-tables';

// What reads through the registry knows every language's labels; a page's stage 2 imports its one
// site and loads its languages as data instead (views/page/dictionary-loader.ts).
useEveryLanguage();

export const SITE_REGISTRY = Object.fromEntries(SITE_DEFINITIONS.map((site) => [site.id, site])) as Record<
  SiteId,
  SiteDefinition
>;

export interface PlatformDefinition extends PlatformFacts {
  id: Platform;
  reader: Extractor;
}

const readerOf = (id: Platform): Extractor => {
  const reader = SITE_REGISTRY[PLATFORM_FACTS[id].site].readers.find((candidate) => candidate.platform === id);
  if (!reader) throw new Error(`No reader for platform ${id}`);
  return reader;
};

export const PLATFORM_REGISTRY: Record<Platform, PlatformDefinition> = Object.fromEntries(
  PLATFORMS.map((id) => [id, { id, ...PLATFORM_FACTS[id], reader: readerOf(id) }]),
) as Record<Platform, PlatformDefinition>;

/** The reader for a page: its site's first reader that recognises the URL (and, if given, the document). */
export function findReader(url: URL, doc?: Document): Extractor | undefined {
  const site = siteOfUrl(url);
  return site ? SITE_REGISTRY[site].readers.find((reader) => reader.detect(url, doc) !== null) : undefined;
}

/** Reads a platform page; any other page is 'unknown'. A reader's bug becomes a warning, never a crash. */
export function extractPage(doc: Document, url: URL): ExtractionResult {
  const reader = findReader(url, doc);
  if (!reader) return emptyResult(null);
  try {
    return reader.extract(doc, url);
  } catch (error) {
    console.error('Partner Pipeline: reading this page failed', error); // the stack is for the maintainer
    return emptyResult(reader.platform, 'unknown', [warning('unreadablePage')]);
  }
}

/** Reads a saved response of a platform's data service (the PRP project card), routed by the page URL. */
export function extractData(data: unknown, url: URL): ExtractionResult {
  const reader = findReader(url);
  if (!reader?.extractData) return emptyResult(reader?.platform ?? null, 'unknown', [warning('unreadableData')]);
  try {
    return reader.extractData(data, url);
  } catch (error) {
    console.error('Partner Pipeline: reading saved data failed', error);
    return emptyResult(reader.platform, 'unknown', [warning('unreadableData')]);
  }
}

/** The platform a URL belongs to, or null (also for text that is not a URL). */
export function detectPlatformOfUrl(url: string): Platform | null {
  try {
    return findReader(new URL(url))?.platform ?? null;
  } catch {
    return null;
  }
}
