/**
 * Pick on page, the pure half: the element the user clicked (or the selection they chose) becomes
 * the field's value — its text, a website's http(s) link, an e-mail's mailto: address — checked for
 * the field's shape, and a rule that reads the same field on the next page of this type.
 */
import type { PageType, Platform } from '../domain/model';
import { anchorsFor } from './anchors';
import { pageLanguage } from './dom';
import { applyRules } from './apply';
import { matchLabel } from '../extractors/labels';
import { rawValueOf, splitLabel } from './read';
import { checkShape } from './shapes';
import { ruleId, RULE_VERSION, SHAPE_OF, type PageRule, type RuleField } from './types';

export interface PickContext {
  doc: Document;
  url: URL;
  platform: Platform;
  pageType: PageType;
  /** ISO time, passed in so the function stays pure. */
  now: string;
}

export type PickResult =
  | { status: 'picked'; value: string; rule: PageRule | undefined }
  /** Something was picked but it is not a value of this field (a country that is no country…). */
  | { status: 'bad-shape'; found: string }
  | { status: 'empty' };

/** The element a selection sits in (the "Use selection" path for keyboard and screen-reader users). */
export function elementOfSelection(selection: Selection | null): Element | undefined {
  const node =
    selection && selection.rangeCount > 0 && !selection.isCollapsed
      ? selection.getRangeAt(0).commonAncestorContainer
      : undefined;
  if (!node) return undefined;
  return node.nodeType === 1 ? (node as Element) : (node.parentElement ?? undefined);
}

/** Makes the rule for a picked value, or undefined when no anchor reads the same value back. */
function ruleFor(el: Element, field: RuleField, value: string, context: PickContext): PageRule | undefined {
  const anchors = anchorsFor(el, context.doc, pageLanguage(context.doc, context.url));
  const rule: PageRule = {
    id: ruleId(context.platform, context.pageType, field),
    platform: context.platform,
    pageType: context.pageType,
    field,
    anchors,
    sample: value.slice(0, 300),
    shape: SHAPE_OF[field],
    createdAt: context.now,
    version: RULE_VERSION,
    host: context.url.hostname.toLowerCase(),
    origin: 'mine',
    misses: 0,
  };
  // Keep only anchors that read the same value back from this page: a rule never starts out wrong.
  const kept = anchors.filter((anchor) => {
    const [outcome] = applyRules([{ ...rule, anchors: [anchor] }], context.doc, context.url);
    return outcome?.status === 'read' && outcome.value === value;
  });
  return kept.length ? { ...rule, anchors: kept } : undefined;
}

/** "Country: Poland" picked whole: the value is what follows a dictionary label. */
function withoutLabel(raw: string, context: PickContext): string {
  const split = splitLabel(raw);
  return split && matchLabel(split.label, pageLanguage(context.doc, context.url)) ? split.rest : raw;
}

/** The value of a picked element for a field, and its rule. */
export function pickValue(el: Element, field: RuleField, context: PickContext): PickResult {
  const raw = withoutLabel(rawValueOf(el, field, context.url), context);
  if (!raw.trim()) return { status: 'empty' };
  const value = checkShape(SHAPE_OF[field], raw, { pageUrl: context.url });
  if (value === undefined) return { status: 'bad-shape', found: raw.slice(0, 200) };
  return { status: 'picked', value, rule: ruleFor(el, field, value, context) };
}
