/**
 * Probable identity: when two sightings are likely one organisation although no identifier
 * says so. Keys are stored on each organisation and indexed, so matching is a lookup,
 * never a pairwise comparison.
 */
import { foldText } from './identity';
import { PORTAL_HOSTS, PROFILE_HOSTS } from './shared-hosts';

/** Legal forms and generic words that differ between sightings of the same organisation. */
const LEGAL_FORMS = [
  'e v',
  'ev',
  'ggmbh',
  'gmbh',
  'ag',
  'eg',
  'asbl',
  'vzw',
  'vog',
  'aisbl',
  'sp z o o',
  'spzoo',
  'sa',
  'sas',
  'sarl',
  'srl',
  'sl',
  'slu',
  'spa',
  'bv',
  'nv',
  'vog',
  'ltd',
  'limited',
  'plc',
  'cic',
  'inc',
  'oy',
  'ab',
  'as',
  'aps',
  'ry',
  'rf',
  'zs',
  'z s',
  'o p s',
  'ops',
  'd o o',
  'doo',
  'kft',
  'egyesulet',
  'alapitvany',
  'stowarzyszenie',
  'fundacja',
  'association',
  'asociacion',
  'associazione',
  'associacao',
  'asociatia',
  'verein',
  'ngo',
  'onlus',
  'aps',
  'odv',
  'ets',
  'dernegi',
  'vakfi',
  'udruga',
  'drustvo',
  'zdruzenie',
];
const LEGAL_FORM_PATTERN = new RegExp(`(^| )(${LEGAL_FORMS.map((f) => f.replace(/ /g, ' ?')).join('|')})(?= |$)`, 'g');

/** "Stowarzyszenie Młodzi Razem e.V." and "Mlodzi Razem" meet. */
export function normaliseName(name: string): string {
  return foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(LEGAL_FORM_PATTERN, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Name and country together: the same name in two countries is two organisations. */
export function nameKey(name: string, country: string | undefined): string | undefined {
  const normalised = normaliseName(name);
  return normalised.length >= 3 ? `${country ?? '??'}|${normalised}` : undefined;
}

/** Second-level labels under which registrations happen (example.co.uk, szkola.edu.pl). */
const SECOND_LEVEL = new Set([
  'co',
  'com',
  'org',
  'net',
  'edu',
  'gov',
  'ac',
  'or',
  'gv',
  'k12',
  'bel',
  'gob',
  'nom',
  'info',
  'biz',
  'waw',
  'krakow',
]);
/** Hosts shared by many organisations (lib/domain/shared-hosts.ts): their domain is never an identity. */
const SHARED_HOSTS = new Set([...PROFILE_HOSTS, ...PORTAL_HOSTS]);

/** The registrable domain of a website ("www.szkola.edu.pl/kontakt" → "szkola.edu.pl"), if it can identify one organisation. */
export function registrableDomain(website: string | undefined): string | undefined {
  if (!website) return undefined;
  let host: string;
  try {
    host = new URL(website).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
  const labels = host.split('.').filter(Boolean);
  if (labels.length < 2 || /^\d+$/.test(labels.at(-1)!)) return undefined;
  const keep = labels.length >= 3 && SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  const domain = labels.slice(-keep).join('.');
  return SHARED_HOSTS.has(domain) ? undefined : domain;
}

/** The stored, indexed identity keys of an organisation. */
export function identityKeys(org: { name: string; country?: string; website?: string }): {
  nameKey?: string;
  domain?: string;
} {
  const keys: { nameKey?: string; domain?: string } = {};
  const byName = nameKey(org.name, org.country);
  const byDomain = registrableDomain(org.website);
  if (byName) keys.nameKey = byName;
  if (byDomain) keys.domain = byDomain;
  return keys;
}

/** A pair of organisations the user said are different, in a stable order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** An organisation with its derived keys recomputed (stale ones dropped): call before every put. */
export function withIdentityKeys<
  T extends { name: string; country?: string; website?: string; nameKey?: string; domain?: string },
>(org: T): T {
  const { nameKey: _name, domain: _domain, ...rest } = org;
  return { ...rest, ...identityKeys(rest) } as T;
}
