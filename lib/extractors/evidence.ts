/**
 * Evidence that does not depend on a theme: the page's own address (its slug) and structured data
 * (JSON-LD, microdata, OpenGraph). The slug is a witness: "stowarzyszenie-mlodzi-w-akcji" agrees
 * with "Stowarzyszenie Młodzi w Akcji", so text that folds to it is the record's name.
 */
import { foldName } from './countries';
import { textOf } from './text';

/** The words of the last path segment, folded, without Drupal's "-0" suffix or OTLAS's ".123" id. */
export function slugOf(url: URL): string | undefined {
  const last = url.pathname.split('/').filter(Boolean).pop();
  if (!last) return undefined;
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    /* as written */
  }
  const slug = foldName(
    decoded
      .replace(/\.\d+$/, '')
      .replace(/-\d{1,2}$/, '')
      .replace(/[-_]+/g, ' '),
  );
  return /[a-z]/.test(slug) && slug.includes(' ') ? slug : undefined;
}

/** Letters that do not decompose but that slugs write in ASCII ("Młodzi" → "mlodzi"). */
const ASCII: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ð: 'd',
  ħ: 'h',
};
const slugFold = (text: string) =>
  foldName(text.toLowerCase().replace(/[łøđßæœıþðħ]/g, (c) => ASCII[c] ?? c)).replace(/\s+/g, ' ');

/** Whether `text` is what the slug says (the same words, folded). */
export function agreesWithSlug(text: string | undefined, slug: string | undefined): boolean {
  return !!text && !!slug && slugFold(text) === slug;
}

/** The element whose whole text is the slug's words: the record's name on a page without a heading. */
export function nameBySlug(doc: Document, url: URL, excluded: (el: Element) => boolean): string | undefined {
  const slug = slugOf(url);
  if (!slug) return undefined;
  for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
    if (el.children.length > 2 || (el.textContent ?? '').length > 300) continue;
    const text = textOf(el);
    if (agreesWithSlug(text, slug) && !excluded(el) && !el.closest('title, a[href]')) return text;
  }
  return undefined;
}

const ORGANISATION_TYPE = /Organi[sz]ation|School|NGO|College|University/;

export interface StructuredOrganisation {
  name?: string;
  country?: string;
  city?: string;
  website?: string;
}

/** An Organization (or School, NGO…) in JSON-LD, else the page's microdata. */
export function structuredOrganisation(doc: Document): StructuredOrganisation | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const graph = (data as { '@graph'?: unknown[] })?.['@graph'] ?? [];
    const items = (Array.isArray(data) ? data : [data, ...graph]) as Record<string, unknown>[];
    const org = items.find((item) => typeof item === 'object' && item && ORGANISATION_TYPE.test(String(item['@type'])));
    if (!org) continue;
    const address = (org.address ?? {}) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC').trim() || undefined : undefined);
    const country = address.addressCountry;
    return {
      name: str(org.name),
      city: str(address.addressLocality),
      website: str(org.url),
      country: str(typeof country === 'object' && country ? (country as Record<string, unknown>).name : country),
    };
  }
  const scope = doc.querySelector('[itemscope][itemtype*="Organization"], [itemscope][itemtype*="School"]');
  if (!scope) return undefined;
  const prop = (name: string) => textOf(scope.querySelector(`[itemprop="${name}"]`)) || undefined;
  const website = scope.querySelector('[itemprop="url"]')?.getAttribute('href') ?? undefined;
  return { name: prop('name'), country: prop('addressCountry'), city: prop('addressLocality'), website };
}
