/**
 * The one module extension pages read through (first paint, lists, the forms' current values):
 * a read-only connection — a write through it fails (lib/commands/guard.ts) — and the queries
 * that run over it. Every change goes through lib/commands/client.ts instead. This part stays
 * free of zod (a first paint must not wait for it); lib/reads/tools.ts has the forms' reads.
 */
import type { OpenOptions, Database } from '../store/db';
import { guardDb } from '../commands/guard';
import { withDb } from '../store/with-db';

/** Open the database read-only for `use`, then close it. */
export function readDatabase<T>(use: (db: Database) => Promise<T>, options: OpenOptions = {}): Promise<T> {
  return withDb((db) => use(guardDb(db, { stores: [] })), options);
}

export {
  boardFirstScreen,
  firstScreen,
  getPartner,
  getStages,
  listPartners,
  outdatedReaders,
  summarise,
} from '../store/queries';
export { getMeta, readStages } from '../store/db';
export { backupNudge, readBackupState, UPGRADE_BLOCKED_MESSAGE } from '../backup/nudge';
export { summariesToMend } from '../store/summaries';
export type { DeletedPartners } from '../store/organisations';
export type { DuplicateGroup } from '../store/merge';
