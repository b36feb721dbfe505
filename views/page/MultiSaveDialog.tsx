import { OrganisationChecklist, type ChecklistRow } from '@/components/page/OrganisationChecklist';
import { sendMessage } from '@/lib/protocol/send';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { PageNotice } from '@/components/page/PageNotice';
import type { Warning } from '@/lib/domain/warnings';
import { ReportPage } from './ReportPage';
import type { Resolution } from './useMultiSave';

interface MultiSaveDialogProps {
  rows: ChecklistRow[];
  /** Organisations on the page, and how many of them are not saved yet. */
  count: number;
  unsaved: number;
  warnings: Warning[];
  status?: string;
  error?: string;
  onClose: () => void;
  onSave: (index: number, resolution?: Resolution) => void;
  onSaveAll: () => void;
}

/** The checklist of the page's organisations: save each, or the others at once; Esc closes it. */
export function MultiSaveDialog({ rows, count, unsaved, warnings, status, error, ...props }: MultiSaveDialogProps) {
  const savedCount = count - unsaved;
  return (
    <section
      class="pp-card"
      role="dialog"
      aria-label={i18n.t('page.multi.dialogLabel')}
      onKeyDown={(event) => event.key === 'Escape' && props.onClose()}
    >
      <header class="pp-card__head">
        <h2 class="pp-card__title">
          {savedCount > 0
            ? i18n.t('page.multi.savedOf', [formatNumber(savedCount), formatNumber(count)])
            : i18n.t('page.multi.onPage', count, [formatNumber(count)])}
        </h2>
        <button type="button" class="pp-icon" aria-label={i18n.t('page.close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <PageNotice warnings={warnings} handEntry={false} check={false} />
      <OrganisationChecklist
        rows={rows}
        onSave={(index) => props.onSave(index)}
        onResolve={(index, resolution) => props.onSave(index, resolution)}
      />
      <div class="pp-card__row">
        <button type="button" class="pp-primary" disabled={unsaved === 0} onClick={props.onSaveAll}>
          {unsaved === count
            ? i18n.t('page.multi.saveAll', [formatNumber(count)])
            : i18n.t('page.multi.saveOthers', [formatNumber(unsaved)])}
        </button>
        <button type="button" class="pp-link" onClick={() => void sendMessage({ type: 'pipeline.open' })}>
          {i18n.t('page.openBoard')}
        </button>
      </div>
      <p class="pp-status" role="status" aria-live="polite">
        {error ? <span class="pp-error">{error}</span> : status}
      </p>
      <footer class="pp-card__foot">
        <ReportPage />
      </footer>
    </section>
  );
}
