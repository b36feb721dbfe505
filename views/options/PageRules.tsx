import { useEffect, useState } from 'preact/hooks';
import '@/components/rules/rules.css';
import { RuleImportPreview } from '@/components/rules/RuleImportPreview';
import { RuleList } from '@/components/rules/RuleList';
import { downloadText } from '@/lib/dom/download-file';
import { i18n } from '@/lib/i18n';
import { rulesFileName, rulesFileText } from '@/lib/page-rules/file';
import type { PageRule } from '@/lib/page-rules/types';
import { command } from '@/lib/commands/client';
import { readDatabase } from '@/lib/reads';
import { readPageRules } from '@/lib/reads/settings';
import { testOnTab, toggled, useRulesImport, useRulesTask } from './page-rules-hooks';
import { groupsOf, importRowsOf } from './page-rules-view';

/** Options → Page rules: what the user taught on platform pages, shared and received as files. */
export function PageRules() {
  const [rules, setRules] = useState<PageRule[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const { busy, status, error, run, setStatus } = useRulesTask();
  const reload = () => readDatabase(readPageRules).then(setRules);
  const { pending, fileKey, chooseFile, toggleMine, apply, cancel } = useRulesImport(run, reload, setStatus);
  useEffect(() => void reload(), []);

  const choose = (id: string, on: boolean) => setChosen((current) => toggled(current, id, on));
  const remove = (id: string) =>
    run(async () => {
      await command('pageRules.delete', { ruleIds: [id] });
      choose(id, false);
      await reload();
      return i18n.t('rules.deleted');
    });
  const relabel = (id: string, label: string) =>
    run(async () => {
      const changed = await command('pageRules.setLabel', { ruleId: id, label });
      await reload();
      return changed ? i18n.t('rules.labelSaved') : i18n.t('rules.labelRefused');
    });
  const test = testOnTab(run, reload);
  const exportChosen = () =>
    run(async () => {
      const at = new Date();
      const picked = rules.filter((rule) => chosen.has(rule.id));
      downloadText(rulesFileText(picked, at), rulesFileName(at), 'application/json');
      return i18n.t('rules.exported', picked.length, [String(picked.length)]);
    });

  return (
    <section class="pp-section" aria-labelledby="pp-rules-title">
      <h2 id="pp-rules-title">{i18n.t('rules.title')}</h2>
      <p class="pp-hint">{i18n.t('rules.lead')}</p>
      {error && (
        <p class="pp-banner" role="alert">
          {error}
        </p>
      )}
      <p class="pp-result" role="status" hidden={!status}>
        {status}
      </p>
      <RuleList
        groups={groupsOf(rules)}
        chosen={chosen}
        busy={busy}
        onChoose={choose}
        onLabelChange={(id, label) => void relabel(id, label)}
        onDelete={(id) => void remove(id)}
        onTest={(id) => void test(id)}
        onExport={() => void exportChosen()}
      />
      <label class="pp-field">
        <span>{i18n.t('rules.fileLabel')}</span>
        <input
          key={fileKey}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => void chooseFile(event.currentTarget.files?.[0])}
        />
      </label>
      {pending && (
        <RuleImportPreview
          fileName={pending.fileName}
          rows={importRowsOf(pending.rows)}
          replaceMine={pending.replaceMine}
          busy={busy}
          onReplaceMine={toggleMine}
          onApply={() => void apply()}
          onCancel={cancel}
        />
      )}
    </section>
  );
}
