import { useState } from 'preact/hooks';
import type { HistoryEvent } from '@/lib/domain/model';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

/** A moment in the user's locale, e.g. "3 Mar 2026, 14:05". */
export function formatDateTime(iso: string, locale = navigator.language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

const KIND_LABELS: Record<HistoryEvent['kind'], () => string> = {
  saved: () => i18n.t('history.kind.saved'),
  'source-added': () => i18n.t('history.kind.sourceAdded'),
  stage: () => i18n.t('history.kind.stage'),
  note: () => i18n.t('history.kind.note'),
  'follow-up': () => i18n.t('history.kind.followUp'),
  'follow-up-done': () => i18n.t('history.kind.followUpDone'),
  edited: () => i18n.t('history.kind.edited'),
  imported: () => i18n.t('history.kind.imported'),
  merged: () => i18n.t('history.kind.merged'),
};

const FIRST_SHOWN = 30;

/** What happened with this partner, newest first. */
export function DetailHistory({ history }: { history: HistoryEvent[] }) {
  const [all, setAll] = useState(false);
  const newestFirst = [...history].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, FIRST_SHOWN);
  return (
    <section class="bd-section" aria-labelledby="bd-history-title">
      <h3 id="bd-history-title">{i18n.t('detail.history.title')}</h3>
      {newestFirst.length === 0 ? (
        <p class="bd-muted">{i18n.t('detail.history.empty')}</p>
      ) : (
        <ol class="bd-history">
          {shown.map((event, index) => (
            <li key={`${event.at}-${index}`}>
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              <span>
                <strong>{KIND_LABELS[event.kind]?.() ?? event.kind}</strong>
                {event.text ? `: ${event.text}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
      {!all && newestFirst.length > FIRST_SHOWN && (
        <button type="button" class="pp-button" onClick={() => setAll(true)}>
          {i18n.t('detail.history.showAll', newestFirst.length, [formatNumber(newestFirst.length)])}
        </button>
      )}
    </section>
  );
}
