/** State of Options → Page rules: one user action at a time, and the import of a rules file with its preview. */
import { useState } from 'preact/hooks';
import { command } from '@/lib/commands/client';
import { i18n } from '@/lib/i18n';
import { readRulesFile } from '@/lib/page-rules/file';
import { planRulesImport, type RuleImportRow } from '@/lib/page-rules/plan';
import { readDatabase } from '@/lib/reads';
import { readPageRules } from '@/lib/reads/settings';
import { sendMessage } from '@/lib/protocol/send';
import { describeRulesError, ShownError, testResultText } from './page-rules-view';
import { useTask, type Run } from './useTask';

export const toggled = (set: ReadonlySet<string>, id: string, on: boolean): Set<string> => {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

export type { Run } from './useTask';

/** One action of Options → Page rules at a time, its failures in the rules' own words. */
export const useRulesTask = () => useTask(describeRulesError);

interface Pending {
  fileName: string;
  rows: RuleImportRow[];
  replaceMine: Set<string>;
}

/** A chosen rules file: read and checked, previewed, then written only as the user agreed. */
export function useRulesImport(run: Run, reload: () => Promise<void>, setStatus: (text: string) => void) {
  const [pending, setPending] = useState<Pending>();
  const [fileKey, setFileKey] = useState(0);
  const finish = (message: string) => {
    setPending(undefined);
    setFileKey((key) => key + 1);
    return message;
  };
  const chooseFile = (file: File | undefined) =>
    file &&
    run(async () => {
      setPending(undefined);
      const incoming = await readRulesFile(file);
      const current = await readDatabase(readPageRules);
      setPending({ fileName: file.name, rows: planRulesImport(current, incoming), replaceMine: new Set() });
      return undefined;
    });
  const toggleMine = (id: string, on: boolean) =>
    pending && setPending({ ...pending, replaceMine: toggled(pending.replaceMine, id, on) });
  const apply = () =>
    pending &&
    run(async () => {
      const written = await command('pageRules.import', { rows: pending.rows, replaceMine: [...pending.replaceMine] });
      await reload();
      return finish(i18n.t('rules.importDone', written, [String(written)]));
    });
  const cancel = () => setStatus(finish(i18n.t('rules.importCancelled')));
  return { pending, fileKey, chooseFile, toggleMine, apply, cancel };
}

/** Test on this tab: the background runs the rule in the platform tab looked at last; then "last worked" shows. */
export const testOnTab = (run: Run, reload: () => Promise<void>) => (id: string) =>
  run(async () => {
    const reply = await sendMessage({ type: 'pageRules.test', ruleId: id });
    if (!reply.ok) throw new ShownError(reply.error);
    await reload();
    return testResultText(reply.outcome);
  });
