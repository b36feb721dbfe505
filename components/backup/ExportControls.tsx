import type { CsvDelimiter } from '@/lib/backup/csv';
import { i18n } from '@/lib/i18n';

interface ExportControlsProps {
  delimiter: CsvDelimiter;
  delimiters: { value: CsvDelimiter; label: string }[];
  onDelimiterChange: (delimiter: CsvDelimiter) => void;
  onExportJson: () => void;
  onExportCsv: () => void;
  busy?: boolean;
}

/** Export: the complete JSON backup, and a CSV of the organisations for a spreadsheet. */
export function ExportControls({
  delimiter,
  delimiters,
  onDelimiterChange,
  onExportJson,
  onExportCsv,
  busy = false,
}: ExportControlsProps) {
  return (
    <section class="pp-section" aria-labelledby="pp-export-title">
      <h2 id="pp-export-title">{i18n.t('options.export.title')}</h2>
      <div class="pp-option">
        <button type="button" class="pp-button pp-button--primary" onClick={onExportJson} disabled={busy}>
          {i18n.t('options.export.json')}
        </button>
        <p class="pp-hint">{i18n.t('options.export.jsonHint')}</p>
      </div>
      <div class="pp-option">
        <button type="button" class="pp-button" onClick={onExportCsv} disabled={busy}>
          {i18n.t('options.export.csv')}
        </button>
        <label class="pp-field">
          <span>{i18n.t('options.export.separator')}</span>
          <select value={delimiter} onChange={(event) => onDelimiterChange(event.currentTarget.value as CsvDelimiter)}>
            {delimiters.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <p class="pp-hint">{i18n.t('options.export.csvHint')}</p>
      </div>
    </section>
  );
}
