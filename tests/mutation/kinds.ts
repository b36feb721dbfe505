/**
 * Meaning-preserving changes to a saved record page (issue 11, "Prove generality"). Each kind
 * rewrites a fresh copy of the page and says what the reader must still find: the original
 * answer, or the documented subset when the change removes information (a dropped city).
 * The kinds use the expected answer only to locate the record's own text, never to help a reader.
 */
import type { ExtractionResult } from '@/lib/domain/model';
import type { Subject } from './subject';

export type { Subject };
import { CHROME, findPairs, reshapePairs, type PairShape } from './pairs';
import { relatedBlock } from './related';
import { translateLabels, TRANSLATIONS } from './translations';

/** What a kind did: the new address and answer (unchanged when absent), or a different serialisation. */
export interface Outcome {
  url?: string;
  expect?: (expected: ExtractionResult) => ExtractionResult;
  serialise?: (html: string) => string;
}

export interface Kind {
  kind: string;
  about: string;
  /** The variants of this kind; each is applied to its own fresh copy of the page. */
  variants: string[];
  /** Changes `doc` in place; null when the variant does not apply to this page. */
  apply(doc: Document, subject: Subject, variant: string): Outcome | null;
}

const fold = (text: string | null | undefined) =>
  (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The record's heading: the h1 that says its title or name. */
export function recordHeading(doc: Document, subject: Subject): Element | undefined {
  const core = fold(subject.expected.opportunity?.title ?? subject.expected.organisations[0]?.name);
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => !h.closest(CHROME));
  return h1s.find((h) => fold(h.textContent) === core) ?? h1s.find((h) => core && fold(h.textContent).includes(core));
}

/** Where the record's body lives: main, else the OTLAS content column, else body. */
export function contentOf(doc: Document): Element {
  return doc.querySelector('main, #content, [role="main"]') ?? doc.body;
}

/** True for a line of the record's free text (its description), which is prose, not a pair. */
function proseOf(subject: Subject): (line: string) => boolean {
  const texts = [subject.expected.opportunity?.description, ...subject.expected.organisations.map((o) => o.description)]
    .filter((t): t is string => !!t)
    .map(fold);
  return (line) => texts.some((t) => t.includes(fold(line)));
}

const pairsOf = (doc: Document, subject: Subject) => findPairs(doc.body, proseOf(subject));

function reshape(shape: PairShape): Kind {
  return {
    kind: `pairs-as-${shape}`,
    about: `label/value pairs rendered as ${shape}`,
    variants: [shape],
    apply: (doc, subject) => (reshapePairs(doc, pairsOf(doc, subject), shape) > 0 ? {} : null),
  };
}

function mapOrganisations(
  expected: ExtractionResult,
  change: (o: ExtractionResult['organisations'][number], i: number) => typeof o,
): ExtractionResult {
  return { ...expected, organisations: expected.organisations.map(change) };
}
const without = <T extends object>(value: T, key: keyof T): T => {
  const copy = { ...value };
  delete copy[key];
  return copy;
};

/** Text nodes of the page's body (not scripts or styles), changed by `change`. */
function eachText(doc: Document, change: (text: string) => string): void {
  const walker = doc.createTreeWalker(doc.body, 4);
  const nodes: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  for (const node of nodes) {
    if (node.parentElement?.closest('script, style')) continue;
    node.nodeValue = change(node.nodeValue ?? '');
  }
}

const wrapRecord: Kind = {
  kind: 'wrap-record',
  about: 'the record wrapped in extra elements, including list-tile classes the readers use elsewhere',
  variants: ['div.tool-item', 'article.ecl-content-item.views-row', 'div.ecl-card.card-content'],
  apply(doc, _subject, variant) {
    const content = contentOf(doc);
    const [tag, ...classes] = variant.split('.');
    const className = classes.join(' ');
    const outer = doc.createElement(tag ?? 'div');
    outer.className = className;
    const inner = doc.createElement('div');
    inner.className = 'wrapper-inner';
    while (content.firstChild) inner.append(content.firstChild);
    outer.append(inner);
    content.append(outer);
    return {};
  },
};

const moveHeader: Kind = {
  kind: 'move-header',
  about: 'the page header (breadcrumb, meta, h1) moved out of <main>, or into it',
  variants: ['toggle'],
  apply(doc, subject) {
    const heading = recordHeading(doc, subject);
    if (!heading) return null;
    const header = heading.closest('.ecl-page-header') ?? heading;
    const main = doc.querySelector('main');
    if (main && main.contains(header)) {
      main.parentNode!.insertBefore(header, main);
      return {};
    }
    if (main) {
      main.prepend(header);
      return {};
    }
    // No <main> (OTLAS): the content becomes <main>, the heading goes before it (oe_theme's order).
    const content = contentOf(doc);
    const newMain = doc.createElement('main');
    newMain.id = 'main-content';
    while (content.firstChild) newMain.append(content.firstChild);
    content.append(newMain);
    content.insertBefore(header, newMain);
    return {};
  },
};

function renameHeading(h: Element, level: number): void {
  const replacement = h.ownerDocument.createElement(`h${Math.min(level, 6)}`);
  for (const attr of Array.from(h.attributes)) replacement.setAttribute(attr.name, attr.value);
  while (h.firstChild) replacement.append(h.firstChild);
  h.replaceWith(replacement);
}

const headingLevels: Kind = {
  kind: 'heading-levels',
  about: 'section headings one level deeper (h2 → h3 …), or written as ARIA headings of the same level',
  variants: ['deeper', 'aria'],
  apply(doc, _subject, variant) {
    const headings = Array.from(doc.body.querySelectorAll('h2, h3, h4, h5')).filter((h) => !h.closest(CHROME));
    if (!headings.length) return null;
    for (const h of headings) {
      const level = Number(h.tagName[1]);
      if (variant === 'deeper') renameHeading(h, level + 1);
      else {
        const div = doc.createElement('div');
        for (const attr of Array.from(h.attributes)) div.setAttribute(attr.name, attr.value);
        div.setAttribute('role', 'heading');
        div.setAttribute('aria-level', String(level));
        while (h.firstChild) div.append(h.firstChild);
        h.replaceWith(div);
      }
    }
    return {};
  },
};

const reorder: Kind = {
  kind: 'reorder',
  about: 'sibling blocks in another order: the pairs of each list reversed, the blocks after the heading reversed',
  variants: ['reversed'],
  apply(doc, subject) {
    let changed = 0;
    for (const dl of Array.from(doc.body.querySelectorAll('dl'))) {
      const groups: Element[][] = [];
      for (const child of Array.from(dl.children)) {
        if (child.tagName === 'DT' || !groups.length) groups.push([]);
        groups[groups.length - 1]!.push(child);
      }
      if (groups.length < 2) continue;
      for (const group of groups.reverse()) for (const e of group) dl.append(e);
      changed++;
    }
    const heading = recordHeading(doc, subject);
    const column = heading?.parentElement;
    if (column) {
      const after = Array.from(column.children)
        .slice(Array.from(column.children).indexOf(heading!) + 1)
        .filter((e) => e.tagName !== 'SCRIPT');
      if (after.length > 1) {
        for (const e of after.reverse()) column.append(e);
        changed++;
      }
    }
    return changed ? {} : null;
  },
};

const addRelated: Kind = {
  kind: 'add-related',
  about:
    "a related-items block after the record, or a sidebar before it, of other records with the record's own classes",
  variants: ['after', 'before'],
  apply(doc, subject, variant) {
    const block = relatedBlock(doc, subject, variant as 'after' | 'before');
    if (!block) return null;
    const content = contentOf(doc);
    if (variant === 'after') content.append(block);
    else content.insertBefore(block, content.firstChild);
    return {};
  },
};

/** The pair whose value says `value` (a city, a website). */
function pairSaying(doc: Document, subject: Subject, test: (text: string, links: string[]) => boolean) {
  return pairsOf(doc, subject).find((p) => {
    const text = fold(
      p.items
        .flat()
        .map((n) => n.textContent)
        .join(' '),
    );
    const links = p.items
      .flat()
      .flatMap((n) => (n.nodeType === 1 ? [n as Element, ...Array.from((n as Element).querySelectorAll('a'))] : []))
      .map((a) => a.getAttribute?.('href') ?? '')
      .filter(Boolean);
    return test(text, links);
  });
}

const dropOptional: Kind = {
  kind: 'drop-optional',
  about: 'optional parts left out: the logo, the city, the website (the answer loses the same field)',
  variants: ['logo', 'city', 'website'],
  apply(doc, subject, variant) {
    const org = subject.expected.pageType !== 'project' ? subject.expected.organisations[0] : undefined;
    const drop = (field: 'city' | 'website'): Outcome => ({
      expect: (e) => mapOrganisations(e, (o, i) => (i === 0 ? without(o, field) : o)),
    });
    if (variant === 'logo') {
      const logos = Array.from(doc.body.querySelectorAll('img')).filter((img) => !img.closest(CHROME));
      logos.forEach((img) => img.remove());
      return logos.length ? {} : null;
    }
    if (variant === 'city' && org?.city) {
      const city = fold(org.city);
      const pair = pairSaying(doc, subject, (text) => text === city);
      const basedIn = Array.from(doc.querySelectorAll('.based-in')).find((e) =>
        fold(e.textContent).includes(`(${city})`),
      );
      if (pair) pair.elements.forEach((e) => e.remove());
      else if (basedIn) basedIn.textContent = (basedIn.textContent ?? '').replace(/\s*\([^()]*\)\s*$/, '');
      return pair || basedIn ? drop('city') : null;
    }
    if (variant === 'website' && org?.website) {
      const host = new URL(org.website).hostname.replace(/^www\./, '');
      const pair = pairSaying(
        doc,
        subject,
        (text, links) => text.includes(host) || links.some((l) => l.includes(host)),
      );
      pair?.elements.forEach((e) => e.remove());
      return pair ? drop('website') : null;
    }
    return null;
  },
};

const entityEncode: Kind = {
  kind: 'entity-encode',
  about: 'every non-ASCII character written as a numeric character reference',
  variants: ['numeric'],
  apply: () => ({ serialise: (html) => html.replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`) }),
};

const decompose: Kind = {
  kind: 'nfd',
  about: 'text in Unicode NFD (decomposed accents), as some editors save it',
  variants: ['nfd'],
  apply(doc) {
    let changed = false;
    eachText(doc, (t) => {
      const d = t.normalize('NFD');
      changed ||= d !== t;
      return d;
    });
    return changed ? {} : null;
  },
};

const nonBreaking: Kind = {
  kind: 'nbsp',
  about: 'non-breaking and narrow spaces instead of spaces',
  variants: ['nbsp'],
  apply(doc) {
    eachText(doc, (t) => t.replace(/ (?=\S)/g, '\u00a0').replace(/:\u00a0/g, ':\u202f'));
    return {};
  },
};

/** Classes that are confirmed facts (platforms.md) and stay; every other class is renamed. */
const FACT_CLASSES =
  /^(?:ecl-.*|ecl|field|field__label|field__item|field__items|tool-item|tool-item-data|main-col|project-title|project-summary|organisation-name-haslogo|based-in|project-dates|project-action|running-text|microcopy|microcopy-light|aside|short-url|downloads-list|search-results-list|tool-item-contact-info|card-content|coordinator)$/;

const renameClasses: Kind = {
  kind: 'rename-classes',
  about: 'classes that are not confirmed facts renamed (a theme update)',
  variants: ['renamed'],
  apply(doc) {
    let renamed = 0;
    for (const e of Array.from(doc.querySelectorAll('[class]'))) {
      const names = (e.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
      const next = names.map((n) =>
        FACT_CLASSES.test(n)
          ? n
          : `x${n.length}-${n
              .split('')
              .reverse()
              .join('')
              .replace(/[^a-z0-9]/gi, '')}`,
      );
      if (next.join(' ') !== names.join(' ')) renamed++;
      e.setAttribute('class', next.join(' '));
    }
    return renamed ? {} : null;
  },
};

const otherLanguage: Kind = {
  kind: 'other-language',
  about: 'EPALE/ESEP/eTwinning labels in another EU language, with the address and lang attribute to match',
  variants: ['translated'],
  apply(doc, subject) {
    if (!['epale', 'esep', 'etwinning'].includes(subject.platform)) return null;
    const from = /^\/([a-z]{2})\//.exec(new URL(subject.url).pathname)?.[1];
    const targets = Object.keys(TRANSLATIONS).filter((language) => language !== from);
    const to = targets[subject.name.length % targets.length];
    if (!from || !to) return null;
    const changed = translateLabels(pairsOf(doc, subject), doc, from, to);
    if (!changed) return null;
    doc.documentElement.setAttribute('lang', to);
    // The site's own links follow the language of the page.
    for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
      a.setAttribute(
        'href',
        (a.getAttribute('href') ?? '').replace(new RegExp(`^((?:https://[^/]+)?/)${from}/`), `$1${to}/`),
      );
    }
    const swap = (value: string) => value.replace(`.europa.eu/${from}/`, `.europa.eu/${to}/`);
    const swapAll = (value: unknown): unknown =>
      typeof value === 'string'
        ? swap(value)
        : Array.isArray(value)
          ? value.map(swapAll)
          : value && typeof value === 'object'
            ? Object.fromEntries(
                Object.entries(value).map(([k, v]) => [k, k === 'url' || k === 'profileUrl' ? swapAll(v) : v]),
              )
            : value;
    return {
      url: swap(subject.url),
      expect: (e) => ({
        ...e,
        organisations: e.organisations.map((o) => swapAll(o) as typeof o),
        opportunity: e.opportunity && (swapAll(e.opportunity) as typeof e.opportunity),
      }),
    };
  },
};

export const KINDS: Kind[] = [
  wrapRecord,
  moveHeader,
  headingLevels,
  reshape('dl'),
  reshape('table'),
  reshape('drupal'),
  reshape('text'),
  reshape('aside'),
  reorder,
  addRelated,
  dropOptional,
  entityEncode,
  decompose,
  nonBreaking,
  renameClasses,
  otherLanguage,
];
