/**
 * The shape check every value read by a rule (or picked on the page) must pass before it is used:
 * a country becomes an ISO code through the readers' own lookup, a website is an http(s) address on
 * another host than the platform's, OID and PIC have their shapes, an e-mail looks like one. A value
 * that fails is not used: an empty field beats a wrong one.
 */
import { countryToIso } from '../extractors/countries';
import { cleanText } from '../extractors/clean';
import { isHttpUrl, MAX, PATTERNS } from '../domain/limits';
import type { Shape } from './types';

export interface ShapeContext {
  /** The page the value comes from: a "website" on the platform's own host is a link to the platform. */
  pageUrl?: URL;
}

const oneLine = (raw: string) => raw.replace(/\s+/g, ' ').trim();

function website(raw: string, { pageUrl }: ShapeContext): string | undefined {
  const trimmed = raw.trim();
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (!isHttpUrl(withScheme) || withScheme.length > MAX.url) return undefined;
  const url = new URL(withScheme);
  if (!/\.[a-z]{2,}$/i.test(url.hostname)) return undefined;
  if (pageUrl && url.hostname.toLowerCase() === pageUrl.hostname.toLowerCase()) return undefined;
  return url.href;
}

function email(raw: string): string | undefined {
  const address = oneLine(raw.replace(/^mailto:/i, '').split('?')[0] ?? '');
  let decoded = address;
  try {
    decoded = decodeURIComponent(address);
  } catch {
    return undefined;
  }
  return decoded.length <= MAX.email && PATTERNS.email.test(decoded) ? decoded : undefined;
}

function phone(raw: string): string | undefined {
  const text = oneLine(raw);
  const digits = text.replace(/\D/g, '').length;
  return text.length <= MAX.phone && digits >= 6 && /^\+?[\d\s()./-]+$/.test(text) ? text : undefined;
}

/** The value in the shape the model stores, or undefined when it does not pass. */
export function checkShape(shape: Shape, raw: string | undefined, context: ShapeContext = {}): string | undefined {
  if (raw === undefined) return undefined;
  switch (shape) {
    case 'country':
      return oneLine(raw).length <= 80 ? countryToIso(oneLine(raw)) : undefined;
    case 'website':
      return website(raw, context);
    case 'email':
      return email(raw);
    case 'phone':
      return phone(raw);
    case 'oid':
      return PATTERNS.oid.test(oneLine(raw).toUpperCase()) ? oneLine(raw).toUpperCase() : undefined;
    case 'pic':
      return PATTERNS.pic.test(raw.replace(/\s/g, '')) ? raw.replace(/\s/g, '') : undefined;
    case 'longText':
      return cleanText(raw, MAX.longText, true);
    case 'text':
      return raw.includes('\n') && raw.trim().includes('\n') ? undefined : cleanText(raw, MAX.name);
  }
}
