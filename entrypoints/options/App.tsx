import { useEffect, useState } from 'preact/hooks';
import { BackupNudge } from '@/components/BackupNudge';
import { ExportControls } from '@/components/ExportControls';
import { ImportPreview } from '@/components/ImportPreview';
import { backupNudge, readBackupState, UPGRADE_BLOCKED_MESSAGE } from '@/lib/backup';
import { CSV_DELIMITERS, defaultDelimiter, type CsvDelimiter } from '@/lib/csv';
import { openPipelineDb, type PipelineDatabase } from '@/lib/db';
import { downloadBackup, downloadCsv } from '@/lib/download';
import { formatNumber } from '@/lib/format';
import { i18n } from '@/lib/i18n';
import { applyPreviewed, describeImportError, describeOtherStores, describeResult, previewImport, readBackupFile, type Backup, type ImportMode, type ImportPreview as Preview } from '@/lib/import';

interface Pending {
  fileName: string;
  backup: Backup;
  preview: Preview;
  mode: ImportMode;
  /** Replace: the automatic backup taken before asking for confirmation. */
  safetyCopy?: string;
}

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
      return i18n.t('options.exportedJson', organisations, [formatNumber(organisations), fileName]);
    });
  const exportCsv = () =>
    run(async () => {
      const count = await downloadCsv(delimiter);
      return i18n.t('options.exportedCsv', count, [formatNumber(count)]);
    });

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
    setStatus(i18n.t('options.importCancelled'));
  };

  const apply = () =>
    pending &&
    run(async () => {
      if (pending.mode === 'replace' && !pending.safetyCopy) {
        const { fileName } = await downloadBackup('before-replace');
        setPending({ ...pending, safetyCopy: fileName });
        return i18n.t('options.safetySaved', [fileName]);
      }
      const result = await withDb((db) => applyPreviewed(db, pending, (preview) => setPending({ ...pending, preview, safetyCopy: undefined })));
      setPending(undefined);
      setFileInputKey((key) => key + 1);
      void refreshNudge();
      return describeResult(result);
    });

  return (
    <main class="pp-page">
      <h1>{i18n.t('options.title')}</h1>
      <p class="pp-lead">
        {i18n.t('options.lead')} <a href={browser.runtime.getURL('/privacy.html')}>{i18n.t('options.privacyLink')}</a>
      </p>
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
        <h2 id="pp-import-title">{i18n.t('options.importTitle')}</h2>
        <label class="pp-field">
          <span>{i18n.t('options.fileLabel')}</span>
          <input key={fileInputKey} type="file" accept=".json,application/json" disabled={busy} onChange={(event) => void chooseFile(event.currentTarget.files?.[0])} />
        </label>
        <p class="pp-hint">{i18n.t('options.importHint')}</p>
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
