/**
 * A labelled field's value as a website, e-mail address or phone number: the value's own link
 * first (a hostile href means none), then its text; never a page of the platform itself.
 */
import type { LabelledField } from './labelled-fields';
import { normaliseWebsite, safeHttpUrl } from './text';

const isPlatformHost = (href: string) => /(?:^|\.)europa\.eu$/i.test(new URL(href).hostname);

/** The organisation's own site: the value's link if it has one (a hostile href means none), else its text. */
export function websiteOf(field: LabelledField | undefined): string | undefined {
  if (!field) return undefined;
  const link = field.links.find((a) => !/^\s*(?:mailto|tel):/i.test(a.getAttribute('href') ?? ''));
  const raw = link ? (link.getAttribute('href') ?? '').trim() : field.values[0];
  let url: string | undefined;
  if (link && /^[a-z][a-z0-9+.-]*:/i.test(raw ?? '')) url = safeHttpUrl(raw);
  else if (link && raw?.startsWith('//')) url = safeHttpUrl(`https:${raw}`);
  else url = raw && !raw.startsWith('/') ? normaliseWebsite(raw) : undefined;
  return url && !isPlatformHost(url) ? url : undefined;
}

const EMAIL = /[^\s@<>()"':;,]+@[^\s@<>()"':;,]+\.[a-z]{2,}/i;
export function emailOf(field: LabelledField | undefined): string | undefined {
  const mailto = field?.links.map((a) => a.getAttribute('href') ?? '').find((h) => /^\s*mailto:/i.test(h));
  const address = mailto ? decodeURIComponent(mailto.trim().slice(7).split('?')[0] ?? '') : field?.value;
  return address ? EMAIL.exec(address)?.[0] : undefined;
}
export function phoneOf(field: LabelledField | undefined): string | undefined {
  const value = field?.value.split('\n')[0]?.trim() ?? '';
  const digits = value.replace(/\D/g, '').length;
  return /^[+(\d][\d\s().\/-]{5,}$/.test(value) && digits >= 6 && digits <= 15 ? value : undefined;
}
