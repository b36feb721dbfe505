import type { ImportMode, ImportPreview as Preview, OrganisationStatus } from '@/lib/backup/import';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';
import { ImportModeChoice } from './ImportModeChoice';
import { ImportPreviewActions, organisationsText } from './ImportPreviewActions';
import { ImportRowList } from './ImportRowList';

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

const LABELS: Record<OrganisationStatus, () => string> = {
  new: () => i18n.t('import.preview.status.new'),
  updated: () => i18n.t('import.preview.status.updated'),
  unchanged: () => i18n.t('import.preview.status.unchanged'),
  conflicting: () => i18n.t('import.preview.status.conflicting'),
  rejected: () => i18n.t('import.preview.status.rejected'),
};

function summary(counts: Preview['counts']): string {
  const words: Record<OrganisationStatus, (n: [string]) => string> = {
    new: (n) => i18n.t('import.countNew', n),
    updated: (n) => i18n.t('import.countUpdated', n),
    unchanged: (n) => i18n.t('import.countUnchanged', n),
    conflicting: (n) => i18n.t('import.countWithDifferences', n),
    rejected: (n) => i18n.t('import.countRejected', n),
  };
  const parts = (Object.keys(words) as OrganisationStatus[])
    .filter((status) => counts[status] > 0)
    .map((status) => words[status]([formatNumber(counts[status])]));
  return parts.length ? parts.join(', ') : i18n.t('import.noOrganisations');
}

/** What an import would do: counts per status, why records cannot be imported, merge or replace. */
export function ImportPreview({
  fileName,
  exportedAt,
  preview,
  mode,
  onModeChange,
  onApply,
  onCancel,
  safetyCopy,
  note,
  busy = false,
}: ImportPreviewProps) {
  const total = preview.rows.length;
  const importable = total - preview.counts.rejected;
  return (
    <section class="pp-section" aria-labelledby="pp-preview-title">
      <h3 id="pp-preview-title">{i18n.t('import.preview.title', [fileName])}</h3>
      <p class="pp-summary">
        {richText([<strong>{summary(preview.counts)}</strong>], (counts) =>
          i18n.t('import.preview.summary', [formatDate(exportedAt), organisationsText(total), counts]),
        )}
      </p>
      <table class="pp-table">
        <thead>
          <tr>
            <th scope="col">{i18n.t('import.preview.organisations')}</th>
            <th scope="col">{i18n.t('import.preview.count')}</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(LABELS) as OrganisationStatus[]).map((status) => (
            <tr key={status} class={`pp-status--${status}`}>
              <th scope="row">{LABELS[status]()}</th>
              <td>{formatNumber(preview.counts[status])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ImportRowList
        title={i18n.t('import.preview.cannotImport')}
        rows={preview.rows.filter((row) => row.status === 'rejected')}
        detail={(row) => row.reasons}
      />
      <ImportRowList
        title={i18n.t('import.preview.yoursKept')}
        rows={preview.rows.filter((row) => row.status === 'conflicting')}
        detail={(row) => row.conflicts}
      />
      {note && <p class="pp-hint">{note}</p>}
      {preview.rejected.length > 0 && (
        <p class="pp-hint">
          {i18n.t('import.preview.otherRejected', preview.rejected.length, [formatNumber(preview.rejected.length)])}
        </p>
      )}
      {preview.settings.length > 0 && <p class="pp-hint">{i18n.t('import.preview.stagesChange')}</p>}
      <ImportModeChoice mode={mode} disabled={busy || Boolean(safetyCopy)} onModeChange={onModeChange} />
      <ImportPreviewActions
        mode={mode}
        importable={importable}
        removed={preview.removed}
        safetyCopy={safetyCopy}
        busy={busy}
        onApply={onApply}
        onCancel={onCancel}
      />
    </section>
  );
}
