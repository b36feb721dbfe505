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

/**
 * Whether every partner `next` finds is among those `previous` found: the same list and choices,
 * the query typed further (each word of it contains the word it extends). Then a keystroke need
 * only look through the previous result, not the whole list.
 */
export function narrows(previous: PartnerFilter, next: PartnerFilter): boolean {
  return (
    previous.stageId === next.stageId &&
    previous.country === next.country &&
    previous.origin === next.origin &&
    previous.tag === next.tag &&
    foldText(next.query).startsWith(foldText(previous.query))
  );
}

/** The last search: what it looked through, with which filter, and what it found. */
export interface LastSearch {
  partners: PartnerSummary[];
  filter: PartnerFilter;
  found: PartnerSummary[];
}

/** filterPartners, starting from the last search's result when the new filter narrows it (same order kept). */
export function searchPartners(partners: PartnerSummary[], filter: PartnerFilter, last?: LastSearch): LastSearch {
  const from = last && last.partners === partners && narrows(last.filter, filter) ? last.found : partners;
  return { partners, filter, found: filterPartners(from, filter) };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
/** ISO dates and times compare as code units: no locale needed (and several times quicker). */
const codeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortPartners(partners: PartnerSummary[], order: SortOrder): PartnerSummary[] {
  const sorted = [...partners];
  if (order === 'name') sorted.sort((a, b) => collator.compare(a.name, b.name));
  else if (order === 'follow-up') sorted.sort((a, b) => codeUnits(a.nextFollowUp ?? '9999', b.nextFollowUp ?? '9999'));
  else sorted.sort((a, b) => codeUnits(b.updatedAt, a.updatedAt));
  return sorted;
}
