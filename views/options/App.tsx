import { useState } from 'preact/hooks';
import { BackupNudge } from '@/components/backup/BackupNudge';
import { ExportControls } from '@/components/backup/ExportControls';
import { downloadBackup, downloadCsv } from '@/lib/reads/download';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { CSV_DELIMITERS, defaultDelimiter, type CsvDelimiter } from '@/lib/reads/tools';
import { PageRules } from './PageRules';
import { YourOrganisation } from './YourOrganisation';
import { ImportSection } from './ImportSection';
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

  return (
    <main class="pp-page">
      <h1>{i18n.t('options.title')}</h1>
      <p class="pp-lead">
        {i18n.t('options.lead')} <a href={browser.runtime.getURL('/privacy.html')}>{i18n.t('options.privacyLink')}</a>
      </p>
      {nudge && (
        <BackupNudge message={nudge} onExport={() => void exportJson()} onDismiss={() => setNudge(null)} busy={busy} />
      )}
      {error && (
        <p class="pp-banner" role="alert">
          {error}
        </p>
      )}
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
      <ImportSection run={run} read={read} onImported={() => void refreshNudge()} onCancelled={setStatus} busy={busy} />
      <PageRules />
    </main>
  );
}
