/**
 * OTLAS's lines as text: the label sentences of its pages (Round 2 evidence) and how to read the
 * values after them — dates "from … till …", the activity, the partner countries, "based in".
 */
import type { ExtractedOrganisation, Opportunity } from '../domain/model';
import { countryToIso } from './countries';
import { parsePartialDate } from './dates';
import { findAction } from './ids';
import { blockText } from './block-text';
import type { Scope } from './scope';
import { warning, type Warning } from '../domain/warnings';

/** "This project takes place:" (tiles), "taking place from … till …" (detail pages, Round 2). */
export const DATES_LABEL = /^(?:this project )?(?:is )?(?:takes|taking) place(?::|\s+(?=from\b)|$)/i;
/** "and relates to:" (tiles), "This project relates to:" (detail pages, Round 2). */
export const ACTION_LABEL = /^(?:and |this project )?relates to(?::|$)/i;
/** "We're looking for: … from <countries>" (Round 2). */
export const LOOKING_FOR_LABEL = /^we(?:'|’)?re looking for(?::|$)/i;
export const BASED_IN = /^(?:an?\s+)?(.*?)\s*\bbased\s+in\s+([^()]+?)\s*(?:\(([^()]*)\)?)?[\s.]*$/i;

/** Visible text on one line: blockText already leaves scripts, styles and buttons out. */
export const inline = (el: Element | null | undefined) => blockText(el).replace(/\s+/g, ' ');
/** An element's own text, without its children's: cheap enough to test every element for a label. */
export const ownText = (el: Element) =>
  Array.from(el.childNodes, (n) => (n.nodeType === 3 ? n.nodeValue : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** "This project takes place: from 2025-03 till 2026-02" → months or days as stated. */
export function readDates(text: string): Partial<Opportunity> {
  const m = /(?:from\s+)?(.+?)\s+(?:till|until|to|–|—)\s+(.+)$/i.exec(text.replace(/^[^:]*:\s*/, ''));
  return m ? { startDate: parsePartialDate(m[1], 'en'), endDate: parsePartialDate(m[2], 'en') } : {};
}
/** An Erasmus+ or ESC action code; KA15x exist only in the youth field, so "-YOU" is implied. */
export function readAction(text: string): string | undefined {
  const code = findAction(text) ?? /\bESC\d{2}(?:-[A-Z]{3})?\b/.exec(text)?.[0];
  if (code) return /^KA15\d$/.test(code) ? `${code}-YOU` : code;
  // The 2014–2020 activity names are printed without a code: kept as written, cut at the next sentence.
  const name = text
    .split(/\s+(?:and is focusing on:|This project can include|Short URL to this project:|Please login)/i)[0]
    ?.trim();
  return name && name.length <= 100 ? name : undefined;
}

/** "a Non-profit/ non-governmental organisation based in Poland (Łódź)" → type, country, city. */
export function readBasedIn(el: Element | null, warnings: Warning[]): Partial<ExtractedOrganisation> {
  const m = BASED_IN.exec(inline(el).slice(0, 1000));
  if (!m) return {};
  const countryName = m[2]!.trim();
  const country = countryToIso(countryName);
  if (!country) warnings.push(warning('unknownCountry', { country: countryName.slice(0, 100) }));
  return { type: m[1]?.trim() || undefined, country, city: m[3]?.trim() || undefined };
}

/** "Non-profit organisation · Spain · Sevilla" (a line without "based in"): type, country, city around the country. */
export function readMetaLine(el: Element | null | undefined): Partial<ExtractedOrganisation> {
  const children = Array.from(el?.children ?? []);
  const pieces = (children.length >= 2 ? children.map((c) => inline(c)) : inline(el).split(/\s*[·•|]\s*/))
    .map((p) => p.trim())
    .filter(Boolean);
  const at = pieces.findIndex((p) => countryToIso(p));
  if (at < 0 || pieces.length > 4) return {};
  return { type: at > 0 ? pieces[0] : undefined, country: countryToIso(pieces[at]!), city: pieces[at + 1] };
}

/** "Italy, Belgium - FL and Republic of North Macedonia" → ISO codes; SALTO's own spellings included. */
export function readCountries(text: string): string[] | undefined {
  const codes = text
    .split(/\s*(?:,|;|\band\b|\bor\b)\s*/)
    .map((name) => countryToIso(name.replace(/[.\s]+$/, '')))
    .filter((code): code is string => !!code);
  return codes.length ? [...new Set(codes)] : undefined;
}

/** The site's own names and generic headings: never an organisation or a request title. */
const NOT_A_RECORD =
  /^(?:salto[-\s]?youth(?:\.net)?|otlas(?: partner finding)?|partner finding|mysalto|home|log ?in|organisations?(?: profile)?|projects?|search results)$/i;
export const isRecordText = (text: string) => text !== '' && !NOT_A_RECORD.test(text);

/** The meta line right after the element that states the name (a profile without a heading). */
export function readMetaLineNear(doc: Document, name: string, scope: Scope): Partial<ExtractedOrganisation> {
  const el = Array.from(doc.body?.querySelectorAll('*') ?? []).find(
    (e) => e.children.length === 0 && inline(e) === name && !scope.excluded(e),
  );
  return readMetaLine(el?.nextElementSibling);
}

/** "Otlas - Partner Finding - <title> - SALTO-YOUTH" → "<title>": the site's own parts come off both ends. */
export function titleFromDocument(doc: Document): string {
  const parts = doc.title.split(/\s+[-|–]\s+/).map((part) => part.trim());
  while (parts.length > 0 && !isRecordText(parts[0]!)) parts.shift();
  while (parts.length > 0 && !isRecordText(parts[parts.length - 1]!)) parts.pop();
  return parts.join(' - ');
}
