import { useEffect, useState } from 'preact/hooks';
import { BackupNudge } from '@/components/BackupNudge';
import { ExportControls } from '@/components/ExportControls';
import { ImportPreview } from '@/components/ImportPreview';
import { backupNudge, readBackupState, UPGRADE_BLOCKED_MESSAGE } from '@/lib/backup';
import { CSV_DELIMITERS, defaultDelimiter, type CsvDelimiter } from '@/lib/csv';
import { openPipelineDb, type PipelineDatabase } from '@/lib/db';
import { downloadBackup, downloadCsv } from '@/lib/download';
import { applyImport, describeImportError, describeOtherStores, describeResult, previewImport, readBackupFile, type Backup, type ImportMode, type ImportPreview as Preview } from '@/lib/import';

interface Pending {
  fileName: string;
  backup: Backup;
  preview: Preview;
  mode: ImportMode;
  /** Replace: the automatic backup taken before asking for confirmation. */
  safetyCopy?: string;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The options page's container: owns the database calls, hands plain data to the components. */
export function App() {
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(() => defaultDelimiter(navigator.language));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [nudge, setNudge] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>();
  const [fileInputKey, setFileInputKey] = useState(0);

  const withDb = async <T,>(use: (db: PipelineDatabase) => Promise<T>): Promise<T> => {
    const db = await openPipelineDb({ onBlocked: () => setError(UPGRADE_BLOCKED_MESSAGE) });
    try {
      return await use(db);
    } finally {
      db.close();
    }
  };
  const refreshNudge = () => withDb(readBackupState).then((state) => setNudge(backupNudge(state)), () => setNudge(null));

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

  useEffect(() => void refreshNudge(), []);

  const exportJson = () =>
    run(async () => {
      const { fileName, organisations } = await downloadBackup();
      void refreshNudge();
      return `Exported ${plural(organisations, 'organisation')} to ${fileName}.`;
    });
  const exportCsv = () => run(async () => `Exported ${plural(await downloadCsv(delimiter), 'organisation')} as CSV.`);

  const chooseFile = (file: File | undefined) =>
    file &&
    run(async () => {
      setPending(undefined);
      const backup = await readBackupFile(file);
      const preview = await withDb((db) => previewImport(db, backup, 'merge'));
      setPending({ fileName: file.name, backup, preview, mode: 'merge' });
      return undefined;
    });

  const changeMode = (mode: ImportMode) => {
    if (!pending) return;
    setPending({ ...pending, mode }); // the choice shows at once; the counts follow
    void run(async () => {
      const preview = await withDb((db) => previewImport(db, pending.backup, mode));
      setPending((current) => current && { ...current, preview, mode });
      return undefined;
    });
  };

  const cancel = () => {
    setPending(undefined);
    setFileInputKey((key) => key + 1);
    setStatus('Import cancelled; nothing was changed.');
  };

  const apply = () =>
    pending &&
    run(async () => {
      if (pending.mode === 'replace' && !pending.safetyCopy) {
        const { fileName } = await downloadBackup('before-replace');
        setPending({ ...pending, safetyCopy: fileName });
        return `Your current data was saved as ${fileName}.`;
      }
      const result = await withDb((db) => applyImport(db, pending.backup, pending.mode));
      setPending(undefined);
      setFileInputKey((key) => key + 1);
      void refreshNudge();
      return describeResult(result);
    });

  return (
    <main class="pp-page">
      <h1>Partner Pipeline — backup and import</h1>
      <p class="pp-lead">Your partners live only in this browser. Keep a backup file somewhere safe, and restore it here.</p>
      {nudge && <BackupNudge message={nudge} onExport={() => void exportJson()} onDismiss={() => setNudge(null)} busy={busy} />}
      {error && <p class="pp-banner" role="alert">{error}</p>}
      <p class="pp-result" role="status" hidden={!status}>
        {status}
      </p>
      <ExportControls
        delimiter={delimiter}
        delimiters={CSV_DELIMITERS}
        onDelimiterChange={setDelimiter}
        onExportJson={() => void exportJson()}
        onExportCsv={() => void exportCsv()}
        busy={busy}
      />
      <section class="pp-section" aria-labelledby="pp-import-title">
        <h2 id="pp-import-title">Import</h2>
        <label class="pp-field">
          <span>Backup file (.json)</span>
          <input key={fileInputKey} type="file" accept=".json,application/json" disabled={busy} onChange={(event) => void chooseFile(event.currentTarget.files?.[0])} />
        </label>
        <p class="pp-hint">You see what the file holds before anything is changed. Nothing is written if the file is damaged.</p>
        {pending && (
          <ImportPreview
            fileName={pending.fileName}
            exportedAt={pending.backup.exportedAt}
            preview={pending.preview}
            mode={pending.mode}
            onModeChange={changeMode}
            onApply={() => void apply()}
            onCancel={cancel}
            safetyCopy={pending.safetyCopy}
            note={describeOtherStores(pending.preview)}
            busy={busy}
          />
        )}
      </section>
    </main>
  );
}
