import type { PartnerSummary } from '@/lib/model';
import { formatDate } from '@/lib/format';

interface DueListProps {
  due: PartnerSummary[];
  today: string;
  onOpen: (id: string) => void;
  onDone: (id: string) => void;
}

/** Follow-ups due today or overdue, the oldest first. */
export function DueList({ due, today, onOpen, onDone }: DueListProps) {
  if (due.length === 0) return null;
  return (
    <section class="pp-due" aria-labelledby="pp-due-title">
      <h2 id="pp-due-title">Due to follow up ({due.length})</h2>
      <ul>
        {due.map((partner) => {
          const overdue = partner.nextFollowUp! < today;
          return (
            <li key={partner.id}>
              <button type="button" class="pp-link" onClick={() => onOpen(partner.id)}>
                {partner.name}
              </button>
              <span class={overdue ? 'pp-due__date pp-due__date--overdue' : 'pp-due__date'}>
                {overdue ? `overdue since ${formatDate(partner.nextFollowUp)}` : 'today'}
              </span>
              <button type="button" class="pp-button pp-button--small" onClick={() => onDone(partner.id)} aria-label={`Mark follow-up with ${partner.name} done`}>
                Done
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
