/** Merging probable duplicates, undoing merges, and "not the same organisation". */
import { z } from '../domain/zod';
import type { Database } from '../store/db';
import { i18n } from '../i18n';
import { markNotSame, mergeOrganisations, undoMerge } from '../store/merge';
import { defineCommand } from './define';
import { Id, Ids } from './args';

const MERGE_STORES = ['organisations', 'pipeline', 'summaries', 'merges', 'meta'] as const;

/**
 * Merge every organisation of `absorbedIds` into `survivorId`, one undoable merge each; returns
 * the merges' ids in the order they happened. A failure part-way undoes the merges already done.
 */
async function mergeInto(db: Database, survivorId: string, absorbedIds: string[]): Promise<string[]> {
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
async function undoMerges(db: Database, mergeIds: string[]): Promise<void> {
  for (const mergeId of [...mergeIds].reverse()) {
    const record = await db.get('merges', mergeId);
    if (!record) throw new Error(i18n.t('errors.mergeGone'));
    const survivor = record.survivorId;
    const [organisation, entry] = await Promise.all([db.get('organisations', survivor), db.get('pipeline', survivor)]);
    if (organisation && entry && (organisation.updatedAt !== record.at || entry.updatedAt !== record.at)) {
      throw new Error(i18n.t('errors.mergeChangedSince', [organisation.name]));
    }
    await undoMerge(db, mergeId);
  }
}

export const mergeCommands = {
  'partners.merge': defineCommand({
    args: z.object({ survivorId: Id, absorbedIds: Ids.min(1) }),
    stores: MERGE_STORES,
    manyTransactions: 'one undoable merge per absorbed organisation; a failure undoes those done',
    run: (db, { survivorId, absorbedIds }) => mergeInto(db, survivorId, absorbedIds),
  }),
  'partners.undoMerges': defineCommand({
    args: z.object({ mergeIds: Ids }),
    stores: MERGE_STORES,
    manyTransactions: 'each merge is undone on its own, newest first',
    run: (db, { mergeIds }) => undoMerges(db, mergeIds),
  }),
  /** Remember every pair of the group, so none of them is proposed again. */
  'partners.markNotSame': defineCommand({
    args: z.object({ orgIds: Ids.min(2) }),
    stores: ['notSame'],
    manyTransactions: 'one remembered pair at a time, as before',
    run: async (db, { orgIds }) => {
      for (const [index, a] of orgIds.entries()) for (const b of orgIds.slice(index + 1)) await markNotSame(db, a, b);
    },
  }),
};
