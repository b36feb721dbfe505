import { formatDate } from '@/lib/format';

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

const organisations = (n: number) => `${n} ${n === 1 ? 'organisation' : 'organisations'}`;

/** The events, newest first, each with how many organisations were met there; choosing one shows its partners. */
export function EventList({ events, selectedId, onSelect }: EventListProps) {
  const total = events.length;
  return (
    <nav class="ii-events" aria-label="Your events">
      <h2 class="ii-events__title">
        Your events <span class="bd-muted">({total})</span>
      </h2>
      <ul>
        {events.map((event) => (
          <li key={event.id}>
            <button type="button" class="ii-event" aria-current={event.id === selectedId ? 'true' : undefined} onClick={() => onSelect(event.id)}>
              <span class="ii-event__name">{event.name}</span>
              <span class="bd-muted">{[formatDate(event.date), event.place].filter(Boolean).join(' · ')}</span>
              <span class="ii-event__count">{organisations(event.count)} met</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
