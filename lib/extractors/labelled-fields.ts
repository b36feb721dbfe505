/**
 * A generic label/value reader for the Drupal + Europa Component Library pages of EPALE and ESEP,
 * whose exact markup is not known (platforms.md §3-4). It finds label/value pairs in every shape
 * those sites use — ECL description lists, Drupal fields (labelled or by machine name), two-cell
 * table rows, a label element followed by its value, "Label: value" text — and names them with the
 * dictionary (labels.ts).
 */
import { BLOCK, blockText, isChrome, SKIP } from './block-text';
import { matchLabel, matchMachineName, type LabelKey } from './labels';

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

/** The markup shapes a label and its value come in. */
const SELECTORS = {
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

const HEADING = /^H[2-6]$/;

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

/** What each shape's reader works with: the elements it may read (chrome skipped) and one way to add a field. */
interface Reading {
  all: (selector: string) => Element[];
  add: (
    label: string,
    key: LabelKey | undefined,
    text: string,
    items: string[],
    links: Element[],
    at?: Element,
  ) => void;
  has: (key: LabelKey) => boolean;
  language?: string;
}

/** `<dt>` and its `<dd>`s. */
function readTerms({ all, add, language }: Reading): void {
  for (const dt of all(SELECTORS.term)) {
    const dds: Element[] = [];
    for (let n = dt.nextElementSibling; n && n.tagName !== 'DT'; n = n.nextElementSibling)
      if (n.tagName === 'DD') dds.push(n);
    const label = blockText(dt);
    const items = dds.flatMap((dd) => (itemsOf(dd).length ? itemsOf(dd) : [blockText(dd)]));
    add(label, matchLabel(label, language), dds.map((dd) => blockText(dd)).join('\n'), items, linksIn(dds), dds[0]);
  }
}

/** A Drupal field's label in its field wrapper; the machine name answers a label the dictionary does not know. */
function readDrupalLabels({ all, add, language }: Reading): void {
  for (const labelEl of all(SELECTORS.drupalLabel)) {
    const field = labelEl.parentElement?.closest(SELECTORS.drupalField) ?? labelEl.parentElement;
    if (!field) continue;
    const label = blockText(labelEl);
    const key = matchLabel(label, language) ?? matchMachineName(field.className);
    add(label, key, blockText(field, labelEl), itemsOf(field, labelEl), linksIn([field]), field);
  }
}

/** A Drupal field known by its machine name alone (`field--name-field-city`). */
function readDrupalFields({ all, add }: Reading): void {
  for (const field of all(SELECTORS.drupalField)) {
    const key = matchMachineName(field.className);
    if (!key) continue;
    const labelEl = field.querySelector(SELECTORS.drupalLabel) ?? undefined;
    const label = labelEl ? blockText(labelEl) : key;
    add(label, key, blockText(field, labelEl), itemsOf(field, labelEl), linksIn([field]), field);
  }
}

/** A table row of two cells, outside the table's head. */
function readTableRows({ all, add, language }: Reading): void {
  for (const row of all('tr')) {
    const cells = Array.from(row.children).filter((c) => c.tagName === 'TH' || c.tagName === 'TD');
    if (row.closest('thead') || cells.length !== 2) continue;
    const label = blockText(cells[0]);
    add(label, matchLabel(label, language), blockText(cells[1]), itemsOf(cells[1]!), linksIn([cells[1]!]), cells[1]);
  }
}

/** A label element followed by its value element, or a heading followed by its prose. */
function readStandaloneLabels({ all, add, has, language }: Reading): void {
  for (const el of all(SELECTORS.standaloneLabel)) {
    if ((el.textContent ?? '').length > 120) continue; // cheap: a label is short
    const label = blockText(el);
    const key = label.length <= 80 && !label.includes('\n') ? matchLabel(label, language) : undefined;
    if (!key || has(key)) continue;
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
}

/** "Label: value" lines in an element that holds no blocks. */
function readTextLines({ all, add, language }: Reading): void {
  for (const el of all(SELECTORS.textBlock)) {
    if (!/[:：]/.test(el.textContent ?? '') || Array.from(el.children).some((child) => BLOCK.test(child.tagName)))
      continue;
    for (const line of linesOf(el)) {
      const m = LABEL_VALUE.exec(line.text);
      if (m) add(m[1]!, matchLabel(m[1]!, language), m[2]!, [m[2]!], line.links, el);
    }
  }
}

/** Structured markup before free text: the first occurrence of a field wins. */
const SHAPES = [readTerms, readDrupalLabels, readDrupalFields, readTableRows, readStandaloneLabels, readTextLines];

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
  const add: Reading['add'] = (label, key, text, items, links, element) => {
    const value = text.trim().slice(0, 20_000);
    const values = items.map((v) => v.trim()).filter(Boolean);
    if (!key || fields.has(key) || !value) return;
    const shown = label
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\s*[:：]$/, '');
    fields.set(key, { label: shown, value, values: values.length ? values : [value], links, element });
  };
  // The shapes' selectors overlap (a div is a label candidate and a text block): ask once per element.
  const verdicts = new Map<Element, boolean>();
  const isExcluded = (el: Element) => {
    let verdict = verdicts.get(el);
    if (verdict === undefined) verdicts.set(el, (verdict = excluded(el)));
    return verdict;
  };
  const all = (selector: string) => Array.from(root.querySelectorAll(selector)).filter((el) => !isExcluded(el));
  const reading: Reading = { all, add, has: (key) => fields.has(key), language };
  for (const read of SHAPES) read(reading);
  return fields;
}
