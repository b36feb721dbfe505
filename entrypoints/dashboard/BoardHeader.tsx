import { partnersWord } from './board-model';

interface BoardHeaderProps {
  query: string;
  total: number;
  shown: number;
  due: number;
  archived: number;
  onQuery: (query: string) => void;
  onEditStages: () => void;
}

/** Title, the filter box and the counts. */
export function BoardHeader({ query, total, shown, due, archived, onQuery, onEditStages }: BoardHeaderProps) {
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
      <button type="button" class="pp-button bd-head__stages" onClick={onEditStages}>
        Edit stages
      </button>
    </header>
  );
}
