import type { CsvDelimiter } from '@/lib/csv';

interface ExportControlsProps {
  delimiter: CsvDelimiter;
  delimiters: { value: CsvDelimiter; label: string }[];
  onDelimiterChange: (delimiter: CsvDelimiter) => void;
  onExportJson: () => void;
  onExportCsv: () => void;
  busy?: boolean;
}

/** Export: the complete JSON backup, and a CSV of the organisations for a spreadsheet. */
export function ExportControls({ delimiter, delimiters, onDelimiterChange, onExportJson, onExportCsv, busy = false }: ExportControlsProps) {
  return (
    <section class="pp-section" aria-labelledby="pp-export-title">
      <h2 id="pp-export-title">Export</h2>
      <div class="pp-option">
        <button type="button" class="pp-button pp-button--primary" onClick={onExportJson} disabled={busy}>
          Export JSON
        </button>
        <p class="pp-hint">A complete backup: organisations, sources, contacts, stages, notes, tags, history and follow-ups. Import it here to restore.</p>
      </div>
      <div class="pp-option">
        <button type="button" class="pp-button" onClick={onExportCsv} disabled={busy}>
          Export CSV
        </button>
        <label class="pp-field">
          <span>Separator</span>
          <select value={delimiter} onChange={(event) => onDelimiterChange(event.currentTarget.value as CsvDelimiter)}>
            {delimiters.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <p class="pp-hint">One row per organisation for Excel or LibreOffice. Not a backup: it cannot be imported.</p>
      </div>
    </section>
  );
}
