import { i18n } from '@/lib/i18n';

export type PickState = 'idle' | 'picking' | 'bad-shape' | 'empty';

interface PickOnPageProps {
  /** The field's label ("Country"). */
  field: string;
  state: PickState;
  busy?: boolean;
  onStart: () => void;
  onUseSelection: () => void;
  onCancel: () => void;
}

/**
 * A field row's *Pick on page*: the button, and while picking what to do (click the value, or select
 * its text and choose *Use selection*; Esc or Cancel stops), and why a pick was not taken.
 */
export function PickOnPage({ field, state, busy = false, onStart, onUseSelection, onCancel }: PickOnPageProps) {
  if (state !== 'picking') {
    return (
      <span class="pp-pick">
        <button
          type="button"
          class="pp-button"
          disabled={busy}
          onClick={onStart}
          aria-label={i18n.t('rules.pick.startNamed', [field])}
        >
          {i18n.t('rules.pick.start')}
        </button>
        {state === 'bad-shape' && (
          <span class="pp-pick__problem" role="alert">
            {i18n.t('rules.pick.badShape', [field])}
          </span>
        )}
        {state === 'empty' && (
          <span class="pp-pick__problem" role="alert">
            {i18n.t('rules.pick.empty')}
          </span>
        )}
      </span>
    );
  }
  return (
    <span class="pp-pick" role="group" aria-label={i18n.t('rules.pick.startNamed', [field])}>
      <span class="pp-pick__hint" role="status">
        {i18n.t('rules.pick.hint', [field])}
      </span>
      <button type="button" class="pp-button pp-button--primary" onClick={onUseSelection}>
        {i18n.t('rules.pick.useSelection')}
      </button>
      <button type="button" class="pp-button" onClick={onCancel}>
        {i18n.t('common.cancel')}
      </button>
    </span>
  );
}
