/**
 * Intent-level operations over the database. Each logical change is one readwrite
 * transaction that awaits nothing but IDB, so it either happens whole or not at all.
 */
import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import { countChange, readStages, type DatabaseSchema, type Database } from './db';
import { syncSummaries } from './summaries';
import {
  ExtractedOrganisationSchema,
  OrganisationSchema,
  PipelineEntrySchema,
  type ExtractedOrganisation,
  type ExtractionResult,
  type HistoryEvent,
  type Organisation,
  type PastProject,
  type PipelineEntry,
  type Source,
  type Stage,
} from '../domain/model';
import { canonicalUrl, platformIdsOf } from '../domain/identity';
import { identityKeys, normaliseName, pairKey, withIdentityKeys } from '../domain/dedupe';
import { PLATFORM_NAMES } from '../platforms/names';
import { DETAILS_BESIDES_NAME, pickFields } from '../domain/organisation-fields';
import { joinOrganisations, saveAgainMerge } from '../domain/organisation-merge';
import { i18n } from '../i18n';
import { confidenceOf } from '../domain/confidence-marks';
import { DEFAULT_STAGES, stageNameById } from '../domain/stages';

export interface SaveRequest {
  extraction: ExtractionResult;
  /** Which organisation of the page to save (page order). */
  organisationIndex: number;
  pageUrl: string;
  /** Fields the user fixed in the panel: kept with the source, applied to the organisation. */
  corrections?: Partial<ExtractedOrganisation>;
  stageId?: string;
  tags?: string[];
  /** The user's answer to "Looks like …": join that organisation, or keep this one separate. */
  resolution?: { mergeInto: string } | { keepSeparate: true };
}

export interface SavedPartner {
  orgId: string;
  name: string;
  stageId: string;
  stageName: string;
  created: boolean;
  lastNote?: string;
  /** False when the page shows a partner saved from another page (matched by profile, OID or PIC). */
  fromThisPage?: boolean;
}

/** A saved organisation that is probably the one being saved (same name and country, or website). */
export interface ProbableMatch {
  orgId: string;
  name: string;
  country?: string;
  origins: string[];
  stageName: string;
}

export type SaveOutcome = { saved: SavedPartner } | { probable: ProbableMatch[] };

export type Mode = IDBTransactionMode;
type Stores = ('organisations' | 'pipeline' | 'meta' | 'notSame')[];
export type OrganisationStore<M extends Mode> = IDBPObjectStore<DatabaseSchema, Stores, 'organisations', M>;

export const now = () => new Date().toISOString();
const firstStageId = (stages: Stage[]) => stages.find((stage) => !stage.archived)?.id ?? DEFAULT_STAGES[0]!.id;
export const event = (at: string, kind: HistoryEvent['kind'], text: string): HistoryEvent => ({ at, kind, text });
const describeOrigin = (source: Source) =>
  source.origin === 'manual' ? i18n.t('history.originManual') : PLATFORM_NAMES[source.origin];

/**
 * Save one organisation from a page. An exact identifier (platform profile, OID, PIC, same page)
 * joins the existing record; a probable match is returned for the user to decide, unsaved.
 */
export async function proposeSave(db: Database, request: SaveRequest): Promise<SaveOutcome> {
  const picked = request.extraction.organisations[request.organisationIndex];
  if (!picked) throw new Error(i18n.t('errors.noOrganisationAtPosition'));
  const corrections = request.corrections
    ? ExtractedOrganisationSchema.partial().parse(request.corrections)
    : undefined;
  const fields = ExtractedOrganisationSchema.parse({ ...picked, ...corrections });
  const pageUrl = canonicalUrl(request.pageUrl);
  const at = now();
  const source: Source = {
    origin: request.extraction.platform ?? 'manual',
    url: request.pageUrl,
    pageType: request.extraction.pageType,
    savedAt: at,
    extracted: picked,
    ...(corrections && Object.keys(corrections).length ? { corrections } : {}),
    opportunity: request.extraction.opportunity,
    warnings: request.extraction.warnings,
    ...confidenceOf(request.extraction, request.organisationIndex),
  };
  const project = pastProjectOf(request.extraction);

  const tx = db.transaction(['organisations', 'pipeline', 'summaries', 'meta', 'notSame'], 'readwrite');
  const organisations = tx.objectStore('organisations');
  const pipeline = tx.objectStore('pipeline');
  const meta = tx.objectStore('meta');
  const stages = await readStages(meta);

  const resolution = request.resolution;
  const mergeInto = resolution && 'mergeInto' in resolution ? resolution.mergeInto : undefined;
  const identity: Identity = mergeInto ? { clashes: [] } : await findIdentity(organisations, fields, pageUrl);
  const existing = mergeInto ? await organisations.get(mergeInto) : identity.match;
  if (mergeInto && !existing) throw new Error(i18n.t('errors.organisationGone'));
  const others = existing ? [] : await otherCandidates(tx, fields, identity.clashes);
  if (!existing && !resolution && others.length > 0) {
    const described = await Promise.all(
      others.map(async (org) => describeMatch(org, await pipeline.get(org.id), stages)),
    );
    await tx.done;
    return { probable: described };
  }
  let organisation: Organisation;
  let entry: PipelineEntry;
  if (existing) {
    organisation = joinSource(existing, fields, source, pageUrl, at, project);
    entry = (await pipeline.get(existing.id)) ?? newEntry(existing.id, firstStageId(stages), at);
    entry = {
      ...entry,
      updatedAt: at,
      history: [
        ...entry.history,
        event(at, 'source-added', i18n.t('history.savedAgainFrom', [describeOrigin(source)])),
      ],
    };
  } else {
    const id = crypto.randomUUID();
    // Kept apart from a record with the same identifier: the identifier stays that record's.
    const own = withoutClashingKeys(fields, identity.clashes);
    organisation = {
      id,
      name: own.name,
      ...pickDetails(own),
      platformIds: platformIdsOf(own),
      sourceUrls: [pageUrl],
      sources: [source],
      contacts: [],
      ...(project ? { pastProjects: [{ ...project, ...(fields.role ? { role: fields.role } : {}) }] } : {}),
      createdAt: at,
      updatedAt: at,
    };
    const stageId =
      request.stageId && stages.some((s) => s.id === request.stageId) ? request.stageId : firstStageId(stages);
    entry = {
      orgId: id,
      stageId,
      tags: [...new Set(request.tags ?? [])],
      notes: [],
      updatedAt: at,
      history: [event(at, 'saved', i18n.t('history.savedFrom', [describeOrigin(source)]))],
    };
    if (resolution && 'keepSeparate' in resolution) {
      for (const other of others) await tx.objectStore('notSame').put({ pair: pairKey(id, other.id), at });
    }
  }
  await organisations.put(OrganisationSchema.parse(withIdentityKeys(organisation)));
  await pipeline.put(PipelineEntrySchema.parse(entry));
  const { extraction, organisationIndex } = request;
  const alsoChanged = project
    ? await recordProjectOnOthers(organisations, extraction, organisationIndex, organisation.id, project, pageUrl, at)
    : [];
  await syncSummaries(tx, [organisation.id, ...alsoChanged]);
  await countChange(meta);
  await tx.done;
  return {
    saved: {
      orgId: organisation.id,
      name: organisation.name,
      stageId: entry.stageId,
      stageName: stageNameById(stages, entry.stageId),
      created: !existing,
    },
  };
}

/** Save where no question can be asked (tests, imports of pages): a probable match is an error. */
export async function saveExtraction(db: Database, request: SaveRequest): Promise<SavedPartner> {
  const outcome = await proposeSave(db, request);
  if ('saved' in outcome) return outcome.saved;
  throw new Error(i18n.t('errors.alreadySaved', [outcome.probable[0]!.name]));
}

/**
 * What an organisation's identifiers point to. An exact key (profile, OID, PIC) identifies a
 * record only when the two also agree on the name or the country: a page that names "Totally
 * Unrelated Ltd, Malta" with a German centre's OID is not that centre (the OID may come from
 * free text or a hostile page). Such records are `clashes`: asked about, never joined unasked.
 */
export interface Identity {
  match?: Organisation;
  clashes: Organisation[];
}

/** Whether a saved record and a sighting agree on who they are (same name, or same country). */
export function sameIdentity(
  saved: Pick<Organisation, 'name' | 'country'>,
  fields: Pick<ExtractedOrganisation, 'name' | 'country'>,
): boolean {
  const name = normaliseName(fields.name);
  const sameName = name.length > 0 && name === normaliseName(saved.name);
  const sameCountry = !!saved.country && saved.country === fields.country;
  return sameName || sameCountry;
}

/** Exact identity: platform profile, OID, PIC (each checked by sameIdentity), or the same name on the same page. */
export async function findIdentity<M extends Mode>(
  store: OrganisationStore<M>,
  fields: ExtractedOrganisation,
  pageUrl: string,
): Promise<Identity> {
  const candidates: (Organisation | undefined)[] = [];
  for (const platformId of platformIdsOf(fields)) candidates.push(await store.index('by-platform-id').get(platformId));
  if (fields.oid) candidates.push(await store.index('by-oid').get(fields.oid));
  if (fields.pic) candidates.push(await store.index('by-pic').get(fields.pic));
  const clashes = new Map<string, Organisation>();
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (sameIdentity(candidate, fields)) return { match: candidate, clashes: [] };
    clashes.set(candidate.id, candidate);
  }
  const samePage = await store.index('by-source-url').getAll(pageUrl);
  const match = samePage.find((candidate) => candidate.name.toLowerCase() === fields.name.toLowerCase());
  return match ? { match, clashes: [] } : { clashes: [...clashes.values()] };
}

/** The record a sighting is, by exact identity (see findIdentity), if any. */
export async function findExactMatch<M extends Mode>(
  store: OrganisationStore<M>,
  fields: ExtractedOrganisation,
  pageUrl: string,
): Promise<Organisation | undefined> {
  return (await findIdentity(store, fields, pageUrl)).match;
}

/** Probable matches through the name and domain indexes, minus pairs the user called different. */
export async function findProbableMatches<M extends Mode>(
  store: OrganisationStore<M>,
  notSame: IDBPObjectStore<DatabaseSchema, Stores, 'notSame', M>,
  fields: Pick<ExtractedOrganisation, 'name' | 'country' | 'website'>,
  selfId: string | undefined,
): Promise<Organisation[]> {
  const keys = identityKeys(fields);
  const found = new Map<string, Organisation>();
  if (keys.nameKey) for (const org of await store.index('by-name-key').getAll(keys.nameKey)) found.set(org.id, org);
  if (keys.domain) for (const org of await store.index('by-domain').getAll(keys.domain)) found.set(org.id, org);
  found.delete(selfId ?? '');
  const kept: Organisation[] = [];
  for (const org of found.values()) if (!selfId || !(await notSame.get(pairKey(selfId, org.id)))) kept.push(org);
  return kept;
}

/** Records to ask about: exact-key clashes first, then probable matches by name or website. */
async function otherCandidates(
  tx: IDBPTransaction<DatabaseSchema, [...Stores, 'summaries'], 'readwrite'>,
  fields: ExtractedOrganisation,
  clashes: Organisation[],
): Promise<Organisation[]> {
  const probable = await findProbableMatches(
    tx.objectStore('organisations'),
    tx.objectStore('notSame'),
    fields,
    undefined,
  );
  const known = new Set(clashes.map((org) => org.id));
  return [...clashes, ...probable.filter((org) => !known.has(org.id))];
}

function withoutClashingKeys(fields: ExtractedOrganisation, clashes: Organisation[]): ExtractedOrganisation {
  const ids = new Set(clashes.flatMap((org) => org.platformIds));
  const { oid, pic, profileUrl, ...rest } = fields;
  return {
    ...rest,
    ...(oid && !clashes.some((org) => org.oid === oid) ? { oid } : {}),
    ...(pic && !clashes.some((org) => org.pic === pic) ? { pic } : {}),
    ...(profileUrl && !platformIdsOf({ profileUrl }).some((id) => ids.has(id)) ? { profileUrl } : {}),
  };
}

function describeMatch(org: Organisation, entry: PipelineEntry | undefined, stages: Stage[]): ProbableMatch {
  const origins = [...new Set(org.sources.map((s) => PLATFORM_NAMES[s.origin]))];
  return {
    orgId: org.id,
    name: org.name,
    ...(org.country ? { country: org.country } : {}),
    origins,
    stageName: stageNameById(stages, entry?.stageId ?? firstStageId(stages)),
  };
}

/** The page's reading joins the record (lib/domain/organisation-merge.ts, the save-again policy). */
function joinSource(
  existing: Organisation,
  fields: ExtractedOrganisation,
  source: Source,
  pageUrl: string,
  at: string,
  project?: PastProject,
): Organisation {
  const pastProjects = project ? [{ ...project, ...(fields.role ? { role: fields.role } : {}) }] : [];
  const page = {
    ...pickDetails(fields),
    platformIds: platformIdsOf(fields),
    sourceUrls: [pageUrl],
    sources: [source],
    pastProjects,
  };
  return { ...joinOrganisations(existing, page, saveAgainMerge(at)).organisation, updatedAt: at };
}

export function pickDetails(fields: ExtractedOrganisation): Partial<Organisation> {
  return pickFields(fields, DETAILS_BESIDES_NAME);
}

function newEntry(orgId: string, stageId: string, at: string): PipelineEntry {
  return { orgId, stageId, tags: [], notes: [], history: [], updatedAt: at };
}

/** A PRP project page: the project every organisation on it took part in. */
function pastProjectOf(extraction: ExtractionResult): PastProject | undefined {
  const opportunity = extraction.opportunity;
  if (opportunity?.kind !== 'project' || !opportunity.identifier) return undefined;
  const { identifier, title, url, action, callYear, countries } = opportunity;
  return {
    identifier,
    title,
    url,
    ...(action ? { action } : {}),
    ...(callYear ? { callYear } : {}),
    ...(countries?.length ? { countries } : {}),
  };
}

function addProject(projects: PastProject[] | undefined, project: PastProject): PastProject[] {
  return [...(projects ?? []).filter((p) => p.identifier !== project.identifier), project];
}

/** Organisations of the same project page the user already has get the project too. */
/** Returns the ids of the organisations it changed. */
async function recordProjectOnOthers(
  store: OrganisationStore<'readwrite'>,
  extraction: ExtractionResult,
  savedIndex: number,
  savedId: string,
  project: PastProject,
  pageUrl: string,
  at: string,
): Promise<string[]> {
  const changed: string[] = [];
  for (const [index, other] of extraction.organisations.entries()) {
    if (index === savedIndex) continue;
    const known = await findExactMatch(store, other, pageUrl);
    if (!known || known.id === savedId || known.pastProjects?.some((p) => p.identifier === project.identifier))
      continue;
    const withRole = { ...project, ...(other.role ? { role: other.role } : {}) };
    await store.put(
      OrganisationSchema.parse(
        withIdentityKeys({ ...known, pastProjects: addProject(known.pastProjects, withRole), updatedAt: at }),
      ),
    );
    changed.push(known.id);
  }
  return changed;
}

export async function setStage(db: Database, orgId: string, stageId: string): Promise<void> {
  const tx = db.transaction(['organisations', 'pipeline', 'summaries', 'meta'], 'readwrite');
  const stages = await readStages(tx.objectStore('meta'));
  if (!stages.some((stage) => stage.id === stageId)) throw new Error(i18n.t('errors.unknownStage', [stageId]));
  const entry = await tx.objectStore('pipeline').get(orgId);
  if (!entry) throw new Error(i18n.t('errors.organisationGone'));
  if (entry.stageId !== stageId) {
    const at = now();
    const moved = {
      ...event(
        at,
        'stage',
        i18n.t('history.stageChanged', [stageNameById(stages, entry.stageId), stageNameById(stages, stageId)]),
      ),
      stageId,
    };
    await tx.objectStore('pipeline').put({ ...entry, stageId, updatedAt: at, history: [...entry.history, moved] });
    await syncSummaries(tx, [orgId]);
    await countChange(tx.objectStore('meta'));
  }
  await tx.done;
}
