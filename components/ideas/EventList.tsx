import { formatDate, formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

export interface EventRow {
  id: string;
  name: string;
  date: string;
  place?: string;
  /** Organisations met there. */
  count: number;
}

interface EventListProps {
  events: EventRow[];
  selectedId?: string;
  onSelect: (eventId: string) => void;
}

/** The events, newest first, each with how many organisations were met there; choosing one shows its partners. */
export function EventList({ events, selectedId, onSelect }: EventListProps) {
  const total = events.length;
  return (
    <nav class="ii-events" aria-label={i18n.t('events.listLabel')}>
      <h2 class="ii-events__title">
        {i18n.t('events.listLabel')} <span class="bd-muted">({formatNumber(total)})</span>
      </h2>
      <ul>
        {events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              class="ii-event"
              aria-current={event.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(event.id)}
            >
              <span class="ii-event__name">{event.name}</span>
              <span class="bd-muted">{[formatDate(event.date), event.place].filter(Boolean).join(' · ')}</span>
              <span class="ii-event__count">{i18n.t('events.met', event.count, [formatNumber(event.count)])}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
