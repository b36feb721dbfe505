/**
 * Identity keys: what makes two sightings of an organisation the same one.
 * Exact keys (platform ids, OID, PIC) join automatically; fuzzier ones come with dedupe.
 */
import type { ExtractedOrganisation } from './model';

/**
 * A URL without its anchor, `www.` or trailing slash, so revisits compare equal. A hash that is
 * a route (the old Project Results Platform's `#project/<id>`) is the page itself, and stays.
 */
export function canonicalUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (!url.hash.includes('/')) url.hash = '';
    url.hostname = url.hostname.replace(/^www\./, '');
    url.protocol = 'https:';
    const path = url.pathname.replace(/\/+$/, '');
    return `${url.protocol}//${url.hostname}${path}${url.search}${url.hash}`;
  } catch {
    return raw.trim();
  }
}

/** Platform ids for an organisation as one page shows it: its profile page is its identity there. */
export function platformIdsOf(organisation: Pick<ExtractedOrganisation, 'profileUrl'>): string[] {
  return organisation.profileUrl ? [`url:${canonicalUrl(organisation.profileUrl)}`] : [];
}

/** Lower case, no diacritics, single spaces: for comparing names typed differently. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'l')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
