/**
 * A page's stage 2 has no dictionary source (issue 13): what views/page/dictionary-loader.ts loads
 * must answer every label exactly as the tables built from the source do, with no fallback.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dictionaryFiles } from '../../scripts/dictionaries';
import { matchLabel, useLabelFallback } from '@/lib/extractors/labels';
import { labelTables, useEveryLanguage } from '@/lib/extractors/label-tables';

const FILES = new Map(dictionaryFiles().map((file) => [`/${file.relativeDest}`, file.contents]));
const BUILT = labelTables();

/** A fresh loader (it loads once per realm) whose fetches answer from the build's files. */
async function loadFor(address: string, lang: string) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url).pathname;
    asked.push(path.replace('/dictionaries/', ''));
    const body = FILES.get(path);
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  });
  vi.resetModules();
  const { loadDictionaries } = await import('@/views/page/dictionary-loader');
  const labels = await import('@/lib/extractors/labels');
  document.documentElement.lang = lang;
  await loadDictionaries(new URL(address), document);
  return { asked, labels };
}

afterEach(() => {
  vi.unstubAllGlobals();
  useEveryLanguage();
});

describe('stage 2 dictionaries, without the source', () => {
  it('a German page loads German and English only, and reads every German and English term', async () => {
    const { asked, labels } = await loadFor('https://epale.ec.europa.eu/de/partner-search/organisations/x', 'de');
    labels.useLabelFallback(undefined);
    expect(asked.sort()).toEqual(['countries.json', 'labels-de.json', 'labels-en.json', 'months.json', 'regions.json']);
    for (const language of ['de', 'en']) {
      for (const [term, key] of Object.entries(BUILT.byLanguage[language]!))
        expect(labels.matchLabel(term, language), term).toBe(key);
    }
  });

  it('a page in a language without terms reads the terms of every language, as the source does', async () => {
    const { asked, labels } = await loadFor('https://epale.ec.europa.eu/sq/partner-search/organisations/x', 'sq');
    labels.useLabelFallback(undefined);
    expect(asked).toContain('labels-any.json');
    const terms = Object.keys(BUILT.anyLanguage);
    expect(terms.length).toBeGreaterThan(100);
    const expected = terms.map((term) => matchLabel(term, 'sq')); // this module's tables: built from the source
    expect(terms.map((term) => labels.matchLabel(term, 'sq'))).toEqual(expected);
    expect(terms.map((term) => labels.matchLabel(term))).toEqual(terms.map((term) => BUILT.anyLanguage[term]));
  });

  it('without loaded tables or a fallback a label names no field (never a guess)', () => {
    useLabelFallback(undefined);
    expect(matchLabel('Land', 'de')).toBeUndefined();
    useEveryLanguage();
    expect(matchLabel('Land', 'de')).toBe('country');
  });
});
