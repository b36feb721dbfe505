import type { SourceOrigin } from '@/lib/model';
import type { PartnerFilter, SortOrder } from '@/lib/search';
import { PLATFORM_NAMES } from '@/lib/platforms';
import { countryLabel } from '@/lib/format';

interface FilterBarProps {
  filter: PartnerFilter;
  sort: SortOrder;
  countries: string[];
  origins: SourceOrigin[];
  tags: string[];
  onFilter: (filter: PartnerFilter) => void;
  onSort: (sort: SortOrder) => void;
}

export function FilterBar({ filter, sort, countries, origins, tags, onFilter, onSort }: FilterBarProps) {
  const choose = (key: 'country' | 'origin' | 'tag', value: string) => {
    const next = { ...filter };
    if (value) (next as Record<string, string>)[key] = value;
    else delete next[key];
    onFilter(next);
  };
  return (
    <div class="pp-filters">
      <input
        type="search"
        class="pp-search"
        placeholder="Search name, city, notes, tags…"
        aria-label="Search partners"
        autoFocus
        value={filter.query}
        onInput={(event) => onFilter({ ...filter, query: event.currentTarget.value })}
      />
      <div class="pp-filters__row">
        <select aria-label="Country" value={filter.country ?? ''} onChange={(e) => choose('country', e.currentTarget.value)}>
          <option value="">All countries</option>
          {countries.map((code) => (
            <option key={code} value={code}>{countryLabel(code)}</option>
          ))}
        </select>
        <select aria-label="Platform" value={filter.origin ?? ''} onChange={(e) => choose('origin', e.currentTarget.value)}>
          <option value="">All platforms</option>
          {origins.map((origin) => (
            <option key={origin} value={origin}>{PLATFORM_NAMES[origin]}</option>
          ))}
        </select>
        {tags.length > 0 && (
          <select aria-label="Tag" value={filter.tag ?? ''} onChange={(e) => choose('tag', e.currentTarget.value)}>
            <option value="">All tags</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>{tag}</option>
            ))}
          </select>
        )}
        <select aria-label="Sort by" value={sort} onChange={(e) => onSort(e.currentTarget.value as SortOrder)}>
          <option value="recent">Recent first</option>
          <option value="name">Name A–Z</option>
          <option value="follow-up">Follow-up date</option>
        </select>
      </div>
    </div>
  );
}
