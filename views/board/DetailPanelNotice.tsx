import { i18n } from '@/lib/i18n';

/** The side panel while its partner loads, when it is gone, or when it could not be read. */
export function DetailPanelNotice({ text, alert, onClose }: { text: string; alert: boolean; onClose: () => void }) {
  return (
    <aside
      class="bd-detail"
      aria-label={i18n.t('detail.label')}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <p role={alert ? 'alert' : 'status'}>{text}</p>
      <button type="button" class="pp-button" onClick={onClose}>
        {i18n.t('detail.close')}
      </button>
    </aside>
  );
}
