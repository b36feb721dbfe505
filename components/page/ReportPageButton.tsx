import { i18n } from '@/lib/i18n';

interface ReportPageButtonProps {
  busy: boolean;
  /** The file's name once downloaded. */
  savedAs?: string;
  error?: string;
  onReport: () => void;
}

/** "Report this page": a link-like button in the panel's footer, and what became of the report. */
export function ReportPageButton({ busy, savedAs, error, onReport }: ReportPageButtonProps) {
  return (
    <div class="pp-report">
      <button type="button" class="pp-link" disabled={busy} aria-busy={busy} onClick={onReport}>
        {busy ? i18n.t('report.busy') : i18n.t('report.button')}
      </button>
      <p class="pp-report__status" role="status" aria-live="polite">
        {error ? <span class="pp-error">{error}</span> : savedAs ? i18n.t('report.saved', [savedAs]) : null}
      </p>
    </div>
  );
}
