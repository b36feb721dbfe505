import { useEffect, useState } from 'preact/hooks';
import { command, type RunCommand } from '@/lib/commands/client';
import { readDatabase } from '@/lib/reads';
import { readOutreachSettings, type OutreachSettings } from '@/lib/reads/settings';
import { describeStorageError } from '@/lib/i18n/storage-errors';
import { useTask } from './useTask';

/**
 * The outreach settings as stored (the cadence also as the text being edited), and `run`, which
 * saves one change as a command (which tells other pages), reloads and says what was done or what went wrong.
 */
export function useOutreachSettings() {
  const [settings, setSettings] = useState<OutreachSettings>();
  const [cadence, setCadence] = useState('');
  const task = useTask(describeStorageError);

  const load = () =>
    readDatabase((db) => readOutreachSettings(db, navigator.language.split('-')[0])).then((loaded) => {
      setSettings(loaded);
      setCadence(loaded.cadence.join(', '));
    });
  useEffect(() => void load().catch((failure) => task.setError(describeStorageError(failure))), []);

  const run = (change: (run: RunCommand) => Promise<unknown>, done: string) =>
    task.run(async () => {
      await change(command);
      await load();
      return done;
    });
  const { status, error: problem, setError: setProblem, busy } = task;
  return { settings, cadence, setCadence, status, problem, setProblem, busy, run };
}
