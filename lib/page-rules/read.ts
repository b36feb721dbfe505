/** What a field's value is in an element: its text, a website's link, an e-mail's mailto: address. */
import { textOfElement } from './dom';
import type { RuleField } from './types';

const linkOf = (el: Element, scheme: RegExp): string | undefined => {
  const links = [el.closest('a[href]'), ...Array.from(el.querySelectorAll('a[href]'))].filter(
    (a): a is Element => a !== null,
  );
  return links.map((a) => a.getAttribute('href')?.trim() ?? '').find((href) => scheme.test(href));
};

/**
 * The raw value of `field` in `el` (not yet shape-checked). A website is its http(s) link, else its
 * text; an e-mail its mailto: link, else its text. Relative links resolve against the page.
 */
export function rawValueOf(el: Element, field: RuleField, pageUrl?: URL): string {
  if (field === 'website') {
    const href = linkOf(el, /^(https?:|\/\/|www\.)/i);
    if (href) return href.startsWith('//') && pageUrl ? `${pageUrl.protocol}${href}` : href;
  }
  if (field === 'email') {
    const href = linkOf(el, /^mailto:/i);
    if (href) return href;
  }
  return textOfElement(el);
}

/** The label and the text after it when an element's text starts with "Label:" (else undefined). */
export function splitLabel(text: string): { label: string; rest: string } | undefined {
  const firstLine = text.split('\n')[0] ?? '';
  const colon = firstLine.search(/[:：]/);
  if (colon < 1 || colon > 80) return undefined;
  const label = firstLine.slice(0, colon).trim();
  const rest = [firstLine.slice(colon + 1), ...text.split('\n').slice(1)].join('\n').trim();
  return label && rest ? { label, rest } : undefined;
}
