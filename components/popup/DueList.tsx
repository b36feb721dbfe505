import type { PartnerSummary } from '@/lib/domain/model';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

interface DueListProps {
  due: PartnerSummary[];
  today: string;
  onOpen: (id: string) => void;
  onDone: (id: string) => void;
}

/** At most this many rows: the heading carries the total, the board has the rest. */
const SHOWN = 5;

/** Follow-ups due today or overdue, the oldest first. */
export function DueList({ due, today, onOpen, onDone }: DueListProps) {
  if (due.length === 0) return null;
  return (
    <section class="pp-due" aria-labelledby="pp-due-title">
      <h2 id="pp-due-title">{i18n.t('popup.due.title', [formatNumber(due.length)])}</h2>
      <ul>
        {due.slice(0, SHOWN).map((partner) => {
          const overdue = partner.nextFollowUp! < today;
          return (
            <li key={partner.id}>
              <button type="button" class="pp-link" onClick={() => onOpen(partner.id)}>
                {partner.name}
              </button>
              <span class={overdue ? 'pp-due__date pp-due__date--overdue' : 'pp-due__date'}>
                {overdue
                  ? i18n.t('popup.due.overdueSince', [formatDate(partner.nextFollowUp)])
                  : i18n.t('popup.due.today')}
              </span>
              <button
                type="button"
                class="pp-button pp-button--small"
                onClick={() => onDone(partner.id)}
                aria-label={i18n.t('popup.due.doneLabel', [partner.name])}
              >
                {i18n.t('popup.due.done')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
