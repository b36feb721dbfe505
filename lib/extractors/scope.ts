/**
 * Where a record page's own facts may come from: the whole document (oe_theme puts the <h1> before
 * <main>), minus site chrome (by landmark) and minus blocks about *other* records — found by what
 * they link to, never by a class, because the same classes may wrap the record itself (issue 11).
 * A link to another record of the same kind (another organisation's profile on a profile page,
 * another request or project on a request or project page) marks the tile around it as foreign,
 * unless that tile also holds the record's own heading.
 */
import { isChrome } from './block-text';
import { safeHttpUrl, textOf } from './text';

/** Elements that bound one item of a list or a side block; checked against the record's heading. */
const TILE = [
  'li',
  'tr',
  'article',
  'aside',
  'section',
  '[role="complementary"]',
  '[class*="tool-item"]',
  '[class*="card"]',
  '[class*="tile"]',
  '[class*="teaser"]',
  '[class*="item"]',
  '[class*="related"]',
].join(', ');
/** Regions that are never a foreign tile as a whole. */
const LANDMARK = /^(?:BODY|HTML|MAIN)$/;
const HEADINGS = ['.ecl-page-header__title', '.ecl-page-header-core__title', '.ecl-page-header h1', 'h1'];

export interface Scope {
  /** The record's heading element, when one was found. */
  heading?: Element;
  /** Blocks about other records. */
  foreign: Element[];
  /** True for chrome and for anything inside a foreign block. */
  excluded(el: Element): boolean;
}

const pathKey = (href: string) => {
  const u = new URL(href);
  return `${u.host}${u.pathname.replace(/\/+$/, '')}`;
};

/** The links on the page to other records (not this page), with their addresses. */
function otherRecordLinks(
  doc: Document,
  url: URL,
  isOtherRecord: (u: URL) => boolean,
): { link: Element; key: string }[] {
  const own = pathKey(url.href);
  return Array.from(doc.querySelectorAll('a[href]')).flatMap((link) => {
    const href = safeHttpUrl(link.getAttribute('href'), url);
    if (!href || isChrome(link)) return [];
    const key = pathKey(href);
    return key !== own && isOtherRecord(new URL(href)) ? [{ link, key }] : [];
  });
}

/** The record heading: the first page-level heading that is not chrome and does not link to another record. */
function findHeading(doc: Document, foreignLinks: Set<Element>, accept: (el: Element) => boolean): Element | undefined {
  for (const selector of HEADINGS) {
    const found = Array.from(doc.querySelectorAll(selector)).find(
      (h) => !isChrome(h) && accept(h) && !Array.from(h.querySelectorAll('a[href]')).some((a) => foreignLinks.has(a)),
    );
    if (found) return found;
  }
  return undefined;
}

/**
 * The foreign tile of one link: its nearest tile-like ancestor that holds neither the record's
 * heading nor links to a different record; then widened to an enclosing side block (aside,
 * related section) that holds no record heading and no pair of the record.
 */
function tileOf(
  link: Element,
  key: string,
  heading: Element | undefined,
  keyOf: Map<Element, string>,
): Element | undefined {
  // A tile may link a request and its organisation; two records of one kind mean a list, not a tile.
  const group = (k: string) => k.slice(0, k.lastIndexOf('/'));
  const mixes = (el: Element) =>
    Array.from(el.querySelectorAll('a[href]')).some(
      (a) => keyOf.has(a) && keyOf.get(a) !== key && group(keyOf.get(a)!) === group(key),
    );
  const holdsRecord = (el: Element) => !!heading && (el.contains(heading) || heading.contains(el));
  let tile: Element | undefined;
  for (let el = link.parentElement; el && !LANDMARK.test(el.tagName); el = el.parentElement) {
    if (holdsRecord(el)) break;
    if (el.matches(TILE) && !mixes(el)) tile = el;
    if (el.matches(TILE) || mixes(el)) break;
  }
  if (!tile) return undefined;
  // A side block made only of other records' tiles is foreign as a whole (its heading, its pairs).
  const side = tile.parentElement?.closest('aside, [role="complementary"], [class*="related"], [class*="sidebar"]');
  return side && !holdsRecord(side) && !LANDMARK.test(side.tagName) ? side : tile;
}

export function recordScope(
  doc: Document,
  url: URL,
  isOtherRecord: (u: URL) => boolean,
  accept: (el: Element) => boolean = (h) => textOf(h) !== '',
): Scope {
  const links = otherRecordLinks(doc, url, isOtherRecord);
  const keyOf = new Map(links.map(({ link, key }) => [link, key]));
  const heading = findHeading(doc, new Set(keyOf.keys()), accept);
  const foreign = [
    ...new Set(links.map(({ link, key }) => tileOf(link, key, heading, keyOf)).filter((t): t is Element => !!t)),
  ];
  return {
    heading,
    foreign,
    excluded: (el) => isChrome(el) || foreign.some((block) => block.contains(el)),
  };
}
