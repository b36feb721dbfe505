/**
 * Project Results Platform: pure readers for its JSON service (project card and search
 * documents, platforms.md §2.2) and the normalisation shared with the DOM fallback in prp.ts.
 * The last step is clean.ts (the model's rules without zod, so the content script stays small):
 * an invalid optional field is dropped, never guessed and never thrown.
 */
import type { ExtractedOrganisation, ExtractionResult, Opportunity } from '../domain/model';
import { cleanOrganisation, cleanResult } from './clean';
import { countryToIso } from './countries';
import { findAction } from './ids';
import { normaliseWebsite } from './text';
import { warning, type Warning } from '../domain/warnings';
import { emptyResult } from './types';
import { list, parseGrantEur, parsePrpDate, parseYear, str } from './prp-values';

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

const pick = (rec: Rec, keys: readonly string[]): unknown => keys.map((k) => rec[k]).find((v) => v != null && v !== '');

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
