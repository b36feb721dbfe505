/** The search side panel: a project idea (or words), its action, and filters on country, type, role, years. */
import { i18n } from '@/lib/i18n';

export interface FilterValues {
  ideaId: string;
  query: string;
  action: string;
  countries: string;
  excludeCountries: string;
  type: string;
  role: '' | 'coordinator' | 'partner';
  yearFrom: string;
  yearTo: string;
}

interface Props {
  values: FilterValues;
  ideas: { id: string; title: string }[];
  actions: string[];
  onChange: (values: FilterValues) => void;
  onSearch: () => void;
}

export function DiscoverFilters({ values, ideas, actions, onChange, onSearch }: Props) {
  const set =
    <K extends keyof FilterValues>(key: K) =>
    (event: Event) =>
      onChange({ ...values, [key]: (event.currentTarget as HTMLInputElement).value });
  const text = (
    key: 'query' | 'countries' | 'excludeCountries' | 'type' | 'yearFrom' | 'yearTo',
    label: string,
    inputMode?: 'numeric',
  ) => (
    <label class="dc-field">
      <span>{label}</span>
      <input type="text" value={values[key]} inputMode={inputMode} onInput={set(key)} />
    </label>
  );
  return (
    <form
      class="dc-filters"
      aria-labelledby="dc-filters-title"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch();
      }}
    >
      <h3 id="dc-filters-title">{i18n.t('discover.filters.title')}</h3>
      <label class="dc-field">
        <span>{i18n.t('discover.filters.idea')}</span>
        <select value={values.ideaId} onChange={set('ideaId')}>
          <option value="">{i18n.t('discover.filters.noIdea')}</option>
          {ideas.map((idea) => (
            <option key={idea.id} value={idea.id}>
              {idea.title}
            </option>
          ))}
        </select>
      </label>
      {text('query', i18n.t('discover.filters.query'))}
      <label class="dc-field">
        <span>{i18n.t('discover.filters.action')}</span>
        <select value={values.action} onChange={set('action')}>
          <option value="">{i18n.t('discover.filters.anyAction')}</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>
      </label>
      {text('countries', i18n.t('discover.filters.countries'))}
      {text('excludeCountries', i18n.t('discover.filters.excludeCountries'))}
      {text('type', i18n.t('discover.filters.type'))}
      <label class="dc-field">
        <span>{i18n.t('discover.filters.role')}</span>
        <select value={values.role} onChange={set('role')}>
          <option value="">{i18n.t('discover.filters.anyRole')}</option>
          <option value="coordinator">{i18n.t('discover.filters.coordinator')}</option>
          <option value="partner">{i18n.t('discover.filters.partner')}</option>
        </select>
      </label>
      {text('yearFrom', i18n.t('discover.filters.yearFrom'), 'numeric')}
      {text('yearTo', i18n.t('discover.filters.yearTo'), 'numeric')}
      <button type="submit" class="pp-button bd-primary">
        {i18n.t('discover.filters.search')}
      </button>
    </form>
  );
}
