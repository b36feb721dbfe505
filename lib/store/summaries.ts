/**
 * Partner summaries: the compact record per partner that lists show and search reads (the
 * `summaries` store, lib/store/db.ts). Derived from the organisation and its pipeline entry, and kept in
 * step by every write: whoever puts or deletes an organisation or an entry calls syncSummaries in
 * the same transaction (tests/unit/summaries.test.ts checks each write, and that every readwrite
 * transaction over those stores includes `summaries`).
 * No zod here: the popup's first paint imports this module.
 */
import type { IDBPTransaction } from 'idb';
import type { DatabaseSchema, Database } from './db';
import { summarise } from '../domain/partner-summary';

export { summarise };

/** Any readwrite transaction whose scope includes organisations, pipeline and summaries. */
// Callers' store lists differ (any); IndexedDB checks the scope at run time, tests/unit/summaries.test.ts statically.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SummaryTx = IDBPTransaction<DatabaseSchema, any, 'readwrite'>;

/**
 * Bring the summaries of `orgIds` in line with their organisation and entry, as this transaction
 * left them: rewritten, or deleted with the organisation. Requests go out together.
 */
export async function syncSummaries(tx: SummaryTx, orgIds: Iterable<string>): Promise<void> {
  const organisations = tx.objectStore('organisations');
  const pipeline = tx.objectStore('pipeline');
  const summaries = tx.objectStore('summaries');
  await Promise.all(
    [...new Set(orgIds)].map(async (id) => {
      const [org, entry] = await Promise.all([organisations.get(id), pipeline.get(id)]);
      await (org ? summaries.put(summarise(org, entry)) : summaries.delete(id));
    }),
  );
}

/**
 * The safety net for a write that forgot its summaries: partners without a summary get one, and
 * summaries without a partner go. Compares keys only (no records read); returns how many it fixed.
 */
export async function repairSummaries(db: Database): Promise<number> {
  const wrong = await summariesToMend(db);
  if (wrong.length === 0) return 0;
  const tx = db.transaction(['organisations', 'pipeline', 'summaries'], 'readwrite');
  await syncSummaries(tx, wrong);
  await tx.done;
  return wrong.length;
}

/** The partners whose summary is missing, and summaries without a partner (read only: keys). */
export async function summariesToMend(db: Database): Promise<string[]> {
  const read = db.transaction(['organisations', 'summaries'], 'readonly');
  const [orgIds, summaryIds] = await Promise.all([
    read.objectStore('organisations').getAllKeys(),
    read.objectStore('summaries').getAllKeys(),
  ]);
  await read.done;
  const summarised = new Set(summaryIds);
  const saved = new Set(orgIds);
  return [...orgIds.filter((id) => !summarised.has(id)), ...summaryIds.filter((id) => !saved.has(id))];
}
