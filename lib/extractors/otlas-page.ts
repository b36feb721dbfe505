/**
 * What OTLAS pages look like, in one place: the selectors and label sentences the reader (otlas.ts)
 * relies on, each with what confirms it, and the routes that say which page an address is.
 */
import type { PageType } from '../domain/model';

export const SELECTORS = {
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
export const PATHS = {
  partnerRequest: /^\/project\/(?:[^/]*\.)?(\d+)\/?$/, // the id follows the LAST dot (the slug match is greedy)
  organisation: /^\/organisation\/(?:[^/]*\.)?(\d+)\/?$/,
  list: /^\/projects(?:\/|$)/,
};
export const SHORT_URL = /otlas-project\.salto-youth\.net\/(\d+)/i;
export const LOGIN_GATE =
  /Please login to your MySALTO account to see the contact details of this (?:project|organisation)/i;
export const FOUND_RESULTS = /We found (\d+) projects? matching your search/i;
/** "Deadline:", "Deadline for partner requests:", or a cell that says only "Deadline". */
export const DEADLINE_LABEL = /^(?:application |partner |request )*deadline(?: for [^:\d]{1,40})?(?::|$)/i;
export const WEBSITE_LABEL = /^(?:web ?site|homepage|web)\s*:?$/i;

/** Which OTLAS page this is, or null off OTLAS. Cheap: the URL, then one glance for tiles. */
export function detect(url: URL, doc?: Document): PageType | null {
  const path = toolPath(url);
  if (path === null) return null;
  if (PATHS.partnerRequest.test(path)) return 'partner-request';
  if (PATHS.organisation.test(path)) return 'organisation';
  return PATHS.list.test(path) || doc?.querySelector(SELECTORS.tile) ? 'list' : 'unknown';
}

/** The path inside the partner-finding tool, or null off OTLAS (otlas.eu may omit the tool prefix). */
export function toolPath(url: URL): string | null {
  const path = url.pathname;
  const inTool = path === TOOL_PATH || path.startsWith(`${TOOL_PATH}/`);
  if (/(?:^|\.)salto-youth\.net$/i.test(url.hostname)) return inTool ? path.slice(TOOL_PATH.length) || '/' : null;
  if (/(?:^|\.)otlas\.eu$/i.test(url.hostname)) return inTool ? path.slice(TOOL_PATH.length) || '/' : path;
  return null;
}
export const isOtlasUrl = (href: string) => toolPath(new URL(href)) !== null;
export const pageUrl = (url: URL) => `${url.origin}${url.pathname}`;
export const requestId = (url: URL) => PATHS.partnerRequest.exec(toolPath(url) ?? '')?.[1];
