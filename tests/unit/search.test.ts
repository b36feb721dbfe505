/** lib/domain/search.ts: folded word search, narrowing from the last result, and the orders. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PartnerSummary } from '@/lib/domain/model';
import {
  filterPartners,
  narrows,
  searchPartners,
  sortPartners,
  type LastSearch,
  type PartnerFilter,
} from '@/lib/domain/search';
import { foldText } from '@/lib/domain/identity';

const partner = (id: string, name: string, extra: Partial<PartnerSummary> = {}): PartnerSummary => ({
  id,
  name,
  stageId: 'to-contact',
  origins: ['otlas'],
  tags: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
  searchText: foldText(name),
  ...extra,
});

const partners = [
  partner('a', 'Fundacja Łódź Młodzi', { updatedAt: '2026-03-01T00:00:00.000Z', country: 'PL' }),
  partner('b', 'Verein Lodenfrey', { updatedAt: '2026-02-01T00:00:00.000Z', stageId: 'contacted' }),
  partner('c', 'Asociación Lodosa', { updatedAt: '2026-04-01T00:00:00.000Z', nextFollowUp: '2026-05-01' }),
  partner('d', 'Youth Kraków', { updatedAt: '2026-01-15T00:00:00.000Z', nextFollowUp: '2026-04-01' }),
];

describe('search', () => {
  it('finds every word, ignoring case and diacritics', () => {
    expect(filterPartners(partners, { query: 'LODZ mlodzi' }).map((p) => p.id)).toEqual(['a']);
    expect(filterPartners(partners, { query: 'lod' }).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('a query typed further narrows; a changed one or another filter does not', () => {
    expect(narrows({ query: 'lo' }, { query: 'Lod' })).toBe(true);
    expect(narrows({ query: 'lod' }, { query: 'lod fr' })).toBe(true);
    expect(narrows({ query: 'lod' }, { query: 'lo' })).toBe(false);
    expect(narrows({ query: 'lod' }, { query: 'lod', stageId: 'contacted' })).toBe(false);
    expect(narrows({ query: 'lod', tag: 'x' }, { query: 'lod' })).toBe(false);
  });

  it('searching from the last result finds exactly what searching everything finds, in the same order', () => {
    const word = fc.constantFrom('l', 'o', 'd', 'z', ' ', 'ł', 'a', 'y', 'k');
    const filters = fc.array(
      fc.record({
        query: fc.array(word, { maxLength: 6 }).map((chars) => chars.join('')),
        stageId: fc.constantFrom(undefined, 'contacted'),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(filters, (steps) => {
        let last: LastSearch | undefined;
        for (const step of steps) {
          const filter: PartnerFilter = step.stageId
            ? { query: step.query, stageId: step.stageId }
            : { query: step.query };
          last = searchPartners(partners, filter, last);
          expect(last.found).toEqual(filterPartners(partners, filter));
        }
      }),
    );
  });

  it('starts from the last result only for the same list', () => {
    const first = searchPartners(partners, { query: 'lod' });
    const other = [...partners, partner('e', 'Lodge Club')];
    expect(searchPartners(other, { query: 'lodg' }, first).found.map((p) => p.id)).toEqual(['e']);
  });

  it('sorts by most recent change, name, or follow-up date', () => {
    expect(sortPartners(partners, 'recent').map((p) => p.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(sortPartners(partners, 'name').map((p) => p.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(sortPartners(partners, 'follow-up').map((p) => p.id)).toEqual(['d', 'c', 'a', 'b']);
  });
});
