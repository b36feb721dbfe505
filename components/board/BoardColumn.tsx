import { useState } from 'preact/hooks';
import type { PartnerSummary, Stage } from '@/lib/domain/model';
import { BoardCard, type CardEvents } from './BoardCard';
import { StagePill } from './StagePill';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { stageName } from '@/lib/domain/stages';

interface BoardColumnProps extends CardEvents {
  stage: Stage;
  colour: string;
  /** The partners of this stage that pass the filter, in display order. */
  partners: PartnerSummary[];
  /** How many of the stage's partners exist without the filter (shown as "3 of 10"). */
  /** Undefined while not counted yet: no count is shown. */
  total: number | undefined;
  /** How many cards to render: the rest wait behind "Show N more". */
  limit: number;
  today: string;
  selectedIds: ReadonlySet<string>;
  focusedId?: string;
  onShowMore: (stageId: string) => void;
  onDropCard: (id: string, stageId: string) => void;
}

export const SHOW_MORE_STEP = 50;

/** ↑/↓ (and Home/End) move focus between the cards of one column. */
function onListKey(event: KeyboardEvent) {
  const keys = ['ArrowUp', 'ArrowDown', 'Home', 'End'];
  if (!keys.includes(event.key) || !(event.target as HTMLElement).classList?.contains('bd-card__open')) return;
  const cards = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('.bd-card__open')];
  const index = cards.indexOf(event.target as HTMLButtonElement);
  const target =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? cards.length - 1
        : Math.min(cards.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)));
  event.preventDefault();
  cards[target]?.focus();
}

/** One stage: its name and count, its cards (at most `limit`), and a drop target for drag and drop. */
export function BoardColumn(props: BoardColumnProps) {
  const { stage, colour, partners, total, limit, today, selectedIds, focusedId, onShowMore, onDropCard, ...events } =
    props;
  const [over, setOver] = useState(false);
  const headingId = `bd-col-${stage.id}`;
  const shown = partners.slice(0, limit);
  const rest = partners.length - shown.length;
  const tabbableId = shown.some((partner) => partner.id === focusedId) ? focusedId : shown[0]?.id;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const id = event.dataTransfer?.getData('text/plain');
    if (id) onDropCard(id, stage.id);
  };
  return (
    <section
      class={over ? 'bd-col bd-col--over' : 'bd-col'}
      style={{ '--bd-stage': colour }}
      aria-labelledby={headingId}
      onDragOver={(event) => {
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!(event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      <h2 class="bd-col__head" id={headingId}>
        <StagePill name={stageName(stage)} colour={colour} />
        <span class="bd-col__count">
          {total === undefined
            ? null
            : partners.length === total
              ? formatNumber(total)
              : i18n.t('board.column.countOf', [formatNumber(partners.length), formatNumber(total)])}
          {total !== undefined && <span class="bd-sr"> {i18n.t('board.column.partnersWord', total)}</span>}
        </span>
      </h2>
      {partners.length === 0 ? (
        <p class="bd-col__empty">{total === 0 ? i18n.t('board.column.empty') : i18n.t('board.column.noneMatch')}</p>
      ) : (
        <ul class="bd-col__list" aria-labelledby={headingId} onKeyDown={onListKey}>
          {shown.map((partner) => (
            <BoardCard
              key={partner.id}
              partner={partner}
              today={today}
              selected={selectedIds.has(partner.id)}
              tabbable={partner.id === tabbableId}
              {...events}
            />
          ))}
        </ul>
      )}
      {rest > 0 && (
        <button
          type="button"
          class="pp-button bd-col__more"
          aria-describedby={headingId}
          onClick={() => onShowMore(stage.id)}
        >
          {i18n.t('board.column.showMore', Math.min(rest, SHOW_MORE_STEP), [
            formatNumber(Math.min(rest, SHOW_MORE_STEP)),
          ])}
          <span class="bd-col__rest"> {i18n.t('board.column.notShown', [formatNumber(rest)])}</span>
        </button>
      )}
    </section>
  );
}
