/**
 * What the extension knows about each platform without reading a page: its id, its display name,
 * the site (host and path) it lives on, and the noise it adds to page titles. Pure data with no
 * imports, so the manifest, the background's sender checks, the popup and the content scripts' first
 * stage can all use it without pulling in a reader. The readers join these facts in ./registry.ts.
 */

/** The platforms' slugs, in the order the model lists them (the zod enum is built from this). */
export const PLATFORMS = ['epale', 'esep', 'etwinning', 'otlas', 'prp'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** One host (optionally with its subdomains) and the path prefix under which a platform lives there. */
export interface HostRoute {
  host: string;
  subdomains?: boolean;
  /** Without a trailing slash; absent for "the whole host". */
  pathPrefix?: string;
}

/** Sites are what content scripts run on: one per host group; a site may carry several platforms. */
export const SITE_IDS = ['otlas', 'epale', 'esep', 'prp'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export interface SiteFacts {
  routes: HostRoute[];
  /** The platforms read on this site, in the order their readers are asked (first match reads). */
  platforms: readonly Platform[];
  /** Single-page apps: read the page again after in-app navigation. */
  followsNavigation: boolean;
  /** Data services the background may call for this site (the PRP's project service). */
  dataServices: readonly string[];
  /**
   * Stage 1's one question (issue 13): could this page hold a record or a list? A cheap superset of
   * the readers' `detect` (the path and at most one selector), so the reader loads only where it may
   * find something; tests/unit/stage1-routes.test.ts holds it to every fixture and to the readers.
   */
  mayHoldRecord: (url: URL, doc: Document) => boolean;
}

export interface PlatformFacts {
  /** Brand names stay as they are in every language. */
  name: string;
  site: SiteId;
  /** What the platform adds around a record's name in the tab title: never part of a name. */
  titleNoise: readonly RegExp[];
}

/** https only: over plain http an on-path attacker would get a content script with page rights. */
const SCHEMES = 'https';

/** A language segment as the ECL sites write it: "en", "pt-br". */
const LANGUAGE = '[a-z]{2,3}(?:-[a-z]{2,4})?';
const OTLAS_PATH = /\/(?:project|organisation)\/[^/]*\d+\/?$|\/projects(?:\/|$)/;
const EPALE_SECTIONS = '(?:organi[sz]ations?|partner-requests?|partner-search|node)';
const EPALE_PATH = new RegExp(`^(?:/epale)?/${LANGUAGE}/${EPALE_SECTIONS}(?:/|$)`, 'i');
const ESEP_SECTIONS = '(?:connect|networking)/(?:schools-organisations|partner-finding|people)';
const ESEP_PATH = new RegExp(`^/${LANGUAGE}/(?:${ESEP_SECTIONS}|etwinning/(?:projects|schools|labels))(?:/|$)`, 'i');

export const SITES: Record<SiteId, SiteFacts> = {
  otlas: {
    routes: [
      { host: 'salto-youth.net', subdomains: true, pathPrefix: '/tools/otlas-partner-finding' },
      { host: 'otlas.eu', subdomains: true },
    ],
    platforms: ['otlas'],
    followsNavigation: false,
    dataServices: [],
    // Requests and organisations end in ".<id>"; lists live under /projects; tiles mark other lists.
    mayHoldRecord: (url, doc) => OTLAS_PATH.test(url.pathname) || doc.querySelector('div.tool-item') !== null,
  },
  epale: {
    // epale.ec.europa.eu/<lang>/…, formerly ec.europa.eu/epale/<lang>/… (platforms.md §4).
    routes: [{ host: 'epale.ec.europa.eu' }, { host: 'ec.europa.eu', pathPrefix: '/epale' }],
    platforms: ['epale'],
    followsNavigation: false,
    dataServices: [],
    // Organisations, partner requests and their lists; /node/<id> pages need the reader to tell.
    mayHoldRecord: (url) => EPALE_PATH.test(url.pathname),
  },
  esep: {
    // eTwinning lives on the ESEP host: its reader goes first, ESEP reads the rest.
    routes: [{ host: 'school-education.ec.europa.eu' }],
    platforms: ['etwinning', 'esep'],
    followsNavigation: false,
    dataServices: [],
    // ESEP's directory, partner finding and people search; eTwinning projects, schools and label lists.
    mayHoldRecord: (url) => ESEP_PATH.test(url.pathname),
  },
  prp: {
    routes: [
      { host: 'erasmus-plus.ec.europa.eu', pathPrefix: '/projects' },
      { host: 'ec.europa.eu', pathPrefix: '/programmes/erasmus-plus/projects' },
    ],
    platforms: ['prp'],
    followsNavigation: true,
    dataServices: ['https://ec.europa.eu/programmes/service/*'],
    // Project details (current and legacy addresses) and the search results.
    mayHoldRecord: (url) => /\/projects\/(?:search|eplus-project-details)(?:\/|$)/.test(url.pathname),
  },
};

export const PLATFORM_FACTS: Record<Platform, PlatformFacts> = {
  epale: { name: 'EPALE', site: 'epale', titleNoise: [/\s*[|–—-]\s*EPALE.*$/i, /^EPALE\s*[|–—-]\s*/i] },
  esep: {
    name: 'ESEP',
    site: 'esep',
    titleNoise: [/\s*[|–—-]\s*(European School Education Platform|School Education Gateway).*$/i],
  },
  etwinning: {
    name: 'eTwinning',
    site: 'esep',
    titleNoise: [/\s*[|–—-]\s*(European School Education Platform|eTwinning).*$/i],
  },
  otlas: {
    name: 'OTLAS',
    site: 'otlas',
    // "Otlas - Partner Finding - <title>" and "<title> | SALTO-YOUTH".
    titleNoise: [/^\s*Otlas\s*[|–—-]\s*Partner Finding\s*[|–—-]\s*/i, /\s*[|–—-]\s*(SALTO-YOUTH|SALTO|Otlas).*$/i],
  },
  prp: {
    name: 'Project Results Platform',
    site: 'prp',
    titleNoise: [/\s*[|–—-]\s*(Erasmus\+|European Commission).*$/i],
  },
};

const matchesOf = (route: HostRoute): string[] => {
  const path = `${route.pathPrefix ?? ''}/*`;
  // A `*.` host also matches the bare host in every browser's match patterns.
  const hosts = route.subdomains ? [`*.${route.host}`] : [route.host];
  return hosts.map((host) => `${SCHEMES}://${host}${path}`);
};

const routeOwns = (route: HostRoute, url: URL): boolean => {
  const host = url.hostname.toLowerCase();
  const hostMatches = host === route.host || (route.subdomains && host.endsWith(`.${route.host}`));
  if (!hostMatches) return false;
  const prefix = route.pathPrefix;
  return !prefix || url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
};

const toUrl = (raw: string | URL | undefined): URL | undefined => {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
};

/** The registry's facts, as the builder below reads them (a test may hand it a made-up platform). */
export interface RegistryFacts<S extends string = SiteId, P extends string = Platform> {
  SITE_IDS: readonly S[];
  SITES: Record<S, Omit<SiteFacts, 'platforms'> & { platforms: readonly P[] }>;
  PLATFORM_FACTS: Record<P, Omit<PlatformFacts, 'site'> & { site: S }>;
}

/** Everything derived from the facts: match patterns, permissions and routing, so they cannot drift apart. */
export function deriveFacts<S extends string, P extends string>({
  SITE_IDS,
  SITES,
  PLATFORM_FACTS,
}: RegistryFacts<S, P>) {
  const siteMatches = (site: S): string[] => SITES[site].routes.flatMap(matchesOf);
  /** The site a page belongs to, by host and path, or undefined (also for text that is not a URL). */
  const siteOfUrl = (raw: string | URL | undefined): S | undefined => {
    const url = toUrl(raw);
    return url && SITE_IDS.find((site) => SITES[site].routes.some((route) => routeOwns(route, url)));
  };
  return {
    /** The content-script match patterns of one site, derived from its routes. */
    siteMatches,
    /** Every page a content script runs on. */
    ALL_PAGE_MATCHES: SITE_IDS.flatMap(siteMatches),
    /**
     * The manifest's host permissions: the data services only. Content scripts need no host
     * permission for the pages they match, and the popup reads the active tab's address through
     * activeTab (granted when the user opens it).
     */
    HOST_PERMISSIONS: SITE_IDS.flatMap((site) => SITES[site].dataServices),
    siteOfUrl,
    /** Platforms whose records a page at this URL may propose (eTwinning lives on the ESEP host). */
    platformsOfUrl: (raw: string | URL | undefined): P[] => {
      const site = siteOfUrl(raw);
      return site ? [...SITES[site].platforms] : [];
    },
    /** The platform's display name; "added by hand" is translated where it is shown. */
    platformName: (platform: P): string => PLATFORM_FACTS[platform].name,
  };
}

export const { siteMatches, ALL_PAGE_MATCHES, HOST_PERMISSIONS, siteOfUrl, platformsOfUrl, platformName } = deriveFacts(
  {
    SITE_IDS,
    SITES,
    PLATFORM_FACTS,
  },
);
