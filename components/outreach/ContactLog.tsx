import './outreach.css';
import type { Outcome } from '@/lib/domain/model';
import { formatDate } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { formatDateTime } from '../detail/DetailHistory';
import { OUTCOME_LABELS, OutcomeBar } from './OutcomeBar';
import type { ReferralProps } from './ReferralForm';

export interface LogEntryView {
  id: string;
  at: string;
  channel: 'email' | 'copy' | 'platform';
  template?: string;
  language?: string;
  idea?: string;
  contact?: string;
  sent?: boolean;
  outcome?: { kind: Outcome; until?: string; referred?: string };
  noReplySuggested: boolean;
}

interface ContactLogProps {
  entries: LogEntryView[];
  /** How this partner came: "Saved from OTLAS", "Met at …", "Introduced by …". */
  origins: string[];
  today: string;
  onWrite: () => void;
  onSent: (logId: string, sent: boolean) => void;
  onOutcome: (logId: string, kind: Outcome, until?: string) => void;
  onRefer: (logId: string, name: string, country: string | undefined) => ReturnType<ReferralProps['onRefer']>;
  onReferExisting: (logId: string, orgId: string) => void;
}

const CHANNELS = {
  email: () => i18n.t('outreach.log.channelEmail'),
  copy: () => i18n.t('outreach.log.channelCopy'),
  platform: () => i18n.t('outreach.log.channelPlatform'),
};

/** The partner panel's outreach: how they came, "Write to …", and every contact with its answer. */
export function ContactLog(props: ContactLogProps) {
  return (
    <section class="bd-section or-log" aria-labelledby="or-log-title">
      <h3 id="or-log-title">{i18n.t('outreach.log.title')}</h3>
      <p class="bd-muted" data-testid="partner-origin">
        {i18n.t('outreach.log.cameThrough', [props.origins.join(' · ')])}
      </p>
      <button type="button" class="pp-button bd-primary" onClick={props.onWrite}>
        {i18n.t('outreach.log.write')}
      </button>
      {props.entries.length === 0 ? (
        <p class="bd-muted">{i18n.t('outreach.log.empty')}</p>
      ) : (
        <ol class="or-log__list" data-testid="contact-log">
          {props.entries.map((entry) => (
            <li key={entry.id}>
              <p>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>{' '}
                <strong>
                  {entry.sent === false
                    ? i18n.t('outreach.log.notSent')
                    : entry.sent
                      ? i18n.t('outreach.log.sent')
                      : i18n.t('outreach.log.draftOpened')}
                </strong>
                {' · '}
                {[CHANNELS[entry.channel](), entry.template, entry.language, entry.idea, entry.contact]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {entry.outcome && (
                <p data-testid="contact-outcome">
                  {i18n.t('outreach.log.outcome', [OUTCOME_LABELS[entry.outcome.kind]()])}
                  {entry.outcome.until && ` · ${i18n.t('outreach.log.until', [formatDate(entry.outcome.until)])}`}
                  {entry.outcome.referred && ` · ${entry.outcome.referred}`}
                </p>
              )}
              {entry.sent === undefined && !entry.outcome && (
                <div class="bd-inline" role="group" aria-label={i18n.t('outreach.log.didYouSend')}>
                  <span>{i18n.t('outreach.log.didYouSend')}</span>
                  <button type="button" class="pp-button bd-primary" onClick={() => props.onSent(entry.id, true)}>
                    {i18n.t('outreach.log.yesSent')}
                  </button>
                  <button type="button" class="pp-button" onClick={() => props.onSent(entry.id, false)}>
                    {i18n.t('outreach.log.noNotSent')}
                  </button>
                </div>
              )}
              {entry.sent && !entry.outcome && (
                <OutcomeBar
                  id={`or-${entry.id}`}
                  today={props.today}
                  noReplySuggested={entry.noReplySuggested}
                  onOutcome={(kind, until) => props.onOutcome(entry.id, kind, until)}
                  onRefer={(name, country) => props.onRefer(entry.id, name, country)}
                  onReferExisting={(orgId) => props.onReferExisting(entry.id, orgId)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
