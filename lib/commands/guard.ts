/**
 * The database as a command sees it: readwrite transactions only over the stores the command
 * declared, and — unless it says why it needs more — only one of them, so a command that fails
 * writes nothing. With no stores declared the handle is read-only (lib/reads/index.ts). The handle also
 * counts what the command wrote, so the runner announces a change only when there was one.
 */
import type { StoreNames } from 'idb';
import type { Database, DatabaseSchema } from '../store/db';

export type StoreName = StoreNames<DatabaseSchema>;

/** Shortcut methods of idb's database: they open their own transaction through `this.transaction`. */
const SHORTCUTS = /^(get|getKey|getAll|getAllKeys|count|put|add|delete|clear)(FromIndex)?$/;

export class UndeclaredWriteError extends Error {
  override readonly name = 'UndeclaredWriteError';
}

export interface GuardOptions {
  stores: readonly StoreName[];
  /** More than one readwrite transaction (a command made of undoable steps, e.g. several merges). */
  manyTransactions?: boolean;
}

/** Requests that change a store (cursors write only in migrations, which run outside commands). */
const WRITES = /^(put|add|delete|clear)$/;

/** The guarded handle, and how many write requests the command made through it. */
export interface GuardedDb {
  db: Database;
  written: () => number;
}

/** Calls `onWrite` for every write request made on `target` (an idb store), then makes it. */
function counting<T extends object>(target: T, onWrite: () => void): T {
  return new Proxy(target, {
    get(store, property) {
      const value: unknown = Reflect.get(store, property);
      if (typeof value !== 'function') return value;
      const write = typeof property === 'string' && WRITES.test(property);
      return (...args: unknown[]) => {
        if (write) onWrite();
        return (value as (...rest: unknown[]) => unknown).apply(store, args);
      };
    },
  });
}

/** A readwrite transaction whose stores count their write requests. */
function countingTransaction<T extends object>(tx: T, onWrite: () => void): T {
  return new Proxy(tx, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (property === 'store' && value) return counting(value as object, onWrite);
      if (typeof value !== 'function') return value;
      if (property === 'objectStore')
        return (name: string) => counting((value as (n: string) => object).call(target, name), onWrite);
      return (...args: unknown[]) => (value as (...rest: unknown[]) => unknown).apply(target, args);
    },
  });
}

export function guardDb(db: Database, options: GuardOptions): Database {
  return guardWithCount(db, options).db;
}

export function guardWithCount(db: Database, { stores, manyTransactions = false }: GuardOptions): GuardedDb {
  let writes = 0;
  let written = 0;
  const onWrite = () => void written++;
  const transaction = (names: StoreName | StoreName[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) => {
    if (mode === 'readwrite') {
      const asked = Array.isArray(names) ? names : [names];
      const undeclared = asked.filter((name) => !stores.includes(name));
      if (undeclared.length > 0)
        throw new UndeclaredWriteError(`writes to undeclared stores: ${undeclared.join(', ')}`);
      const partner = asked.includes('organisations') || asked.includes('pipeline');
      if (partner && !asked.includes('summaries'))
        throw new UndeclaredWriteError('organisations/pipeline without summaries');
      if (++writes > 1 && !manyTransactions) throw new UndeclaredWriteError('a second readwrite transaction');
      return countingTransaction(db.transaction(names as StoreName[], mode, options), onWrite);
    }
    return db.transaction(names as StoreName[], mode, options);
  };
  const guarded: Database = new Proxy(db, {
    get(target, property) {
      if (property === 'transaction') return transaction;
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      // Shortcuts run on the guard, so their transaction is checked too; the rest on the real handle.
      const self = typeof property === 'string' && SHORTCUTS.test(property) ? guarded : target;
      return (...args: unknown[]) => (value as (...rest: unknown[]) => unknown).apply(self, args);
    },
  });
  return { db: guarded, written: () => written };
}
