/**
 * The one write queue of the extension pages: every change runs as a command (lib/commands),
 * one after the other (a quick → → must land in order), and the view reloads only when none is
 * pending, so a card moved ahead of the store never jumps back (and loses focus) in between.
 * The runner tells the other views; problems go to `onError` in plain words.
 */
import { useRef } from 'preact/hooks';
import { command, type RunCommand } from '@/lib/commands/client';
import { describeStorageError } from '@/lib/i18n/storage-errors';

export type WriteOutcome<T> = { ok: true; value: T } | { ok: false };
/** Whether the write worked, for the forms that only need to know that. */
export const worked = (outcome: Promise<WriteOutcome<unknown>>): Promise<boolean> => outcome.then(({ ok }) => ok);
/** Runs `work` with the command runner; `onError` (default: the view's banner) hears a failure. */
export type Write = <T>(
  work: (run: RunCommand) => Promise<T>,
  onError?: (message: string) => void,
) => Promise<WriteOutcome<T>>;

export function useWriteQueue(reload: () => Promise<void>, setProblem: (problem: string | undefined) => void) {
  const pending = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const write: Write = async <T>(
    work: (run: RunCommand) => Promise<T>,
    onError: (message: string) => void = setProblem,
  ) => {
    pending.current++;
    const run = queue.current.then(async (): Promise<WriteOutcome<T>> => {
      try {
        const value = await work(command);
        setProblem(undefined);
        return { ok: true, value };
      } catch (failure) {
        onError(describeStorageError(failure));
        return { ok: false };
      }
    });
    queue.current = run;
    const outcome = await run;
    if (--pending.current === 0) await reload();
    return outcome;
  };

  /** True while a write is queued or running: loads heard from elsewhere wait for it. */
  const writing = () => pending.current > 0;
  return { write, writing };
}
