import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { backupNudge, readBackupState, UPGRADE_BLOCKED_MESSAGE, type BackupState } from '@/lib/backup/nudge';
import { DB_VERSION, openDatabase } from '@/lib/store/db';
import { buildExport, markExported } from '@/lib/backup/exchange';
import { saveExtraction } from '@/lib/store/repo';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

const NOW = new Date('2026-11-28T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const state = (patch: Partial<BackupState>): BackupState => ({
  lastExportAt: null,
  changesSinceExport: 0,
  partnerCount: 10,
  ...patch,
});

describe('backupNudge', () => {
  it('says nothing while there is nothing to lose', () => {
    expect(
      backupNudge(state({ partnerCount: 0, lastExportAt: daysAgo(400), changesSinceExport: 900 }), NOW),
    ).toBeNull();
    expect(backupNudge(state({ partnerCount: 4 }), NOW)).toBeNull();
  });

  it('asks for a first backup once there are 5 partners', () => {
    expect(backupNudge(state({ partnerCount: 5 }), NOW)).toBe('Your 5 partners have never been backed up — export now');
  });

  it('asks again after 30 days', () => {
    expect(backupNudge(state({ lastExportAt: daysAgo(29) }), NOW)).toBeNull();
    expect(backupNudge(state({ lastExportAt: daysAgo(30) }), NOW)).toBe('Last backup 30 days ago — export now');
    expect(backupNudge(state({ lastExportAt: daysAgo(34), changesSinceExport: 1 }), NOW)).toBe(
      'Last backup 34 days ago (1 change since) — export now',
    );
  });

  it('asks again after 50 changes', () => {
    expect(backupNudge(state({ lastExportAt: daysAgo(2), changesSinceExport: 49 }), NOW)).toBeNull();
    expect(backupNudge(state({ lastExportAt: daysAgo(2), changesSinceExport: 50 }), NOW)).toBe(
      '50 changes since your last backup — export now',
    );
  });

  it('stays away for a week after being dismissed', () => {
    const due = state({ lastExportAt: daysAgo(40) });
    expect(backupNudge({ ...due, dismissedAt: daysAgo(6) }, NOW)).toBeNull();
    expect(backupNudge({ ...due, dismissedAt: daysAgo(7) }, NOW)).toMatch(/^Last backup 40 days ago/);
  });

  it('reads its state from the database; an export resets it', async () => {
    const db = await freshDb();
    expect(await readBackupState(db)).toEqual({ lastExportAt: null, changesSinceExport: 0, partnerCount: 0 });
    await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    expect(await readBackupState(db)).toEqual({ lastExportAt: null, changesSinceExport: 1, partnerCount: 1 });
    await markExported(db, NOW);
    expect(await readBackupState(db)).toEqual({
      lastExportAt: NOW.toISOString(),
      changesSinceExport: 0,
      partnerCount: 1,
    });
  });
});

describe('a schema upgrade blocked by another tab', () => {
  it('our connections step aside, so a newer version is not blocked by them', async () => {
    const name = `blocking-${Date.now()}`;
    const ours = await openDatabase({ name });
    await saveExtraction(ours, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    const blocked = vi.fn();
    const newer = await openDB(name, DB_VERSION + 1, { blocked });
    expect(blocked).not.toHaveBeenCalled();
    expect(await newer.count('organisations')).toBe(1);
    newer.close();
  });

  it('an old tab that does not step aside makes the open wait; the page says why, and nothing is lost', async () => {
    const name = `blocked-${Date.now()}`;
    const setup = await openDatabase({ name });
    await saveExtraction(setup, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    const before = JSON.stringify((await buildExport(setup, 't', NOW)).data);
    setup.close();
    // An old build of the extension, in another tab: holds its connection and ignores versionchange.
    const oldTab = await openDB(name, DB_VERSION);
    let banner = '';
    const upgrading = openDB(name, DB_VERSION + 1, { blocked: () => (banner = UPGRADE_BLOCKED_MESSAGE) });
    await vi.waitFor(() => expect(banner).toBe(UPGRADE_BLOCKED_MESSAGE));
    expect(banner).toMatch(/Close the other Partner Pipeline tabs .* nothing was lost/);
    oldTab.close();
    const upgraded = await upgrading;
    expect(await upgraded.count('organisations')).toBe(1);
    upgraded.close();
    const again = await openDB(name);
    const organisations = await again.getAll('organisations');
    expect(JSON.stringify(organisations)).toBe(JSON.stringify(JSON.parse(before).organisations));
    again.close();
  });
});
