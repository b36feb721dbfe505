/**
 * A generic label/value reader for the Drupal + Europa Component Library pages of EPALE and ESEP,
 * whose exact markup is not known (platforms.md §3-4). It finds label/value pairs in every shape
 * those sites use — ECL description lists, Drupal fields (labelled or by machine name), two-cell
 * table rows, a label element followed by its value, "Label: value" text — and names them with the
 * multilingual dictionary in labels-dictionary.ts. Labels match whole, never as substrings.
 * This file does not import the dictionary's terms: they come as tables (see `LabelTableSet`).
 */
import { foldName } from './countries';
import { LABEL_KEYS, MACHINE_NAMES, type LabelKey } from './label-keys';

export { LABEL_KEYS, type LabelKey };

export interface LabelledField {
  /** The label as the page wrote it. */
  label: string;
  /** The value's text; block elements on their own lines. */
  value: string;
  /** One entry per list item / Drupal field item (else the value alone). */
  values: string[];
  /** Links inside the value (website, e-mail, profile). */
  links: Element[];
  element?: Element;
}
export type LabelledFields = Map<LabelKey, LabelledField>;

const SELECTORS = {
  /** Site chrome: header, menus, language list, breadcrumbs, footer, cookie banner, search forms. */
  chrome: [
    'nav',
    'footer',
    'form',
    '[role="navigation"]',
    '[role="banner"]',
    '[role="contentinfo"]',
    '[role="search"]',
    '.ecl-site-header',
    '.ecl-site-footer',
    '.ecl-footer',
    '.ecl-menu',
    '.ecl-breadcrumb',
    '.ecl-language-list',
    '.ecl-social-media-share',
    '#cookie-consent-banner',
    '.cck-container',
    '.wt-cck',
    'script',
    'style',
    'template',
    'noscript',
  ].join(', '),
  /** Description lists (ECL `dl.ecl-description-list` and any other). */
  term: 'dt',
  /** Drupal field labels: the label's field wrapper holds the value items. */
  drupalLabel: '.field__label, .field--label',
  drupalField: '.field, [class*="field--name-"]',
  drupalItem: '.field__item, .ecl-description-list__definition-item',
  /** A label element that stands alone before its value element. */
  standaloneLabel: 'h2, h3, h4, h5, h6, strong, b, label, span, div, p, [class*="label"], [class*="term"]',
  /** The prose under a heading (paragraphs, lists, text wrappers); it ends at a heading or labelled block. */
  prose: 'p, ul, ol, blockquote, pre, div[class*="text"], div[class*="body"], div[class*="description"]',
  notProse: 'h1, h2, h3, h4, h5, h6, [role="heading"], dl, table, form, .field__label',
  /** Elements whose own text may hold "Label: value" lines. */
  textBlock: 'p, li, div, span, dd, td',
} as const;

const BLOCK =
  /^(?:address|article|aside|blockquote|dd|div|dl|dt|fieldset|figure|h[1-6]|header|hr|li|main|ol|p|pre|section|table|tbody|td|th|thead|tr|ul)$/i;
const SKIP = /^(?:script|style|template|noscript|svg|button|select|iframe)$/i;
const HEADING = /^H[2-6]$/;

/** A header element is chrome unless it sits inside the main content (ECL page headers do). */
export function isChrome(el: Element): boolean {
  if (el.closest(SELECTORS.chrome)) return true;
  return el.closest('header') !== null && el.closest('main, [role="main"], #main-content, article') === null;
}

/** Text of a node with block elements on their own lines; `skip` is left out (a field's own label). */
export function blockText(node: Node | null | undefined, skip?: Element): string {
  const lines: string[] = [];
  let line = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) line += n.nodeValue ?? '';
    if (n.nodeType !== 1 || n === skip || SKIP.test((n as Element).tagName)) return;
    const block = BLOCK.test((n as Element).tagName) || (n as Element).tagName === 'BR';
    if (block) {
      lines.push(line);
      line = '';
    }
    n.childNodes.forEach(walk);
    if (block) {
      lines.push(line);
      line = '';
    }
  };
  if (node) walk(node);
  lines.push(line);
  return lines
    .map((l) => l.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Folded label: no case, accents, punctuation, "(optional)" notes, required-field stars or colon. */
export function foldLabel(label: string): string {
  return foldName(label.replace(/\([^)]*\)/g, ' '))
    .replace(/\*/g, '')
    .replace(/ς/g, 'σ')
    .replace(/\s+/g, ' ')
    .trim();
}

type LabelTable = Map<string, LabelKey>;
/** Folded term → field, per language; `anyLanguage`: the terms that mean one field in every language. */
export interface LabelTableSet {
  byLanguage: Map<string, LabelTable>;
  anyLanguage?: LabelTable;
  /** Languages known to have no terms of their own (their labels are read as `anyLanguage`). */
  without?: Set<string>;
}

/**
 * Tables loaded as data (a page's stage 2: views/page/dictionary-loader.ts loads the page's languages
 * built ahead of time); `fallback` builds every language from the dictionary's source, where that source
 * is at hand (lib/extractors/label-tables.ts). A page's stage 2 has no fallback: a label no loaded table
 * answers names no field, rather than pull the ~40 KB source into every record page.
 */
let preloaded: LabelTableSet | undefined;
let fallback: (() => LabelTableSet) | undefined;

export function useLabelFallback(build: (() => LabelTableSet) | undefined): void {
  fallback = build;
}

/** `null` for a language: it has no terms of its own (the build writes such files as `null`). */
export function useLabelTables(
  byLanguage: Record<string, Record<string, LabelKey> | null>,
  anyLanguage?: Record<string, LabelKey>,
): void {
  const entries = Object.entries(byLanguage);
  const maps = new Map(
    entries.flatMap(([language, table]) => (table ? [[language, new Map(Object.entries(table))] as const] : [])),
  );
  const without = new Set(entries.filter(([, table]) => table === null).map(([language]) => language));
  preloaded = {
    byLanguage: maps,
    anyLanguage: anyLanguage ? new Map(Object.entries(anyLanguage)) : undefined,
    without,
  };
}

/** The tables that answer for `code`: the loaded ones when they cover it, else the fallback's. */
function tablesFor(code: string | undefined): LabelTableSet | undefined {
  const own = code && preloaded?.byLanguage.has(code) && preloaded.byLanguage.has('en');
  const anyOnly = (!code || preloaded?.without?.has(code)) && preloaded?.anyLanguage;
  return own || anyOnly ? preloaded : fallback?.();
}

/**
 * The field a label names. With a known page language only that language's terms count (plus
 * English, which untranslated Drupal strings fall back to); without one, only terms that mean the
 * same field in every language.
 */
export function matchLabel(label: string, language?: string): LabelKey | undefined {
  if (label.length > 120) return undefined;
  const folded = foldLabel(label);
  if (!folded) return undefined;
  const code = language?.toLowerCase().slice(0, 2);
  const tables = tablesFor(code);
  if (!tables) return undefined;
  const own = code ? tables.byLanguage.get(code) : undefined;
  // Then English, then a term of several words that means one field in every language (a string left
  // untranslated); one short word may be another word in the page's language (Danish "By" is a city).
  const untranslated = folded.includes(' ') ? tables.anyLanguage?.get(folded) : undefined;
  if (own) return own.get(folded) ?? tables.byLanguage.get('en')?.get(folded) ?? untranslated;
  return tables.anyLanguage?.get(folded);
}

/** The field a Drupal machine name stands for (`field--name-field-country` → country). */
export function matchMachineName(className: string): LabelKey | undefined {
  const name = /(?:^|\s)field--name-([a-z0-9_-]+)/.exec(className)?.[1]?.replace(/_/g, '-');
  if (!name) return undefined;
  return (Object.keys(MACHINE_NAMES) as LabelKey[]).find((key) => MACHINE_NAMES[key]!.includes(name));
}

const linksIn = (nodes: Element[]) =>
  nodes.flatMap((n) => (n.matches('a[href]') ? [n] : Array.from(n.querySelectorAll('a[href]'))));
/** Each list item or Drupal field item of a value (innermost ones), or [] when it is one piece. */
function itemsOf(el: Element, skip?: Element): string[] {
  const items = Array.from(el.querySelectorAll(`${SELECTORS.drupalItem}, li`)).filter((item) => !skip?.contains(item));
  return items
    .filter((item) => !items.some((other) => other !== item && item.contains(other)))
    .map((item) => blockText(item));
}

/** "Country: Polska" lines of an element that holds no blocks, split at <br>, with each line's links. */
function linesOf(el: Element): { text: string; links: Element[] }[] {
  const lines: { text: string; links: Element[] }[] = [{ text: '', links: [] }];
  const walk = (n: Node) => {
    const current = lines[lines.length - 1]!;
    if (n.nodeType === 3) current.text += n.nodeValue ?? '';
    if (n.nodeType !== 1 || SKIP.test((n as Element).tagName)) return;
    if ((n as Element).tagName === 'BR') {
      lines.push({ text: '', links: [] });
      return;
    }
    if ((n as Element).matches('a[href]')) current.links.push(n as Element);
    n.childNodes.forEach(walk);
  };
  el.childNodes.forEach(walk);
  return lines
    .map((l) => ({ text: l.text.normalize('NFC').replace(/\s+/g, ' ').trim(), links: l.links }))
    .filter((l) => l.text);
}

const LABEL_VALUE = /^([^:：]{1,80}?)\s*[:：]\s*(\S.*)$/u;

/**
 * Every labelled field under `root` (site chrome skipped); the first occurrence of a field wins,
 * structured markup before free text. `language` is the page's ("de", "pl"…), from its URL.
 */
export function readLabelledFields(
  root: ParentNode,
  language?: string,
  excluded: (el: Element) => boolean = isChrome,
): LabelledFields {
  const fields: LabelledFields = new Map();
  const all = (selector: string) => Array.from(root.querySelectorAll(selector)).filter((el) => !excluded(el));
  const add = (
    label: string,
    key: LabelKey | undefined,
    text: string,
    items: string[],
    links: Element[],
    element?: Element,
  ) => {
    const value = text.trim().slice(0, 20_000);
    const values = items.map((v) => v.trim()).filter(Boolean);
    if (!key || fields.has(key) || !value) return;
    fields.set(key, {
      label: label
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/\s*[:：]$/, ''),
      value,
      values: values.length ? values : [value],
      links,
      element,
    });
  };

  for (const dt of all(SELECTORS.term)) {
    const dds: Element[] = [];
    for (let n = dt.nextElementSibling; n && n.tagName !== 'DT'; n = n.nextElementSibling)
      if (n.tagName === 'DD') dds.push(n);
    const label = blockText(dt);
    const items = dds.flatMap((dd) => (itemsOf(dd).length ? itemsOf(dd) : [blockText(dd)]));
    add(label, matchLabel(label, language), dds.map((dd) => blockText(dd)).join('\n'), items, linksIn(dds), dds[0]);
  }
  for (const labelEl of all(SELECTORS.drupalLabel)) {
    const field = labelEl.parentElement?.closest(SELECTORS.drupalField) ?? labelEl.parentElement;
    if (!field) continue;
    const label = blockText(labelEl);
    const key = matchLabel(label, language) ?? matchMachineName(field.className);
    add(label, key, blockText(field, labelEl), itemsOf(field, labelEl), linksIn([field]), field);
  }
  for (const field of all(SELECTORS.drupalField)) {
    const key = matchMachineName(field.className);
    const labelEl = field.querySelector(SELECTORS.drupalLabel) ?? undefined;
    if (key)
      add(
        labelEl ? blockText(labelEl) : key,
        key,
        blockText(field, labelEl),
        itemsOf(field, labelEl),
        linksIn([field]),
        field,
      );
  }
  for (const row of all('tr')) {
    const cells = Array.from(row.children).filter((c) => c.tagName === 'TH' || c.tagName === 'TD');
    if (row.closest('thead') || cells.length !== 2) continue;
    const label = blockText(cells[0]);
    add(label, matchLabel(label, language), blockText(cells[1]), itemsOf(cells[1]!), linksIn([cells[1]!]), cells[1]);
  }
  for (const el of all(SELECTORS.standaloneLabel)) {
    if ((el.textContent ?? '').length > 120) continue; // cheap: a label is short
    const label = blockText(el);
    const key = label.length <= 80 && !label.includes('\n') ? matchLabel(label, language) : undefined;
    if (!key || fields.has(key)) continue;
    const heading =
      HEADING.test(el.tagName) || (el.getAttribute('role') === 'heading' && el.getAttribute('aria-level') !== '1');
    const following: Element[] = [];
    for (let n = el.nextElementSibling; n; n = heading ? n.nextElementSibling : null) {
      // A heading's text is the prose under it, up to the next heading, labelled block or other component.
      if (
        heading &&
        (!n.matches(SELECTORS.prose) || n.matches(SELECTORS.notProse) || n.querySelector(SELECTORS.notProse))
      )
        break;
      if (n.tagName !== 'BR') following.push(n);
    }
    const first = following[0];
    // A heading is never a value; nor is the next label, after a field left empty.
    if (!first || (!heading && (/^H[1-6]$/.test(first.tagName) || matchLabel(blockText(first), language)))) continue;
    const text = (heading ? following : [first]).map((n) => blockText(n)).join('\n');
    add(label, key, text, heading ? [text] : itemsOf(first), linksIn(heading ? following : [first]), first);
  }
  for (const el of all(SELECTORS.textBlock)) {
    if (!/[:：]/.test(el.textContent ?? '') || Array.from(el.children).some((child) => BLOCK.test(child.tagName)))
      continue;
    for (const line of linesOf(el)) {
      const m = LABEL_VALUE.exec(line.text);
      if (m) add(m[1]!, matchLabel(m[1]!, language), m[2]!, [m[2]!], line.links, el);
    }
  }
  return fields;
}
