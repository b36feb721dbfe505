/**
 * Erasmus+ Project Results Platform (platforms.md §2). Its pages are a single-page app fed by a
 * JSON service: the background fetches that (lib/background/prp-service.ts) and `extractData` reads it
 * (prp-data.ts). `extract` is the fallback that reads the rendered page's label/value pairs.
 */
import type { PageType } from '../domain/model';
import { buildPrpResult, readPrpData, type RawOrg, type RawProject } from './prp-data';
import { str } from './prp-values';
import { withConfidence } from './confidence';
import { countryToIso } from './countries';
import { recordScope } from './scope';
import { firstMatch, textOf } from './text';
import { warning } from '../domain/warnings';
import { emptyResult, type Extractor } from './types';
import { labelKey, pairAt, valueFor } from './prp-pairs';

/** Current details pages: /projects/search/details/<id> (no language segment known; one tolerated). */
const DETAILS_PATH = /^\/(?:[a-z]{2}\/)?projects\/search\/details\/([^/]+)\/?$/;
/** Legacy hash-routed details pages on both hosts: …/eplus-project-details[/]#project/<id>. */
const LEGACY_DETAILS_PATH = /^\/(?:programmes\/erasmus-plus\/)?projects\/eplus-project-details\/?$/;
const LEGACY_HASH = /^#!?\/?project\/([^/?#&]+)/;
/** The search page lists projects; the rest of /projects (home, terms) is the platform too. */
const SEARCH_PATH = /^\/(?:[a-z]{2}\/)?projects\/search\/?$/;
const PRP_AREA: Record<string, RegExp> = {
  'erasmus-plus.ec.europa.eu': /^\/(?:[a-z]{2}\/)?projects(?:\/|$)/,
  'ec.europa.eu': /^\/programmes\/erasmus-plus\/projects(?:\/|$)/,
};
/** Identifiers: NA-managed 2021-27 and 2014-20, centralised 9-digit, and 2014-20 EACEA "…-EPP-…" ones. */
const IDENTIFIER = /^(?:20\d{2}-[1-3]-[A-Z]{2}\d{2}-KA\d{3}(?:-[A-Z]{3})?-\d{6,9}|\d{9}|\d{6}-EPP-[A-Z0-9-]{5,60})$/;

/** Labels of the rendered page: the export's column names and the old platform's fields (§2.2). */
const PROJECT_LABELS: [keyof RawProject, RegExp][] = [
  ['identifier', /^(project )?(identifier|reference)$/],
  ['title', /^(project )?title$/],
  ['actionLabel', /^action type$/],
  ['callYear', /^call year$/],
  ['startDate', /^(project )?start date$/],
  ['endDate', /^(project )?end date$/],
  ['grant', /^(eu grant|ec contribution)/],
  ['topics', /^topics?$/],
  ['countries', /^(participating )?countries$/],
  ['description', /^(project )?summary$/],
];
const ORG_LABELS: [Exclude<keyof RawOrg, 'role'>, RegExp][] = [
  ['name', /^(organi[sz]ation )?(legal )?name$|^organi[sz]ation$/],
  ['type', /^(organi[sz]ation )?type$/],
  ['city', /^city$/],
  ['region', /^region$/],
  ['country', /^country$/],
  ['website', /^(organi[sz]ation )?website$/],
  ['pic', /^pic$/],
  ['email', /^e-?mail$/],
  ['phone', /^(tele)?phone$/],
];
/** Export-style flat labels ("Coordinating organisation name", "Coordinator's country", "Partner 2 website"). */
const FLAT_ORG_LABEL = /^(?:coordinating organi[sz]ation|coordinator's|partner (\d+))\s+(.+)$/;
/** Headings of the organisation sections; a count like "(3)" is ignored. */
const SECTION_HEADINGS: [RawOrg['role'], RegExp][] = [
  ['coordinator', /^coordinat(ing organi[sz]ation|or)s?$/],
  ['partner', /^(partner organi[sz]ations?|partners?)$/],
];
/** The project heading when the title has no label: the main region's h1 first. */
const TITLE_SELECTORS = ['main h1', '[role="main"] h1', 'h1'];
/** Site chrome (ECL header, menus, footer): never part of the project record. */
const CHROME =
  'nav, footer, [role="navigation"], [role="contentinfo"], .ecl-site-header, .ecl-site-footer, script, style, template';
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The coordinator card of the rendered page (Round 2, reported by a scraper of real pages). */
const CARD = 'div.card-content.coordinator';

/** The project identifier in a details URL (current path or legacy #project/<id>), URL-decoded. */
export function prpIdentifierFromUrl(url: URL): string | undefined {
  if (!PRP_AREA[url.hostname]?.test(url.pathname)) return undefined;
  const raw =
    DETAILS_PATH.exec(url.pathname)?.[1] ??
    (LEGACY_DETAILS_PATH.test(url.pathname) ? LEGACY_HASH.exec(url.hash)?.[1] : undefined);
  if (!raw) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(raw).trim().toUpperCase();
  } catch {
    return undefined;
  }
  return IDENTIFIER.test(id) ? id : undefined;
}

function detect(url: URL): PageType | null {
  const area = PRP_AREA[url.hostname];
  if (!area?.test(url.pathname)) return null;
  if (prpIdentifierFromUrl(url)) return 'project';
  return url.hostname === 'erasmus-plus.ec.europa.eu' && SEARCH_PATH.test(url.pathname) ? 'list' : 'unknown';
}

const orgField = (label: string) => ORG_LABELS.find(([, re]) => re.test(label))?.[0];
const headingLevel = (el: Element): number =>
  Number(/^H(\d)$/.exec(el.tagName)?.[1] ?? el.getAttribute('aria-level') ?? 2) || 2;

/** One pass in page order: project pairs, export-style flat pairs, and organisation sections. */
function readPage(
  body: Element,
  url: URL,
  excluded: (el: Element) => boolean,
): { project: RawProject; orgs: RawOrg[] } {
  const project: RawProject = {};
  const orgs: RawOrg[] = [];
  const flat = new Map<string, RawOrg>();
  let section: { role: RawOrg['role']; level: number; orgLevel?: number; container: Element | null } | undefined;
  let current: RawOrg | undefined;
  const start = (role: RawOrg['role'], name?: string) => orgs.push((current = { role, ...(name ? { name } : {}) }));
  for (const el of body.querySelectorAll('*')) {
    if (el.parentElement?.closest(HEADING) || el.closest(CHROME) || excluded(el)) continue;
    // A section ends where its heading's container ends (a card's "Coordinator" heading covers the card only).
    if (section?.container && section.container !== body && !section.container.contains(el))
      section = current = undefined;
    if (el.matches(HEADING)) {
      const text = textOf(el);
      const role = SECTION_HEADINGS.find(([, re]) => re.test(labelKey(text.replace(/\(\d+\)\s*$/, ''))))?.[0];
      const level = headingLevel(el);
      // "Project Summary" is a heading over its text rather than a labelled pair.
      if (!section && /^(project )?summary$/.test(labelKey(text)) && el.nextElementSibling) {
        project.description ??= valueFor('description', el.nextElementSibling, url);
      }
      if (role) [section, current] = [{ role, level, container: el.parentElement }, undefined];
      else if (section && level <= section.level) section = current = undefined;
      else if (section && text && level <= (section.orgLevel ??= level)) start(section.role, text);
      continue;
    }
    const pair = pairAt(el);
    if (!pair) continue;
    if (section) {
      const field = orgField(pair.label);
      if (!field) continue;
      if (!current || (field === 'name' && current.name)) start(section.role);
      if (current && current[field] == null) current[field] = valueFor(field, pair.value, url);
      continue;
    }
    const field = PROJECT_LABELS.find(([, re]) => re.test(pair.label))?.[0];
    if (field) {
      project[field] ??= valueFor(field, pair.value, url);
      continue;
    }
    const m = FLAT_ORG_LABEL.exec(pair.label);
    const orgKey = m && orgField(m[2] ?? '');
    if (!m || !orgKey) continue;
    const key = m[1] ?? 'coordinator';
    const org = flat.get(key) ?? { role: m[1] ? 'partner' : 'coordinator' };
    flat.set(key, org);
    org[orgKey] ??= valueFor(orgKey, pair.value, url);
  }
  return { project, orgs: [...orgs, ...flat.values()] };
}

/**
 * The rendered coordinator card (platforms.md, Round 2): its direct p/div children are the name, the
 * street, the city and the country, then "Coordinator Type: …", "Website:" with a link, "Phone: …".
 * The country is the line that names one; the city the line before it, when a street precedes that.
 */
function coordinatorCard(card: Element, url: URL): RawOrg {
  const pairs = Array.from(card.querySelectorAll('*'))
    .map((el) => ({ el, pair: pairAt(el) }))
    .filter((p) => p.pair);
  const inPair = (line: Element) => pairs.some(({ el }) => line.contains(el) || el.contains(line));
  const plain = Array.from(card.children).filter(
    (child) => (child.tagName === 'P' || child.tagName === 'DIV') && !inPair(child),
  );
  const org: RawOrg = { role: 'coordinator', name: str(textOf(plain[0])) };
  const countryAt = plain.findIndex((line, i) => i > 0 && countryToIso(textOf(line)));
  if (countryAt > 0) org.country = textOf(plain[countryAt]);
  if (countryAt >= 3) org.city = textOf(plain[countryAt - 1]);
  for (const { pair } of pairs) {
    const field = orgField(pair!.label.replace(/^coordinator /, ''));
    if (field && field !== 'name' && org[field] == null) org[field] = valueFor(field, pair!.value, url);
  }
  return org;
}

/** DOM fallback: the rendered project page, read by its labels. */
function extract(doc: Document, url: URL) {
  const pageType = detect(url);
  if (pageType !== 'project') return emptyResult(pageType ? 'prp' : null, pageType ?? 'unknown');
  const urlId = prpIdentifierFromUrl(url);
  const body = doc.body ?? doc.documentElement;
  // Other projects' cards ("Similar projects") link to their own details pages: not this record.
  const scope = recordScope(doc, url, (u) => prpIdentifierFromUrl(u) !== undefined);
  const card = Array.from(doc.querySelectorAll(CARD)).find((el) => !scope.excluded(el));
  const { project, orgs: read } = readPage(body, url, (el) => scope.excluded(el) || !!card?.contains(el));
  const orgs = card ? [coordinatorCard(card, url), ...read.filter((o) => o.role !== 'coordinator' || o.name)] : read;
  if (Object.keys(project).length === 0 && orgs.length === 0) {
    // Nothing known: either the app has not rendered yet, or it renders something we cannot read.
    const rendered =
      (urlId && textOf(body).includes(urlId)) || textOf(doc.querySelector('main, [role="main"]')).length > 200;
    return emptyResult('prp', 'project', [warning(rendered ? 'layoutChanged' : 'notLoaded')]);
  }
  const complete = orgs.length > 0 && Object.keys(project).length > 0;
  // The page heading is the title when no "Project Title" label is shown.
  project.title ??= str(textOf(firstMatch(doc, TITLE_SELECTORS)));
  const pageId = str(project.identifier)?.toUpperCase();
  project.identifier = pageId && IDENTIFIER.test(pageId) ? pageId : urlId;
  return withConfidence(buildPrpResult(orgs, project, urlId, complete ? [] : [warning('layoutChanged')]), doc, url);
}

export const prp: Extractor = {
  platform: 'prp',
  detect,
  extract,
  extractData: (data: unknown, url: URL) => readPrpData(data, prpIdentifierFromUrl(url)),
};
