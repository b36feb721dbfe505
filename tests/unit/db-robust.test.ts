/**
 * Opening the database robustly (issue 15, items 8 and 9): a blocked or busy database answers a
 * page within a second; a failed upgrade says what happened and leaves the data exportable; one
 * bad old record is set aside instead of stopping the upgrade of the rest.
 */
import { describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { BlockedError, DB_VERSION, MigrationError, openAsItIs, openDatabase } from '@/lib/store/db';
import { buildExport } from '@/lib/backup/exchange';
import { createMessageHandler } from '@/lib/background/handlers';
import { describeStorageError } from '@/lib/i18n/storage-errors';
import { OTLAS_PAGE } from './test-data';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
let counter = 0;
const uniqueName = (label: string) => `robust-${label}-${Date.now()}-${counter++}`;
const at = '2024-05-01T10:00:00.000Z';
const v1Organisation = (id: string, name: unknown) => ({
  id,
  name,
  platformIds: [],
  sourceUrls: [],
  contacts: [],
  createdAt: at,
  updatedAt: at,
  sources: [{ origin: 'manual', pageType: 'unknown', savedAt: at, extracted: { name: String(name) }, warnings: [] }],
});

/** A version 1 database as the first release wrote it; `extra` adds a store a later version creates. */
async function version1(name: string, organisations: unknown[], extra?: string): Promise<IDBPDatabase> {
  const db = await openDB(name, 1, {
    upgrade(database) {
      const store = database.createObjectStore('organisations', { keyPath: 'id' });
      for (const [index, path, multiEntry] of [
        ['by-oid', 'oid', false],
        ['by-pic', 'pic', false],
        ['by-platform-id', 'platformIds', true],
        ['by-source-url', 'sourceUrls', true],
        ['by-updated', 'updatedAt', false],
      ] as const) {
        store.createIndex(index, path, { multiEntry });
      }
      const pipeline = database.createObjectStore('pipeline', { keyPath: 'orgId' });
      pipeline.createIndex('by-stage', 'stageId');
      pipeline.createIndex('by-follow-up', 'nextFollowUp');
      database.createObjectStore('meta');
      if (extra) database.createObjectStore(extra);
    },
  });
  for (const organisation of organisations) {
    await db.put('organisations', organisation);
    await db.put('pipeline', {
      orgId: (organisation as { id: string }).id,
      stageId: 'to-contact',
      tags: [],
      notes: [],
      history: [],
      updatedAt: at,
    });
  }
  return db;
}

describe('a database held by another window', () => {
  it('answers the page "updated in another window" within a second when the upgrade is blocked', async () => {
    const name = uniqueName('blocked');
    // Another window keeps the old version open and does not step aside.
    const old = await version1(name, [v1Organisation('a', 'Alpha')]);
    const handle = createMessageHandler({
      extensionId: EXTENSION_ID,
      extensionOrigin: ORIGIN,
      openDb: () => openDatabase({ name, timeoutMs: 1000 }),
      openBoard: async () => undefined,
      fetchProject: async () => ({ ok: false as const, reason: 'unused' }),
    });
    const started = Date.now();
    const reply = await handle(
      { type: 'stages.list' },
      { id: EXTENSION_ID, url: OTLAS_PAGE, tab: { id: 1, url: OTLAS_PAGE } },
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/updated in another window/) });
    old.close();
  });

  it('gives up after the timeout while another window’s upgrade is still running', async () => {
    const name = uniqueName('busy');
    const end = Date.now() + 1500;
    const other = openDB(name, DB_VERSION, {
      upgrade(_db, _old, _new, tx) {
        const store = tx.db.createObjectStore('meta');
        // A long upgrade: the transaction stays busy until `end`.
        const spin = (): void => void (Date.now() < end && store.get('x').then(spin));
        spin();
      },
    });
    const started = Date.now();
    await expect(openDatabase({ name, timeoutMs: 300 })).rejects.toBeInstanceOf(BlockedError);
    expect(Date.now() - started).toBeLessThan(1000);
    (await other).close();
  });
});

describe('upgrading old data', () => {
  it('sets one unreadable old record aside and upgrades the rest', async () => {
    const name = uniqueName('bad-record');
    (
      await version1(name, [v1Organisation('a', 'Alpha Verein'), v1Organisation('b', 42), v1Organisation('c', 'Gamma')])
    ).close();
    const db = await openDatabase({ name });
    expect((await db.getAll('organisations')).map((org) => [org.id, org.nameKey])).toEqual([
      ['a', '??|alpha'],
      ['c', '??|gamma'],
    ]);
    expect(await db.get('pipeline', 'b')).toBeUndefined();
    const setAside = (await db.get('meta', 'setAside')) as {
      key: string;
      value: { organisation: { name: unknown } };
    }[];
    expect(setAside).toMatchObject([
      { store: 'organisations', key: 'b', value: { organisation: { name: 42 }, entry: { orgId: 'b' } } },
    ]);
    // Kept exportable: the backup carries it whole.
    const backup = await buildExport(db, 'test');
    expect(backup.setAside).toHaveLength(1);
    expect(backup.counts.organisations).toBe(2);
    db.close();
  });

  it('that fails says what happened, that nothing was lost and how to export, and stays exportable', async () => {
    const name = uniqueName('failed');
    // A store the upgrade wants to create already exists: the upgrade cannot finish.
    (await version1(name, [v1Organisation('a', 'Alpha'), v1Organisation('b', 'Beta')], 'notSame')).close();
    const failure = await openDatabase({ name }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    const said = describeStorageError(failure);
    expect(said).toMatch(/could not update its stored data/);
    expect(said).toMatch(/Nothing was lost/);
    expect(said).toMatch(/Export \(JSON\)/);
    expect(said).not.toMatch(/interrupted|try again\.$/);
    const asItIs = await openAsItIs(name);
    expect(asItIs.version).toBe(1);
    const backup = await buildExport(asItIs, 'test');
    expect(backup.data.organisations.map((org) => org.id)).toEqual(['a', 'b']);
    asItIs.close();
  });
});
