/**
 * The mutation suite's own view of a page's label/value pairs, written independently of the
 * readers (it must not share their blind spots): description lists, two-cell table rows, Drupal
 * label/item fields, SALTO aside pairs and "Label: value" lines. It finds them and renders them
 * again in another shape, keeping each label's text and each value's nodes (links included).
 */

export type PairShape = 'dl' | 'table' | 'drupal' | 'text' | 'aside';

export interface Pair {
  label: string;
  /** One entry per item of the value (list items, Drupal items, several dd), each a set of nodes. */
  items: Node[][];
  /** The elements the pair occupies now; removed when it is rendered again. */
  elements: Element[];
  /** Whether the value holds blocks (paragraphs) that a one-line shape could not carry. */
  blocky: boolean;
}

/** Site chrome the suite leaves alone: pairs there are not the record's. */
export const CHROME =
  'header:not(.ecl-page-header), nav, footer, form, script, style, template, [role="banner"], [role="contentinfo"], #cookie-consent-banner, [role="dialog"]';
const BLOCKS = 'p, div, ul, ol, table, dl, h1, h2, h3, h4, h5, h6, section, article';
const TEXT_PAIR = /^([^:：\n]{2,60}?)\s*[:：]\s*(\S[\s\S]*)$/u;

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const clones = (nodes: Iterable<Node>) => Array.from(nodes, (n) => n.cloneNode(true));

/** A value's items: its list items if it is a list, else the whole value. */
function itemsOf(containers: Element[]): Node[][] {
  return containers.flatMap((el) => {
    const items = Array.from(el.querySelectorAll('li, .field__item, .ecl-description-list__definition-item'));
    const innermost = items.filter((item) => !items.some((other) => other !== item && item.contains(other)));
    return innermost.length > 1 ? innermost.map((item) => clones(item.childNodes)) : [clones(el.childNodes)];
  });
}
const isBlocky = (containers: Element[]) =>
  containers.some((el) =>
    Array.from(el.querySelectorAll(BLOCKS)).some(
      (b) =>
        !b.closest('li') && b.tagName !== 'UL' && b.tagName !== 'OL' && !b.matches('.ecl, .field__items, .field__item'),
    ),
  );

function dlPairs(root: Element): Pair[] {
  return Array.from(root.querySelectorAll('dt'))
    .map((dt) => {
      const dds: Element[] = [];
      for (let n = dt.nextElementSibling; n && n.tagName !== 'DT'; n = n.nextElementSibling)
        if (n.tagName === 'DD') dds.push(n);
      return { label: fold(dt.textContent ?? ''), items: itemsOf(dds), elements: [dt, ...dds], blocky: isBlocky(dds) };
    })
    .filter((p) => p.label && p.elements.length > 1);
}

function tablePairs(root: Element): Pair[] {
  return Array.from(root.querySelectorAll('tr')).flatMap((row) => {
    const cells = Array.from(row.children).filter((c) => c.tagName === 'TH' || c.tagName === 'TD');
    if (row.closest('thead') || cells.length !== 2 || row.closest('table')?.querySelector('thead')) return [];
    return [
      {
        label: fold(cells[0]!.textContent ?? ''),
        items: itemsOf([cells[1]!]),
        elements: [row],
        blocky: isBlocky([cells[1]!]),
      },
    ];
  });
}

function drupalPairs(root: Element): Pair[] {
  return Array.from(root.querySelectorAll('.field__label')).flatMap((label) => {
    const field = label.parentElement;
    if (!field) return [];
    const values = Array.from(field.querySelectorAll('.field__item'));
    const items = values.length
      ? values.map((v) => clones(v.childNodes))
      : [clones(Array.from(field.childNodes).filter((n) => n !== label))];
    return [{ label: fold(label.textContent ?? ''), items, elements: [field], blocky: isBlocky(values) }];
  });
}

function asidePairs(root: Element): Pair[] {
  return Array.from(root.querySelectorAll('p.microcopy')).flatMap((label) => {
    const value = label.nextElementSibling;
    if (!value || value.tagName !== 'P' || value.matches('.microcopy')) return [];
    return [{ label: fold(label.textContent ?? ''), items: itemsOf([value]), elements: [label, value], blocky: false }];
  });
}

/** "<strong>Label:</strong> value" or "Label: value" as an element's whole text (no blocks inside). */
function textPairs(root: Element, isProse: (line: string) => boolean): Pair[] {
  return Array.from(root.querySelectorAll('p, li, div, span')).flatMap((el) => {
    if (el.querySelector(BLOCKS) || el.closest('dl, table, .field, li li') || el.querySelector('br')) return [];
    if (el.parentElement?.closest('p, span') || el.matches('.microcopy')) return [];
    const text = fold(el.textContent ?? '');
    const m = TEXT_PAIR.exec(text);
    if (!m || isProse(text) || /^https?$/i.test(m[1]!)) return [];
    const nodes = clones(el.childNodes);
    const label = m[1]!;
    // Drop the label's own nodes: text up to and including the colon.
    const rest: Node[] = [];
    let seen = '';
    for (const node of nodes) {
      if (seen.length >= 0 && !/[:：]/.test(seen)) {
        const t = node.textContent ?? '';
        const at = t.search(/[:：]/);
        if (at < 0) {
          seen += t;
          continue;
        }
        seen += t.slice(0, at + 1);
        const tail = t.slice(at + 1);
        if (tail.trim()) rest.push(el.ownerDocument.createTextNode(tail.replace(/^\s+/, '')));
        continue;
      }
      rest.push(node);
    }
    return rest.length ? [{ label, items: [rest], elements: [el], blocky: false }] : [];
  });
}

/** Every pair in `root` outside chrome, in page order; `isProse` tells a description's own line. */
export function findPairs(root: Element, isProse: (line: string) => boolean): Pair[] {
  const all = [
    ...dlPairs(root),
    ...tablePairs(root),
    ...drupalPairs(root),
    ...asidePairs(root),
    ...textPairs(root, isProse),
  ];
  const kept = all.filter((p) => !p.elements[0]!.closest(CHROME) && p.label.length <= 60);
  // A pair inside another pair's value (a Drupal field in a dd) belongs to the outer one.
  const outer = kept.filter(
    (p) => !kept.some((q) => q !== p && q.elements.some((e) => e !== p.elements[0] && e.contains(p.elements[0]!))),
  );
  return outer.sort((a, b) => (a.elements[0]!.compareDocumentPosition(b.elements[0]!) & 4 ? -1 : 1));
}

function el(doc: Document, tag: string, className?: string, children: (Node | string)[] = []): Element {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  for (const c of children) e.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return e;
}

/** The items of a value on one line: "a, b, c". */
function inline(doc: Document, items: Node[][]): Node[] {
  // Block wrappers (oe_theme's div.ecl, lists) cannot sit inside a <p>: their content goes inline.
  const unwrap = (n: Node): Node[] =>
    n.nodeType === 1 && /^(?:DIV|UL|OL|LI|P)$/.test((n as Element).tagName)
      ? Array.from(n.childNodes).flatMap(unwrap)
      : [n.cloneNode(true)];
  return items.flatMap((nodes, i) => (i === 0 ? nodes : [doc.createTextNode(', '), ...nodes])).flatMap(unwrap);
}
const valueBlock = (doc: Document, items: Node[][]) =>
  items.length > 1
    ? [
        el(
          doc,
          'ul',
          undefined,
          items.map((nodes) =>
            el(
              doc,
              'li',
              undefined,
              nodes.map((n) => n.cloneNode(true)),
            ),
          ),
        ),
      ]
    : items[0]!.map((n) => n.cloneNode(true));

/** The pairs rendered in one shape, as one element to put where they were. */
export function renderPairs(doc: Document, pairs: Pair[], shape: PairShape): Element {
  const label = (p: Pair) => p.label.replace(/\s*[:：]$/, '');
  switch (shape) {
    case 'dl':
      return el(
        doc,
        'dl',
        'ecl-description-list',
        pairs.flatMap((p) => [
          el(doc, 'dt', 'ecl-description-list__term', [label(p)]),
          el(doc, 'dd', 'ecl-description-list__definition', valueBlock(doc, p.items)),
        ]),
      );
    case 'table':
      return el(doc, 'table', 'ecl-table', [
        el(
          doc,
          'tbody',
          undefined,
          pairs.map((p) =>
            el(doc, 'tr', undefined, [
              el(doc, 'th', undefined, [label(p)]),
              el(doc, 'td', undefined, valueBlock(doc, p.items)),
            ]),
          ),
        ),
      ]);
    case 'drupal':
      return el(
        doc,
        'div',
        'field-group',
        pairs.map((p) =>
          el(doc, 'div', 'field field--label-inline', [
            el(doc, 'div', 'field__label', [label(p)]),
            el(
              doc,
              'div',
              'field__items',
              p.items.map((nodes) =>
                el(
                  doc,
                  'div',
                  'field__item',
                  nodes.map((n) => n.cloneNode(true)),
                ),
              ),
            ),
          ]),
        ),
      );
    case 'aside':
      return el(
        doc,
        'div',
        'aside',
        pairs.flatMap((p) => [
          el(doc, 'p', 'microcopy microcopy-light', [label(p)]),
          el(doc, 'p', undefined, inline(doc, p.items)),
        ]),
      );
    case 'text':
      return el(
        doc,
        'div',
        'facts',
        pairs.map((p) => el(doc, 'p', undefined, [`${label(p)}: `, ...inline(doc, p.items)])),
      );
  }
}

/**
 * Renders every run of neighbouring pairs in `shape` in place. Pairs whose value holds paragraphs
 * stay as they are for one-line shapes. Returns how many pairs were rendered again.
 */
export function reshapePairs(doc: Document, pairs: Pair[], shape: PairShape): number {
  const usable = pairs.filter((p) => !(p.blocky && (shape === 'text' || shape === 'aside')));
  // Group by the unit a pair lives in (its dl / table, else its own element), then merge sibling units.
  const unitOf = (p: Pair) =>
    p.elements[0]!.closest('dl, table') ?? (p.elements.length === 1 ? p.elements[0]! : p.elements[0]!);
  const groups: { units: Element[]; pairs: Pair[] }[] = [];
  for (const pair of usable) {
    const unit = unitOf(pair);
    const last = groups[groups.length - 1];
    const lastPair = last?.pairs[last.pairs.length - 1];
    const adjacent = lastPair && lastPair.elements[lastPair.elements.length - 1]!.nextElementSibling === unit;
    if (last && last.units.includes(unit)) last.pairs.push(pair);
    else if (last && adjacent && !unit.closest('dl, table')) {
      last.units.push(unit);
      last.pairs.push(pair);
    } else groups.push({ units: [unit], pairs: [pair] });
  }
  let count = 0;
  for (const group of groups) {
    const first = group.units[0]!;
    const inDl = first.tagName === 'DL' || first.tagName === 'TABLE';
    // A dl or table is replaced whole only when every pair in it is being moved.
    if (inDl && group.units.length === 1) {
      const all = first.tagName === 'DL' ? first.querySelectorAll('dt').length : first.querySelectorAll('tr').length;
      if (all !== group.pairs.length) continue;
    }
    first.parentNode?.insertBefore(renderPairs(doc, group.pairs, shape), first);
    for (const unit of group.units) unit.remove();
    for (const pair of group.pairs) for (const e of pair.elements) e.remove();
    count += group.pairs.length;
  }
  return count;
}
