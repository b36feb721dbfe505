/**
 * Intent-level operations over the database. Each logical change is one readwrite
 * transaction that awaits nothing but IDB, so it either happens whole or not at all.
 */
import type { IDBPObjectStore } from 'idb';
import type { PipelineDB, PipelineDatabase } from './db';
import {
  DEFAULT_STAGES,
  ExtractedOrganisationSchema,
  OrganisationSchema,
  PipelineEntrySchema,
  type ExtractedOrganisation,
  type ExtractionResult,
  type HistoryEvent,
  type Organisation,
  type PipelineEntry,
  type Source,
  type Stage,
} from './model';
import { canonicalUrl, platformIdsOf } from './identity';

export interface SaveRequest {
  extraction: ExtractionResult;
  /** Which organisation of the page to save (page order). */
  organisationIndex: number;
  pageUrl: string;
  /** Fields the user fixed in the panel: kept with the source, applied to the organisation. */
  corrections?: Partial<ExtractedOrganisation>;
  stageId?: string;
  tags?: string[];
}

export interface SavedPartner {
  orgId: string;
  name: string;
  stageId: string;
  stageName: string;
  created: boolean;
}

const DETAIL_FIELDS = ['country', 'city', 'region', 'type', 'website', 'email', 'phone', 'oid', 'pic', 'description'] as const;

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();

function stageName(stages: Stage[], stageId: string): string {
  return stages.find((stage) => stage.id === stageId)?.name ?? stageId;
}

/** Save one organisation from a page: join an existing record on an exact key, else create one. */
export async function saveExtraction(db: PipelineDatabase, request: SaveRequest): Promise<SavedPartner> {
  const picked = request.extraction.organisations[request.organisationIndex];
  if (!picked) throw new Error('There is no organisation at that position on this page.');
  const corrections = request.corrections ? ExtractedOrganisationSchema.partial().parse(request.corrections) : undefined;
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
  };

  const tx = db.transaction(['organisations', 'pipeline', 'meta'], 'readwrite');
  const organisations = tx.objectStore('organisations');
  const pipeline = tx.objectStore('pipeline');
  const meta = tx.objectStore('meta');
  const stages = ((await meta.get('stages')) as Stage[] | undefined) ?? DEFAULT_STAGES;

  const existing = await findExactMatch(organisations, fields, pageUrl);
  let organisation: Organisation;
  let entry: PipelineEntry;
  if (existing) {
    organisation = joinSource(existing, fields, source, pageUrl, at);
    entry = (await pipeline.get(existing.id)) ?? newEntry(existing.id, firstStageId(stages), at);
    entry = { ...entry, updatedAt: at, history: [...entry.history, event(at, 'source-added', `Saved again from ${describeOrigin(source)}`)] };
  } else {
    const id = newId();
    organisation = OrganisationSchema.parse({
      id,
      name: fields.name,
      ...pickDetails(fields),
      platformIds: platformIdsOf(fields),
      sourceUrls: [pageUrl],
      sources: [source],
      contacts: [],
      createdAt: at,
      updatedAt: at,
    });
    const stageId = request.stageId && stages.some((s) => s.id === request.stageId) ? request.stageId : firstStageId(stages);
    entry = newEntry(id, stageId, at, request.tags);
    entry.history.push(event(at, 'saved', `Saved from ${describeOrigin(source)}`));
  }
  await organisations.put(OrganisationSchema.parse(organisation));
  await pipeline.put(PipelineEntrySchema.parse(entry));
  await meta.put((((await meta.get('changesSinceExport')) as number | undefined) ?? 0) + 1, 'changesSinceExport');
  await tx.done;
  return { orgId: organisation.id, name: organisation.name, stageId: entry.stageId, stageName: stageName(stages, entry.stageId), created: !existing };
}

type OrganisationStore<Mode extends IDBTransactionMode> = IDBPObjectStore<PipelineDB, ('organisations' | 'pipeline' | 'meta')[], 'organisations', Mode>;

/** Exact identity only: platform profile, OID, PIC, or the same name saved from the same page. */
async function findExactMatch<Mode extends IDBTransactionMode>(store: OrganisationStore<Mode>, fields: ExtractedOrganisation, pageUrl: string): Promise<Organisation | undefined> {
  for (const platformId of platformIdsOf(fields)) {
    const hit = await store.index('by-platform-id').get(platformId);
    if (hit) return hit;
  }
  if (fields.oid) {
    const hit = await store.index('by-oid').get(fields.oid);
    if (hit) return hit;
  }
  if (fields.pic) {
    const hit = await store.index('by-pic').get(fields.pic);
    if (hit) return hit;
  }
  const samePage = await store.index('by-source-url').getAll(pageUrl);
  return samePage.find((candidate) => candidate.name.toLowerCase() === fields.name.toLowerCase());
}

function joinSource(existing: Organisation, fields: ExtractedOrganisation, source: Source, pageUrl: string, at: string): Organisation {
  const details = pickDetails(fields);
  const filled = Object.fromEntries(Object.entries(details).filter(([key]) => existing[key as keyof Organisation] === undefined));
  const sameUrl = existing.sources.findIndex((s) => s.url && canonicalUrl(s.url) === pageUrl);
  const sources = sameUrl >= 0 ? existing.sources.map((s, i) => (i === sameUrl ? { ...source, savedAt: s.savedAt } : s)) : [...existing.sources, source];
  return {
    ...existing,
    ...filled,
    platformIds: [...new Set([...existing.platformIds, ...platformIdsOf(fields)])],
    sourceUrls: [...new Set([...existing.sourceUrls, pageUrl])],
    sources,
    updatedAt: at,
  };
}

function pickDetails(fields: ExtractedOrganisation): Partial<Organisation> {
  return Object.fromEntries(DETAIL_FIELDS.filter((key) => fields[key] !== undefined).map((key) => [key, fields[key]]));
}

function newEntry(orgId: string, stageId: string, at: string, tags: string[] = []): PipelineEntry {
  return { orgId, stageId, tags: [...new Set(tags)], notes: [], history: [], updatedAt: at };
}

function event(at: string, kind: HistoryEvent['kind'], text?: string): HistoryEvent {
  return text === undefined ? { at, kind } : { at, kind, text };
}

function firstStageId(stages: Stage[]): string {
  return stages.find((stage) => !stage.archived)?.id ?? DEFAULT_STAGES[0]!.id;
}

function describeOrigin(source: Source): string {
  const names: Record<Source['origin'], string> = { epale: 'EPALE', esep: 'ESEP', etwinning: 'eTwinning', otlas: 'OTLAS', prp: 'the Project Results Platform', manual: 'a page you entered by hand' };
  return names[source.origin];
}

/** Saved organisations among those a page shows, for "already saved" marks. */
export async function findSavedOnPage(db: PipelineDatabase, pageUrl: string, organisations: ExtractedOrganisation[]): Promise<(SavedPartner | null)[]> {
  const tx = db.transaction(['organisations', 'pipeline', 'meta'], 'readonly');
  const store = tx.objectStore('organisations');
  const stages = ((await tx.objectStore('meta').get('stages')) as Stage[] | undefined) ?? DEFAULT_STAGES;
  const canonical = canonicalUrl(pageUrl);
  const found: (SavedPartner | null)[] = [];
  for (const fields of organisations) {
    const hit = await findExactMatch(store, fields, canonical);
    const entry = hit ? await tx.objectStore('pipeline').get(hit.id) : undefined;
    found.push(hit && entry ? { orgId: hit.id, name: hit.name, stageId: entry.stageId, stageName: stageName(stages, entry.stageId), created: false } : null);
  }
  await tx.done;
  return found;
}

export async function setStage(db: PipelineDatabase, orgId: string, stageId: string): Promise<void> {
  const tx = db.transaction(['pipeline', 'meta'], 'readwrite');
  const stages = ((await tx.objectStore('meta').get('stages')) as Stage[] | undefined) ?? DEFAULT_STAGES;
  if (!stages.some((stage) => stage.id === stageId)) throw new Error(`Unknown stage "${stageId}".`);
  const entry = await tx.objectStore('pipeline').get(orgId);
  if (!entry) throw new Error('This organisation is no longer saved.');
  if (entry.stageId !== stageId) {
    const at = now();
    const text = `${stageName(stages, entry.stageId)} → ${stageName(stages, stageId)}`;
    await tx.objectStore('pipeline').put({ ...entry, stageId, updatedAt: at, history: [...entry.history, event(at, 'stage', text)] });
  }
  await tx.done;
}

/**
 * The user fixed fields in the page panel: keep the correction with that page's source
 * (so what was read stays visible) and apply it to the organisation.
 */
export async function correctFromPage(
  db: PipelineDatabase,
  orgId: string,
  pageUrl: string,
  corrections: Partial<ExtractedOrganisation>,
): Promise<SavedPartner> {
  const checked = ExtractedOrganisationSchema.partial().parse(corrections);
  const canonical = canonicalUrl(pageUrl);
  const tx = db.transaction(['organisations', 'pipeline', 'meta'], 'readwrite');
  const stages = ((await tx.objectStore('meta').get('stages')) as Stage[] | undefined) ?? DEFAULT_STAGES;
  const organisation = await tx.objectStore('organisations').get(orgId);
  const entry = await tx.objectStore('pipeline').get(orgId);
  const sourceIndex = organisation?.sources.findIndex((s) => s.url && canonicalUrl(s.url) === canonical) ?? -1;
  if (!organisation || !entry || sourceIndex < 0) throw new Error('This organisation was not saved from this page.');
  const at = now();
  const sources = organisation.sources.map((s, i) => (i === sourceIndex ? { ...s, corrections: { ...s.corrections, ...checked } } : s));
  const updated = OrganisationSchema.parse({
    ...organisation,
    ...(checked.name ? { name: checked.name } : {}),
    ...pickDetails({ name: organisation.name, ...checked }),
    platformIds: [...new Set([...organisation.platformIds, ...platformIdsOf(checked)])],
    sources,
    updatedAt: at,
  });
  const changed = Object.keys(checked).join(', ');
  await tx.objectStore('organisations').put(updated);
  await tx.objectStore('pipeline').put({ ...entry, updatedAt: at, history: [...entry.history, event(at, 'edited', `Corrected on the page: ${changed}`)] });
  await tx.done;
  return { orgId, name: updated.name, stageId: entry.stageId, stageName: stageName(stages, entry.stageId), created: false };
}
