/**
 * The database as a command sees it: readwrite transactions only over the stores the command
 * declared, and — unless it says why it needs more — only one of them, so a command that fails
 * writes nothing. With no stores declared the handle is read-only (lib/reads.ts).
 */
import type { StoreNames } from 'idb';
import type { PipelineDatabase, PipelineDB } from '../db';

export type StoreName = StoreNames<PipelineDB>;

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

export function guardDb(db: PipelineDatabase, { stores, manyTransactions = false }: GuardOptions): PipelineDatabase {
  let writes = 0;
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
    }
    return db.transaction(names as StoreName[], mode, options);
  };
  const guarded: PipelineDatabase = new Proxy(db, {
    get(target, property) {
      if (property === 'transaction') return transaction;
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      // Shortcuts run on the guard, so their transaction is checked too; the rest on the real handle.
      const self = typeof property === 'string' && SHORTCUTS.test(property) ? guarded : target;
      return (...args: unknown[]) => (value as (...rest: unknown[]) => unknown).apply(self, args);
    },
  });
  return guarded;
}
