import { useEffect, useState } from 'preact/hooks';
import { notifyChanged } from '@/lib/changes';
import { openPipelineDb, type PipelineDatabase } from '@/lib/db';
import { readOutreachSettings, type OutreachSettings } from '@/lib/outreach/settings';
import { describeStorageError } from '@/lib/storage-errors';

async function withDb<T>(use: (db: PipelineDatabase) => Promise<T>): Promise<T> {
  const db = await openPipelineDb();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

/**
 * The outreach settings as stored (the cadence also as the text being edited), and `run`, which
 * saves one change, tells other pages, reloads and says what was done or what went wrong.
 */
export function useOutreachSettings() {
  const [settings, setSettings] = useState<OutreachSettings>();
  const [cadence, setCadence] = useState('');
  const [status, setStatus] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = () =>
    withDb((db) => readOutreachSettings(db, navigator.language.split('-')[0])).then((loaded) => {
      setSettings(loaded);
      setCadence(loaded.cadence.join(', '));
    });
  useEffect(() => void load().catch((failure) => setProblem(describeStorageError(failure))), []);

  const run = async (
    task: (lib: typeof import('@/lib/outreach/settings'), db: PipelineDatabase) => Promise<unknown>,
    done: string,
  ) => {
    setBusy(true);
    setProblem(undefined);
    setStatus(undefined);
    try {
      const { z } = await import('zod');
      z.config({ jitless: true }); // extension pages forbid eval (MV3 CSP)
      const lib = await import('@/lib/outreach/settings');
      await withDb((db) => task(lib, db));
      notifyChanged();
      await load();
      setStatus(done);
    } catch (failure) {
      setProblem(describeStorageError(failure));
    } finally {
      setBusy(false);
    }
  };
  return { settings, cadence, setCadence, status, problem, setProblem, busy, run };
}
