/**
 * Discover's own full-text index (lib/discover/text-index.ts) finds the same projects, with the same
 * scores, words and order, as MiniSearch 7 configured as Discover used it (the reference it replaced).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS, searchTerm } from '@/lib/discover/catalogue';
import { TextIndex } from '@/lib/discover/text-index';

type Doc = { title: string; topics: string; summary?: string };

function reference(docs: Doc[]) {
  const search = new MiniSearch({
    idField: 'id',
    fields: SEARCH_OPTIONS.fields,
    processTerm: searchTerm,
    searchOptions: { boost: SEARCH_OPTIONS.boost, combineWith: 'OR', processTerm: searchTerm },
  });
  search.addAll(docs.map((doc, id) => ({ id, ...doc })));
  return (query: string) =>
    search.search(query).map((hit) => ({ id: hit.id as number, score: hit.score, terms: hit.terms }));
}

const WORDS = [
  'digital',
  'inclusion',
  'seniors',
  'green',
  'skills',
  'rural',
  'youth',
  'Jugend',
  'numérique',
  'inclusión',
  'teacher',
  'training',
  'media',
  'literacy',
  'the',
  'and',
  'ab',
  'cultural',
  'heritage',
  'DIGITAL',
  'Digitale',
];
const text = (max: number) =>
  fc.array(fc.constantFrom(...WORDS, ',', ' - ', '; ', '.'), { maxLength: max }).map((w) => w.join(' '));
const doc = fc.record({ title: text(8), topics: text(6), summary: fc.option(text(30), { nil: undefined }) });

describe('Discover text index', () => {
  it('ranks like MiniSearch for any projects and query', () => {
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 60 }), text(5), (docs, query) => {
        const index = new TextIndex(SEARCH_OPTIONS);
        index.addAll(docs);
        expect(index.search(query)).toEqual(reference(docs)(query));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the best of a long result in the same order, ties first found first', () => {
    const docs = Array.from({ length: 400 }, (_, i) => ({
      title: i % 3 ? 'digital skills' : 'green skills',
      topics: i % 5 ? '' : 'digital',
      summary: 'rural youth',
    }));
    const index = new TextIndex(SEARCH_OPTIONS);
    index.addAll(docs);
    const all = reference(docs)('digital skills youth');
    expect(all.length).toBe(400);
    expect(index.search('digital skills youth', 50)).toEqual(all.slice(0, 50));
  });
});
