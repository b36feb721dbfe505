import type { PartnerSummary } from '@/lib/domain/model';
import { countryLabel, formatDate, formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

export interface CardEvents {
  onOpen: (id: string) => void;
  /** ←/→: to the previous (-1) or next (+1) stage. */
  onMove: (id: string, step: -1 | 1) => void;
  onSelect: (id: string, selected: boolean) => void;
  onFocusCard: (id: string) => void;
}

interface BoardCardProps extends CardEvents {
  partner: PartnerSummary;
  /** Today as YYYY-MM-DD in the user's time zone: earlier follow-ups are overdue. */
  today: string;
  selected: boolean;
  /** Roving tabindex: one card per column is in the Tab order. */
  tabbable: boolean;
}

/** The first `max` characters of a note on one line. */
export function noteExcerpt(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** One partner on the board: a button that opens it (Enter) and moves with ←/→, a checkbox, and drag and drop. */
export function BoardCard({
  partner,
  today,
  selected,
  tabbable,
  onOpen,
  onMove,
  onSelect,
  onFocusCard,
}: BoardCardProps) {
  const overdue = !!partner.nextFollowUp && partner.nextFollowUp < today;
  const place = [countryLabel(partner.country), partner.city].filter(Boolean).join(' · ');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    onMove(partner.id, event.key === 'ArrowLeft' ? -1 : 1);
  };
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer?.setData('text/plain', partner.id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <li class={selected ? 'bd-card bd-card--selected' : 'bd-card'} draggable onDragStart={onDragStart}>
      <input
        type="checkbox"
        class="bd-card__check"
        checked={selected}
        tabIndex={tabbable ? 0 : -1}
        aria-label={i18n.t('board.card.select', [partner.name])}
        onChange={(event) => onSelect(partner.id, event.currentTarget.checked)}
      />
      <button
        type="button"
        class="bd-card__open"
        data-card-id={partner.id}
        tabIndex={tabbable ? 0 : -1}
        aria-describedby="bd-card-help"
        onFocus={() => onFocusCard(partner.id)}
        onClick={() => onOpen(partner.id)}
        onKeyDown={onKeyDown}
      >
        <span class="bd-card__name">{partner.name}</span>
        {place && <span class="bd-card__place">{place}</span>}
        {partner.lastNote && (
          <span class="bd-card__note">
            <span class="bd-sr">{i18n.t('board.card.lastNote')} </span>
            {noteExcerpt(partner.lastNote)}
          </span>
        )}
        {partner.nextFollowUp && (
          <span class={overdue ? 'bd-card__due bd-card__due--overdue' : 'bd-card__due'}>
            {overdue && <span aria-hidden="true">⚠ </span>}
            {i18n.t('board.card.followUp', [formatDate(partner.nextFollowUp)])}
            {overdue && <strong> · {i18n.t('board.card.overdue')}</strong>}
          </span>
        )}
        {partner.tags.length > 0 && (
          <span class="bd-card__tags">
            <span class="bd-sr">{i18n.t('board.card.tags')} </span>
            {partner.tags.slice(0, 4).map((tag) => (
              <span key={tag} class="bd-tag">
                {tag}
              </span>
            ))}
            {partner.tags.length > 4 && <span class="bd-tag">+{formatNumber(partner.tags.length - 4)}</span>}
          </span>
        )}
      </button>
    </li>
  );
}
