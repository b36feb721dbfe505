import { useEffect, useState } from 'preact/hooks';
import '@/components/rules/rules.css';
import { RuleImportPreview } from '@/components/rules/RuleImportPreview';
import { RuleList } from '@/components/rules/RuleList';
import { openPipelineDb, type PipelineDatabase } from '@/lib/db';
import { downloadText } from '@/lib/download';
import { i18n } from '@/lib/i18n';
import { readRulesFile, rulesFileName, rulesFileText } from '@/lib/page-rules/file';
import { planRulesImport, type RuleImportRow } from '@/lib/page-rules/plan';
import type { PageRule } from '@/lib/page-rules/types';
import { deletePageRules, importPageRules, readPageRules, setRuleLabel } from '@/lib/page-rules-store';
import { describeRulesError, groupsOf, importRowsOf } from './page-rules-view';

interface Pending {
  fileName: string;
  rows: RuleImportRow[];
  replaceMine: Set<string>;
}

const withDb = async <T,>(use: (db: PipelineDatabase) => Promise<T>): Promise<T> => {
  const db = await openPipelineDb();
  try {
    return await use(db);
  } finally {
    db.close();
  }
};

const toggled = (set: ReadonlySet<string>, id: string, on: boolean): Set<string> => {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

/** Options → Page rules: what the user taught on platform pages, shared and received as files. */
export function PageRules() {
  const [rules, setRules] = useState<PageRule[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [fileKey, setFileKey] = useState(0);

  const reload = () => withDb(readPageRules).then(setRules);
  useEffect(() => void reload(), []);

  const run = async (task: () => Promise<string | undefined>) => {
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    try {
      setStatus(await task());
    } catch (failure) {
      setError(describeRulesError(failure));
    } finally {
      setBusy(false);
    }
  };

  const choose = (id: string, on: boolean) => setChosen((current) => toggled(current, id, on));
  const remove = (id: string) => run(async () => {
    await withDb((db) => deletePageRules(db, [id]));
    choose(id, false);
    await reload();
    return i18n.t('rules.deleted');
  });
  const relabel = (id: string, label: string) => run(async () => {
    const changed = await withDb((db) => setRuleLabel(db, id, label));
    await reload();
    return changed ? i18n.t('rules.labelSaved') : i18n.t('rules.labelRefused');
  });
  const exportChosen = () => run(async () => {
    const at = new Date();
    const picked = rules.filter((rule) => chosen.has(rule.id));
    downloadText(rulesFileText(picked, at), rulesFileName(at), 'application/json');
    return i18n.t('rules.exported', picked.length, [String(picked.length)]);
  });
  const chooseFile = (file: File | undefined) => file && run(async () => {
    setPending(undefined);
    const incoming = await readRulesFile(file);
    const current = await withDb(readPageRules);
    setPending({ fileName: file.name, rows: planRulesImport(current, incoming), replaceMine: new Set() });
    return undefined;
  });
  const toggleMine = (id: string, on: boolean) => pending && setPending({ ...pending, replaceMine: toggled(pending.replaceMine, id, on) });
  const finish = (message: string) => {
    setPending(undefined);
    setFileKey((key) => key + 1);
    return message;
  };
  const apply = () => pending && run(async () => {
    const written = await withDb((db) => importPageRules(db, pending.rows, pending.replaceMine));
    await reload();
    return finish(i18n.t('rules.importDone', written, [String(written)]));
  });

  return (
    <section class="pp-section" aria-labelledby="pp-rules-title">
      <h2 id="pp-rules-title">{i18n.t('rules.title')}</h2>
      <p class="pp-hint">{i18n.t('rules.lead')}</p>
      {error && <p class="pp-banner" role="alert">{error}</p>}
      <p class="pp-result" role="status" hidden={!status}>{status}</p>
      <RuleList groups={groupsOf(rules)} chosen={chosen} busy={busy} onChoose={choose} onLabelChange={(id, label) => void relabel(id, label)} onDelete={(id) => void remove(id)} onExport={() => void exportChosen()} />
      <label class="pp-field">
        <span>{i18n.t('rules.fileLabel')}</span>
        <input key={fileKey} type="file" accept=".json,application/json" disabled={busy} onChange={(event) => void chooseFile(event.currentTarget.files?.[0])} />
      </label>
      {pending && (
        <RuleImportPreview fileName={pending.fileName} rows={importRowsOf(pending.rows)} replaceMine={pending.replaceMine} busy={busy} onReplaceMine={toggleMine} onApply={() => void apply()} onCancel={() => setStatus(finish(i18n.t('rules.importCancelled')))} />
      )}
    </section>
  );
}
