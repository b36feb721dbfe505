/**
 * The manifest's platform part, derived from the facts (wxt.config.ts spreads it in): the data
 * services' host permissions, and which platform pages may load the panel and each site's reader.
 */
import { ALL_PAGE_MATCHES, HOST_PERMISSIONS, SITE_IDS } from './facts';

/** "https://host/path/*" → "https://host/*": web-accessible resources are matched by origin. */
const originPattern = (pattern: string) => pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*');

export function platformManifest(browser: string, moreResources: string[] = []) {
  return {
    host_permissions: HOST_PERMISSIONS,
    // The panel is framed into platform pages (issue 15): only they may load it. Chrome reaches it
    // through a per-session URL (nothing stable for other sites to probe); Firefox's add-on URLs are
    // already random per installation and it does not know use_dynamic_url.
    web_accessible_resources: [
      {
        // Stage 2 of each content script is imported by it at run time (issue 13), hence listed too.
        resources: ['panel.html', ...SITE_IDS.map((site) => `${site}-reader.js`), ...moreResources],
        matches: [...new Set(ALL_PAGE_MATCHES.map(originPattern))],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
  };
}
