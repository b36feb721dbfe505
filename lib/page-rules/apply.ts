/**
 * Applies page rules to a Document: each rule's anchors are tried in order and the first value that
 * passes the field's shape check is used. Reads only the document it is given, sends nothing, and a
 * selector that throws counts as "found nothing" (rules come from files).
 */
import { isChrome } from '../extractors/block-text';
import { followHop, pageLanguage, recordHeading, textOfElement } from './dom';
import { labelMatches, ownLabelText } from './anchors';
import { rawValueOf, splitLabel } from './read';
import { checkShape } from './shapes';
import type { Anchor, LabelAnchor, PageRule, RuleField } from './types';

/** What one rule did on one page: read a value, found nothing, or found a value of the wrong shape. */
export type RuleOutcome =
  | { ruleId: string; field: RuleField; status: 'read'; value: string; anchor: Anchor['kind'] }
  | { ruleId: string; field: RuleField; status: 'missed' }
  | { ruleId: string; field: RuleField; status: 'bad-shape'; found: string };

interface Page {
  doc: Document;
  url: URL;
  language?: string;
}

/** Elements that may be labels: short text, outside the site chrome, innermost with that text. */
function labelCandidates(doc: Document): { el: Element; text: string }[] {
  const found: { el: Element; text: string }[] = [];
  for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
    if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(el.tagName)) continue;
    const text = ownLabelText(el);
    if (text && !isChrome(el)) found.push({ el, text });
  }
  return found;
}

function inlineValues(anchor: LabelAnchor, page: Page): string[] {
  const values: string[] = [];
  for (const el of Array.from(page.doc.body?.querySelectorAll('p, li, div, span, dd, td') ?? [])) {
    if ((el.textContent ?? '').length > 2000 || el.querySelector('p, li, div, dl, table') || isChrome(el)) continue;
    const split = splitLabel(textOfElement(el));
    if (split && labelMatches(anchor, split.label, page.language)) values.push(split.rest);
  }
  return values;
}

function valuesByLabel(
  anchor: LabelAnchor,
  field: RuleField,
  page: Page,
  labels: () => { el: Element; text: string }[],
): string[] {
  if (anchor.inline) return inlineValues(anchor, page);
  return labels()
    .filter(({ text }) => labelMatches(anchor, text, page.language))
    .map(({ el }) => followHop(el, anchor))
    .filter((el): el is Element => el !== undefined && !isChrome(el))
    .map((el) => rawValueOf(el, field, page.url));
}

function valuesOf(
  anchor: Anchor,
  field: RuleField,
  page: Page,
  labels: () => { el: Element; text: string }[],
): string[] {
  if (anchor.kind === 'label') return valuesByLabel(anchor, field, page, labels);
  if (anchor.kind === 'selector') {
    try {
      const el = page.doc.querySelector(anchor.selector);
      return el ? [rawValueOf(el, field, page.url)] : [];
    } catch {
      return []; // a selector this browser cannot parse finds nothing
    }
  }
  const heading = recordHeading(page.doc);
  const el = heading && followHop(heading, anchor);
  return el ? [rawValueOf(el, field, page.url)] : [];
}

/** One rule on one page. */
export function applyRule(rule: PageRule, page: Page, labels: () => { el: Element; text: string }[]): RuleOutcome {
  let found: string | undefined;
  for (const anchor of rule.anchors) {
    for (const raw of valuesOf(anchor, rule.field, page, labels)) {
      if (!raw.trim()) continue;
      const value = checkShape(rule.shape, raw, { pageUrl: page.url });
      if (value !== undefined)
        return { ruleId: rule.id, field: rule.field, status: 'read', value, anchor: anchor.kind };
      found ??= raw.slice(0, 200);
    }
  }
  return found === undefined
    ? { ruleId: rule.id, field: rule.field, status: 'missed' }
    : { ruleId: rule.id, field: rule.field, status: 'bad-shape', found };
}

/** The rules that run on a page: its platform and page type, not set aside. */
export function rulesForPage(rules: readonly PageRule[], platform: string | null, pageType: string): PageRule[] {
  return rules.filter((rule) => rule.platform === platform && rule.pageType === pageType && !rule.setAside);
}

/** Applies rules (already chosen for this page) in order; the page's labels are collected once. */
export function applyRules(rules: readonly PageRule[], doc: Document, url: URL): RuleOutcome[] {
  const page: Page = { doc, url, language: pageLanguage(doc, url) };
  let labels: { el: Element; text: string }[] | undefined;
  const lazyLabels = () => (labels ??= labelCandidates(doc));
  return rules.map((rule) => applyRule(rule, page, lazyLabels));
}
