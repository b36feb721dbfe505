import type { SourceOrigin } from '@/lib/domain/model';
import type { PartnerFilter, SortOrder } from '@/lib/domain/search';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import { countryLabel } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

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
        placeholder={i18n.t('popup.searchPlaceholder')}
        aria-label={i18n.t('popup.searchLabel')}
        autoFocus
        value={filter.query}
        onInput={(event) => onFilter({ ...filter, query: event.currentTarget.value })}
      />
      <div class="pp-filters__row">
        <select
          aria-label={i18n.t('popup.country')}
          value={filter.country ?? ''}
          onChange={(e) => choose('country', e.currentTarget.value)}
        >
          <option value="">{i18n.t('popup.allCountries')}</option>
          {countries.map((code) => (
            <option key={code} value={code}>
              {countryLabel(code)}
            </option>
          ))}
        </select>
        <select
          aria-label={i18n.t('popup.platform')}
          value={filter.origin ?? ''}
          onChange={(e) => choose('origin', e.currentTarget.value)}
        >
          <option value="">{i18n.t('popup.allPlatforms')}</option>
          {origins.map((origin) => (
            <option key={origin} value={origin}>
              {PLATFORM_NAMES[origin]}
            </option>
          ))}
        </select>
        {tags.length > 0 && (
          <select
            aria-label={i18n.t('popup.tag')}
            value={filter.tag ?? ''}
            onChange={(e) => choose('tag', e.currentTarget.value)}
          >
            <option value="">{i18n.t('popup.allTags')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        )}
        <select
          aria-label={i18n.t('popup.sortBy')}
          value={sort}
          onChange={(e) => onSort(e.currentTarget.value as SortOrder)}
        >
          <option value="recent">{i18n.t('popup.sortRecent')}</option>
          <option value="name">{i18n.t('popup.sortName')}</option>
          <option value="follow-up">{i18n.t('popup.sortFollowUp')}</option>
        </select>
      </div>
    </div>
  );
}
