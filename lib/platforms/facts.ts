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

export const SITES: Record<SiteId, SiteFacts> = {
  otlas: {
    routes: [
      { host: 'salto-youth.net', subdomains: true, pathPrefix: '/tools/otlas-partner-finding' },
      { host: 'otlas.eu', subdomains: true },
    ],
    platforms: ['otlas'],
    followsNavigation: false,
    dataServices: [],
  },
  epale: {
    // epale.ec.europa.eu/<lang>/…, formerly ec.europa.eu/epale/<lang>/… (platforms.md §4).
    routes: [{ host: 'epale.ec.europa.eu' }, { host: 'ec.europa.eu', pathPrefix: '/epale' }],
    platforms: ['epale'],
    followsNavigation: false,
    dataServices: [],
  },
  esep: {
    // eTwinning lives on the ESEP host: its reader goes first, ESEP reads the rest.
    routes: [{ host: 'school-education.ec.europa.eu' }],
    platforms: ['etwinning', 'esep'],
    followsNavigation: false,
    dataServices: [],
  },
  prp: {
    routes: [
      { host: 'erasmus-plus.ec.europa.eu', pathPrefix: '/projects' },
      { host: 'ec.europa.eu', pathPrefix: '/programmes/erasmus-plus/projects' },
    ],
    platforms: ['prp'],
    followsNavigation: true,
    dataServices: ['https://ec.europa.eu/programmes/service/*'],
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

/** The content-script match patterns of one site, derived from its routes. */
export const siteMatches = (site: SiteId): string[] => SITES[site].routes.flatMap(matchesOf);

/** Every page a content script runs on. */
export const ALL_PAGE_MATCHES: string[] = SITE_IDS.flatMap(siteMatches);

/**
 * The manifest's host permissions: the data services only. Content scripts need no host
 * permission for the pages they match, and the popup reads the active tab's address through
 * activeTab (granted when the user opens it).
 */
export const HOST_PERMISSIONS: string[] = SITE_IDS.flatMap((site) => SITES[site].dataServices);

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

/** The site a page belongs to, by host and path, or undefined (also for text that is not a URL). */
export function siteOfUrl(raw: string | URL | undefined): SiteId | undefined {
  const url = toUrl(raw);
  return url && SITE_IDS.find((site) => SITES[site].routes.some((route) => routeOwns(route, url)));
}

/** Platforms whose records a page at this URL may propose (eTwinning lives on the ESEP host). */
export function platformsOfUrl(raw: string | URL | undefined): Platform[] {
  const site = siteOfUrl(raw);
  return site ? [...SITES[site].platforms] : [];
}

/** The platform's display name; "added by hand" is translated where it is shown. */
export const platformName = (platform: Platform): string => PLATFORM_FACTS[platform].name;
