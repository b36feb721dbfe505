import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openPipelineDb } from '@/lib/db';
import { DEFAULT_STAGES } from '@/lib/stages';

describe('database', () => {
  it('creates every store and index from nothing, and seeds meta', async () => {
    const db = await openPipelineDb({ name: 'db-create' });
    expect([...db.objectStoreNames].sort()).toEqual(['events', 'ideas', 'merges', 'meta', 'notSame', 'organisations', 'pipeline']);
    const tx = db.transaction('organisations');
    expect([...tx.store.indexNames].sort()).toEqual(['by-domain', 'by-name-key', 'by-oid', 'by-pic', 'by-platform-id', 'by-source-url', 'by-updated']);
    expect(await db.get('meta', 'stages')).toEqual(DEFAULT_STAGES);
    expect(await db.get('meta', 'schemaVersion')).toBe(DB_VERSION);
    expect(await db.get('meta', 'changesSinceExport')).toBe(0);
    db.close();
  });

  it('keeps data and user stages when reopened', async () => {
    const first = await openPipelineDb({ name: 'db-reopen' });
    const stages = [{ id: 'asked', name: 'Asked', archived: false }];
    await first.put('meta', stages, 'stages');
    first.close();
    const second = await openPipelineDb({ name: 'db-reopen' });
    expect(await second.get('meta', 'stages')).toEqual(stages);
    second.close();
  });

  it('closes its connection when a newer version needs to upgrade (no blocked upgrade)', async () => {
    const db = await openPipelineDb({ name: 'db-blocking' });
    const newer = await openDB('db-blocking', DB_VERSION + 1, { blocked: () => expect.fail('upgrade was blocked') });
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    // The old connection closed itself; using it now fails.
    expect(() => db.transaction('meta')).toThrow();
  });

  it('refuses to open a database from a newer version of the extension', async () => {
    const newer = await openDB('db-newer', DB_VERSION + 1);
    newer.close();
    await expect(openPipelineDb({ name: 'db-newer' })).rejects.toMatchObject({ name: 'VersionError' });
  });
});
