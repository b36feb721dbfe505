/**
 * Stage 1's one question (issue 13): could this page hold a record or a list? A cheap superset of
 * the readers' own `detect` — the URL's path and, on OTLAS, one selector — so the reader (stage 2)
 * loads only where it may find something. A wrong "yes" costs one load; a wrong "no" would hide the
 * Save button, so tests/unit/stage1-routes.test.ts holds this to every fixture and to the readers.
 */
import type { SiteId } from '@/lib/platforms/facts';

/** A language segment as the ECL sites write it: "en", "pt-br". */
const LANGUAGE = '[a-z]{2,3}(?:-[a-z]{2,4})?';

const OTLAS_PATH = /\/(?:project|organisation)\/[^/]*\d+\/?$|\/projects(?:\/|$)/;
const EPALE_SECTIONS = '(?:organi[sz]ations?|partner-requests?|partner-search|node)';
const EPALE_PATH = new RegExp(`^(?:/epale)?/${LANGUAGE}/${EPALE_SECTIONS}(?:/|$)`, 'i');
const ESEP_SECTIONS = '(?:connect|networking)/(?:schools-organisations|partner-finding|people)';
const ESEP_PATH = new RegExp(`^/${LANGUAGE}/(?:${ESEP_SECTIONS}|etwinning/(?:projects|schools|labels))(?:/|$)`, 'i');

const MAY_HOLD: Record<SiteId, (url: URL, doc: Document) => boolean> = {
  // Requests and organisations end in ".<id>"; lists live under /projects; tiles mark other lists.
  otlas: (url, doc) => OTLAS_PATH.test(url.pathname) || doc.querySelector('div.tool-item') !== null,
  // Organisations, partner requests and their lists; /node/<id> pages need the reader to tell.
  epale: (url) => EPALE_PATH.test(url.pathname),
  // ESEP's directory, partner finding and people search; eTwinning projects, schools and label lists.
  esep: (url) => ESEP_PATH.test(url.pathname),
  // Project details (current and legacy addresses) and the search results.
  prp: (url) => /\/projects\/(?:search|eplus-project-details)(?:\/|$)/.test(url.pathname),
};

export const mayHoldRecord = (site: SiteId, url: URL, doc: Document): boolean => MAY_HOLD[site](url, doc);
