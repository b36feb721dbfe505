/**
 * The board's write operations, loaded with `import('./writes')` on first use: they bring zod,
 * which the first paint must not wait for (reads go through lib/queries.ts, zod-free).
 */
import { z } from 'zod';
import type { PipelineDatabase } from '@/lib/db';
import { markNotSame, mergeOrganisations, undoMerge } from '@/lib/merge';
import { i18n } from '@/lib/i18n';
export { setStage } from '@/lib/repo';
export { addNote, completeFollowUp, deleteNote, saveStages, setFollowUp, setTags } from '@/lib/pipeline';
export { addContact, deletePartners, editDetails, removeContact, restorePartners } from '@/lib/organisations';
export { findProbableDuplicates, markNotSame, mergeOrganisations, undoMerge } from '@/lib/merge';

// Extension pages forbid eval (MV3 CSP): zod must not try to compile validators.
z.config({ jitless: true });

/**
 * Merge every organisation of `absorbedIds` into `survivorId`, one undoable merge each; returns
 * the merges' ids in the order they happened. A failure part-way undoes the merges already done.
 */
export async function mergeInto(db: PipelineDatabase, survivorId: string, absorbedIds: string[]): Promise<string[]> {
  const done: string[] = [];
  try {
    for (const absorbedId of absorbedIds) done.push(await mergeOrganisations(db, survivorId, absorbedId));
  } catch (failure) {
    await undoMerges(db, done);
    throw failure;
  }
  return done;
}

/**
 * Undo merges newest first, so each one finds the organisations as it left them. A merged partner
 * changed since (a note, a stage, a page saved to it) is not undone: putting the two back as they
 * were would silently lose that change.
 */
export async function undoMerges(db: PipelineDatabase, mergeIds: string[]): Promise<void> {
  for (const mergeId of [...mergeIds].reverse()) {
    const record = await db.get('merges', mergeId);
    if (!record) throw new Error(i18n.t('errors.mergeGone'));
    const [organisation, entry] = await Promise.all([db.get('organisations', record.survivorId), db.get('pipeline', record.survivorId)]);
    if (organisation && entry && (organisation.updatedAt !== record.at || entry.updatedAt !== record.at)) {
      throw new Error(i18n.t('errors.mergeChangedSince', [organisation.name]));
    }
    await undoMerge(db, mergeId);
  }
}

/** "Not the same organisation": remember every pair of the group, so none of them is proposed again. */
export async function markGroupNotSame(db: PipelineDatabase, orgIds: string[]): Promise<void> {
  for (const [index, a] of orgIds.entries()) for (const b of orgIds.slice(index + 1)) await markNotSame(db, a, b);
}
