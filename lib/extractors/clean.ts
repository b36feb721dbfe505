/**
 * Plain-TypeScript cleaners that give every extractor's output the shape the zod model
 * accepts (same patterns and bounds, from lib/domain/limits.ts) without shipping zod in content
 * scripts. A value that does not fit is dropped, never guessed: absent means "not read".
 * tests/unit/clean.test.ts proves with generated input that the output always parses.
 */
import type { ExtractedOrganisation, ExtractionResult, Opportunity, PageType, Platform } from '../domain/model';
import { isHttpUrl, MAX, OPPORTUNITY_KINDS, PATTERNS, ROLES } from '../domain/limits';
import { warning, warningKey, type Warning } from '../domain/warnings';
import { plausibleCountries, withoutImplausible } from './plausible';

type Loose<T> = { [K in keyof T]?: unknown };

/** Folded, trimmed text within `max` characters; long free text is cut, short fields dropped. */
export function cleanText(value: unknown, max: number, cut = false): string | undefined {
  if (typeof value !== 'string') return undefined;
  // The page's characters as written: only Unicode NFC and folded whitespace (issue 11).
  const folded = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!folded) return undefined;
  if (folded.length <= max) return folded;
  return cut ? `${folded.slice(0, max - 1).trimEnd()}…` : undefined;
}

function cleanMatch(value: unknown, pattern: RegExp, max = 100): string | undefined {
  const text = cleanText(value, max);
  return text && pattern.test(text) ? text : undefined;
}

function cleanUrl(value: unknown): string | undefined {
  const text = cleanText(value, MAX.url);
  return text && isHttpUrl(text) ? text : undefined;
}

function cleanEnum<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

function cleanList(values: unknown, clean: (value: unknown) => string | undefined): string[] | undefined {
  if (!Array.isArray(values)) return undefined;
  const kept = [...new Set(values.map(clean).filter((v): v is string => v !== undefined))].slice(0, MAX.list);
  return kept.length ? kept : undefined;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function cleanOrganisation(raw: Loose<ExtractedOrganisation>): ExtractedOrganisation | undefined {
  const name = cleanText(raw.name, MAX.name);
  if (!name) return undefined;
  return withoutUndefined({
    name,
    country: cleanMatch(raw.country, PATTERNS.isoCountry),
    city: cleanText(raw.city, MAX.place),
    region: cleanText(raw.region, MAX.place),
    type: cleanText(raw.type, MAX.type),
    website: cleanUrl(raw.website),
    email: cleanMatch(raw.email, PATTERNS.email, MAX.email),
    phone: cleanText(raw.phone, MAX.phone),
    oid: cleanMatch(raw.oid, PATTERNS.oid),
    pic: cleanMatch(raw.pic, PATTERNS.pic),
    description: cleanText(raw.description, MAX.longText, true),
    role: cleanEnum(raw.role, ROLES),
    profileUrl: cleanUrl(raw.profileUrl),
  });
}

export function cleanOpportunity(raw: Loose<Opportunity> | null | undefined): Opportunity | null {
  if (!raw) return null;
  const kind = cleanEnum(raw.kind, OPPORTUNITY_KINDS);
  const title = cleanText(raw.title, MAX.title, true);
  const url = cleanUrl(raw.url);
  if (!kind || !title || !url) return null;
  const year =
    typeof raw.callYear === 'number' && Number.isInteger(raw.callYear) && raw.callYear >= 1990 && raw.callYear <= 2100
      ? raw.callYear
      : undefined;
  const grant =
    typeof raw.grantEur === 'number' && Number.isFinite(raw.grantEur) && raw.grantEur >= 0 ? raw.grantEur : undefined;
  return withoutUndefined({
    kind,
    title,
    url,
    identifier: cleanText(raw.identifier, MAX.code),
    action: cleanText(raw.action, MAX.code),
    startDate: cleanMatch(raw.startDate, PATTERNS.partialDate),
    endDate: cleanMatch(raw.endDate, PATTERNS.partialDate),
    deadline: cleanMatch(raw.deadline, PATTERNS.isoDate),
    callYear: year,
    grantEur: grant,
    topics: cleanList(raw.topics, (v) => cleanText(v, MAX.topic)),
    countries: plausibleCountries(cleanList(raw.countries, (v) => cleanMatch(v, PATTERNS.isoCountry))),
    description: cleanText(raw.description, MAX.longText, true),
  });
}

export interface RawResult {
  platform: Platform | null;
  pageType: PageType;
  organisations: Loose<ExtractedOrganisation>[];
  opportunity: Loose<Opportunity> | null;
  warnings: Warning[];
}

/** A warning's values from the page, folded and bounded as the schema wants (lib/domain/warning-schema.ts). */
function cleanWarning(item: Warning): Warning | undefined {
  const clip = (value: unknown, max: number = MAX.code) => cleanText(value, max, true);
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item.params)) {
    const cleaned =
      typeof value === 'string' ? clip(value, key === 'message' || key === 'text' ? MAX.warning : MAX.code) : value;
    if (cleaned === undefined) return undefined; // the schema wants every value
    params[key] = cleaned;
  }
  if (item.code === 'implausible') {
    const left = item.params.left.flatMap(({ reason, value }) =>
      clip(value) ? [{ reason, value: clip(value)! }] : [],
    );
    params.left = left.slice(0, MAX.list);
  }
  return { code: item.code, params } as Warning;
}

/** The warnings cleaned, each once, in order. */
function cleanWarnings(list: Warning[]): Warning[] {
  const seen = new Map<string, Warning>();
  for (const item of list.map(cleanWarning)) if (item && !seen.has(warningKey(item))) seen.set(warningKey(item), item);
  return [...seen.values()].slice(0, MAX.warnings);
}

/** The last step of every extractor: a result the background will accept, or less, never junk. */
export function cleanResult(raw: RawResult): ExtractionResult {
  const opportunity = cleanOpportunity(raw.opportunity);
  const shaped = raw.organisations
    .map(cleanOrganisation)
    .filter((o): o is ExtractedOrganisation => o !== undefined)
    .slice(0, MAX.organisations);
  // Values of the right shape that still look wrong are left out, and the user is told.
  const { organisations, problems } = withoutImplausible(shaped, opportunity);
  const told = problems.length ? [warning('implausible', { left: problems })] : [];
  return {
    platform: raw.platform,
    pageType: raw.pageType,
    organisations,
    opportunity,
    warnings: cleanWarnings([...raw.warnings, ...told]),
  };
}

/** A single field as the user typed it in the panel: the cleaned value, or undefined if it does not fit. */
export function cleanField(field: keyof ExtractedOrganisation, value: string): string | undefined {
  const cleaned = cleanOrganisation({ name: 'x', [field]: value });
  return cleaned?.[field] as string | undefined;
}
