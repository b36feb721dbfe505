/**
 * What EPALE, ESEP and eTwinning pages share: Drupal on the Europa Component Library with a language
 * segment first in the path. The main heading, the content region, organisation fields read from
 * labels, organisation links in result lists, the EU Login gate, and the last check against the schema.
 */
import type { ExtractedOrganisation, ExtractionResult, Opportunity, PageType, Platform } from '../domain/model';
import { cleanResult } from './clean';
import { countryToIso, foldName } from './countries';
import { parseDate, parsePartialDate } from './dates';
import { findAction, findOid } from './ids';
import { recordScope, type Scope } from './scope';
import { nameBySlug } from './evidence';
import { isSiteName } from './plausible';
import { blockText, isChrome, matchLabel, readLabelledFields, type LabelledField, type LabelledFields } from './labels';
import { compact, firstMatch, safeHttpUrl, textOf } from './text';
import { emailOf, phoneOf, websiteOf } from './values';
import { warning, type Warning } from '../domain/warnings';

const SELECTORS = {
  /** The content region: ECL/Drupal put the record in main#main-content; body only as a last resort. */
  content: ['main#main-content', '#main-content', 'main', '[role="main"]', 'body'],
  /** The record's name/title: the ECL page header title first, then the content's own h1. */
  heading: ['.ecl-page-header__title', '.ecl-page-header-core__title', '.ecl-page-header h1', 'h1'],
  /** One result in a list: the nearest tile-like ancestor of its link. */
  tile: 'tr, li, article, .ecl-content-item, .ecl-card, .views-row, .ecl-content-block',
  /** EU Login / Drupal login links: a link to them inside the content means "log in to see more". */
  login:
    'a[href*="/user/login"], a[href*="ecas.ec.europa.eu"], a[href*="webgate.ec.europa.eu/cas"], a[href*="/cas/login"], a[href*="eulogin"]',
} as const;

/** "Country abroad" is ESEP's stand-in region for schools outside their country, not a region. */
const NOT_A_REGION = new Set(['country abroad']);

export interface Draft {
  organisations: Partial<ExtractedOrganisation>[];
  opportunity: Partial<Opportunity> | null;
  warnings: Warning[];
}

/** Path segments after the language, and the language ("de"), or null when there is none. */
export function languagePath(segments: string[]): { language: string; rest: string[] } | null {
  const [first, ...rest] = segments;
  return first && /^[a-z]{2,3}(?:-[a-z]{2,4})?$/i.test(first)
    ? { language: first.toLowerCase().slice(0, 2), rest }
    : null;
}
/** Decoded path segments; a malformed escape stays as written (detect must never throw). */
export const segmentsOf = (url: URL) =>
  url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
export const pageUrl = (url: URL) => `${url.origin}${url.pathname}`;
export const contentRoot = (doc: Document): Element => firstMatch(doc, SELECTORS.content) ?? doc.documentElement;

/** The page's main heading, never site chrome or the site's own name. */
export function pageHeading(root: ParentNode): string | undefined {
  for (const selector of SELECTORS.heading) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      const text = textOf(el);
      if (text && text.length <= 500 && !isChrome(el) && !isSiteName(text)) return text;
    }
  }
  return undefined;
}

/** The record heading's text, unless it is the site's own name. */
export function scopeHeading(scope: Scope): string | undefined {
  const text = textOf(scope.heading);
  return text && text.length <= 500 && !isSiteName(text) ? text : undefined;
}
/** Whether a link on a page of `pageType` points at another record (whose tile is then foreign). */
export type IsOtherRecord = (u: URL) => boolean;

/**
 * Free text without a label (Drupal's label-hidden body field, once its classes change): the first
 * block made only of paragraphs, outside chrome, other records, lists and tables. The last layer for
 * a description, after every labelled one.
 */
export function unlabelledProse(
  root: Element,
  excluded: (el: Element) => boolean,
  language?: string,
): string | undefined {
  // A paragraph that is a label ("Country", "Country: Poland") makes the block a list of fields, not prose.
  const isLabel = (p: Element) => {
    const text = textOf(p);
    return !!matchLabel(text, language) || !!matchLabel(text.split(/[:：]/)[0] ?? '', language);
  };
  for (const el of Array.from(root.querySelectorAll('div, section'))) {
    const children = Array.from(el.children);
    if (!children.length || !children.every((child) => child.tagName === 'P') || children.some(isLabel)) continue;
    if (excluded(el) || el.closest('dl, table, li, form, [role="dialog"], [class*="cookie"]')) continue;
    const text = blockText(el);
    if (text.length >= 40) return text;
  }
  return undefined;
}

/** A login link inside the content (not the header's "Log in"): the platform hides something. */
export const loginGated = (root: ParentNode) =>
  Array.from(root.querySelectorAll(SELECTORS.login)).some((a) => !isChrome(a));

/** A country value in any language ("Polska", "Deutschland (DE)", "EL"). */
export function countryOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const line = value.split('\n')[0]!.trim();
  return countryToIso(line) ?? countryToIso(line.replace(/\([^)]*\)/g, '').trim());
}
/** Country codes of a list value ("Italia, Polska; Ελλάδα"), each recognised one once. */
export function countriesOf(field: LabelledField | undefined): string[] {
  const pieces = field?.values.flatMap((v) => v.split(/[,;\n/•·]|\s+[-–]\s+/)) ?? [];
  return [...new Set(pieces.map((p) => countryOf(p)).filter((c): c is string => !!c))];
}
/** The items of a list value; one item written "a, b; c" is split. */
export function listOf(field: LabelledField | undefined): string[] | undefined {
  const items = field?.values.length === 1 ? field.values[0]!.split(/[,;\n]/) : field?.values;
  const kept = items?.map((t) => t.trim()).filter(Boolean);
  return kept?.length ? kept : undefined;
}
export const firstLine = (field: LabelledField | undefined) => field?.value.split('\n')[0]?.trim() || undefined;

/**
 * The organisation fields that labelled values state. Identifiers come only from their own labelled
 * field, never from free text: an OID in a description would redirect a save (issue 15, item 4).
 */
export function organisationFields(
  fields: LabelledFields,
  options: { bareType?: boolean } = {},
): Partial<ExtractedOrganisation> {
  const region = firstLine(fields.get('region'));
  const pic = fields
    .get('pic')
    ?.value.replace(/[\s.-]/g, '')
    .match(/^\d{9}$/)?.[0];
  const oid = fields.get('oid')?.value.replace(/\s/g, '').toUpperCase();
  return {
    country: countryOf(fields.get('country')?.value),
    city: firstLine(fields.get('city')),
    region: region && !NOT_A_REGION.has(foldName(region)) ? region : undefined,
    type: firstLine(fields.get('type') ?? (options.bareType ? fields.get('typeBare') : undefined)),
    website: websiteOf(fields.get('website')),
    email: emailOf(fields.get('email')),
    phone: phoneOf(fields.get('phone')),
    oid: oid && /^E\d{8}$/.test(oid) ? oid : findOid(firstLine(fields.get('oid')) ?? ''),
    pic,
    description: fields.get('description')?.value,
  };
}

/** Organisations linked from a result list (one per distinct profile), with what their tile states. */
export function linkedOrganisations(
  root: Element,
  url: URL,
  isProfile: (u: URL) => boolean,
  language: string,
  excluded: (el: Element) => boolean = isChrome,
): Partial<ExtractedOrganisation>[] {
  const found = new Map<string, Partial<ExtractedOrganisation>>();
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    const href = safeHttpUrl(link.getAttribute('href'), url);
    const name = textOf(link);
    if (!href || excluded(link) || !name || !isProfile(new URL(href))) continue;
    const profileUrl = pageUrl(new URL(href));
    const earlier = found.get(profileUrl);
    // The same school listed twice (founders, then members): the first says most, a later one fills gaps.
    if (earlier) Object.assign(earlier, { ...tileFields(link, name, language), ...earlier });
    else if (found.size < 200) found.set(profileUrl, { name, profileUrl, ...tileFields(link, name, language) });
  }
  return [...found.values()];
}

/** Country/city/type of one result: table columns by their header labels, else labels, else "a · b · c". */
function tileFields(link: Element, name: string, language: string): Partial<ExtractedOrganisation> {
  const tile = link.closest(SELECTORS.tile);
  if (!tile) return {};
  if (tile.tagName === 'TR') {
    const headers = Array.from(tile.closest('table')?.querySelectorAll('thead th') ?? []).map((th) =>
      matchLabel(textOf(th), language),
    );
    const cells = Array.from(tile.children);
    const column = (key: string) => {
      const i = headers.indexOf(key as never);
      return i >= 0 ? textOf(cells[i]) || undefined : undefined;
    };
    return compact({
      country: countryOf(column('country')),
      city: column('city'),
      type: column('type') ?? column('typeBare'),
    });
  }
  const labelled = organisationFields(readLabelledFields(tile, language), { bareType: true });
  if (labelled.country || labelled.city)
    return compact({ country: labelled.country, city: labelled.city, type: labelled.type });
  const pieces = blockText(tile)
    .split('\n')
    .filter((line) => line !== name)
    .flatMap((line) => line.split(/\s*[·•|,]\s*|\s+[–—-]\s+/))
    .map((p) => p.trim())
    .filter((p) => p && p !== name);
  const at = pieces.findIndex((p) => countryOf(p));
  if (at < 0) return {};
  const after = pieces[at + 1];
  return compact({
    country: countryOf(pieces[at]),
    city: at + 2 === pieces.length && after && !countryOf(after) ? after : undefined,
  });
}

/** "KA220-ADU - Cooperation partnerships" → "KA220-ADU"; a name without a code stays as written. */
export function actionOf(value: string | undefined): string | undefined {
  const line = value?.split('\n')[0]?.trim();
  return line ? (findAction(line) ?? (line.length <= 100 ? line : undefined)) : undefined;
}

/** The opportunity a partner request states, from its labelled fields. */
export function requestOpportunity(
  fields: LabelledFields,
  title: string | undefined,
  url: URL,
  language: string,
): Partial<Opportunity> | null {
  if (!title) return null;
  const countries = countriesOf(fields.get('partnerCountries'));
  return {
    kind: 'partner-request',
    title,
    url: pageUrl(url),
    action: actionOf(fields.get('action')?.value),
    deadline: parseDate(fields.get('deadline')?.value, language),
    startDate: parsePartialDate(fields.get('startDate')?.value, language),
    endDate: parsePartialDate(fields.get('endDate')?.value, language),
    countries: countries.length ? countries : undefined,
    topics: listOf(fields.get('topics')),
    description: fields.get('description')?.value,
  };
}

type IsProfile = (u: URL) => boolean;

/** An organisation profile: its heading (or stated legal name, or the slug's words) and labelled fields. */
export function organisationPage(
  doc: Document,
  url: URL,
  language: string,
  isOtherRecord: IsOtherRecord = () => false,
): Draft {
  const scope = recordScope(doc, url, isOtherRecord);
  const root = doc.body ?? doc.documentElement;
  const fields = readLabelledFields(root, language, scope.excluded);
  const heading = scopeHeading(scope);
  const name =
    heading ??
    firstLine(fields.get('legalName')) ??
    firstLine(fields.get('orgName')) ??
    nameBySlug(doc, url, scope.excluded);
  const warnings = !name ? [warning('layoutChanged')] : [];
  const stated = organisationFields(fields, { bareType: true });
  const organisation = {
    name,
    ...stated,
    description: stated.description ?? unlabelledProse(root, scope.excluded, language),
    profileUrl: pageUrl(url),
  };
  if (loginGated(root) && !organisation.email && !organisation.phone) warnings.push(warning('contactHidden'));
  return { organisations: name ? [organisation] : [], opportunity: null, warnings };
}

/** Who published a request: a labelled organisation (with its profile link), else the one profile linked. */
function publisher(
  root: Element,
  url: URL,
  fields: LabelledFields,
  language: string,
  isProfile: IsProfile,
  excluded: (el: Element) => boolean,
): Partial<ExtractedOrganisation> | undefined {
  const labelled = fields.get('legalName') ?? fields.get('orgName');
  const link = labelled?.links.find((a) => {
    const h = safeHttpUrl(a.getAttribute('href'), url);
    return !!h && isProfile(new URL(h));
  });
  if (labelled) {
    const profileUrl = link ? pageUrl(new URL(safeHttpUrl(link.getAttribute('href'), url)!)) : undefined;
    return { name: (link && textOf(link)) || firstLine(labelled), profileUrl };
  }
  const linked = linkedOrganisations(root, url, isProfile, language, excluded);
  return linked.length === 1 ? { name: linked[0]!.name, profileUrl: linked[0]!.profileUrl } : undefined;
}

/** A partner request / offer: the opportunity it states and the organisation behind it. */
export function partnerRequestPage(
  doc: Document,
  url: URL,
  language: string,
  isProfile: IsProfile,
  isOtherRecord: IsOtherRecord = () => false,
): Draft {
  const scope = recordScope(doc, url, isOtherRecord);
  const root = doc.body ?? doc.documentElement;
  const fields = readLabelledFields(root, language, scope.excluded);
  const title = scopeHeading(scope);
  const warnings = !title ? [warning('layoutChanged')] : [];
  const found = publisher(root, url, fields, language, isProfile, scope.excluded);
  if (!found && title) warnings.push(warning('noPublisher'));
  // The request's description is the opportunity's, not the organisation's.
  const { description: _ofTheRequest, ...stated } = organisationFields(fields);
  const organisation = found && { ...stated, ...found };
  if (loginGated(root) && !organisation?.email && !organisation?.phone) warnings.push(warning('contactHidden'));
  return {
    organisations: organisation ? [organisation] : [],
    opportunity: requestOpportunity(fields, title, url, language),
    warnings,
  };
}

/** A result list: one organisation per linked profile. */
export function listPage(doc: Document, url: URL, language: string, isProfile: IsProfile): Draft {
  return {
    organisations: linkedOrganisations(contentRoot(doc), url, isProfile, language),
    opportunity: null,
    warnings: [],
  };
}

/** The result as the contract wants it (clean.ts): invalid optional fields dropped, never thrown; no zod here. */
export function finish(platform: Platform, pageType: PageType, draft: Draft): ExtractionResult {
  return cleanResult({ platform, pageType, ...draft });
}
