/**
 * The label/value pairs of a rendered Project Results Platform page, whatever markup holds them:
 * dt→dd, th→td, a label class and its next element, "<b>Label:</b> value", "Label: value" text.
 */
import { normaliseWebsite, safeHttpUrl, textOf } from './text';

/** Elements that carry a label for the next element (ECL/Drupal conventions, not layout classes). */
const LABEL_CLASS = /(^|[\s_-])(label|term|microcopy)($|[\s_-])/i;
/** "Label: value" as an element's whole text (rendered cards write "Coordinator Type: …", Round 2). */
const TEXT_PAIR = /^([^:：]{2,60}?)\s*[:：]\s*(\S.*)$/s;
const BLOCKS = 'p, div, ul, ol, dl, table, h1, h2, h3, h4, h5, h6, section, article';

/** "EU Grant award in euros (This amount…):" → "eu grant award in euros". */
export const labelKey = (text: string): string =>
  text
    .replace(/\(.*\)/s, '')
    .replace(/[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export interface Pair {
  label: string;
  value: Element | string;
}

/** The label/value pair an element starts, if it is a label: dt→dd, th→td, .label→next, "<b>X:</b> value". */
export function pairAt(el: Element): Pair | undefined {
  const next = el.nextElementSibling;
  const tag = el.tagName;
  if (tag === 'DT') return next?.tagName === 'DD' ? { label: labelKey(textOf(el)), value: next } : undefined;
  if (tag === 'TH') return next?.tagName === 'TD' ? { label: labelKey(textOf(el)), value: next } : undefined;
  if (['STRONG', 'B', 'LABEL', 'SPAN'].includes(tag) && /:\s*$/.test(textOf(el)) && el.parentElement) {
    const rest = textOf(el.parentElement).slice(textOf(el).length).trim();
    if (rest && textOf(el.parentElement).startsWith(textOf(el))) return { label: labelKey(textOf(el)), value: rest };
  }
  if (next && LABEL_CLASS.test(el.getAttribute('class') ?? '') && !el.querySelector('*:not(span, abbr)')) {
    return { label: labelKey(textOf(el)), value: next };
  }
  if (['P', 'LI', 'DIV'].includes(tag) && !el.querySelector(BLOCKS) && (el.textContent ?? '').length < 1000) {
    const m = TEXT_PAIR.exec(textOf(el));
    const link = el.querySelector('a[href]');
    if (m && !/^https?$/i.test(m[1]!))
      return { label: labelKey(m[1]!), value: link && textOf(link) === m[2] ? link : m[2]! };
  }
  return undefined;
}

/** The raw value of a pair for one field: links for websites and e-mails, list items for lists. */
export function valueFor(field: string, value: Element | string, base: URL): unknown {
  if (typeof value === 'string') return value;
  if (field === 'website') {
    // An absolute link first, then the address as shown (a relative link is the platform's redirect).
    const href = (value.closest('a') ?? value.querySelector('a[href]'))?.getAttribute('href');
    return safeHttpUrl(href) ?? normaliseWebsite(textOf(value)) ?? safeHttpUrl(href, base);
  }
  if (field === 'email') return value.querySelector('a[href^="mailto:"]')?.getAttribute('href') ?? textOf(value);
  const listed = value.querySelectorAll('li');
  const items = [...(listed.length ? listed : value.querySelectorAll('.field__item'))].map(textOf).filter(Boolean);
  if ((field === 'topics' || field === 'countries') && items.length) return items;
  const paragraphs = [...value.querySelectorAll('p')].map(textOf).filter(Boolean);
  return field === 'description' && paragraphs.length ? paragraphs.join('\n\n') : textOf(value);
}
