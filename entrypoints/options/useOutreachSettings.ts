import { useEffect, useState } from 'preact/hooks';
import { command, type RunCommand } from '@/lib/commands/client';
import { readPipeline } from '@/lib/reads';
import { readOutreachSettings, type OutreachSettings } from '@/lib/reads-settings';
import { describeStorageError } from '@/lib/storage-errors';

/**
 * The outreach settings as stored (the cadence also as the text being edited), and `run`, which
 * saves one change as a command (which tells other pages), reloads and says what was done or what went wrong.
 */
export function useOutreachSettings() {
  const [settings, setSettings] = useState<OutreachSettings>();
  const [cadence, setCadence] = useState('');
  const [status, setStatus] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = () =>
    readPipeline((db) => readOutreachSettings(db, navigator.language.split('-')[0])).then((loaded) => {
      setSettings(loaded);
      setCadence(loaded.cadence.join(', '));
    });
  useEffect(() => void load().catch((failure) => setProblem(describeStorageError(failure))), []);

  const run = async (task: (change: RunCommand) => Promise<unknown>, done: string) => {
    setBusy(true);
    setProblem(undefined);
    setStatus(undefined);
    try {
      await task(command);
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
