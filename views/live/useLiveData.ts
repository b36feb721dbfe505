/**
 * The one load loop of the extension pages (popup, board, ideas): load through lib/reads/index.ts when
 * the view opens and again whenever anything changes (here or in another tab, lib/protocol/changes.ts).
 * Loads never overlap: a change during a load queues exactly one more. While a write of this view
 * is pending (`writing()`), changes heard from elsewhere wait: the write queue reloads after it.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { onChanged } from '@/lib/protocol/changes';
import type { Database } from '@/lib/store/db';
import { readDatabase } from '@/lib/reads';
import { describeStorageError } from '@/lib/i18n/storage-errors';

export interface LoadContext<T> {
  db: Database;
  /** Shows what was read; skipped while a write is pending (what was read may be older than the screen). */
  show: (data: T) => void;
  /** True on the view's first load (paint the first screen fast, then the rest). */
  first: boolean;
  writing: () => boolean;
  /** Ask for one more load after this one (e.g. something was mended). */
  again: () => void;
}

export interface LiveDataOptions {
  /** Plain words for a failed load (default: the storage error's own). */
  describeError?: (error: unknown) => string;
  writing?: () => boolean;
}

export function useLiveData<T>(load: (context: LoadContext<T>) => Promise<void>, options: LiveDataOptions = {}) {
  const { describeError = describeStorageError, writing = () => false } = options;
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const busy = useRef<Promise<void>>();
  const queued = useRef(false);
  const loads = useRef(0);

  const loadOnce = () =>
    readDatabase(
      (db) => {
        const context: LoadContext<T> = {
          db,
          show: (next) => {
            if (writing()) return;
            setData(next);
            setError(undefined);
          },
          first: loads.current++ === 0,
          writing,
          again: () => void (queued.current = true),
        };
        return load(context);
      },
      { onBlocked: () => setError(describeStorageError({ name: 'BlockedError' })) },
    );

  const reload = (): Promise<void> => {
    if (busy.current) {
      queued.current = true;
      return busy.current;
    }
    busy.current = (async () => {
      try {
        do {
          queued.current = false;
          await loadOnce();
        } while (queued.current);
      } catch (failure) {
        setError(describeError(failure));
      } finally {
        busy.current = undefined;
      }
    })();
    return busy.current;
  };

  // Layout effect: the read starts with the first render, not a frame later (first paint waits for it).
  useLayoutEffect(() => {
    void reload();
    return onChanged(() => {
      if (!writing()) void reload();
    });
  }, []);

  return { data, setData, error, reload };
}
