/** Filtering the pipeline: every word must appear, ignoring case and diacritics ("lodz" finds "Łódź"). */
import type { PartnerSummary, SourceOrigin } from './model';
import { foldText } from './identity';

export interface PartnerFilter {
  query: string;
  stageId?: string;
  country?: string;
  origin?: SourceOrigin;
  tag?: string;
}

export type SortOrder = 'recent' | 'name' | 'follow-up';

export function filterPartners(partners: PartnerSummary[], filter: PartnerFilter): PartnerSummary[] {
  const words = foldText(filter.query).split(' ').filter(Boolean);
  return partners.filter(
    (p) =>
      (!filter.stageId || p.stageId === filter.stageId) &&
      (!filter.country || p.country === filter.country) &&
      (!filter.origin || p.origins.includes(filter.origin)) &&
      (!filter.tag || p.tags.includes(filter.tag)) &&
      words.every((word) => p.searchText.includes(word)),
  );
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

export function sortPartners(partners: PartnerSummary[], order: SortOrder): PartnerSummary[] {
  const sorted = [...partners];
  if (order === 'name') sorted.sort((a, b) => collator.compare(a.name, b.name));
  else if (order === 'follow-up') sorted.sort((a, b) => (a.nextFollowUp ?? '9999').localeCompare(b.nextFollowUp ?? '9999'));
  else sorted.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return sorted;
}
