/**
 * Every write of the board: load the write module, run, tell other tabs, reload. Writes run one
 * after the other (a quick → → must land in order) and the board reloads only when none is
 * pending, so a card moved ahead of the store never jumps back (and loses focus) in between.
 */
import { useRef } from 'preact/hooks';
import { notifyChanged } from '@/lib/changes';
import { openPipelineDb, type PipelineDatabase } from '@/lib/db';
import { describeStorageError } from '@/lib/storage-errors';

export type Writes = typeof import('./writes');
/** Runs a write; resolves true when it worked. Problems go to `onError` (default: the banner). */
export type Write = (work: (writes: Writes, db: PipelineDatabase) => Promise<unknown>, onError?: (message: string) => void) => Promise<boolean>;

export function useWriteQueue(reload: () => Promise<void>, setProblem: (problem: string | undefined) => void) {
  const pending = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const write: Write = async (work, onError = setProblem) => {
    pending.current++;
    const run = queue.current.then(async () => {
      try {
        const writes = await import('./writes');
        const db = await openPipelineDb();
        try {
          await work(writes, db);
        } finally {
          db.close();
        }
        notifyChanged();
        setProblem(undefined);
        return true;
      } catch (failure) {
        onError(describeStorageError(failure));
        return false;
      }
    });
    queue.current = run.then(() => undefined);
    const ok = await run;
    if (--pending.current === 0) await reload();
    return ok;
  };

  /** True while a write is queued or running: loads heard from elsewhere wait for it. */
  const writing = () => pending.current > 0;
  return { write, writing };
}
