/**
 * The options page's state around its actions: busy while one runs, its result or its failure in
 * plain words, the read-only connection (said plainly when an upgrade waits), and the backup nudge.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PipelineDatabase } from '@/lib/db';
import { backupNudge, readBackupState, readPipeline, UPGRADE_BLOCKED_MESSAGE } from '@/lib/reads';
import { describeImportError } from '@/lib/reads-tools';

export type Read = <T>(use: (db: PipelineDatabase) => Promise<T>) => Promise<T>;

export function useOptionsTask() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [nudge, setNudge] = useState<string | null>(null);

  const read: Read = (use) => readPipeline(use, { onBlocked: () => setError(UPGRADE_BLOCKED_MESSAGE) });
  const refreshNudge = () =>
    read(readBackupState).then(
      (state) => setNudge(backupNudge(state)),
      () => setNudge(null),
    );
  useEffect(() => void refreshNudge(), []);

  /** Runs one user action: busy while it runs, its result or its failure in plain words. */
  const run = async (task: () => Promise<string | undefined>) => {
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    try {
      setStatus(await task());
    } catch (failure) {
      setError(describeImportError(failure));
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, setStatus, error, nudge, setNudge, read, refreshNudge, run };
}
