import type { ComponentChildren } from 'preact';
import { partnersWord } from './board-model';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

interface BoardHeaderProps {
  query: string;
  /** More filters beside the text box, and whether one is active (the counts then say "N of M"). */
  filters?: { select: ComponentChildren; keep?: unknown };
  total: number;
  shown: number;
  due: number;
  archived: number;
  /** Groups of saved partners that look like one organisation; the button shows only when there are some. */
  duplicates: number;
  onQuery: (query: string) => void;
  onEditStages: () => void;
  onDuplicates: () => void;
}

/** Title, the filter box, the counts, and the ways into the dialogs. */
export function BoardHeader({
  query,
  filters,
  total,
  shown,
  due,
  archived,
  duplicates,
  onQuery,
  onEditStages,
  onDuplicates,
}: BoardHeaderProps) {
  return (
    <header class="bd-head">
      <h1>{i18n.t('board.title')}</h1>
      <div class="bd-search">
        <label for="bd-filter" class="bd-sr">
          {i18n.t('board.filterLabel')}
        </label>
        <input
          id="bd-filter"
          type="search"
          placeholder={i18n.t('board.filterPlaceholder')}
          value={query}
          aria-describedby="bd-counts"
          onInput={(event) => onQuery(event.currentTarget.value)}
        />
      </div>
      {filters?.select}
      <p id="bd-counts" class="bd-counts" aria-live="polite">
        {query.trim() || filters?.keep
          ? i18n.t('board.partnersMatch', [formatNumber(shown), partnersWord(total)])
          : partnersWord(total)}
        {due > 0 && <span class="bd-counts__due"> · {i18n.t('board.toFollowUp', [formatNumber(due)])}</span>}
        {archived > 0 && <span> · {i18n.t('board.inArchivedStages', [formatNumber(archived)])}</span>}
      </p>
      {duplicates > 0 && (
        <button type="button" class="pp-button bd-head__dups" aria-haspopup="dialog" onClick={onDuplicates}>
          {i18n.t('board.possibleDuplicates', [formatNumber(duplicates)])}
        </button>
      )}
      <button type="button" class="pp-button bd-head__stages" onClick={onEditStages}>
        {i18n.t('board.editStages')}
      </button>
    </header>
  );
}
