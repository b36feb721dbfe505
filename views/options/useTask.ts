import { useState } from 'preact/hooks';

export type Run = (task: () => Promise<string | undefined>) => Promise<void>;

/** Runs one user action at a time: busy while it runs, then its result or its failure in plain words. */
export function useTask(describe: (failure: unknown) => string) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const run: Run = async (task) => {
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    try {
      setStatus(await task());
    } catch (failure) {
      setError(describe(failure));
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, setStatus, error, setError, run };
}
