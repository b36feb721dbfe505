/**
 * OTLAS, SALTO-YOUTH's partner finding: partner requests ("projects"), organisation profiles and
 * project search results (shared/docs/platforms.md §1). Server-rendered pages with classes a working
 * scraper relies on. The URL decides the page type; the DOM only fills it in.
 */
import type { ExtractedOrganisation, ExtractionResult, Opportunity, PageType } from '../domain/model';
import { cleanOpportunity, cleanOrganisation, cleanResult } from './clean';
import { countryToIso } from './countries';
import { parseDate, parsePartialDate } from './dates';
import { findAction } from './ids';
import { blockText, isChrome } from './block-text';
import { ACTION_LABEL, BASED_IN, DATES_LABEL, LOOKING_FOR_LABEL, inline, isRecordText, ownText } from './otlas-lines';
import {
  readAction,
  readBasedIn,
  readCountries,
  readDates,
  readMetaLine,
  readMetaLineNear,
  titleFromDocument,
} from './otlas-lines';
import { withConfidence } from './confidence';
import { nameBySlug } from './evidence';
import { recordScope, type Scope } from './scope';
import { normaliseWebsite, safeHttpUrl } from './text';
import { warning, type Warning } from '../domain/warnings';
import type { Extractor } from './types';

const SELECTORS = {
  /** The request title (or the organisation name on a profile): the page's main heading. */
  heading: ['h1'],
  /** The organisation's name link; "-haslogo" is confirmed, the looser one covers a logo-less twin. */
  organisationLink: ['.organisation-name-haslogo a', '[class*="organisation-name"] a', 'a[href*="/organisation/"]'],
  /** "a <type> based in <Country> (<City>)" under the organisation name (confirmed). */
  basedIn: ['.based-in'],
  /** "This project takes place: from 2025-03 till 2026-02" (confirmed). */
  dates: ['.project-dates'],
  /** "and relates to: … (KA220-YOU)" (confirmed). */
  action: ['.project-action'],
  /** The deadline line: its class is a guess, so a "Deadline …:" label is looked for too. */
  deadline: ['.project-deadline'],
  /** Elements that may hold a "Label: value" line or a label cell. */
  labels: ['dt, th, td, dd, li, p, div, span, strong, b, label'],
  /** Free text written by the requester or organisation (confirmed on requests). */
  description: ['.running-text', '.project-description', '.organisation-description'],
  /** One search result (confirmed), its title link and its blurb. */
  tile: 'div.tool-item',
  tileTitleLink: ['h2.project-title a', '.project-title a'],
  tileSummary: ['.project-summary', '.project-description'],
  /** A website link on a profile: a class if present, else a link next to a "Website" label. */
  website: ['.organisation-website a', '.website a', 'a.website'],
  /** The short link printed on every request page: a second anchor for its id (confirmed). */
  shortUrlLink: 'a[href*="otlas-project.salto-youth.net/"]',
} as const;

const TOOL_PATH = '/tools/otlas-partner-finding';
const PATHS = {
  partnerRequest: /^\/project\/(?:[^/]*\.)?(\d+)\/?$/, // the id follows the LAST dot (the slug match is greedy)
  organisation: /^\/organisation\/(?:[^/]*\.)?(\d+)\/?$/,
  list: /^\/projects(?:\/|$)/,
};
const SHORT_URL = /otlas-project\.salto-youth\.net\/(\d+)/i;
const LOGIN_GATE = /Please login to your MySALTO account to see the contact details of this (?:project|organisation)/i;
const FOUND_RESULTS = /We found (\d+) projects? matching your search/i;
/** "Deadline:", "Deadline for partner requests:", or a cell that says only "Deadline". */
const DEADLINE_LABEL = /^(?:application |partner |request )*deadline(?: for [^:\d]{1,40})?(?::|$)/i;
const WEBSITE_LABEL = /^(?:web ?site|homepage|web)\s*:?$/i;

type Draft = { organisations: ExtractedOrganisation[]; opportunity: Opportunity | null; warnings: Warning[] };
type Finder = (root: ParentNode, selectors: readonly string[], accept?: (el: Element) => boolean) => Element | null;

/** Which OTLAS page this is, or null off OTLAS. Cheap: the URL, then one glance for tiles. */
function detect(url: URL, doc?: Document): PageType | null {
  const path = toolPath(url);
  if (path === null) return null;
  if (PATHS.partnerRequest.test(path)) return 'partner-request';
  if (PATHS.organisation.test(path)) return 'organisation';
  return PATHS.list.test(path) || doc?.querySelector(SELECTORS.tile) ? 'list' : 'unknown';
}

/** The path inside the partner-finding tool, or null off OTLAS (otlas.eu may omit the tool prefix). */
function toolPath(url: URL): string | null {
  const path = url.pathname;
  const inTool = path === TOOL_PATH || path.startsWith(`${TOOL_PATH}/`);
  if (/(?:^|\.)salto-youth\.net$/i.test(url.hostname)) return inTool ? path.slice(TOOL_PATH.length) || '/' : null;
  if (/(?:^|\.)otlas\.eu$/i.test(url.hostname)) return inTool ? path.slice(TOOL_PATH.length) || '/' : path;
  return null;
}
const isOtlasUrl = (href: string) => toolPath(new URL(href)) !== null;
const pageUrl = (url: URL) => `${url.origin}${url.pathname}`;
const requestId = (url: URL) => PATHS.partnerRequest.exec(toolPath(url) ?? '')?.[1];
/** A finder over the record: first element for any selector, in order, that the scope does not exclude. */
const picker =
  (scope: Scope): Finder =>
  (root, selectors, accept = () => true) => {
    for (const selector of selectors) {
      const found = Array.from(root.querySelectorAll(selector)).find((el) => accept(el) && !scope.excluded(el));
      if (found) return found;
    }
    return null;
  };
/** The same lookup inside one tile: everything in it belongs to that tile. */
const inTile: Finder = (tile, selectors, accept = () => true) =>
  selectors.map((selector) => Array.from(tile.querySelectorAll(selector)).find(accept)).find(Boolean) ?? null;

/** The text after a label such as "Deadline for partner requests:", in the same element or the next one. */
function valueAfterLabel(root: ParentNode, label: RegExp, find: Finder): string {
  const short = (el: Element) => (el.textContent ?? '').length < 400 && el.children.length <= 2;
  const labelled = find(
    root,
    SELECTORS.labels,
    (el) =>
      (label.test(ownText(el)) || (short(el) && label.test(inline(el)))) &&
      !el.closest(SELECTORS.description.join(', ')),
  );
  return labelled ? inline(labelled).replace(label, '').trim() || inline(labelled.nextElementSibling) : '';
}
/** Where the organisation is based: the confirmed line, else any "based in" sentence, else a meta line by its link. */
function readWhere(
  root: ParentNode,
  find: Finder,
  link: Element | null,
  warnings: Warning[],
): { where: Partial<ExtractedOrganisation>; found: boolean } {
  const basedIn =
    find(root, SELECTORS.basedIn) ??
    find(
      root,
      ['div, p, span, li, dd, td'],
      (el) => el.children.length === 0 && (el.textContent ?? '').length < 300 && BASED_IN.test(inline(el)),
    );
  if (basedIn) return { where: readBasedIn(basedIn, warnings), found: true };
  const near = link?.parentElement;
  for (const el of [near?.nextElementSibling, ...Array.from(near?.children ?? [])]) {
    const meta = el && el !== link ? readMetaLine(el) : {};
    if (meta.country) return { where: meta, found: true };
  }
  return { where: {}, found: false };
}

/** The organisation behind the name link in `root`, with where it is based. */
function readOrganisation(
  root: ParentNode,
  url: URL,
  warnings: Warning[],
  find: Finder,
): { organisation?: ExtractedOrganisation; located: boolean } {
  // The confirmed name classes are trusted with any link; any other link must lead to a profile.
  const isProfileLink = (el: Element) => {
    const href = safeHttpUrl(el.getAttribute('href'), url);
    return !!href && PATHS.organisation.test(toolPath(new URL(href)) ?? '');
  };
  const link =
    find(root, SELECTORS.organisationLink.slice(0, 2), (el) => isRecordText(inline(el))) ??
    find(root, SELECTORS.organisationLink.slice(2), (el) => isRecordText(inline(el)) && isProfileLink(el));
  if (!link) return { located: false };
  const href = safeHttpUrl(link.getAttribute('href'), url);
  const { where, found } = readWhere(root, find, link, warnings);
  const organisation = cleanOrganisation({
    name: inline(link),
    ...where,
    role: 'applicant',
    profileUrl: href && isOtlasUrl(href) ? href : undefined,
  });
  return { organisation, located: found };
}

/** The request's own facts, read in `root` (a whole page or one tile). */
function readRequestFacts(root: ParentNode, find: Finder): Partial<Opportunity> {
  const datesText = inline(find(root, SELECTORS.dates)) || valueAfterLabel(root, DATES_LABEL, find);
  const countries = /\bfrom\s+(.+)$/i.exec(valueAfterLabel(root, LOOKING_FOR_LABEL, find))?.[1];
  return {
    action: readAction(
      inline(find(root, SELECTORS.action)).replace(ACTION_LABEL, '').trim() ||
        valueAfterLabel(root, ACTION_LABEL, find),
    ),
    ...readDates(datesText),
    deadline: parseDate(inline(find(root, SELECTORS.deadline)) || valueAfterLabel(root, DEADLINE_LABEL, find), 'en'),
    countries: countries ? readCountries(countries) : undefined,
  };
}

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

/** A labelled link to the organisation's own site; never a link back to SALTO or OTLAS. */
function readWebsite(root: ParentNode, find: Finder): string | undefined {
  const label = find(
    root,
    SELECTORS.labels,
    (el) =>
      WEBSITE_LABEL.test(ownText(el)) ||
      (WEBSITE_LABEL.test(inline(el).replace(/:.*$/, ':')) && el.children.length <= 2),
  );
  const next = label?.nextElementSibling; // <dt>Website</dt><dd><a …></dd>, <strong>Website:</strong> <a …>
  const own = label?.querySelector('a[href]');
  const link = find(root, SELECTORS.website) ?? own ?? (next?.matches('a') ? next : next?.querySelector('a'));
  const website = normaliseWebsite(link?.getAttribute('href'));
  return website && !/(?:^|\.)(?:salto-youth\.net|otlas\.eu)$/i.test(new URL(website).hostname) ? website : undefined;
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
