import { partnersWord } from './board-model';

interface BoardHeaderProps {
  query: string;
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
export function BoardHeader({ query, total, shown, due, archived, duplicates, onQuery, onEditStages, onDuplicates }: BoardHeaderProps) {
  return (
    <header class="bd-head">
      <h1>Partner Pipeline</h1>
      <div class="bd-search">
        <label for="bd-filter" class="bd-sr">
          Filter partners
        </label>
        <input
          id="bd-filter"
          type="search"
          placeholder="Filter by name, city or tag…"
          value={query}
          aria-describedby="bd-counts"
          onInput={(event) => onQuery(event.currentTarget.value)}
        />
      </div>
      <p id="bd-counts" class="bd-counts" aria-live="polite">
        {query.trim() ? `${shown.toLocaleString()} of ${partnersWord(total)} match` : partnersWord(total)}
        {due > 0 && <span class="bd-counts__due"> · {due.toLocaleString()} to follow up</span>}
        {archived > 0 && <span> · {archived.toLocaleString()} in archived stages (not shown)</span>}
      </p>
      {duplicates > 0 && (
        <button type="button" class="pp-button bd-head__dups" aria-haspopup="dialog" onClick={onDuplicates}>
          Possible duplicates ({duplicates.toLocaleString()})
        </button>
      )}
      <button type="button" class="pp-button bd-head__stages" onClick={onEditStages}>
        Edit stages
      </button>
    </header>
  );
}
