/**
 * Backup nudges: when to remind the user to export, in plain words. The rule: after 30 days
 * or 50 changes since the last export; never backed up, once there are 5 partners.
 * A dismissed nudge stays away for a week (the caller keeps `dismissedAt`).
 */
import type { Database } from '../store/db';
import { formatNumber } from '../i18n/format';
import { i18n } from '../i18n';

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
      ? i18n.t('backup.neverBackedUp', state.partnerCount, [formatNumber(state.partnerCount)])
      : null;
  }
  const days = Math.floor((now.getTime() - last) / DAY_MS);
  const changes = state.changesSinceExport;
  if (days >= NUDGE_AFTER_DAYS) {
    if (changes === 0) return i18n.t('backup.lastBackupDaysAgo', days, [formatNumber(days)]);
    return i18n.t('backup.lastBackupDaysAgoWithChanges', days, [
      formatNumber(days),
      i18n.t('backup.changes', changes, [formatNumber(changes)]),
    ]);
  }
  if (changes >= NUDGE_AFTER_CHANGES) return i18n.t('backup.changesSinceBackup', changes, [formatNumber(changes)]);
  return null;
}

/** What backupNudge needs, read in one transaction (the partner count from the store's count). */
export async function readBackupState(db: Database): Promise<BackupState> {
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
export const UPGRADE_BLOCKED_MESSAGE = i18n.t('storage.upgradeBlocked');
