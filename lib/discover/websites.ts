/**
 * When a website identifies one organisation. Normally by its registrable domain (lib/domain/dedupe.ts),
 * except on shared hosts: social networks and webmail say nothing; free site builders and portals
 * under which many organisations sit (a national school network, a ministry's or city's portal)
 * identify one only by full host and path.
 */
import { registrableDomain } from '../domain/dedupe';
import { PORTAL_HOSTS, PROFILE_HOSTS, underHost } from '../domain/shared-hosts';

export type WebsiteEvidence = { kind: 'domain' | 'page'; key: string } | undefined;

/** The key a website gives an organisation, or undefined when it is no evidence. */
export function websiteEvidence(website: string | undefined, strict = false): WebsiteEvidence {
  if (!website) return undefined;
  let url: URL;
  try {
    url = new URL(website);
  } catch {
    return undefined;
  }
  const host = url.hostname
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .replace(/\.$/, '');
  if (PROFILE_HOSTS.some((base) => underHost(host, base))) return undefined;
  const path = url.pathname
    .replace(/\/(index\.\w+)?$/i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
  const shared = PORTAL_HOSTS.find((base) => underHost(host, base));
  if (shared || strict) {
    // The portal's own front page names no one organisation.
    if (shared && host === shared && !path) return undefined;
    return { kind: 'page', key: `${host}${path}` };
  }
  const domain = registrableDomain(`https://${host}/`);
  return domain ? { kind: 'domain', key: domain } : { kind: 'page', key: `${host}${path}` };
}
