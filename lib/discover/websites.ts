/**
 * When a website identifies one organisation. Normally by its registrable domain (lib/domain/dedupe.ts),
 * except on shared hosts: social networks and webmail say nothing; free site builders and portals
 * under which many organisations sit (a national school network, a ministry's or city's portal)
 * identify one only by full host and path.
 */
import { registrableDomain } from '../domain/dedupe';

/** Never evidence: many unrelated organisations link the same profile host. */
const NO_EVIDENCE = new Set([
  'facebook.com',
  'fb.com',
  'm.facebook.com',
  'instagram.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
  'vk.com',
  't.me',
  'linktr.ee',
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'mail.ru',
  'yandex.ru',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'interia.pl',
  'abv.bg',
  'gmx.de',
  'web.de',
  'libero.it',
  'orange.fr',
  'free.fr',
  'europa.eu',
  'padlet.com',
  'dropbox.com',
  'drive.google.com',
  'docs.google.com',
  'google.com',
  'bit.ly',
]);

const NO_EVIDENCE_LIST = [...NO_EVIDENCE];

/** Hosts (and their sub-hosts) where the full host and path decide. */
const HOST_AND_PATH = [
  'meb.k12.tr',
  'k12.tr',
  'sch.gr',
  'edupage.org',
  'gov.pl',
  'gov.uk',
  'gov.ro',
  'gob.es',
  'gouv.fr',
  'gv.at',
  'edu.ro',
  'edu.gr',
  'edu.it',
  'istruzione.it',
  'comune.it',
  'wixsite.com',
  'wix.com',
  'blogspot.com',
  'wordpress.com',
  'weebly.com',
  'jimdo.com',
  'jimdofree.com',
  'jimdosite.com',
  'webnode.page',
  'webnode.com',
  'webnode.cz',
  'webnode.sk',
  'sites.google.com',
  'github.io',
  'canva.site',
  'tumblr.com',
  'strikingly.com',
  'site123.me',
  'ucoz.ru',
  'narod.ru',
  'netlify.app',
  'squarespace.com',
];

const underHost = (host: string, base: string) => host === base || host.endsWith(`.${base}`);

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
  if (NO_EVIDENCE_LIST.some((base) => underHost(host, base))) return undefined;
  const path = url.pathname
    .replace(/\/(index\.\w+)?$/i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
  const shared = HOST_AND_PATH.find((base) => underHost(host, base));
  if (shared || strict) {
    // The portal's own front page names no one organisation.
    if (shared && host === shared && !path) return undefined;
    return { kind: 'page', key: `${host}${path}` };
  }
  const domain = registrableDomain(`https://${host}/`);
  return domain ? { kind: 'domain', key: domain } : { kind: 'page', key: `${host}${path}` };
}
