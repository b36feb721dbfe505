import type { ComponentChildren } from 'preact';
import type { Stage } from '@/lib/domain/model';
import { i18n } from '@/lib/i18n';
import { stageName } from '@/lib/domain/stages';

interface PartnerCardProps {
  heading: string;
  /** What could not be read (components/page/PageNotice.tsx), shown above the fields. */
  notice?: ComponentChildren;
  stages: Stage[];
  /** Absent until the organisation is saved. */
  stageId?: string;
  dirty: boolean;
  status?: string;
  error?: string;
  submitLabel: string;
  children: ComponentChildren;
  /** More links for the footer (e.g. "Report this page"). */
  footer?: ComponentChildren;
  onStageChange: (stageId: string) => void;
  onSubmit: () => void;
  onOpenBoard: () => void;
  onClose: () => void;
}

/** The card under the Save button: what was saved, what was read, and what to check. */
export function PartnerCard(props: PartnerCardProps) {
  const { heading, notice, stages, stageId, dirty, status, error, submitLabel, children } = props;
  return (
    <section
      class="pp-card"
      role="dialog"
      aria-label={heading}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose();
      }}
    >
      <header class="pp-card__head">
        <h2 class="pp-card__title">{heading}</h2>
        <button type="button" class="pp-icon" aria-label={i18n.t('page.close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      {notice}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        {children}
        <div class="pp-card__row">
          {stageId && (
            <label class="pp-stage">
              {i18n.t('page.stage')}{' '}
              <select value={stageId} onChange={(event) => props.onStageChange(event.currentTarget.value)}>
                {stages
                  .filter((stage) => !stage.archived || stage.id === stageId)
                  .map((stage) => (
                    <option key={stage.id} value={stage.id}>
                      {stageName(stage)}
                    </option>
                  ))}
              </select>
            </label>
          )}
          <button type="submit" class="pp-primary" disabled={!dirty}>
            {submitLabel}
          </button>
        </div>
      </form>
      <p class="pp-status" role="status" aria-live="polite">
        {error ? <span class="pp-error">{error}</span> : status}
      </p>
      <footer class="pp-card__foot">
        <button type="button" class="pp-link" onClick={props.onOpenBoard}>
          {i18n.t('page.openBoard')}
        </button>
        {props.footer}
      </footer>
    </section>
  );
}
