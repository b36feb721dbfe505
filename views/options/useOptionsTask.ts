/**
 * The options page's state around its actions: busy while one runs, its result or its failure in
 * plain words, the read-only connection (said plainly when an upgrade waits), and the backup nudge.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Database } from '@/lib/store/db';
import { backupNudge, readBackupState, readDatabase, UPGRADE_BLOCKED_MESSAGE } from '@/lib/reads';
import { describeImportError } from '@/lib/reads/tools';
import { useTask } from './useTask';

export type Read = <T>(use: (db: Database) => Promise<T>) => Promise<T>;

export function useOptionsTask() {
  const { busy, status, setStatus, error, setError, run } = useTask(describeImportError);
  const [nudge, setNudge] = useState<string | null>(null);

  const read: Read = (use) => readDatabase(use, { onBlocked: () => setError(UPGRADE_BLOCKED_MESSAGE) });
  const refreshNudge = () =>
    read(readBackupState).then(
      (state) => setNudge(backupNudge(state)),
      () => setNudge(null),
    );
  useEffect(() => void refreshNudge(), []);

  return { busy, status, setStatus, error, nudge, setNudge, read, refreshNudge, run };
}
