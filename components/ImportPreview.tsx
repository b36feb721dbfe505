import type { ImportMode, ImportPreview as Preview, OrganisationRow, OrganisationStatus } from '@/lib/import';

interface ImportPreviewProps {
  fileName: string;
  /** When the backup was made (ISO). */
  exportedAt: string;
  preview: Preview;
  mode: ImportMode;
  onModeChange: (mode: ImportMode) => void;
  /** Merge: imports. Replace: first asks the container for the automatic backup, then imports. */
  onApply: () => void;
  onCancel: () => void;
  /** Replace mode, after the automatic backup: its file name; the user must now confirm. */
  safetyCopy?: string;
  /** What else the file holds, in words (project ideas, events…). */
  note?: string;
  busy?: boolean;
}

const LABELS: Record<OrganisationStatus, string> = {
  new: 'New',
  updated: 'Updated (details added)',
  unchanged: 'Unchanged',
  conflicting: 'Differences (your version kept)',
  rejected: 'Cannot be imported',
};
const SHOWN = 50;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summary(counts: Preview['counts']): string {
  const words: Record<OrganisationStatus, string> = { new: 'new', updated: 'updated', unchanged: 'unchanged', conflicting: 'with differences', rejected: 'cannot be imported' };
  const parts = (Object.keys(words) as OrganisationStatus[]).filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${words[status]}`);
  return parts.length ? parts.join(', ') : 'no organisations';
}

function RowList({ title, rows, detail }: { title: string; rows: OrganisationRow[]; detail: (row: OrganisationRow) => string[] }) {
  if (rows.length === 0) return null;
  return (
    <details class="pp-details" open={rows.length <= 10}>
      <summary>
        {title} ({rows.length})
      </summary>
      <ul>
        {rows.slice(0, SHOWN).map((row) => (
          <li key={row.fileId}>
            <strong>{row.name}</strong>: {detail(row).join('; ')}
          </li>
        ))}
        {rows.length > SHOWN && <li>… and {rows.length - SHOWN} more.</li>}
      </ul>
    </details>
  );
}

/** What an import would do: counts per status, why records cannot be imported, merge or replace. */
export function ImportPreview({ fileName, exportedAt, preview, mode, onModeChange, onApply, onCancel, safetyCopy, note, busy = false }: ImportPreviewProps) {
  const total = preview.rows.length;
  const importable = total - preview.counts.rejected;
  const when = exportedAt.slice(0, 10);
  return (
    <section class="pp-section" aria-labelledby="pp-preview-title">
      <h3 id="pp-preview-title">Import “{fileName}”</h3>
      <p class="pp-summary">
        Backup of {when} with {plural(total, 'organisation')}: <strong>{summary(preview.counts)}</strong>.
      </p>
      <table class="pp-table">
        <thead>
          <tr>
            <th scope="col">Organisations</th>
            <th scope="col">Count</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(LABELS) as OrganisationStatus[]).map((status) => (
            <tr key={status} class={`pp-status--${status}`}>
              <th scope="row">{LABELS[status]}</th>
              <td>{preview.counts[status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <RowList title="Cannot be imported" rows={preview.rows.filter((row) => row.status === 'rejected')} detail={(row) => row.reasons} />
      <RowList title="Your version kept" rows={preview.rows.filter((row) => row.status === 'conflicting')} detail={(row) => row.conflicts} />
      {note && <p class="pp-hint">{note}</p>}
      {preview.rejected.length > 0 && <p class="pp-hint">{plural(preview.rejected.length, 'other record')} in the file cannot be imported and will be skipped.</p>}
      {preview.settings.length > 0 && <p class="pp-hint">Your stages will change: the file adds stages you do not have.</p>}
      <fieldset class="pp-modes" disabled={busy || Boolean(safetyCopy)}>
        <legend>How to import</legend>
        <label>
          <input type="radio" name="pp-mode" value="merge" checked={mode === 'merge'} onChange={() => onModeChange('merge')} /> <strong>Merge</strong> (recommended): add new
          partners and fill in missing details; nothing you have is removed.
        </label>
        <label>
          <input type="radio" name="pp-mode" value="replace" checked={mode === 'replace'} onChange={() => onModeChange('replace')} /> <strong>Replace</strong>: delete
          everything you have and keep only this file. A backup of your current data is downloaded first.
        </label>
      </fieldset>
      {safetyCopy ? (
        <div class="pp-confirm" role="alertdialog" aria-labelledby="pp-confirm-text">
          <p id="pp-confirm-text">
            Your current data was saved as <strong>{safetyCopy}</strong> in your downloads. Replace all {plural(preview.removed, 'partner')} you have with the{' '}
            {plural(importable, 'organisation')} of this file?
          </p>
          <button type="button" class="pp-button pp-button--danger" onClick={onApply} disabled={busy}>
            Replace everything
          </button>{' '}
          <button type="button" class="pp-button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        </div>
      ) : (
        <div class="pp-actions">
          <button type="button" class="pp-button pp-button--primary" onClick={onApply} disabled={busy || (mode === 'merge' && importable === 0)}>
            {mode === 'merge' ? 'Import' : 'Back up my data, then replace…'}
          </button>{' '}
          <button type="button" class="pp-button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
