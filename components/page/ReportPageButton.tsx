import { i18n } from '@/lib/i18n';

interface ReportPageButtonProps {
  busy: boolean;
  /** The file's name once downloaded. */
  savedAs?: string;
  /** Made, but the browser did not let it download by itself: one more click saves it. */
  ready?: boolean;
  error?: string;
  onReport: () => void;
  onSave?: () => void;
}

/** "Report this page": a link-like button in the panel's footer, and what became of the report. */
export function ReportPageButton({ busy, savedAs, ready, error, onReport, onSave }: ReportPageButtonProps) {
  return (
    <div class="pp-report">
      {ready ? (
        <button type="button" class="pp-primary" onClick={onSave}>
          {i18n.t('report.save')}
        </button>
      ) : (
        <button type="button" class="pp-link" disabled={busy} aria-busy={busy} onClick={onReport}>
          {busy ? i18n.t('report.busy') : i18n.t('report.button')}
        </button>
      )}
      <p class="pp-report__status" role="status" aria-live="polite">
        {error ? (
          <span class="pp-error">{error}</span>
        ) : savedAs ? (
          i18n.t('report.saved', [savedAs])
        ) : ready ? (
          i18n.t('report.ready')
        ) : null}
      </p>
    </div>
  );
}
