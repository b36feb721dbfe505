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
import { nameBySlug } from './evidence';
import { recordScope, type Scope } from './scope';
import { normaliseWebsite, safeHttpUrl } from './text';
import { CONTACT_HIDDEN_WARNING, LAYOUT_CHANGED_WARNING, type Extractor } from './types';

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
  organisation: /^\/organisation\/(?:[^/]*\.)?(\d+)\/?$/, list: /^\/projects(?:\/|$)/,
};
const SHORT_URL = /otlas-project\.salto-youth\.net\/(\d+)/i;
const LOGIN_GATE = /Please login to your MySALTO account to see the contact details of this (?:project|organisation)/i;
const FOUND_RESULTS = /We found (\d+) projects? matching your search/i;
/** "Deadline:", "Deadline for partner requests:", or a cell that says only "Deadline". */
const DEADLINE_LABEL = /^(?:application |partner |request )*deadline(?: for [^:\d]{1,40})?(?::|$)/i;
/** "This project takes place:" (tiles), "taking place from … till …" (detail pages, Round 2). */
const DATES_LABEL = /^(?:this project )?(?:is )?(?:takes|taking) place(?::|\s+(?=from\b)|$)/i;
/** "and relates to:" (tiles), "This project relates to:" (detail pages, Round 2). */
const ACTION_LABEL = /^(?:and |this project )?relates to(?::|$)/i;
/** "We're looking for: … from <countries>" (Round 2). */
const LOOKING_FOR_LABEL = /^we(?:'|’)?re looking for(?::|$)/i;
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

/** A finder over the record: first element for any selector, in order, that the scope does not exclude. */
const picker = (scope: Scope): Finder => (root, selectors, accept = () => true) => {
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
  const labelled = find(root, SELECTORS.labels, (el) => (label.test(ownText(el)) || (short(el) && label.test(inline(el))))
    && !el.closest(SELECTORS.description.join(', ')));
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
  if (code) return /^KA15\d$/.test(code) ? `${code}-YOU` : code;
  // The 2014–2020 activity names are printed without a code: kept as written, cut at the next sentence.
  const name = text.split(/\s+(?:and is focusing on:|This project can include|Short URL to this project:|Please login)/i)[0]?.trim();
  return name && name.length <= 100 ? name : undefined;
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

/** "Non-profit organisation · Spain · Sevilla" (a line without "based in"): type, country, city around the country. */
function readMetaLine(el: Element | null | undefined): Partial<ExtractedOrganisation> {
  const children = Array.from(el?.children ?? []);
  const pieces = (children.length >= 2 ? children.map((c) => inline(c)) : inline(el).split(/\s*[·•|]\s*/)).map((p) => p.trim()).filter(Boolean);
  const at = pieces.findIndex((p) => countryToIso(p));
  if (at < 0 || pieces.length > 4) return {};
  return { type: at > 0 ? pieces[0] : undefined, country: countryToIso(pieces[at]!), city: pieces[at + 1] };
}

/** Where the organisation is based: the confirmed line, else any "based in" sentence, else a meta line by its link. */
function readWhere(root: ParentNode, find: Finder, link: Element | null, warnings: string[]): { where: Partial<ExtractedOrganisation>; found: boolean } {
  const basedIn = find(root, SELECTORS.basedIn)
    ?? find(root, ['div, p, span, li, dd, td'], (el) => el.children.length === 0 && (el.textContent ?? '').length < 300 && BASED_IN.test(inline(el)));
  if (basedIn) return { where: readBasedIn(basedIn, warnings), found: true };
  const near = link?.parentElement;
  for (const el of [near?.nextElementSibling, ...Array.from(near?.children ?? [])]) {
    const meta = el && el !== link ? readMetaLine(el) : {};
    if (meta.country) return { where: meta, found: true };
  }
  return { where: {}, found: false };
}

/** The organisation behind the name link in `root`, with where it is based. */
function readOrganisation(root: ParentNode, url: URL, warnings: string[], find: Finder): { organisation?: ExtractedOrganisation; located: boolean } {
  // The confirmed name classes are trusted with any link; any other link must lead to a profile.
  const isProfileLink = (el: Element) => {
    const href = safeHttpUrl(el.getAttribute('href'), url);
    return !!href && PATHS.organisation.test(toolPath(new URL(href)) ?? '');
  };
  const link = find(root, SELECTORS.organisationLink.slice(0, 2), (el) => isRecordText(inline(el)))
    ?? find(root, SELECTORS.organisationLink.slice(2), (el) => isRecordText(inline(el)) && isProfileLink(el));
  if (!link) return { located: false };
  const href = safeHttpUrl(link.getAttribute('href'), url);
  const { where, found } = readWhere(root, find, link, warnings);
  const organisation = cleanOrganisation({
    name: inline(link), ...where, role: 'applicant',
    profileUrl: href && isOtlasUrl(href) ? href : undefined,
  });
  return { organisation, located: found };
}

/** The request's own facts, read in `root` (a whole page or one tile). */
function readRequestFacts(root: ParentNode, find: Finder): Partial<Opportunity> {
  const datesText = inline(find(root, SELECTORS.dates)) || valueAfterLabel(root, DATES_LABEL, find);
  const countries = /\bfrom\s+(.+)$/i.exec(valueAfterLabel(root, LOOKING_FOR_LABEL, find))?.[1];
  return {
    action: readAction(inline(find(root, SELECTORS.action)).replace(ACTION_LABEL, '').trim() || valueAfterLabel(root, ACTION_LABEL, find)),
    ...readDates(datesText),
    deadline: parseDate(inline(find(root, SELECTORS.deadline)) || valueAfterLabel(root, DEADLINE_LABEL, find), 'en'),
    countries: countries ? readCountries(countries) : undefined,
  };
}

/** "Italy, Belgium - FL and Republic of North Macedonia" → ISO codes; SALTO's own spellings included. */
function readCountries(text: string): string[] | undefined {
  const codes = text.split(/\s*(?:,|;|\band\b|\bor\b)\s*/).map((name) => countryToIso(name.replace(/[.\s]+$/, '')))
    .filter((code): code is string => !!code);
  return codes.length ? [...new Set(codes)] : undefined;
}

/** Another request's or organisation's page: the tile around such a link is not this record. */
const otherRecord = (pageType: PageType) => (u: URL) => {
  const path = toolPath(u);
  return path !== null && (PATHS.partnerRequest.test(path) || (pageType === 'organisation' && PATHS.organisation.test(path)));
};

function readPartnerRequest(doc: Document, url: URL): Draft {
  const scope = recordScope(doc, url, otherRecord('partner-request'), (el) => isRecordText(inline(el)));
  const root = doc.body ?? doc.documentElement;
  const find = picker(scope);
  const warnings: string[] = [];
  const heading = scope.heading;
  const { organisation, located } = readOrganisation(root, url, warnings, find);
  if (!organisation) warnings.push(NO_ORGANISATION);
  else if (!located) warnings.push(NO_BASED_IN);
  // Both sentences are the site's own and unmistakable, so they are looked for on the whole page.
  const pageText = inline(doc.body);
  if (LOGIN_GATE.test(pageText)) warnings.push(CONTACT_HIDDEN_WARNING);
  const idInUrl = requestId(url);
  const idOnPage = SHORT_URL.exec(doc.querySelector(SELECTORS.shortUrlLink)?.getAttribute('href') ?? pageText)?.[1];
  if (idInUrl && idOnPage && idInUrl !== idOnPage) warnings.push(`The page address says request ${idInUrl} but the page shows request ${idOnPage}.`);
  const title = heading ? inline(heading) : titleFromDocument(doc);
  // The record's core on a request is its title: only without one does the page "look different".
  if (!title) warnings.unshift(LAYOUT_CHANGED_WARNING, 'Could not find the title of this partner request.');
  const opportunity = cleanOpportunity({
    kind: 'partner-request', title, url: pageUrl(url), identifier: idInUrl ?? idOnPage,
    ...readRequestFacts(root, find), description: blockText(find(root, SELECTORS.description)),
  });
  return { organisations: organisation ? [organisation] : [], opportunity, warnings };
}

function readOrganisationProfile(doc: Document, url: URL): Draft {
  const scope = recordScope(doc, url, otherRecord('organisation'), (el) => isRecordText(inline(el)));
  const root = doc.body ?? doc.documentElement;
  const find = picker(scope);
  const warnings: string[] = [];
  const name = scope.heading ? inline(scope.heading) : nameBySlug(doc, url, scope.excluded);
  const nameElement = scope.heading ?? null;
  const { where, found } = name ? readWhere(root, find, nameElement, warnings) : { where: {}, found: false };
  const fallback = found || !name ? {} : readMetaLineNear(doc, name, scope);
  const organisation = name ? cleanOrganisation({
    name, ...where, ...fallback, website: readWebsite(root, find),
    description: blockText(find(root, SELECTORS.description)), profileUrl: pageUrl(url),
  }) : undefined;
  if (!organisation) warnings.unshift(LAYOUT_CHANGED_WARNING, NO_ORGANISATION);
  else if (!organisation.country) warnings.push(NO_BASED_IN);
  if (LOGIN_GATE.test(inline(doc.body))) warnings.push(CONTACT_HIDDEN_WARNING);
  return { organisations: organisation ? [organisation] : [], opportunity: null, warnings };
}

/** The meta line right after the element that states the name (a profile without a heading). */
function readMetaLineNear(doc: Document, name: string, scope: Scope): Partial<ExtractedOrganisation> {
  const el = Array.from(doc.body?.querySelectorAll('*') ?? []).find((e) => e.children.length === 0 && inline(e) === name && !scope.excluded(e));
  return readMetaLine(el?.nextElementSibling);
}

/** A labelled link to the organisation's own site; never a link back to SALTO or OTLAS. */
function readWebsite(root: ParentNode, find: Finder): string | undefined {
  const label = find(root, SELECTORS.labels, (el) => WEBSITE_LABEL.test(ownText(el)) || WEBSITE_LABEL.test(inline(el).replace(/:.*$/, ':')) && el.children.length <= 2);
  const next = label?.nextElementSibling; // <dt>Website</dt><dd><a …></dd>, <strong>Website:</strong> <a …>
  const own = label?.querySelector('a[href]');
  const link = find(root, SELECTORS.website) ?? own ?? (next?.matches('a') ? next : next?.querySelector('a'));
  const website = normaliseWebsite(link?.getAttribute('href'));
  return website && !/(?:^|\.)(?:salto-youth\.net|otlas\.eu)$/i.test(new URL(website).hostname) ? website : undefined;
}

// Not isChrome: a search form may well wrap the results, and forms count as chrome there.
const resultTiles = (doc: Document) => Array.from(doc.querySelectorAll(SELECTORS.tile)).filter((tile) => !tile.closest('nav, footer')).slice(0, 200);

/** Each search result tile as the organisation that posted it and its request, in page order. */
export function readOtlasTiles(doc: Document, url: URL): Array<{ tile: Element; organisation: ExtractedOrganisation; opportunity: Opportunity | null }> {
  return resultTiles(doc).flatMap((tile) => {
    const { organisation } = readOrganisation(tile, url, [], inTile);
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
