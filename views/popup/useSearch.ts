/** The popup's search: partners in the chosen order that match the filter. */
import { useMemo, useRef } from 'preact/hooks';
import type { PartnerSummary } from '@/lib/domain/model';
import { searchPartners, sortPartners, type LastSearch, type PartnerFilter, type SortOrder } from '@/lib/domain/search';

/**
 * Sorted once per list and order; a keystroke only filters (which keeps the order), from the last
 * result when the query was only typed further.
 */
export function useSearch(
  partners: PartnerSummary[] | undefined,
  filter: PartnerFilter,
  sort: SortOrder,
): PartnerSummary[] {
  const ordered = useMemo(() => (partners ? sortPartners(partners, sort) : []), [partners, sort]);
  const last = useRef<LastSearch>();
  return useMemo(() => {
    last.current = searchPartners(ordered, filter, last.current);
    return last.current.found;
  }, [ordered, filter]);
}
