/**
 * OTLAS, SALTO-YOUTH's partner finding: partner requests ("projects"), organisation profiles and
 * project search results (shared/docs/platforms.md §1). Server-rendered pages with classes a working
 * scraper relies on. The URL decides the page type; the DOM only fills it in.
 */
import type { ExtractedOrganisation, ExtractionResult, Opportunity, PageType } from '../domain/model';
import { cleanOpportunity, cleanOrganisation, cleanResult } from './clean';
import { blockText } from './block-text';
import { inline, isRecordText, readMetaLineNear, titleFromDocument } from './otlas-lines';
import { withConfidence } from './confidence';
import { nameBySlug } from './evidence';
import { recordScope } from './scope';
import { safeHttpUrl } from './text';
import { warning, type Warning } from '../domain/warnings';
import type { Extractor } from './types';
import { inTile, picker, readOrganisation, readRequestFacts, readWebsite, readWhere } from './otlas-fields';
import {
  SELECTORS,
  PATHS,
  SHORT_URL,
  LOGIN_GATE,
  FOUND_RESULTS,
  detect,
  toolPath,
  isOtlasUrl,
  pageUrl,
  requestId,
} from './otlas-page';

type Draft = { organisations: ExtractedOrganisation[]; opportunity: Opportunity | null; warnings: Warning[] };

/** Another request's or organisation's page: the tile around such a link is not this record. */
const otherRecord = (pageType: PageType) => (u: URL) => {
  const path = toolPath(u);
  return (
    path !== null && (PATHS.partnerRequest.test(path) || (pageType === 'organisation' && PATHS.organisation.test(path)))
  );
};

function readPartnerRequest(doc: Document, url: URL): Draft {
  const scope = recordScope(doc, url, otherRecord('partner-request'), (el) => isRecordText(inline(el)));
  const root = doc.body ?? doc.documentElement;
  const find = picker(scope);
  const warnings: Warning[] = [];
  const heading = scope.heading;
  const { organisation, located } = readOrganisation(root, url, warnings, find);
  if (!organisation) warnings.push(warning('noOrganisation'));
  else if (!located) warnings.push(warning('noBasedIn'));
  // Both sentences are the site's own and unmistakable, so they are looked for on the whole page.
  const pageText = inline(doc.body);
  if (LOGIN_GATE.test(pageText)) warnings.push(warning('contactHidden'));
  const idInUrl = requestId(url);
  const idOnPage = SHORT_URL.exec(doc.querySelector(SELECTORS.shortUrlLink)?.getAttribute('href') ?? pageText)?.[1];
  if (idInUrl && idOnPage && idInUrl !== idOnPage)
    warnings.push(warning('requestMismatch', { inAddress: idInUrl, onPage: idOnPage }));
  const title = heading ? inline(heading) : titleFromDocument(doc);
  // The record's core on a request is its title: only without one does the page "look different".
  if (!title) warnings.unshift(warning('layoutChanged'), warning('noTitle'));
  const opportunity = cleanOpportunity({
    kind: 'partner-request',
    title,
    url: pageUrl(url),
    identifier: idInUrl ?? idOnPage,
    ...readRequestFacts(root, find),
    description: blockText(find(root, SELECTORS.description)),
  });
  return { organisations: organisation ? [organisation] : [], opportunity, warnings };
}

function readOrganisationProfile(doc: Document, url: URL): Draft {
  const scope = recordScope(doc, url, otherRecord('organisation'), (el) => isRecordText(inline(el)));
  const root = doc.body ?? doc.documentElement;
  const find = picker(scope);
  const warnings: Warning[] = [];
  const name = scope.heading ? inline(scope.heading) : nameBySlug(doc, url, scope.excluded);
  const nameElement = scope.heading ?? null;
  const { where, found } = name ? readWhere(root, find, nameElement, warnings) : { where: {}, found: false };
  const fallback = found || !name ? {} : readMetaLineNear(doc, name, scope);
  const organisation = name
    ? cleanOrganisation({
        name,
        ...where,
        ...fallback,
        website: readWebsite(root, find),
        description: blockText(find(root, SELECTORS.description)),
        profileUrl: pageUrl(url),
      })
    : undefined;
  if (!organisation) warnings.unshift(warning('layoutChanged'), warning('noOrganisation'));
  else if (!organisation.country) warnings.push(warning('noBasedIn'));
  if (LOGIN_GATE.test(inline(doc.body))) warnings.push(warning('contactHidden'));
  return { organisations: organisation ? [organisation] : [], opportunity: null, warnings };
}

// Not isChrome: a search form may well wrap the results, and forms count as chrome there.
const resultTiles = (doc: Document) =>
  Array.from(doc.querySelectorAll(SELECTORS.tile))
    .filter((tile) => !tile.closest('nav, footer'))
    .slice(0, 200);

/** Each search result tile as the organisation that posted it and its request, in page order. */
export function readOtlasTiles(
  doc: Document,
  url: URL,
): Array<{ tile: Element; organisation: ExtractedOrganisation; opportunity: Opportunity | null }> {
  return resultTiles(doc).flatMap((tile) => {
    const { organisation } = readOrganisation(tile, url, [], inTile);
    if (!organisation) return [];
    const titleLink = inTile(tile, SELECTORS.tileTitleLink);
    const href = safeHttpUrl(titleLink?.getAttribute('href'), url);
    const requestUrl = href && isOtlasUrl(href) ? new URL(href) : undefined;
    const opportunity = requestUrl
      ? cleanOpportunity({
          kind: 'partner-request',
          title: inline(titleLink),
          url: pageUrl(requestUrl),
          identifier: requestId(requestUrl),
          ...readRequestFacts(tile, inTile),
          description: blockText(inTile(tile, SELECTORS.tileSummary)),
        })
      : null;
    return [{ tile, organisation, opportunity }];
  });
}

function readList(doc: Document, url: URL): Draft {
  const tiles = readOtlasTiles(doc, url);
  const warnings: Warning[] = [];
  const unread = resultTiles(doc).length - tiles.length;
  if (unread > 0) warnings.push(warning('unreadResults', { count: unread }));
  const found = Number(FOUND_RESULTS.exec(inline(doc.body))?.[1] ?? 0);
  if (tiles.length + unread === 0 && found > 0) warnings.push(warning('layoutChanged'), warning('noSearchResults'));
  return { organisations: tiles.map((tile) => tile.organisation), opportunity: null, warnings };
}

const READERS: Partial<Record<PageType, (doc: Document, url: URL) => Draft>> = {
  'partner-request': readPartnerRequest,
  organisation: readOrganisationProfile,
  list: readList,
};

export const otlas: Extractor = {
  platform: 'otlas',
  detect,
  extract(doc, url): ExtractionResult {
    const pageType = detect(url, doc) ?? 'unknown';
    const result = cleanResult({
      platform: 'otlas',
      pageType,
      organisations: [],
      opportunity: null,
      warnings: [],
      ...READERS[pageType]?.(doc, url),
    });
    return pageType === 'list' ? result : withConfidence(result, doc, url);
  },
  anchors: (doc, url) => (detect(url, doc) === 'list' ? readOtlasTiles(doc, url).map(({ tile }) => tile) : []),
};
