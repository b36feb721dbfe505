/**
 * Adding an organisation by hand, without a page (people met at a contact seminar, a partner's
 * own website typed in): the same probable-match check as a save from a page (lib/store/repo.ts), then
 * the organisation, its pipeline entry at the first stage and (optionally) its place in an event,
 * all in one transaction.
 */
import { countChange, readStages, type Database } from './db';
import { syncSummaries } from './summaries';
import { pairKey, withIdentityKeys } from '../domain/dedupe';
import { platformIdsOf } from '../domain/identity';
import {
  ExtractedOrganisationSchema,
  OrganisationSchema,
  PartnerEventSchema,
  PipelineEntrySchema,
  type ExtractedOrganisation,
  type Organisation,
  type PipelineEntry,
  type Source,
  type Stage,
} from '../domain/model';
import { PLATFORM_NAMES } from '../platforms/names';
import { DETAILS_BESIDES_NAME, pickFields } from '../domain/organisation-fields';
import { findProbableMatches, type ProbableMatch } from './repo';
import { i18n } from '../i18n';
import { DEFAULT_STAGES, stageNameById } from '../domain/stages';

/** What a person can type about an organisation they met. */
export type HandFields = Pick<ExtractedOrganisation, 'name'> &
  Partial<Pick<ExtractedOrganisation, 'country' | 'city' | 'website' | 'type'>>;

export interface HandOptions {
  /** The user saw the probable matches and wants a new organisation anyway: never propose them again. */
  keepSeparate?: boolean;
  /** The event the organisation was met at: it is added to the event in the same transaction. */
  eventId?: string;
}

export type HandOutcome = { saved: { orgId: string; name: string; stageId: string } } | { probable: ProbableMatch[] };

export async function addPartnerByHand(
  db: Database,
  input: HandFields,
  options: HandOptions = {},
): Promise<HandOutcome> {
  const fields = ExtractedOrganisationSchema.parse(
    Object.fromEntries(Object.entries(input).filter(([, value]) => value !== '' && value !== undefined)),
  );
  const tx = db.transaction(['organisations', 'pipeline', 'summaries', 'meta', 'notSame', 'events'], 'readwrite');
  const organisations = tx.objectStore('organisations');
  const stages = await readStages(tx.objectStore('meta'));
  const firstStage = stages.find((stage) => !stage.archived) ?? DEFAULT_STAGES[0]!;
  const probable = await findProbableMatches(organisations, tx.objectStore('notSame'), fields, undefined);
  if (probable.length > 0 && !options.keepSeparate) {
    const described: ProbableMatch[] = [];
    for (const org of probable) described.push(describe(org, await tx.objectStore('pipeline').get(org.id), stages));
    await tx.done;
    return { probable: described };
  }
  const event = options.eventId ? await tx.objectStore('events').get(options.eventId) : undefined;
  if (options.eventId && !event) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error(i18n.t('errors.eventGone'));
  }
  const at = new Date().toISOString();
  const id = crypto.randomUUID();
  const source: Source = { origin: 'manual', pageType: 'unknown', savedAt: at, extracted: fields, warnings: [] };
  const details = pickFields(fields, DETAILS_BESIDES_NAME);
  const organisation: Organisation = {
    id,
    name: fields.name,
    ...details,
    platformIds: platformIdsOf(fields),
    sourceUrls: [],
    sources: [source],
    contacts: [],
    createdAt: at,
    updatedAt: at,
  };
  const text = event ? i18n.t('history.addedByHandAt', [event.name]) : i18n.t('history.addedByHand');
  const entry: PipelineEntry = {
    orgId: id,
    stageId: firstStage.id,
    tags: [],
    notes: [],
    updatedAt: at,
    history: [{ at, kind: 'saved', text }],
  };
  await organisations.put(OrganisationSchema.parse(withIdentityKeys(organisation)));
  await tx.objectStore('pipeline').put(PipelineEntrySchema.parse(entry));
  if (options.keepSeparate)
    for (const other of probable) await tx.objectStore('notSame').put({ pair: pairKey(id, other.id), at });
  if (event)
    await tx
      .objectStore('events')
      .put(PartnerEventSchema.parse({ ...event, orgIds: [...new Set([...event.orgIds, id])] }));
  await syncSummaries(tx, [id]);
  const meta = tx.objectStore('meta');
  await countChange(meta);
  await tx.done;
  return { saved: { orgId: id, name: organisation.name, stageId: entry.stageId } };
}

function describe(org: Organisation, entry: PipelineEntry | undefined, stages: Stage[]): ProbableMatch {
  const stageId = entry?.stageId ?? stages[0]?.id ?? '';
  return {
    orgId: org.id,
    name: org.name,
    ...(org.country ? { country: org.country } : {}),
    origins: [...new Set(org.sources.map((s) => PLATFORM_NAMES[s.origin]))],
    stageName: stageNameById(stages, stageId),
  };
}
