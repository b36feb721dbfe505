import { useState } from 'preact/hooks';
import type { HistoryEvent } from '@/lib/model';

/** A moment in the user's locale, e.g. "3 Mar 2026, 14:05". */
export function formatDateTime(iso: string, locale = navigator.language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

const KIND_LABELS: Record<HistoryEvent['kind'], string> = {
  saved: 'Saved',
  'source-added': 'Saved again',
  stage: 'Stage changed',
  note: 'Note added',
  'follow-up': 'Follow-up',
  'follow-up-done': 'Followed up',
  edited: 'Details edited',
  imported: 'Imported',
  merged: 'Merged',
};

const FIRST_SHOWN = 30;

/** What happened with this partner, newest first. */
export function DetailHistory({ history }: { history: HistoryEvent[] }) {
  const [all, setAll] = useState(false);
  const newestFirst = [...history].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, FIRST_SHOWN);
  return (
    <section class="bd-section" aria-labelledby="bd-history-title">
      <h3 id="bd-history-title">History</h3>
      {newestFirst.length === 0 ? (
        <p class="bd-muted">Nothing has happened yet.</p>
      ) : (
        <ol class="bd-history">
          {shown.map((event, index) => (
            <li key={`${event.at}-${index}`}>
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              <span>
                <strong>{KIND_LABELS[event.kind] ?? event.kind}</strong>
                {event.text ? `: ${event.text}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
      {!all && newestFirst.length > FIRST_SHOWN && (
        <button type="button" class="pp-button" onClick={() => setAll(true)}>
          Show all {newestFirst.length} events
        </button>
      )}
    </section>
  );
}
