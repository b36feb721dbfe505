/**
 * Backup nudges: when to remind the user to export, in plain words. The rule: after 30 days
 * or 50 changes since the last export; never backed up, once there are 5 partners.
 * A dismissed nudge stays away for a week (the caller keeps `dismissedAt`).
 */
import type { PipelineDatabase } from './db';

export const NUDGE_AFTER_DAYS = 30;
export const NUDGE_AFTER_CHANGES = 50;
export const NUDGE_NEVER_AFTER_PARTNERS = 5;
export const NUDGE_SNOOZE_DAYS = 7;

export interface BackupState {
  /** ISO time of the last JSON export, or null when there never was one. */
  lastExportAt: string | null;
  changesSinceExport: number;
  partnerCount: number;
  /** ISO time the user last dismissed the nudge. */
  dismissedAt?: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** null, or the nudge to show, e.g. "Last backup 34 days ago — export now". Pure. */
export function backupNudge(state: BackupState, now: Date = new Date()): string | null {
  if (state.partnerCount === 0) return null;
  if (state.dismissedAt) {
    const dismissed = Date.parse(state.dismissedAt);
    if (!Number.isNaN(dismissed) && now.getTime() - dismissed < NUDGE_SNOOZE_DAYS * DAY_MS) return null;
  }
  const last = state.lastExportAt ? Date.parse(state.lastExportAt) : Number.NaN;
  if (Number.isNaN(last)) {
    return state.partnerCount >= NUDGE_NEVER_AFTER_PARTNERS
      ? `Your ${plural(state.partnerCount, 'partner')} have never been backed up — export now`
      : null;
  }
  const days = Math.floor((now.getTime() - last) / DAY_MS);
  const changes = state.changesSinceExport;
  if (days >= NUDGE_AFTER_DAYS) {
    const since = changes > 0 ? ` (${plural(changes, 'change')} since)` : '';
    return `Last backup ${plural(days, 'day')} ago${since} — export now`;
  }
  if (changes >= NUDGE_AFTER_CHANGES) return `${plural(changes, 'change')} since your last backup — export now`;
  return null;
}

/** What backupNudge needs, read in one transaction (the partner count from the store's count). */
export async function readBackupState(db: PipelineDatabase): Promise<BackupState> {
  const tx = db.transaction(['organisations', 'meta'], 'readonly');
  const [lastExportAt, changesSinceExport, partnerCount] = await Promise.all([
    tx.objectStore('meta').get('lastExportAt'),
    tx.objectStore('meta').get('changesSinceExport'),
    tx.objectStore('organisations').count(),
  ]);
  await tx.done;
  return {
    lastExportAt: typeof lastExportAt === 'string' ? lastExportAt : null,
    changesSinceExport: typeof changesSinceExport === 'number' ? changesSinceExport : 0,
    partnerCount,
  };
}

/** For the banner when an upgrade waits for another tab that holds the old version open. */
export const UPGRADE_BLOCKED_MESSAGE =
  'Partner Pipeline was updated, but another of its tabs still has the old version open. Close the other Partner Pipeline tabs (board, options) and this page continues by itself; nothing was lost.';
