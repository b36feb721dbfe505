/**
 * EPALE, the Electronic Platform for Adult Learning in Europe (platforms.md §4): Drupal on the Europa
 * Component Library, `epale.ec.europa.eu/<lang>/…` (formerly `ec.europa.eu/epale/<lang>/…`). Its
 * organisation and partner-request markup is not known, so the URL decides the page type and the
 * generic label reader (labels.ts) fills it in, in whichever of the 24+ languages the page is.
 */
import type { PageType } from '../domain/model';
import { contentRoot, languagePath, segmentsOf } from './ecl-page';
import { readLabelledFields } from './labelled-fields';
import type { Extractor } from './types';
import { eclExtractor } from './ecl-extractor';

const SELECTORS = {
  /** Drupal marks a node's content type on the article (`node--type-…`) and body (`page-node-type-…`). */
  nodeType: '[class*="node--type-"], body[class*="page-node-type-"]',
} as const;

/** Path sections after the language (reported, weakly: platforms.md §4.1). */
const ORGANISATION_SECTIONS = new Set(['organisations', 'organisation', 'organizations']);
const REQUEST_SECTIONS = new Set(['partner-requests', 'partner-request', 'partner-search']);
/** Sub-paths of the partner search that are listings, not one request. */
const LISTING_WORDS = new Set(['search', 'requests', 'offers', 'organisations', 'my-requests', 'add', 'create']);
const NODE_TYPE = /(?:node--type-|page-node-type-)([a-z0-9_-]+)/;

/** The path after the language, `null` when the URL is not EPALE, `undefined` rest when it has no language. */
function route(url: URL): { language: string; rest: string[] } | null | undefined {
  const segments = segmentsOf(url);
  if (/^epale\.ec\.europa\.eu$/i.test(url.hostname)) return languagePath(segments) ?? undefined;
  if (/^ec\.europa\.eu$/i.test(url.hostname) && segments[0] === 'epale')
    return languagePath(segments.slice(1)) ?? undefined;
  return null;
}

function routeType(rest: string[]): PageType | 'node' {
  const [section = '', slug, extra] = rest;
  if (ORGANISATION_SECTIONS.has(section)) return !slug ? 'list' : extra ? 'unknown' : 'organisation';
  if (REQUEST_SECTIONS.has(section))
    return !slug || LISTING_WORDS.has(slug) ? 'list' : extra ? 'unknown' : 'partner-request';
  return section === 'node' && /^\d+$/.test(slug ?? '') && !extra ? 'node' : 'unknown';
}

/** A `/node/<nid>` page is a record only if Drupal's content type, or its labels, say which. */
function nodeType(doc: Document, language: string): PageType {
  const marked = Array.from(doc.querySelectorAll(SELECTORS.nodeType)).map(
    (el) => NODE_TYPE.exec(el.className)?.[1] ?? '',
  );
  if (marked.some((type) => /organi[sz]ation/.test(type))) return 'organisation';
  if (marked.some((type) => /partner/.test(type))) return 'partner-request';
  const fields = readLabelledFields(contentRoot(doc), language);
  const requestSigns = ['deadline', 'action', 'partnerCountries'].filter((key) => fields.has(key as never)).length;
  if (requestSigns >= 2 && (fields.has('orgName') || fields.has('country'))) return 'partner-request';
  const organisationSigns = ['country', 'website', 'oid', 'pic'].some((key) => fields.has(key as never));
  return fields.has('type') && organisationSigns ? 'organisation' : 'unknown';
}

function detect(url: URL, doc?: Document): PageType | null {
  const path = route(url);
  if (path === null) return null;
  if (!path) return 'unknown';
  const type = routeType(path.rest);
  return type === 'node' ? (doc ? nodeType(doc, path.language) : 'unknown') : type;
}

const isOrganisationProfile = (u: URL) => {
  const path = route(u);
  return !!path && routeType(path.rest) === 'organisation';
};

export const epale: Extractor = eclExtractor('epale', {
  detect,
  languageOf: (url) => route(url)?.language,
  isProfile: isOrganisationProfile,
});
