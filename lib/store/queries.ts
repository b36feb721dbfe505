/**
 * Read-only queries for extension pages. No zod here: the popup's first paint must not wait
 * for the validation library, which loads with the first write.
 */
import { getMeta, putMeta, readStages, type Database } from './db';
import type { Organisation, PartnerSummary, PipelineEntry, Platform, Stage } from '../domain/model';

export async function getStages(db: Database): Promise<Stage[]> {
  return await readStages(db);
}

export { summarise } from '../domain/partner-summary';

/** Every summary of one stage in the compound index [stageId, updatedAt] (arrays sort after strings). */
const ofStage = (stageId: string) => IDBKeyRange.bound([stageId], [stageId, []]);

/**
 * The first screen of the popup without loading everything: the most recently changed partners,
 * newest first, through the summaries' by-updated index — the same rows, in the same order, that
 * listPartners then gives. `complete` says whether this already is every partner.
 */
export async function firstScreen(
  db: Database,
  limit = 30,
): Promise<{ partners: PartnerSummary[]; stages: Stage[]; complete: boolean }> {
  const tx = db.transaction(['summaries', 'meta'], 'readonly');
  const stages = await readStages(tx.objectStore('meta'));
  const partners: PartnerSummary[] = [];
  let cursor = await tx.objectStore('summaries').index('by-updated').openCursor(null, 'prev');
  while (cursor && partners.length < limit) {
    partners.push(cursor.value);
    cursor = await cursor.continue();
  }
  const complete = cursor === null;
  await tx.done;
  return { partners, stages, complete };
}

/** Cards per column on the board's first screen: more than a full-height column shows (cards are ~90 px). */
const BOARD_FIRST_CARDS = 15;

/**
 * The board's first screen: the `perStage` most recently changed partners of each stage through
 * the summaries' [stageId, updatedAt] index — columns paint before every partner is read, with
 * the cards they will show once all are. `totals` holds the count of each stage that has fewer:
 * counting a larger one would walk its every index entry (Chromium checks each against its
 * record), so its count waits for the whole list.
 */
export async function boardFirstScreen(
  db: Database,
  perStage = BOARD_FIRST_CARDS,
): Promise<{ partners: PartnerSummary[]; totals: Record<string, number>; stages: Stage[] }> {
  const tx = db.transaction(['summaries', 'meta'], 'readonly');
  const stages = await readStages(tx.objectStore('meta'));
  const byStage = tx.objectStore('summaries').index('by-stage-updated');
  const partners: PartnerSummary[] = [];
  const totals: Record<string, number> = {};
  await Promise.all(
    stages.map(async (stage) => {
      let cursor = await byStage.openCursor(ofStage(stage.id), 'prev');
      let n = 0;
      for (; cursor && n < perStage; n += 1) {
        partners.push(cursor.value);
        cursor = await cursor.continue();
      }
      if (!cursor) totals[stage.id] = n;
    }),
  );
  await tx.done;
  return { partners: partners.sort(byRecent), totals, stages };
}

/** Newest first, as the by-updated index read backwards (ties: greater id first). ISO times compare as code units. */
function byRecent(a: PartnerSummary, b: PartnerSummary): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * Every partner's summary, most recently changed first. Read from the store, not its by-updated
 * index: Chromium reads a store in one sweep but fetches each record an index names on its own,
 * several times slower for all of them; sorting 50,000 ISO times takes a few milliseconds.
 */
export async function listPartners(db: Database): Promise<PartnerSummary[]> {
  return (await db.getAll('summaries')).sort(byRecent);
}

/** One organisation with everything about it, for a detail view. */
export async function getPartner(
  db: Database,
  orgId: string,
): Promise<{ organisation: Organisation; entry: PipelineEntry } | undefined> {
  const tx = db.transaction(['organisations', 'pipeline'], 'readonly');
  const [organisation, entry] = await Promise.all([
    tx.objectStore('organisations').get(orgId),
    tx.objectStore('pipeline').get(orgId),
  ]);
  await tx.done;
  return organisation && entry ? { organisation, entry } : undefined;
}

/** How long a "this platform's pages look different" notice stays without a new sighting. */
const OUTDATED_NOTICE_DAYS = 30;

/** Remember that a platform's page looked redesigned (the popup says its reader may be outdated). */
export async function recordOutdatedReader(
  db: Database,
  platform: Platform,
  url: string,
  at = new Date(),
): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const seen = (await getMeta(tx.store, 'outdatedReaders')) ?? {};
  await putMeta(tx.store, 'outdatedReaders', { ...seen, [platform]: { seenAt: at.toISOString(), url } });
  await tx.done;
}

/** Platforms whose pages looked redesigned in the last 30 days, most recent first. */
export async function outdatedReaders(
  db: Database,
  now = new Date(),
): Promise<{ platform: Platform; seenAt: string }[]> {
  const seen = (await getMeta(db, 'outdatedReaders')) ?? {};
  const since = now.getTime() - OUTDATED_NOTICE_DAYS * 86_400_000;
  return (Object.entries(seen) as [Platform, { seenAt: string }][])
    .filter(([, { seenAt }]) => Date.parse(seenAt) >= since)
    .map(([platform, { seenAt }]) => ({ platform, seenAt }))
    .sort((a, b) => b.seenAt.localeCompare(a.seenAt));
}
