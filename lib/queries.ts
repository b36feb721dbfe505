/**
 * Read-only queries for extension pages. No zod here: the popup's first paint must not wait
 * for the validation library, which loads with the first write.
 */
import type { PipelineDatabase } from './db';
import type { Organisation, PartnerSummary, PipelineEntry, Platform, Stage } from './model';
import { DEFAULT_STAGES } from './stages';
import { foldText } from './identity';

export async function getStages(db: PipelineDatabase): Promise<Stage[]> {
  return ((await db.get('meta', 'stages')) as Stage[] | undefined) ?? DEFAULT_STAGES;
}

export function summarise(org: Organisation, entry: PipelineEntry | undefined): PartnerSummary {
  return {
    id: org.id,
    name: org.name,
    ...(org.country ? { country: org.country } : {}),
    ...(org.city ? { city: org.city } : {}),
    stageId: entry?.stageId ?? DEFAULT_STAGES[0]!.id,
    origins: [...new Set(org.sources.map((s) => s.origin))],
    tags: entry?.tags ?? [],
    ...(entry?.nextFollowUp ? { nextFollowUp: entry.nextFollowUp } : {}),
    ...(entry?.notes.length ? { lastNote: entry.notes.at(-1)!.text } : {}),
    updatedAt: entry && entry.updatedAt > org.updatedAt ? entry.updatedAt : org.updatedAt,
    searchText: foldText(
      [org.name, org.city, org.region, org.country, org.type, ...(entry?.tags ?? []), ...(entry?.notes.map((n) => n.text) ?? []), ...org.contacts.map((c) => c.name)]
        .filter(Boolean)
        .join(' \n '),
    ),
  };
}

/**
 * The first screen of the popup without loading everything: the most recently saved
 * organisations through the index. Counting (per stage, in all) scans every record in
 * Chromium, so it waits for the full list; `complete` says whether this already is it.
 */
export async function firstScreen(db: PipelineDatabase, limit = 30): Promise<{ partners: PartnerSummary[]; stages: Stage[]; complete: boolean }> {
  const tx = db.transaction(['organisations', 'pipeline', 'meta'], 'readonly');
  const stages = ((await tx.objectStore('meta').get('stages')) as Stage[] | undefined) ?? DEFAULT_STAGES;
  const partners: PartnerSummary[] = [];
  let cursor = await tx.objectStore('organisations').index('by-updated').openCursor(null, 'prev');
  while (cursor && partners.length < limit) {
    partners.push(summarise(cursor.value, await tx.objectStore('pipeline').get(cursor.value.id)));
    cursor = await cursor.continue();
  }
  const complete = cursor === null;
  await tx.done;
  return { partners, stages, complete };
}

/**
 * The board's first screen: up to `perStage` partners of each stage through the stage index,
 * with each stage's count, so columns paint before every partner is read.
 */
export async function boardFirstScreen(db: PipelineDatabase, perStage = 30): Promise<{ partners: PartnerSummary[]; totals: Record<string, number>; stages: Stage[] }> {
  const tx = db.transaction(['organisations', 'pipeline', 'meta'], 'readonly');
  const stages = ((await tx.objectStore('meta').get('stages')) as Stage[] | undefined) ?? DEFAULT_STAGES;
  const byStage = tx.objectStore('pipeline').index('by-stage');
  const partners: PartnerSummary[] = [];
  const totals: Record<string, number> = {};
  for (const stage of stages) {
    totals[stage.id] = await byStage.count(stage.id);
    const entries = await byStage.getAll(stage.id, perStage);
    for (const entry of entries) {
      const org = await tx.objectStore('organisations').get(entry.orgId);
      if (org) partners.push(summarise(org, entry));
    }
  }
  await tx.done;
  return { partners: partners.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), totals, stages };
}

/** Every organisation joined with its pipeline entry, most recently changed first. */
export async function listPartners(db: PipelineDatabase): Promise<PartnerSummary[]> {
  const tx = db.transaction(['organisations', 'pipeline'], 'readonly');
  const [organisations, entries] = await Promise.all([tx.objectStore('organisations').getAll(), tx.objectStore('pipeline').getAll()]);
  await tx.done;
  const byOrg = new Map(entries.map((entry) => [entry.orgId, entry]));
  return organisations.map((org) => summarise(org, byOrg.get(org.id))).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** One organisation with everything about it, for a detail view. */
export async function getPartner(db: PipelineDatabase, orgId: string): Promise<{ organisation: Organisation; entry: PipelineEntry } | undefined> {
  const tx = db.transaction(['organisations', 'pipeline'], 'readonly');
  const [organisation, entry] = await Promise.all([tx.objectStore('organisations').get(orgId), tx.objectStore('pipeline').get(orgId)]);
  await tx.done;
  return organisation && entry ? { organisation, entry } : undefined;
}

/** How long a "this platform's pages look different" notice stays without a new sighting. */
const OUTDATED_NOTICE_DAYS = 30;

/** Remember that a platform's page looked redesigned (the popup says its reader may be outdated). */
export async function recordOutdatedReader(db: PipelineDatabase, platform: Platform, url: string, at = new Date()): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const seen = ((await tx.store.get('outdatedReaders')) as MetaOutdated | undefined) ?? {};
  await tx.store.put({ ...seen, [platform]: { seenAt: at.toISOString(), url } }, 'outdatedReaders');
  await tx.done;
}

type MetaOutdated = Partial<Record<Platform, { seenAt: string; url: string }>>;

/** Platforms whose pages looked redesigned in the last 30 days, most recent first. */
export async function outdatedReaders(db: PipelineDatabase, now = new Date()): Promise<{ platform: Platform; seenAt: string }[]> {
  const seen = ((await db.get('meta', 'outdatedReaders')) as MetaOutdated | undefined) ?? {};
  const since = now.getTime() - OUTDATED_NOTICE_DAYS * 86_400_000;
  return (Object.entries(seen) as [Platform, { seenAt: string }][])
    .filter(([, { seenAt }]) => Date.parse(seenAt) >= since)
    .map(([platform, { seenAt }]) => ({ platform, seenAt }))
    .sort((a, b) => b.seenAt.localeCompare(a.seenAt));
}
