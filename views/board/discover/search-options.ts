/** The Discover filters (and the chosen project idea) as ranking options. */
import type { FilterValues } from '@/components/discover/DiscoverFilters';
import type { RankOptions } from '@/lib/discover/rank';
import type { Organisation, ProjectIdea } from '@/lib/domain/model';

export const EMPTY_FILTERS: FilterValues = {
  ideaId: '',
  query: '',
  action: '',
  countries: '',
  excludeCountries: '',
  type: '',
  role: '',
  yearFrom: '',
  yearTo: '',
};

export const ACTIONS = [
  'KA220-ADU',
  'KA220-SCH',
  'KA220-VET',
  'KA220-YOU',
  'KA220-HED',
  'KA210-ADU',
  'KA210-SCH',
  'KA210-VET',
  'KA210-YOU',
  'KA122-ADU',
  'KA122-SCH',
  'KA152-YOU',
  'KA153-YOU',
  'KA154-YOU',
];

const codes = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => /^[A-Z]{2}$/.test(c));
const year = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text) : undefined);

export function rankOptions(
  values: FilterValues,
  idea: ProjectIdea | undefined,
  organisations: Map<string, Organisation>,
): RankOptions {
  const words = [values.query, idea ? `${idea.title} ${idea.description ?? ''}` : ''].join(' ').trim();
  const haveCountries = idea
    ? [...new Set(idea.members.map((m) => organisations.get(m.orgId)?.country).filter((c): c is string => !!c))]
    : [];
  const options: RankOptions = { limit: 50 };
  if (words) options.query = words;
  const action = values.action || idea?.action;
  if (action) options.action = action;
  if (codes(values.countries).length) options.countries = codes(values.countries);
  if (codes(values.excludeCountries).length) options.excludeCountries = codes(values.excludeCountries);
  if (haveCountries.length) options.haveCountries = haveCountries;
  if (values.type.trim()) options.types = [values.type.trim()];
  if (values.role) options.role = values.role;
  if (year(values.yearFrom)) options.yearFrom = year(values.yearFrom);
  if (year(values.yearTo)) options.yearTo = year(values.yearTo);
  return options;
}
