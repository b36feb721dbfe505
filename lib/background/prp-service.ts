/**
 * The background's one network call: the Project Results Platform's public JSON service
 * (platforms.md §2.2). Identifier → search (keyword) → projectId GUID → project card. If the card
 * fails but the search document carries the organisations, that document is returned instead
 * (lib/extractors/prp-data.ts reads both shapes). fetch is injected so tests never touch the network.
 */
import { z } from '../domain/zod';
import { i18n } from '../i18n';

/** The only origin and path this module may request (also the manifest's host permission). */
export const PRP_SERVICE_BASE = 'https://ec.europa.eu/programmes/service/';
export const PRP_SEARCH_URL = `${PRP_SERVICE_BASE}search/project/search`;
export const PRP_CARD_URL = `${PRP_SERVICE_BASE}es/project/projectCard`;
export const PRP_TIMEOUT_MS = 15_000;
/** Larger answers are not a single project: refuse rather than hold them in the service worker. */
const MAX_RESPONSE_CHARS = 5_000_000;
/** Same shapes as prpIdentifierFromUrl accepts: NA 2021-27 / 2014-20, centralised, EACEA 2014-20. */
const IDENTIFIER = /^(?:20\d{2}-[1-3]-[A-Z]{2}\d{2}-KA\d{3}(?:-[A-Z]{3})?-\d{6,9}|\d{9}|\d{6}-EPP-[A-Z0-9-]{5,60})$/;
/** The projectId is an Alfresco node GUID, sometimes sent with its "workspace://SpacesStore/" prefix. */
const GUID = /^(?:workspace:\/\/SpacesStore\/)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Why a look-up failed, in the user's language (shown in the panel on the project page). */
export const PRP_REASONS = {
  get invalidId() {
    return i18n.t('prp.invalidId');
  },
  get noAnswer() {
    return i18n.t('prp.noAnswer');
  },
  get timeout() {
    return i18n.t('prp.timeout');
  },
  get unreadable() {
    return i18n.t('prp.unreadable');
  },
  get notFound() {
    return i18n.t('prp.notFound');
  },
};

const OrgShape = z.looseObject({});
/** Only what we rely on: the GUID and the identifier of each search document. */
const SearchResponseSchema = z.looseObject({
  projectDocuments: z.array(z.looseObject({ projectId: z.string(), projectName: z.string() })).nullish(),
});
type SearchDocument = NonNullable<z.infer<typeof SearchResponseSchema>['projectDocuments']>[number];
/** A project card: a `project` with a title or identifier, organisations as objects when present. */
const ProjectCardSchema = z.looseObject({
  project: z
    .looseObject({ title: z.string().nullish(), identifier: z.string().nullish() })
    .refine((p) => !!(p.title || p.identifier), 'project without title and identifier'),
  coordinating: OrgShape.nullish(),
  partners: z.array(OrgShape).nullish(),
});

export type PrpFetchResult = { ok: true; data: unknown } | { ok: false; reason: string };
type Step = { ok: true; json: unknown } | { ok: false; reason: string };

/** GET/POST one service URL and parse its JSON; every failure becomes a plain-words reason. */
async function call(fetchFn: typeof fetch, url: string, init: RequestInit, signal: AbortSignal): Promise<Step> {
  if (!url.startsWith(PRP_SERVICE_BASE)) return { ok: false, reason: PRP_REASONS.unreadable };
  let text: string;
  try {
    const response = await fetchFn(url, {
      ...init,
      signal,
      credentials: 'omit',
      headers: { Accept: 'application/json', ...init.headers },
    });
    if (response.status === 404) return { ok: false, reason: PRP_REASONS.notFound };
    if (!response.ok) return { ok: false, reason: PRP_REASONS.noAnswer };
    text = await response.text();
  } catch {
    return { ok: false, reason: signal.aborted ? PRP_REASONS.timeout : PRP_REASONS.noAnswer };
  }
  if (text.length > MAX_RESPONSE_CHARS) return { ok: false, reason: PRP_REASONS.unreadable };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: PRP_REASONS.unreadable };
  }
}

function searchBody(identifier: string): string {
  return JSON.stringify({
    index: 'eplus2021',
    from: 0,
    size: 20,
    keyword: identifier,
    sort: '',
    matchAllCountries: false,
    withAggregations: false,
    project: {},
    coordinator: {},
    partner: {},
    organisation: { organisationRole: 'COORDINATOR_OR_PARTNER' },
  });
}

const hasOrganisations = (doc: SearchDocument) =>
  doc.coordinator != null || Array.isArray(doc.partners) || Array.isArray(doc.organisations);

/**
 * Fetch the service data for one project identifier. Resolves, never rejects: either the JSON
 * for `prp.extractData`, or a reason to show the user. The whole exchange has one deadline.
 */
export async function fetchPrpProject(
  identifier: string,
  fetchFn: typeof fetch,
  timeoutMs = PRP_TIMEOUT_MS,
): Promise<PrpFetchResult> {
  const id = identifier.trim().toUpperCase();
  if (!IDENTIFIER.test(id)) return { ok: false, reason: PRP_REASONS.invalidId };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const search = await call(
      fetchFn,
      PRP_SEARCH_URL,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: searchBody(id) },
      controller.signal,
    );
    if (!search.ok) return search;
    const parsed = SearchResponseSchema.safeParse(search.json);
    if (!parsed.success) return { ok: false, reason: PRP_REASONS.unreadable };
    // The keyword search is a full-text search: keep only the document whose identifier is this one.
    const doc = (parsed.data.projectDocuments ?? []).find((d) => d.projectName.trim().toUpperCase() === id);
    if (!doc) return { ok: false, reason: PRP_REASONS.notFound };
    const guid = GUID.exec(doc.projectId.trim())?.[1];
    const fallback: PrpFetchResult = hasOrganisations(doc)
      ? { ok: true, data: doc }
      : { ok: false, reason: PRP_REASONS.unreadable };
    if (!guid) return fallback;
    // The service expects the node reference unencoded, as the platform's own app sends it.
    const card = await call(
      fetchFn,
      `${PRP_CARD_URL}?projectId=workspace://SpacesStore/${guid}`,
      { method: 'GET' },
      controller.signal,
    );
    if (!card.ok) return hasOrganisations(doc) ? fallback : card;
    const cardParsed = ProjectCardSchema.safeParse(card.json);
    return cardParsed.success ? { ok: true, data: cardParsed.data } : fallback;
  } finally {
    clearTimeout(timer);
  }
}
