/**
 * Project Results Platform: pure readers for its JSON service (project card and search
 * documents, platforms.md §2.2) and the normalisation shared with the DOM fallback in prp.ts.
 * The last step is clean.ts (the model's rules without zod, so the content script stays small):
 * an invalid optional field is dropped, never guessed and never thrown.
 */
import type { ExtractedOrganisation, ExtractionResult, Opportunity } from '../domain/model';
import { cleanOrganisation, cleanResult } from './clean';
import { countryToIso } from './countries';
import { parsePartialDate } from './dates';
import { findAction } from './ids';
import { normaliseWebsite } from './text';
import { warning, type Warning } from '../domain/warnings';
import { emptyResult } from './types';

/** The details page of the current platform: the one URL a user can open for a project. */
export const PRP_DETAILS_BASE = 'https://erasmus-plus.ec.europa.eu/projects/search/details/';
export const prpDetailsUrl = (identifier: string): string => PRP_DETAILS_BASE + encodeURIComponent(identifier);

/** Field names of the project card (`coordinating`/`partners`) and of search documents (`organisation*`). */
const ORG_KEYS = {
  name: ['name', 'organisationName'],
  country: ['country', 'organisationCountry', 'countryCode'],
  city: ['city', 'organisationCity'],
  region: ['region', 'organisationRegion'],
  type: ['type', 'organisationType'],
  website: ['website', 'organisationWebsite'],
  pic: ['pic', 'organisationPIC'],
  oid: ['organisationId'],
  email: ['email', 'organisationEmail'],
  phone: ['phone', 'organisationPhone'],
} as const;
/** Project card `project.*` names first, then the search document's `project*` names. */
const PROJECT_KEYS = {
  identifier: ['identifier', 'projectReference', 'projectName'],
  title: ['title', 'projectTitle'],
  description: ['description', 'projectDescription', 'reportSummary'],
  startDate: ['startDate', 'projectStartDate'],
  endDate: ['endDate', 'projectEndDate'],
  callYear: ['callYear', 'projectCallYear'],
  grant: ['grantedAmount', 'projectGrantedEuAmount'],
  topics: ['tags', 'projectTopics', 'topics'],
  countries: ['countries', 'projectCoverage'],
  actionCode: ['level3Code', 'projectLevel3'],
  actionLabel: ['level3Label', 'projectLevel3Label'],
} as const;

export type RawOrg = { role: 'coordinator' | 'partner' } & { -readonly [K in keyof typeof ORG_KEYS]?: unknown };
export type RawProject = { -readonly [K in keyof typeof PROJECT_KEYS]?: unknown };

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A trimmed one-line string from a string or number; undefined when blank or another type. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  return v.replace(/\s+/g, ' ').trim() || undefined;
}
const pick = (rec: Rec, keys: readonly string[]): unknown => keys.map((k) => rec[k]).find((v) => v != null && v !== '');

const BRUSSELS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
function brusselsDay(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const part = (type: string) => BRUSSELS.formatToParts(date).find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
function ymd(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * YYYY-MM-DD from what the service may send: epoch ms/s (read as the calendar day in Brussels,
 * where the service lives, so a CET midnight is not shifted a day back), "dd/mm/yyyy",
 * "dd.mm.yyyy", ISO dates and date-times; then the shared page-date reader ("1 December 2023").
 */
export function parsePrpDate(v: unknown): string | undefined {
  const s = typeof v === 'number' ? String(v) : str(v);
  if (!s) return undefined;
  if (/^\d{9,13}$/.test(s)) return brusselsDay(new Date(Number(s) * (s.length <= 11 ? 1000 : 1)));
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) return brusselsDay(new Date(s));
  m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  // What the rendered page may print instead: "1 December 2023", "December 2023".
  return parsePartialDate(s);
}

/** EUR amount from 250000, "250,000.00", "250.000,00", "€ 60 000", "1234,5"; undefined if unclear. */
export function parseGrantEur(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.replace(/EUR|€|euros?/gi, '').replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return undefined;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let cut = -1;
  if (lastComma >= 0 && lastDot >= 0) cut = Math.max(lastComma, lastDot);
  else if (lastComma + lastDot > -2) {
    const sep = lastComma >= 0 ? ',' : '.';
    // One separator followed by exactly three digits is a thousands separator ("250,000").
    if (s.split(sep).length === 2 && s.length - Math.max(lastComma, lastDot) - 1 !== 3)
      cut = Math.max(lastComma, lastDot);
  }
  const whole = cut >= 0 ? s.slice(0, cut) : s;
  const fraction = cut >= 0 ? s.slice(cut + 1) : '';
  if (!/^\d*$/.test(fraction) || !/^(\d+|\d{1,3}(\.\d{3})+|\d{1,3}(,\d{3})+)$/.test(whole)) return undefined;
  const amount = Number(`${whole.replace(/[.,]/g, '')}.${fraction || '0'}`);
  return Number.isFinite(amount) ? amount : undefined;
}

/** A year 1990–2100 from 2021, "2021" or "Call 2021". */
export function parseYear(v: unknown): number | undefined {
  const m = /\b(19\d{2}|20\d{2}|2100)\b/.exec(str(v) ?? '');
  return m ? Number(m[1]) : undefined;
}

/** A list from an array or a string joined by | ; or new lines (never commas: topic names contain them). */
function list(v: unknown, separators = /[|;\n]/): string[] {
  const items = Array.isArray(v) ? v.map(str) : typeof v === 'string' ? v.split(separators).map(str) : [];
  return [...new Set(items.filter((s): s is string => !!s))];
}

function toOrganisation(raw: RawOrg): Partial<Record<keyof ExtractedOrganisation, unknown>> {
  return {
    name: str(raw.name),
    country: countryToIso(str(raw.country)),
    city: str(raw.city),
    region: str(raw.region),
    type: str(raw.type),
    website: normaliseWebsite(str(raw.website)),
    email: str(raw.email)?.replace(/^mailto:/i, ''),
    phone: str(raw.phone),
    oid: str(raw.oid)?.toUpperCase(),
    pic: str(raw.pic),
    role: raw.role,
  };
}

/** Action code (KA220-HED, KA202…): the identifier states it best, then the level-3 code or label. */
function action(identifier: string | undefined, raw: RawProject): string | undefined {
  for (const text of [identifier, str(raw.actionCode), str(raw.actionLabel)]) {
    const found = text && findAction(text);
    if (found) return found;
  }
  return undefined;
}

function toOpportunity(
  raw: RawProject,
  identifier: string,
  orgs: ExtractedOrganisation[],
): Partial<Record<keyof Opportunity, unknown>> {
  const stated = list(raw.countries, /[|;,\n]/).map((c) => countryToIso(c));
  const countries = stated.length ? stated : orgs.map((o) => o.country);
  return {
    kind: 'project',
    title: str(raw.title),
    url: prpDetailsUrl(identifier),
    identifier,
    action: action(identifier, raw),
    startDate: parsePrpDate(raw.startDate),
    endDate: parsePrpDate(raw.endDate),
    callYear: parseYear(raw.callYear),
    grantEur: parseGrantEur(raw.grant),
    topics: list(raw.topics),
    countries: countries.filter((c): c is string => !!c),
    description: str(raw.description),
  };
}

/** Organisations, project and warnings → a clean result; shared by the JSON and DOM readers. */
export function buildPrpResult(
  orgsIn: RawOrg[],
  project: RawProject | null,
  urlId: string | undefined,
  warnings: Warning[],
): ExtractionResult {
  const sorted = [...orgsIn.filter((o) => o.role === 'coordinator'), ...orgsIn.filter((o) => o.role === 'partner')];
  const orgs = sorted.map((o) => cleanOrganisation(toOrganisation(o))).filter((o): o is ExtractedOrganisation => !!o);
  const out = [...warnings];
  if (orgs.length < sorted.length) out.push(warning('nameless'));
  if (orgs.length > 200) out.push(warning('tooMany', { max: 200 }));
  if (!sorted.some((o) => o.role === 'coordinator')) out.push(warning('noCoordinator'));
  const identifier = str(project?.identifier) ?? urlId;
  if (project && !str(project.title)) out.push(warning('noProjectTitle'));
  else if (project && !identifier) out.push(warning('noProjectId'));
  const opportunity = project && identifier && str(project.title) ? toOpportunity(project, identifier, orgs) : null;
  return cleanResult({ platform: 'prp', pageType: 'project', organisations: orgs, opportunity, warnings: out });
}

const withdrew = (rec: Rec) => rec.withdrawnFromProject === true;

/** Raw organisations of one role; those that withdrew from the project are not partners any more. */
function orgsOf(value: unknown, role: RawOrg['role']): RawOrg[] {
  const items = Array.isArray(value) ? value : value == null ? [] : [value];
  return items
    .filter(isRec)
    .filter((rec) => !withdrew(rec))
    .map((rec) => {
      const raw: RawOrg = { role };
      for (const [field, keys] of Object.entries(ORG_KEYS)) raw[field as keyof typeof ORG_KEYS] = pick(rec, keys);
      return raw;
    });
}

const sameId = (a: unknown, b: string | undefined) => !!b && str(a)?.toUpperCase() === b.toUpperCase();

/** The project card, a search response (the document for this identifier) or one search document. */
function locate(
  data: unknown,
  urlId: string | undefined,
): { project: Rec; coordinator: unknown; partners: unknown; all?: unknown } | undefined {
  if (!isRec(data)) return undefined;
  if (isRec(data.project)) {
    const map = isRec(data.map) && isRec(data.map.map) ? data.map.map : {};
    const hasOrgs = data.coordinating != null || data.coordinator != null || data.partners != null;
    return hasOrgs
      ? { project: data.project, coordinator: data.coordinating ?? data.coordinator, partners: data.partners }
      : { project: data.project, coordinator: map.coordinator, partners: map.partners };
  }
  if (Array.isArray(data.projectDocuments)) {
    const docs = data.projectDocuments.filter(isRec);
    const doc = docs.find((d) => sameId(d.projectName, urlId)) ?? (docs.length === 1 ? docs[0] : undefined);
    return doc ? locate(doc, urlId) : undefined;
  }
  if (data.projectName == null && data.projectTitle == null) return undefined;
  return { project: data, coordinator: data.coordinator, partners: data.partners, all: data.organisations };
}

/** Read a project card or search response of the PRP data service into an ExtractionResult. */
export function readPrpData(data: unknown, urlId: string | undefined): ExtractionResult {
  const found = locate(data, urlId);
  if (!found) return emptyResult('prp', 'unknown', [warning('layoutChanged')]);
  const warnings: Warning[] = [];
  let orgs = [...orgsOf(found.coordinator, 'coordinator'), ...orgsOf(found.partners, 'partner')];
  let records = [found.coordinator, ...(Array.isArray(found.partners) ? found.partners : [])];
  if (!orgs.length && Array.isArray(found.all)) {
    // Search documents may list everyone in `organisations` with organisationRole (OpenAlex reads it so).
    records = found.all;
    const all = found.all.filter(isRec);
    const isCoordinator = (o: Rec) => str(o.organisationRole)?.toLowerCase() === 'coordinator';
    orgs = [
      ...orgsOf(all.filter(isCoordinator), 'coordinator'),
      ...orgsOf(
        all.filter((o) => !isCoordinator(o)),
        'partner',
      ),
    ];
  }
  const withdrawn = records.filter((o) => isRec(o) && withdrew(o)).length;
  if (withdrawn > 0) warnings.push(warning('withdrawn', { count: withdrawn }));
  const project: RawProject = {};
  for (const [field, keys] of Object.entries(PROJECT_KEYS))
    project[field as keyof RawProject] = pick(found.project, keys);
  const dataId = str(project.identifier);
  if (urlId && dataId && dataId.toUpperCase() !== urlId.toUpperCase()) {
    warnings.push(warning('dataMismatch', { received: dataId, expected: urlId }));
  }
  return buildPrpResult(orgs, project, urlId, warnings);
}
