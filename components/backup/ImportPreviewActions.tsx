import type { ImportMode } from '@/lib/backup/import';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';

export const organisationsText = (n: number) => i18n.t('import.store.organisations', n, [formatNumber(n)]);

interface ImportPreviewActionsProps {
  mode: ImportMode;
  /** Organisations in the file that can be imported. */
  importable: number;
  /** Replace mode: how many of the user's partners would go. */
  removed: number;
  safetyCopy?: string;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}

/** Import (or back up, then replace) and cancel; after the backup, the confirmation to replace everything. */
export function ImportPreviewActions({
  mode,
  importable,
  removed,
  safetyCopy,
  busy,
  onApply,
  onCancel,
}: ImportPreviewActionsProps) {
  return safetyCopy ? (
    <div class="pp-confirm" role="alertdialog" aria-labelledby="pp-confirm-text">
      <p id="pp-confirm-text">
        {richText([<strong>{safetyCopy}</strong>], (file) =>
          i18n.t('import.preview.confirm', [
            file,
            i18n.t('board.partners', removed, [formatNumber(removed)]),
            organisationsText(importable),
          ]),
        )}
      </p>
      <button type="button" class="pp-button pp-button--danger" onClick={onApply} disabled={busy}>
        {i18n.t('import.preview.replaceAll')}
      </button>{' '}
      <button type="button" class="pp-button" onClick={onCancel} disabled={busy}>
        {i18n.t('common.cancel')}
      </button>
    </div>
  ) : (
    <div class="pp-actions">
      <button
        type="button"
        class="pp-button pp-button--primary"
        onClick={onApply}
        disabled={busy || (mode === 'merge' && importable === 0)}
      >
        {mode === 'merge' ? i18n.t('import.preview.import') : i18n.t('import.preview.backUpThenReplace')}
      </button>{' '}
      <button type="button" class="pp-button" onClick={onCancel} disabled={busy}>
        {i18n.t('common.cancel')}
      </button>
    </div>
  );
}
