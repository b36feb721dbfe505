import { useState } from 'preact/hooks';
import type { Outcome } from '@/lib/domain/model';
import { i18n } from '@/lib/i18n';
import { ReferralForm, type ReferralProps } from './ReferralForm';

export const OUTCOME_LABELS: Record<Outcome, () => string> = {
  positive: () => i18n.t('outreach.outcome.positive'),
  'wants-information': () => i18n.t('outreach.outcome.wantsInformation'),
  'not-now': () => i18n.t('outreach.outcome.notNow'),
  referred: () => i18n.t('outreach.outcome.referred'),
  declined: () => i18n.t('outreach.outcome.declined'),
  'no-reply': () => i18n.t('outreach.outcome.noReply'),
};
const ONE_CLICK: Outcome[] = ['positive', 'wants-information', 'declined', 'no-reply'];

interface OutcomeBarProps extends Omit<ReferralProps, 'id'> {
  id: string;
  today: string;
  noReplySuggested: boolean;
  onOutcome: (kind: Outcome, until?: string) => void;
}

/** One click records what came back; "Not now" asks for a date, "Referred to" for the organisation. */
export function OutcomeBar({ id, today, noReplySuggested, onOutcome, ...referral }: OutcomeBarProps) {
  const [open, setOpen] = useState<'not-now' | 'referred'>();
  const [until, setUntil] = useState('');
  return (
    <div class="or-outcomes" role="group" aria-label={i18n.t('outreach.outcome.label')}>
      {noReplySuggested && <p class="bd-hint">{i18n.t('outreach.outcome.noReplySuggested')}</p>}
      <div class="bd-inline">
        {ONE_CLICK.map((kind) => (
          <button
            key={kind}
            type="button"
            class={`pp-button${kind === 'no-reply' && noReplySuggested ? ' bd-primary' : ''}`}
            onClick={() => onOutcome(kind)}
          >
            {OUTCOME_LABELS[kind]()}
          </button>
        ))}
        <button
          type="button"
          class="pp-button"
          aria-expanded={open === 'not-now'}
          onClick={() => setOpen(open === 'not-now' ? undefined : 'not-now')}
        >
          {OUTCOME_LABELS['not-now']()}
        </button>
        <button
          type="button"
          class="pp-button"
          aria-expanded={open === 'referred'}
          onClick={() => setOpen(open === 'referred' ? undefined : 'referred')}
        >
          {OUTCOME_LABELS.referred()}
        </button>
      </div>
      {open === 'not-now' && (
        <form class="bd-inline" onSubmit={(event) => (event.preventDefault(), until && onOutcome('not-now', until))}>
          <label for={`${id}-until`}>{i18n.t('outreach.outcome.askAgainOn')}</label>
          <input
            id={`${id}-until`}
            type="date"
            min={today}
            required
            value={until}
            onInput={(event) => setUntil(event.currentTarget.value)}
          />
          <button type="submit" class="pp-button bd-primary">
            {i18n.t('outreach.outcome.saveNotNow')}
          </button>
        </form>
      )}
      {open === 'referred' && <ReferralForm id={`${id}-refer`} {...referral} />}
    </div>
  );
}
