/**
 * The fields of an organisation on EPALE, ESEP and eTwinning pages (ecl-page.ts has the pages): read
 * from labels, from the tiles of a result list, and the partner request's action and deadline.
 */
import type { ExtractedOrganisation, Opportunity } from '../domain/model';
import { countryToIso, foldName } from './countries';
import { parseDate, parsePartialDate } from './dates';
import { findAction, findOid } from './ids';
import { blockText, isChrome } from './block-text';
import { matchLabel } from './labels';
import { readLabelledFields, type LabelledField, type LabelledFields } from './labelled-fields';
import { compact, safeHttpUrl, textOf } from './text';
import { emailOf, phoneOf, websiteOf } from './values';

/** One result in a list: the nearest tile-like ancestor of its link. */
const TILE = 'tr, li, article, .ecl-content-item, .ecl-card, .views-row, .ecl-content-block';

/** "Country abroad" is ESEP's stand-in region for schools outside their country, not a region. */
const NOT_A_REGION = new Set(['country abroad']);

/** A record's address without its query and fragment: the same page however it was reached. */
export const pageUrl = (url: URL) => `${url.origin}${url.pathname}`;

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
  const tile = link.closest(TILE);
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
