/**
 * Discover's own database, apart from the pipeline (lib/store/db.ts): imported projects keyed by their
 * identifier and the files they came from. One index only — projects by file — which removing a
 * file's data needs; ranking runs on the in-memory catalogue, not on indexes.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { mergeProject, withoutFile } from './merge-projects';
import type { ImportedFile, Project } from './types';

export const DISCOVER_DB_NAME = 'partner-pipeline-discover';
export const DISCOVER_DB_VERSION = 1;

export interface DiscoverDB extends DBSchema {
  projects: { key: string; value: Project; indexes: { 'by-file': string } };
  files: { key: string; value: ImportedFile };
}
export type DiscoverDatabase = IDBPDatabase<DiscoverDB>;

export async function openDiscoverDb(name = DISCOVER_DB_NAME): Promise<DiscoverDatabase> {
  const db = await openDB<DiscoverDB>(name, DISCOVER_DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const projects = database.createObjectStore('projects', { keyPath: 'identifier' });
        projects.createIndex('by-file', 'files', { multiEntry: true });
        database.createObjectStore('files', { keyPath: 'id' });
      }
    },
    blocking() {
      db.close();
    },
  });
  return db;
}

/** Approximate stored size of a record (JSON characters): what the user is shown per file. */
export const recordBytes = (value: unknown) => JSON.stringify(value).length;

/**
 * Stores one read file in one transaction: it lands whole or not at all (a Cancel aborts it).
 * Projects already stored from another file keep that file in their provenance.
 */
export async function saveImport(
  db: DiscoverDatabase,
  file: ImportedFile,
  projects: Iterable<Project>,
  signal?: AbortSignal,
): Promise<ImportedFile> {
  const tx = db.transaction(['projects', 'files'], 'readwrite');
  const abort = () => tx.abort();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    const store = tx.objectStore('projects');
    const known = new Set(await store.getAllKeys());
    let bytes = 0;
    const writes: Promise<unknown>[] = [];
    for (const project of projects) {
      bytes += recordBytes(project);
      if (!known.has(project.identifier)) writes.push(store.put(project));
      else writes.push(store.get(project.identifier).then((stored) => store.put(mergeProject(stored, project))));
    }
    const saved = { ...file, storedBytes: bytes };
    writes.push(tx.objectStore('files').put(saved));
    await Promise.all(writes);
    await tx.done;
    return saved;
  } catch (error) {
    await tx.done.catch(() => undefined);
    throw signal?.aborted ? (signal.reason ?? error) : error;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}

export function listFiles(db: DiscoverDatabase): Promise<ImportedFile[]> {
  return db.getAll('files');
}

export function loadProjects(db: DiscoverDatabase): Promise<Project[]> {
  return db.getAll('projects');
}

/** Removes a file's data: its projects go, unless another imported file has them too. */
export async function removeFile(db: DiscoverDatabase, fileId: string): Promise<void> {
  const tx = db.transaction(['projects', 'files'], 'readwrite');
  const store = tx.objectStore('projects');
  let cursor = await store.index('by-file').openCursor(fileId);
  while (cursor) {
    const kept = withoutFile(cursor.value, fileId);
    if (kept) await cursor.update(kept);
    else await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.objectStore('files').delete(fileId);
  await tx.done;
}
