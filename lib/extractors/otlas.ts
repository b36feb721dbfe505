/**
 * OTLAS, SALTO-YOUTH's partner finding: partner requests ("projects"), organisation profiles and
 * project search results (shared/docs/platforms.md §1). Server-rendered pages with classes a working
 * scraper relies on. The URL decides the page type; the DOM only fills it in.
 */
import type { ExtractedOrganisation, ExtractionResult, Opportunity, PageType } from '../model';
import { cleanOpportunity, cleanOrganisation, cleanResult } from './clean';
import { countryToIso } from './countries';
import { parseDate, parsePartialDate } from './dates';
import { findAction } from './ids';
import { blockText, isChrome } from './labels';
import { firstMatch, normaliseWebsite, safeHttpUrl } from './text';
import { CONTACT_HIDDEN_WARNING, LAYOUT_CHANGED_WARNING, type Extractor } from './types';

const SELECTORS = {
  /** The page body without the site's own header and menus; the record lives here. */
  content: ['#content', 'main', '[role="main"]', 'body'],
  /** Related-request tiles on a detail page belong to other organisations. */
  relatedTile: '.tool-item',
  /** The request title (or the organisation name on a profile): the page's main heading. */
  heading: ['h1'],
  /** The organisation's name link; "-haslogo" is confirmed, the looser one covers a logo-less twin. */
  organisationLink: ['.organisation-name-haslogo a', '[class*="organisation-name"] a'],
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
  organisation: /^\/organisation\/(?:[^/]*\.)?(\d+)\/?$/, list: /^\/projects(?:\/|$)/,
};
const SHORT_URL = /otlas-project\.salto-youth\.net\/(\d+)/i;
const LOGIN_GATE = /Please login to your MySALTO account to see the contact details of this (?:project|organisation)/i;
const FOUND_RESULTS = /We found (\d+) projects? matching your search/i;
/** "Deadline:", "Deadline for partner requests:", or a cell that says only "Deadline". */
const DEADLINE_LABEL = /^(?:application |partner |request )*deadline(?: for [^:\d]{1,40})?(?::|$)/i;
const WEBSITE_LABEL = /^(?:web ?site|homepage|web)\s*:?$/i;
/** The site's own names and generic headings: never an organisation or a request title. */
const NOT_A_RECORD = /^(?:salto[-\s]?youth(?:\.net)?|otlas(?: partner finding)?|partner finding|mysalto|home|log ?in|organisations?(?: profile)?|projects?|search results)$/i;
const BASED_IN = /^(?:an?\s+)?(.*?)\s*\bbased\s+in\s+([^()]+?)\s*(?:\(([^()]*)\)?)?[\s.]*$/i;

const NO_ORGANISATION = 'Could not find the organisation on this page.';
const NO_BASED_IN = 'Could not read where the organisation is based.';

type Draft = { organisations: ExtractedOrganisation[]; opportunity: Opportunity | null; warnings: string[] };
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
const isRecordText = (text: string) => text !== '' && !NOT_A_RECORD.test(text);
/** Visible text on one line: blockText already leaves scripts, styles and buttons out. */
const inline = (el: Element | null | undefined) => blockText(el).replace(/\s+/g, ' ');
/** An element's own text, without its children's: cheap enough to test every element for a label. */
const ownText = (el: Element) => Array.from(el.childNodes, (n) => (n.nodeType === 3 ? n.nodeValue : '')).join('').replace(/\s+/g, ' ').trim();

/** First element for any selector, in order, that is neither chrome nor a related tile and passes `accept`. */
const pick: Finder = (root, selectors, accept = () => true) => {
  for (const selector of selectors) {
    const found = Array.from(root.querySelectorAll(selector)).find((el) => accept(el) && !isChrome(el) && !el.closest(SELECTORS.relatedTile));
    if (found) return found;
  }
  return null;
};
/** The same lookup inside one tile: everything in it belongs to that tile. */
const inTile: Finder = (tile, selectors, accept = () => true) =>
  selectors.map((selector) => Array.from(tile.querySelectorAll(selector)).find(accept)).find(Boolean) ?? null;
const contentRoot = (doc: Document): Element => firstMatch(doc, SELECTORS.content) ?? doc.documentElement;

/** The text after a label such as "Deadline for partner requests:", in the same element or the next one. */
function valueAfterLabel(root: ParentNode, label: RegExp, find: Finder): string {
  const labelled = find(root, SELECTORS.labels, (el) => label.test(ownText(el)) && !el.closest(SELECTORS.description.join(', ')));
  return labelled ? inline(labelled).replace(label, '').trim() || inline(labelled.nextElementSibling) : '';
}
/** "This project takes place: from 2025-03 till 2026-02" → months or days as stated. */
function readDates(text: string): Partial<Opportunity> {
  const m = /(?:from\s+)?(.+?)\s+(?:till|until|to|–|—)\s+(.+)$/i.exec(text.replace(/^[^:]*:\s*/, ''));
  return m ? { startDate: parsePartialDate(m[1], 'en'), endDate: parsePartialDate(m[2], 'en') } : {};
}
/** An Erasmus+ or ESC action code; KA15x exist only in the youth field, so "-YOU" is implied. */
function readAction(text: string): string | undefined {
  const code = findAction(text) ?? /\bESC\d{2}(?:-[A-Z]{3})?\b/.exec(text)?.[0];
  return code && /^KA15\d$/.test(code) ? `${code}-YOU` : code;
}

/** "a Non-profit/ non-governmental organisation based in Poland (Łódź)" → type, country, city. */
function readBasedIn(el: Element | null, warnings: string[]): Partial<ExtractedOrganisation> {
  const m = BASED_IN.exec(inline(el).slice(0, 1000));
  if (!m) return {};
  const countryName = m[2]!.trim();
  const country = countryToIso(countryName);
  if (!country) warnings.push(`Could not recognise the country "${countryName.slice(0, 100)}".`);
  return { type: m[1]?.trim() || undefined, country, city: m[3]?.trim() || undefined };
}

/** The organisation behind the name link in `root`, with its "based in" line. */
function readOrganisation(root: ParentNode, url: URL, warnings: string[], find: Finder): ExtractedOrganisation | undefined {
  const link = find(root, SELECTORS.organisationLink, (el) => isRecordText(inline(el)));
  if (!link) return undefined;
  const href = safeHttpUrl(link.getAttribute('href'), url);
  return cleanOrganisation({
    name: inline(link), ...readBasedIn(find(root, SELECTORS.basedIn), warnings), role: 'applicant',
    profileUrl: href && isOtlasUrl(href) ? href : undefined,
  });
}

/** The request's own facts, read in `root` (a whole page or one tile). */
function readRequestFacts(root: ParentNode, find: Finder): Partial<Opportunity> {
  return {
    action: readAction(inline(find(root, SELECTORS.action))),
    ...readDates(inline(find(root, SELECTORS.dates))),
    deadline: parseDate(inline(find(root, SELECTORS.deadline)) || valueAfterLabel(root, DEADLINE_LABEL, find), 'en'),
  };
}

function readPartnerRequest(doc: Document, url: URL): Draft {
  const root = contentRoot(doc);
  const warnings: string[] = [];
  const heading = pick(root, SELECTORS.heading, (el) => isRecordText(inline(el)));
  const organisation = readOrganisation(root, url, warnings, pick);
  const basedIn = pick(root, SELECTORS.basedIn);
  if (!heading || !organisation || !basedIn) warnings.unshift(LAYOUT_CHANGED_WARNING);
  if (!organisation) warnings.push(NO_ORGANISATION);
  else if (!basedIn) warnings.push(NO_BASED_IN);
  // Both sentences are the site's own and unmistakable, so they are looked for on the whole page.
  const pageText = inline(doc.body);
  if (LOGIN_GATE.test(pageText)) warnings.push(CONTACT_HIDDEN_WARNING);
  const idInUrl = requestId(url);
  const idOnPage = SHORT_URL.exec(doc.querySelector(SELECTORS.shortUrlLink)?.getAttribute('href') ?? pageText)?.[1];
  if (idInUrl && idOnPage && idInUrl !== idOnPage) warnings.push(`The page address says request ${idInUrl} but the page shows request ${idOnPage}.`);
  const title = heading ? inline(heading) : titleFromDocument(doc);
  if (!title) warnings.push('Could not find the title of this partner request.');
  const opportunity = cleanOpportunity({
    kind: 'partner-request', title, url: pageUrl(url), identifier: idInUrl ?? idOnPage,
    ...readRequestFacts(root, pick), description: blockText(pick(root, SELECTORS.description)),
  });
  return { organisations: organisation ? [organisation] : [], opportunity, warnings };
}

function readOrganisationProfile(doc: Document, url: URL): Draft {
  const root = contentRoot(doc);
  const warnings: string[] = [];
  const heading = pick(root, SELECTORS.heading, (el) => isRecordText(inline(el)));
  const basedIn = pick(root, SELECTORS.basedIn);
  const organisation = heading ? cleanOrganisation({
    name: inline(heading), ...readBasedIn(basedIn, warnings), website: readWebsite(root),
    description: blockText(pick(root, SELECTORS.description)), profileUrl: pageUrl(url),
  }) : undefined;
  if (!organisation || !basedIn) warnings.unshift(LAYOUT_CHANGED_WARNING);
  if (!organisation) warnings.push(NO_ORGANISATION);
  else if (!basedIn) warnings.push(NO_BASED_IN);
  if (LOGIN_GATE.test(inline(doc.body))) warnings.push(CONTACT_HIDDEN_WARNING);
  return { organisations: organisation ? [organisation] : [], opportunity: null, warnings };
}

/** A labelled link to the organisation's own site; never a link back to SALTO or OTLAS. */
function readWebsite(root: ParentNode): string | undefined {
  const label = pick(root, SELECTORS.labels, (el) => WEBSITE_LABEL.test(ownText(el)));
  const next = label?.nextElementSibling; // <dt>Website</dt><dd><a …></dd>, <strong>Website:</strong> <a …>
  const link = pick(root, SELECTORS.website) ?? (next?.matches('a') ? next : next?.querySelector('a'));
  const website = normaliseWebsite(link?.getAttribute('href'));
  return website && !/(?:^|\.)(?:salto-youth\.net|otlas\.eu)$/i.test(new URL(website).hostname) ? website : undefined;
}

// Not isChrome: a search form may well wrap the results, and forms count as chrome there.
const resultTiles = (doc: Document) => Array.from(doc.querySelectorAll(SELECTORS.tile)).filter((tile) => !tile.closest('nav, footer')).slice(0, 200);

/** Each search result tile as the organisation that posted it and its request, in page order. */
export function readOtlasTiles(doc: Document, url: URL): Array<{ tile: Element; organisation: ExtractedOrganisation; opportunity: Opportunity | null }> {
  return resultTiles(doc).flatMap((tile) => {
    const organisation = readOrganisation(tile, url, [], inTile);
    if (!organisation) return [];
    const titleLink = inTile(tile, SELECTORS.tileTitleLink);
    const href = safeHttpUrl(titleLink?.getAttribute('href'), url);
    const requestUrl = href && isOtlasUrl(href) ? new URL(href) : undefined;
    const opportunity = requestUrl ? cleanOpportunity({
      kind: 'partner-request', title: inline(titleLink), url: pageUrl(requestUrl), identifier: requestId(requestUrl),
      ...readRequestFacts(tile, inTile), description: blockText(inTile(tile, SELECTORS.tileSummary)),
    }) : null;
    return [{ tile, organisation, opportunity }];
  });
}

function readList(doc: Document, url: URL): Draft {
  const tiles = readOtlasTiles(doc, url);
  const warnings: string[] = [];
  const unread = resultTiles(doc).length - tiles.length;
  if (unread > 0) warnings.push(`Could not read the organisation of ${unread} result${unread === 1 ? '' : 's'} on this page.`);
  const found = Number(FOUND_RESULTS.exec(inline(doc.body))?.[1] ?? 0);
  if (tiles.length + unread === 0 && found > 0) warnings.push(LAYOUT_CHANGED_WARNING, 'Could not find the search results on this page.');
  return { organisations: tiles.map((tile) => tile.organisation), opportunity: null, warnings };
}

/** "Otlas - Partner Finding - <title> - SALTO-YOUTH" → "<title>": the site's own parts come off both ends. */
function titleFromDocument(doc: Document): string {
  const parts = doc.title.split(/\s+[-|–]\s+/).map((part) => part.trim());
  while (parts.length > 0 && !isRecordText(parts[0]!)) parts.shift();
  while (parts.length > 0 && !isRecordText(parts[parts.length - 1]!)) parts.pop();
  return parts.join(' - ');
}

const READERS: Partial<Record<PageType, (doc: Document, url: URL) => Draft>> = { 'partner-request': readPartnerRequest, organisation: readOrganisationProfile, list: readList };

export const otlas: Extractor = {
  platform: 'otlas',
  detect,
  extract(doc, url): ExtractionResult {
    const pageType = detect(url, doc) ?? 'unknown';
    return cleanResult({ platform: 'otlas', pageType, organisations: [], opportunity: null, warnings: [], ...READERS[pageType]?.(doc, url) });
  },
  anchors: (doc, url) => (detect(url, doc) === 'list' ? readOtlasTiles(doc, url).map(({ tile }) => tile) : []),
};
