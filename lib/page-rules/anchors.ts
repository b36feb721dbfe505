/**
 * Anchors made from a picked element, most robust first: the label next to the value (as written,
 * with its dictionary key so the rule reads the same page in other languages), a selector of stable
 * attributes only, and a structural path from the record's heading.
 */
import { foldLabel, matchLabel } from '../extractors/labels';
import { isChrome } from '../extractors/block-text';
import { hopBetween, recordHeading, textOfElement } from './dom';
import { splitLabel } from './read';
import type { Anchor, LabelAnchor, PathAnchor, SelectorAnchor } from './types';

const LABEL_TAGS = /^(DT|TH|LABEL|STRONG|B|H[2-6])$/;
const MAX_LABEL = 80;

/** Short, one-line text of an element that holds no deeper element with the same text. */
export function ownLabelText(el: Element): string | undefined {
  if ((el.textContent ?? '').length > 120) return undefined;
  const text = textOfElement(el).replace(/\s*[:：]$/, '');
  if (!text || text.length > MAX_LABEL || text.includes('\n')) return undefined;
  const inner = Array.from(el.children).some(
    (child) => (child.textContent ?? '').trim() === (el.textContent ?? '').trim(),
  );
  return inner ? undefined : text;
}

const looksLikeLabel = (el: Element, text: string) =>
  LABEL_TAGS.test(el.tagName) ||
  /label|term/i.test(el.getAttribute('class') ?? '') ||
  /[:：]\s*$/.test(el.textContent ?? '');

function labelAnchor(el: Element, text: string, value: Element, language?: string): LabelAnchor | undefined {
  const hop = hopBetween(el, value, true);
  if (!hop) return undefined;
  const key = matchLabel(text, language);
  return { kind: 'label', text, ...(key ? { key } : {}), ...(language ? { language } : {}), ...hop };
}

/** "Country: Poland" in one element: the label is the start of the value's own text. */
function inlineAnchor(value: Element, language?: string): LabelAnchor | undefined {
  const split = splitLabel(textOfElement(value));
  if (!split || !matchLabel(split.label, language)) return undefined;
  const key = matchLabel(split.label, language);
  const lang = language ? { language } : {};
  const hop = { up: 0, next: false, down: [] };
  return { kind: 'label', text: split.label, ...(key ? { key } : {}), ...lang, inline: true, ...hop };
}

/** The label nearest before the value: a dictionary label first, else one that looks like a label. */
export function findLabelAnchor(value: Element, language?: string): LabelAnchor | undefined {
  const inline = inlineAnchor(value, language);
  if (inline) return inline;
  let fallback: LabelAnchor | undefined;
  let base: Element | null = value;
  for (let level = 0; base && level < 4 && base.tagName !== 'BODY'; level += 1, base = base.parentElement) {
    let prev = base.previousElementSibling;
    for (let back = 0; prev && back < 2; back += 1, prev = prev.previousElementSibling) {
      const candidates = [prev, ...Array.from(prev.querySelectorAll('*')).reverse()];
      for (const el of candidates) {
        const text = ownLabelText(el);
        if (!text || isChrome(el)) continue;
        const anchor = labelAnchor(el, text, value, language);
        if (anchor?.key) return anchor;
        if (anchor && !fallback && looksLikeLabel(el, text)) fallback = anchor;
      }
    }
  }
  return fallback;
}

/** Ids that are stable: no digits (record or generated ids have them), short, plain characters. */
const stableToken = (value: string) => /^[A-Za-z][\w-]{0,40}$/.test(value) && !/\d/.test(value);
/** Europa Component Library and Drupal's semantic classes; any other class may be generated. */
const SEMANTIC_CLASS = /^(ecl-[a-z][\w-]*|field--name-[\w-]+|field--type-[\w-]+|field__[a-z]+|views-field-[\w-]+)$/;
const STABLE_ATTRIBUTE = /^(itemprop|aria-describedby|aria-labelledby|data-[a-z][\w-]*)$/;

/** One simple selector of the element's stable attributes, or undefined when it has none. */
export function stablePart(el: Element): string | undefined {
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  if (id && stableToken(id)) return `${tag}#${id}`;
  const attributes = Array.from(el.attributes)
    .filter((attr) => STABLE_ATTRIBUTE.test(attr.name) && stableToken(attr.value))
    .map((attr) => `[${attr.name}="${attr.value}"]`);
  const classes = Array.from(el.classList)
    .filter((name) => SEMANTIC_CLASS.test(name))
    .map((name) => `.${name}`);
  const parts = [...attributes, ...classes.slice(0, 3)];
  return parts.length ? `${tag}${parts.join('')}` : undefined;
}

/** A selector that finds `value` first in `doc`, from stable attributes; nth-child only on the last step. */
export function findSelectorAnchor(value: Element, doc: Document): SelectorAnchor | undefined {
  const steps: string[] = [];
  for (let el: Element | null = value; el && steps.length < 4 && el.tagName !== 'BODY'; el = el.parentElement) {
    const part = stablePart(el);
    steps.unshift(part ?? el.tagName.toLowerCase());
    if (!part) continue;
    const selector = steps.join(' > ');
    if (doc.querySelector(selector) === value) return { kind: 'selector', selector };
    const index = value.parentElement ? Array.from(value.parentElement.children).indexOf(value) + 1 : 0;
    const last = `${selector}:nth-child(${index})`;
    if (index > 0 && doc.querySelector(last) === value) return { kind: 'selector', selector: last };
  }
  return undefined;
}

/** The path from the record's heading to the value. */
export function findPathAnchor(value: Element, doc: Document): PathAnchor | undefined {
  const heading = recordHeading(doc);
  // The heading itself is the record's name on most pages: the empty path.
  if (heading && (heading === value || heading.contains(value))) return { kind: 'path', up: 0, next: false, down: [] };
  if (!heading) return undefined;
  const hop = hopBetween(heading, value, false);
  return hop ? { kind: 'path', ...hop } : undefined;
}

/** Every anchor the picked element allows, in the order they are tried. */
export function anchorsFor(value: Element, doc: Document, language?: string): Anchor[] {
  return [findLabelAnchor(value, language), findSelectorAnchor(value, doc), findPathAnchor(value, doc)].filter(
    (anchor): anchor is Anchor => anchor !== undefined,
  );
}

export const labelMatches = (anchor: LabelAnchor, text: string, language?: string): boolean =>
  foldLabel(text) === foldLabel(anchor.text) || (anchor.key !== undefined && matchLabel(text, language) === anchor.key);
