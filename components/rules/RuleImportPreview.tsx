import { i18n } from '@/lib/i18n';

export interface ImportRowView {
  id: string;
  /** "EPALE · organisation page · Country" */
  title: string;
  sample: string;
  action: 'add' | 'replace' | 'same' | 'ask';
}

interface RuleImportPreviewProps {
  fileName: string;
  rows: ImportRowView[];
  replaceMine: ReadonlySet<string>;
  busy: boolean;
  onReplaceMine: (id: string, replace: boolean) => void;
  onApply: () => void;
  onCancel: () => void;
}

function actionText(action: ImportRowView['action']): string {
  if (action === 'add') return i18n.t('rules.importAdd');
  if (action === 'replace') return i18n.t('rules.importReplace');
  if (action === 'same') return i18n.t('rules.importSame');
  return i18n.t('rules.importYours');
}

/** What a rules file would add or replace; the user's own rules are replaced only when ticked. */
export function RuleImportPreview({
  fileName,
  rows,
  replaceMine,
  busy,
  onReplaceMine,
  onApply,
  onCancel,
}: RuleImportPreviewProps) {
  return (
    <div class="pp-rules-preview" role="group" aria-labelledby="pp-rules-preview-title">
      <h3 id="pp-rules-preview-title">{i18n.t('rules.previewTitle', [fileName])}</h3>
      <ul class="pp-rules__list">
        {rows.map((row) => (
          <li key={row.id} class="pp-rule" data-import-rule={row.id}>
            <strong>{row.title}</strong>
            <span class="pp-rule__sample">{i18n.t('rules.sample', [row.sample])}</span>
            <span class="pp-rule__status">{actionText(row.action)}</span>
            {row.action === 'ask' && (
              <label class="pp-rule__choose">
                <input
                  type="checkbox"
                  checked={replaceMine.has(row.id)}
                  disabled={busy}
                  onChange={(event) => onReplaceMine(row.id, event.currentTarget.checked)}
                />
                {i18n.t('rules.replaceMine')}
              </label>
            )}
          </li>
        ))}
      </ul>
      <div class="pp-actions">
        <button type="button" class="pp-button pp-button--primary" disabled={busy} onClick={onApply}>
          {i18n.t('rules.importApply')}
        </button>{' '}
        <button type="button" class="pp-button" disabled={busy} onClick={onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
