/**
 * "Report this page": a redacted copy of a platform page for a bug report (issue 11). Structure,
 * classes, ids, roles and labels stay; every other text becomes placeholder text of the same shape
 * (letters → x/X, digits → 0, punctuation and spaces kept), so a reader's failure can be reproduced
 * without anyone's data. E-mail addresses and names go; country names and dates stay (they are not
 * personal and the readers need them); scripts, styles and form values are emptied. Pure: the
 * document is not changed, the copy is returned as HTML that `npm run extract` reads.
 */
import { countryToIso } from './countries';
import { parsePartialDate } from './dates';
import { matchLabel } from './labels';

const KEPT_ATTRIBUTES =
  /^(?:class|id|lang|dir|role|scope|colspan|rowspan|type|rel|datetime|data-ecl-[\w-]+|aria-(?:level|hidden|current|label))$/;
const EMAIL = /[^\s@<>()"':;,]+@[^\s@<>()"':;,]+\.[a-z]{2,}/gi;

const shapeOf = (text: string) =>
  text
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}|\p{Lo}|\p{Lm}|\p{Lt}/gu, 'x')
    .replace(/\p{Nd}/gu, '0');

const WORD = /[\p{L}\p{M}][\p{L}\p{M}.'’]*/gu;
/** Any of `words` (regex source) as whole words: JavaScript's \b is ASCII, so "Szkoła" would end in the word "a". */
const wholeWords = (words: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');

/** Facts that are nobody's data, kept inside any text: ISO and written dates, programme codes, the e-mail stand-in. */
const KEPT_PATTERNS = [
  /\b\d{4}-\d{2}(?:-\d{2})?\b/g,
  /\bKA\d{3}(?:-[A-Z]{2,4})?\b/g,
  /\bname@example\.org\b/g,
  // OTLAS's label sentences ("… based in Austria (Graz)", "takes place: from … till …"): the platform's words.
  wholeWords([
    'based in',
    'this project takes place',
    'takes place',
    'and relates to',
    'relates to',
    'from',
    'till',
    'until',
    'and',
    'an?',
  ]),
  /\b\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}\b|\b\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b/gu,
];

/** Country names in running text ("… based in Austria (Graz)"); a lone one next to a capitalised word may be a person's. */
function countrySpans(text: string): [number, number][] {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
  const spans: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!.word)) continue;
    for (let j = Math.min(words.length, i + 4); j > i; j--) {
      const [start, end] = [words[i]!.start, words[j - 1]!.end];
      const span = text.slice(start, end);
      if (!countryToIso(span) || /[\n,;()]/.test(span) || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      const capital = (w?: { word: string }) => !!w && /^\p{Lu}/u.test(w.word);
      const near = (k: number) =>
        capital(words[k]) &&
        /^\s+$/.test(
          text.slice(Math.min(end, words[k]!.start), Math.max(start, words[k]!.end)).replace(words[k]!.word, ''),
        );
      if (j === i + 1 && (near(i - 1) || near(j))) break;
      spans.push([start, end]);
      i = j - 1;
      break;
    }
  }
  return spans;
}

function keptSpans(text: string, language: string | undefined): [number, number][] {
  const spans = countrySpans(text);
  for (const pattern of KEPT_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      if (pattern === KEPT_PATTERNS[4] && !parsePartialDate(m[0], language)) continue;
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  return spans.filter((span, i) => i === 0 || span[0] >= spans[i - 1]![1]);
}

/**
 * Same-shape placeholder text: "Fundacja Młodzi 12" → "Xxxxxxxx Xxxxxx 00". Facts that are nobody's
 * data stay as written, so the readers still find them: dates, programme codes, country names.
 */
export function placeholderOf(text: string, language?: string): string {
  const replaced = text.replace(EMAIL, 'name@example.org');
  let out = '';
  let at = 0;
  for (const [start, end] of keptSpans(replaced, language)) {
    if (start < at) continue;
    out += shapeOf(replaced.slice(at, start)) + replaced.slice(start, end);
    at = end;
  }
  // An OID keeps its letter, so the copy still has an OID's shape.
  return (out + shapeOf(replaced.slice(at))).replace(/\bX(?=0{8}\b)/g, 'E');
}

/** Text a report may keep as written: a field label, a label sentence, a country, a date. */
function keepsText(text: string, language: string | undefined): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed || trimmed.length > 80) return false;
  const label = trimmed.replace(/[:：]\s*$/, '');
  if (matchLabel(label, language)) return true;
  if (/[:：]$/.test(trimmed) && !trimmed.includes('@') && trimmed.split(' ').length <= 8) return true;
  if (countryToIso(trimmed)) return true;
  return (
    trimmed.length <= 30 &&
    /\d/.test(trimmed) &&
    !!parsePartialDate(trimmed, language) &&
    !/[+@]/.test(trimmed) &&
    trimmed.replace(/\D/g, '').length <= 8
  );
}

/** "Country: Poland" keeps its label; the value follows the same rules as any text. */
function redactText(text: string, language: string | undefined): string {
  if (keepsText(text, language)) return text;
  const m = /^(\s*)([^:：]{1,60}?)([:：]\s*)(.*)$/su.exec(text);
  if (m && matchLabel(m[2]!, language))
    return `${m[1]}${m[2]}${m[3]}${keepsText(m[4]!, language) ? m[4] : placeholderOf(m[4]!)}`;
  return placeholderOf(text, language);
}

/** The platforms' own path words (routes, not records): kept so the copy routes like the page. */
const ROUTE_WORDS = new Set(
  (
    'tools otlas-partner-finding project projects organisation organisations connect networking ' +
    'schools-organisations partner-finding etwinning schools partner-requests partner-request partner-search search details ' +
    'node epale programmes erasmus-plus eplus-project-details people etwinners labels etwinning-school-label winners-list ' +
    'download twinspace group private user login'
  ).split(' '),
);

/** A link's address keeps its host and path shape; slugs, queries and e-mail addresses are redacted. */
export function redactHref(href: string): string {
  if (/^\s*mailto:/i.test(href)) return 'mailto:name@example.org';
  if (/^\s*(?:javascript|data|vbscript):/i.test(href)) return '#';
  const [, origin = '', path = ''] = /^(\s*(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#]*)?([^?#]*)/i.exec(href) ?? [];
  const kept = path.replace(/[^/]+/g, (segment) =>
    ROUTE_WORDS.has(segment) || /^(?:[a-z]{2}|\d+)$/.test(segment) ? segment : placeholderOf(segment),
  );
  return `${origin}${kept}`;
}

/** The redacted page as HTML. `language` is the page's ("de"), for its labels. */
export function redactDocument(doc: Document, language = doc.documentElement.lang.slice(0, 2) || undefined): string {
  const copy = doc.documentElement.cloneNode(true) as Element;
  const walker = doc.createTreeWalker(copy, 1 | 4);
  const elements: Element[] = [];
  const texts: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    n.nodeType === 1 ? elements.push(n as Element) : texts.push(n);
  for (const text of texts) {
    const parent = text.parentElement;
    if (parent?.closest('script, style, noscript, template')) text.nodeValue = '';
    else if (parent?.tagName !== 'TITLE') text.nodeValue = redactText(text.nodeValue ?? '', language);
    else text.nodeValue = placeholderOf(text.nodeValue ?? '');
  }
  for (const el of elements) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === 'href') el.setAttribute('href', redactHref(attr.value));
      else if (attr.name === 'src') el.setAttribute('src', '/redacted.png');
      else if (!KEPT_ATTRIBUTES.test(attr.name)) el.removeAttribute(attr.name);
      else if (attr.name === 'aria-label') el.setAttribute('aria-label', redactText(attr.value, language));
    }
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') el.removeAttribute('value');
    // The copy is opened in a browser by whoever reads the report: it loads and runs nothing.
    if (el.tagName === 'SCRIPT' || el.tagName === 'IFRAME' || el.tagName === 'EMBED' || el.tagName === 'OBJECT')
      el.removeAttribute('src');
  }
  return `<!DOCTYPE html>\n${copy.outerHTML}`;
}
