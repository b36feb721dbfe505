/** What the popup's list shows: the filter and sort, the partners they leave, who is due, the filter's choices. */
import { useMemo, useState } from 'preact/hooks';
import type { PartnerSummary } from '@/lib/domain/model';
import type { PartnerFilter, SortOrder } from '@/lib/domain/search';
import { useSearch } from './useSearch';

export function usePartnerView(partners: PartnerSummary[] | undefined, today: string) {
  const [filter, setFilter] = useState<PartnerFilter>({ query: '' });
  const [sort, setSort] = useState<SortOrder>('recent');
  const shown = useSearch(partners, filter, sort);
  const due = useMemo(
    () =>
      (partners ?? [])
        .filter((p) => p.nextFollowUp && p.nextFollowUp <= today)
        .sort((a, b) => a.nextFollowUp!.localeCompare(b.nextFollowUp!)),
    [partners, today],
  );
  const facets = useMemo(() => {
    const all = partners ?? [];
    return {
      countries: [...new Set(all.map((p) => p.country).filter((c): c is string => !!c))].sort(),
      origins: [...new Set(all.flatMap((p) => p.origins))].sort(),
      tags: [...new Set(all.flatMap((p) => p.tags))].sort(),
    };
  }, [partners]);
  const toggleStage = (id: string) => setFilter({ ...filter, stageId: filter.stageId === id ? undefined : id });
  return { filter, setFilter, sort, setSort, shown, due, facets, toggleStage };
}
