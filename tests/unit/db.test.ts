import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openDatabase } from '@/lib/store/db';
import { DEFAULT_STAGES } from '@/lib/domain/stages';

describe('database', () => {
  it('creates every store and index from nothing, and seeds meta', async () => {
    const db = await openDatabase({ name: 'db-create' });
    const stores = [
      'contactLog',
      'events',
      'ideas',
      'introductions',
      'merges',
      'meta',
      'notSame',
      'organisations',
      'pipeline',
      'summaries',
      'templates',
    ];
    expect([...db.objectStoreNames].sort()).toEqual(stores);
    const tx = db.transaction(['organisations', 'pipeline', 'summaries']);
    // Only the indexes some query uses (each one's query is named in lib/store/db.ts).
    expect([...tx.objectStore('organisations').indexNames].sort()).toEqual([
      'by-domain',
      'by-name-key',
      'by-oid',
      'by-pic',
      'by-platform-id',
      'by-source-url',
    ]);
    expect([...tx.objectStore('pipeline').indexNames]).toEqual([]);
    expect([...tx.objectStore('summaries').indexNames].sort()).toEqual([
      'by-follow-up',
      'by-stage-updated',
      'by-updated',
    ]);
    expect(await db.get('meta', 'stages')).toEqual(DEFAULT_STAGES);
    expect(await db.get('meta', 'schemaVersion')).toBe(DB_VERSION);
    expect(await db.get('meta', 'changesSinceExport')).toBe(0);
    db.close();
  });

  it('keeps data and user stages when reopened', async () => {
    const first = await openDatabase({ name: 'db-reopen' });
    const stages = [{ id: 'asked', name: 'Asked', archived: false }];
    await first.put('meta', stages, 'stages');
    first.close();
    const second = await openDatabase({ name: 'db-reopen' });
    expect(await second.get('meta', 'stages')).toEqual(stages);
    second.close();
  });

  it('closes its connection when a newer version needs to upgrade (no blocked upgrade)', async () => {
    const db = await openDatabase({ name: 'db-blocking' });
    const newer = await openDB('db-blocking', DB_VERSION + 1, { blocked: () => expect.fail('upgrade was blocked') });
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    // The old connection closed itself; using it now fails.
    expect(() => db.transaction('meta')).toThrow();
  });

  it('refuses to open a database from a newer version of the extension', async () => {
    const newer = await openDB('db-newer', DB_VERSION + 1);
    newer.close();
    await expect(openDatabase({ name: 'db-newer' })).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('upgrades a version 3 database through version 4: outreach stores added, ideas and partners kept', async () => {
    const name = 'db-v3-to-v4';
    // Version 3 as it shipped: its stores only (the v4 stores must not exist yet).
    const v3 = await openDB(name, 3, {
      upgrade(db) {
        db.createObjectStore('organisations', { keyPath: 'id' });
        db.createObjectStore('pipeline', { keyPath: 'orgId' });
        db.createObjectStore('meta');
        db.createObjectStore('notSame', { keyPath: 'pair' });
        db.createObjectStore('merges', { keyPath: 'id' });
        db.createObjectStore('ideas', { keyPath: 'id' });
        db.createObjectStore('events', { keyPath: 'id' });
      },
    });
    await v3.put('ideas', { id: 'i1', title: 'Rural youth', members: [] });
    await v3.put('meta', 3, 'schemaVersion');
    v3.close();
    const db = await openDatabase({ name });
    // Through version 4 (outreach) to the current one (5: summaries).
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('ideas', 'i1')).toMatchObject({ title: 'Rural youth' });
    expect([...db.transaction('contactLog').store.indexNames].sort()).toEqual(['by-at', 'by-org']);
    expect([...db.transaction('introductions').store.indexNames]).toEqual(['by-introducer']);
    expect([...db.transaction('templates').store.indexNames]).toEqual(['by-language']);
    expect(await db.get('meta', 'schemaVersion')).toBe(DB_VERSION);
    db.close();
  });
});
