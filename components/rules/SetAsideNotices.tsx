import { i18n } from '@/lib/i18n';

export interface SetAsideView {
  id: string;
  /** The field's label ("Country"). */
  field: string;
  reason: 'shape' | 'misses';
}

/** Rules set aside on this page, said plainly: never a silent wrong value, never a silent stop. */
export function SetAsideNotices({ notices, onDismiss }: { notices: SetAsideView[]; onDismiss: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div class="pp-banner" role="alert">
      <ul>
        {notices.map((notice) => (
          <li key={notice.id}>
            {notice.reason === 'shape'
              ? i18n.t('rules.pick.setAsideShape', [notice.field])
              : i18n.t('rules.pick.setAsideMisses', [notice.field])}
          </li>
        ))}
      </ul>
      <button type="button" class="pp-button" onClick={onDismiss}>
        {i18n.t('common.close')}
      </button>
    </div>
  );
}
