/** The popup's footer: save from this page, open the board, export, backup settings, privacy, the status line. */
import { i18n } from '@/lib/i18n';
import { openBoard, openPrivacy } from './actions';

interface PopupFooterProps {
  /** The active tab when it is a platform page: it can be asked to save. */
  platformTab?: number;
  status?: string;
  onSave: (tabId: number) => void;
  onExport: () => void;
}

export function PopupFooter({ platformTab, status, onSave, onExport }: PopupFooterProps) {
  return (
    <footer class="pp-foot">
      {platformTab !== undefined && (
        <button type="button" class="pp-button pp-button--primary" onClick={() => onSave(platformTab)}>
          {i18n.t('manifest.saveCommand')}
        </button>
      )}
      <button type="button" class="pp-button" onClick={() => openBoard()}>
        {i18n.t('popup.openBoard')}
      </button>
      <button type="button" class="pp-button" onClick={onExport}>
        {i18n.t('popup.exportJson')}
      </button>
      <button type="button" class="pp-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {i18n.t('popup.backup')}
      </button>
      <button type="button" class="pp-link" onClick={() => openPrivacy()}>
        {i18n.t('popup.privacy')}
      </button>
      <span class="pp-status" role="status">
        {status}
      </span>
    </footer>
  );
}
