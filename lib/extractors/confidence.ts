/**
 * Per-field confidence (issue 11) and the maintainer's explanation of it. A reader's value is
 * checked against the independent layers of the same page, in this order:
 *   structured  JSON-LD / microdata / OpenGraph state the same value          0.95
 *   url         the value comes from the address (id, profile link)            0.95
 *   heading     the value is the record's heading (names, titles)              0.85
 *   label       a labelled pair (dl, table, Drupal field, aside, "Label: value") states it   0.8
 *   text        the value is only found in running text or a platform line    0.65
 * then a name the address's slug (the page's or its own profile link's) agrees with is at least 0.9, and −0.15 when the value's text occurs in
 * other records' tiles on the page too (it may be theirs). Capped to 0.1–0.99, two decimals.
 * Derived values (a country code from a name, a date from "15 March 2026") count as their source text.
 */
import type { ExtractionResult } from '../domain/model';
import { countryToIso, foldName } from './countries';
import { agreesWithSlug, slugOf, structuredOrganisation } from './evidence';
import { blockText, isChrome } from './block-text';
import { readLabelledFields } from './labelled-fields';
import { textOf } from './text';

export type Layer = 'structured' | 'url' | 'heading' | 'label' | 'text';
const BASE: Record<Layer, number> = { structured: 0.95, url: 0.95, heading: 0.85, label: 0.8, text: 0.65 };
const URL_FIELDS = new Set(['profileUrl', 'url', 'identifier']);

export interface FieldExplanation {
  record: string;
  field: string;
  value: string;
  layer: Layer;
  confidence: number;
  considered: string[];
}
export type FieldConfidence = { organisations: Record<string, number>[]; opportunity?: Record<string, number> };

const fold = (text: string) => foldName(text).replace(/\s+/g, ' ');

interface PageEvidence {
  headings: string[];
  labelled: Map<string, string[]>;
  structured: string[];
  slug?: string;
}

function pageEvidence(doc: Document, url: URL): PageEvidence {
  const body = doc.body ?? doc.documentElement;
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3, .ecl-page-header__title'))
    .filter((h) => !isChrome(h))
    .map((h) => fold(textOf(h)));
  const labelled = new Map<string, string[]>();
  for (const [key, field] of readLabelledFields(body, doc.documentElement.lang || undefined))
    labelled.set(key, field.values.map(fold));
  const org = structuredOrganisation(doc);
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const structured = [org?.name, org?.city, org?.country, og].filter((v): v is string => !!v).map(fold);
  return { headings, labelled, structured, slug: slugOf(url) };
}

/** Which layer states `value`, and what else the page offered for the same field. */
function layerOf(field: string, value: string, page: PageEvidence): { layer: Layer; considered: string[] } {
  const folded = fold(value);
  const labelledValues = [...page.labelled.entries()].flatMap(([key, values]) => values.map((v) => `${key}: ${v}`));
  const headlines = [...new Set([...page.headings.slice(0, 3), ...page.structured.slice(0, 1)])];
  const considered = field === 'name' || field === 'title' ? headlines.filter((h) => h !== folded) : [];
  if (URL_FIELDS.has(field)) return { layer: 'url', considered };
  if (page.structured.includes(folded)) return { layer: 'structured', considered };
  if (page.headings.includes(folded)) return { layer: 'heading', considered };
  const asCountry =
    field === 'country' ? [...page.labelled.values()].flat().some((v) => countryToIso(v) === value) : false;
  if (asCountry || labelledValues.some((v) => v.includes(folded))) {
    return { layer: 'label', considered: labelledValues.filter((v) => v.startsWith(`${field}:`)) };
  }
  return { layer: 'text', considered };
}

/** Text of other records' tiles (related items), where a value may belong to someone else. */
function foreignText(doc: Document, foreign: Element[]): string {
  return fold(foreign.map((el) => blockText(el)).join(' '));
}

/** Every field of the result with its layer, confidence and the alternatives considered. */
export function explainFields(
  result: ExtractionResult,
  doc: Document,
  url: URL,
  foreign: Element[] = [],
): FieldExplanation[] {
  const page = pageEvidence(doc, url);
  const others = foreignText(doc, foreign);
  const rows: FieldExplanation[] = [];
  const add = (record: string, field: string, raw: unknown, ownProfile?: string) => {
    if (raw === undefined || raw === null || field === 'role' || field === 'kind') return;
    const value = Array.isArray(raw) ? raw.join(', ') : String(raw);
    const { layer, considered } = layerOf(field, value, page);
    let confidence = BASE[layer];
    // A name the address witnesses (the page's slug, or its own profile link's) is as good as the address.
    const profileSlug = ownProfile && URL.canParse(ownProfile) ? slugOf(new URL(ownProfile)) : undefined;
    if (field === 'name' && (agreesWithSlug(value, page.slug) || agreesWithSlug(value, profileSlug)))
      confidence = Math.max(confidence + 0.05, 0.9);
    if (others && value.length > 3 && others.includes(fold(value))) confidence -= 0.15;
    rows.push({
      record,
      field,
      value,
      layer,
      confidence: Math.round(Math.min(0.99, Math.max(0.1, confidence)) * 100) / 100,
      considered,
    });
  };
  result.organisations.forEach((organisation, i) =>
    Object.entries(organisation).forEach(([field, value]) =>
      add(`organisations[${i}]`, field, value, organisation.profileUrl),
    ),
  );
  if (result.opportunity)
    Object.entries(result.opportunity).forEach(([field, value]) => add('opportunity', field, value));
  return rows;
}

/** The confidence of each field, next to the contract's fields. */
export function fieldConfidenceOf(rows: FieldExplanation[], result: ExtractionResult): FieldConfidence {
  const of = (record: string) =>
    Object.fromEntries(rows.filter((r) => r.record === record).map((r) => [r.field, r.confidence]));
  return {
    organisations: result.organisations.map((_, i) => of(`organisations[${i}]`)),
    ...(result.opportunity ? { opportunity: of('opportunity') } : {}),
  };
}

/** The result with `fieldConfidence` when it holds a record (lists and unknown pages carry none). */
export function withConfidence(result: ExtractionResult, doc: Document, url: URL): ExtractionResult {
  if (!result.organisations.length && !result.opportunity) return result;
  return { ...result, fieldConfidence: fieldConfidenceOf(explainFields(result, doc, url), result) };
}
