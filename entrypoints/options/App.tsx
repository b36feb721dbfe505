import { useState } from 'preact/hooks';
import { BackupNudge } from '@/components/BackupNudge';
import { ExportControls } from '@/components/ExportControls';
import { ImportPreview } from '@/components/ImportPreview';
import { downloadBackup, downloadCsv } from '@/lib/download';
import { formatNumber } from '@/lib/format';
import { i18n } from '@/lib/i18n';
import { CSV_DELIMITERS, defaultDelimiter, describeOtherStores, type CsvDelimiter } from '@/lib/reads-tools';
import { PageRules } from './PageRules';
import { YourOrganisation } from './YourOrganisation';
import { useImportFlow } from './useImportFlow';
import { useOptionsTask } from './useOptionsTask';

/** The options page's container: reads and changes through hooks, hands plain data to the components. */
export function App() {
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(() => defaultDelimiter(navigator.language));
  const { busy, status, setStatus, error, nudge, setNudge, read, refreshNudge, run } = useOptionsTask();

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

  const { pending, fileInputKey, chooseFile, changeMode, cancel, apply } = useImportFlow(run, read, () => void refreshNudge(), setStatus);

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
      <YourOrganisation />
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
      <PageRules />
    </main>
  );
}
