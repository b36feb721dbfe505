/**
 * The dictionaries built ahead of time (scripts/dictionaries.ts) read exactly like the ones the readers
 * build on first use: every term of a language, with that language's and English's files loaded.
 */
import { describe, expect, it } from 'vitest';
import { dictionaryFiles } from '../../scripts/dictionaries';
import { countryToIso } from '@/lib/extractors/countries';
import { matchLabel, useLabelTables } from '@/lib/extractors/labels';
import { labelTables } from '@/lib/extractors/label-tables';
import { useCountryTable } from '@/lib/extractors/countries';

const files = new Map(dictionaryFiles().map((file) => [file.relativeDest, JSON.parse(file.contents)]));
const COUNTRY_NAMES = [
  'Deutschland',
  'Österreich',
  'Polska',
  'Ελλάδα',
  'Česko',
  'the Netherlands',
  'Türkiye',
  'Sverige',
  'Atlantis',
];

describe('dictionaries built ahead of time', () => {
  it('has a file per language, the language-free terms and the country names', () => {
    for (const name of ['labels-en.json', 'labels-de.json', 'labels-pl.json', 'labels-any.json', 'countries.json']) {
      expect(files.has(`dictionaries/${name}`), name).toBe(true);
    }
  });

  it('matches every term of each language as the readers’ own tables do', () => {
    const built = labelTables();
    const expected = Object.entries(built.byLanguage).flatMap(([language, table]) =>
      Object.keys(table).map((term) => [language, term] as const),
    );
    const before = expected.map(([language, term]) => matchLabel(term, language));
    for (const language of Object.keys(built.byLanguage)) {
      useLabelTables({
        en: files.get('dictionaries/labels-en.json'),
        [language]: files.get(`dictionaries/labels-${language}.json`),
      });
      const terms = expected.filter(([own]) => own === language);
      for (const [, term] of terms)
        expect(matchLabel(term, language), `${language}: ${term}`).toBe(
          before[expected.findIndex(([l, t]) => l === language && t === term)],
        );
    }
    useLabelTables({ en: files.get('dictionaries/labels-en.json') }, files.get('dictionaries/labels-any.json'));
    for (const term of Object.keys(built.anyLanguage).slice(0, 500))
      expect(matchLabel(term)).toBe(built.anyLanguage[term]);
  });

  it('reads country names as the table built from Intl does', () => {
    const before = COUNTRY_NAMES.map((name) => countryToIso(name));
    useCountryTable(files.get('dictionaries/countries.json'));
    expect(COUNTRY_NAMES.map((name) => countryToIso(name))).toEqual(before);
    expect(before.slice(0, 3)).toEqual(['DE', 'AT', 'PL']);
  });
});

describe('month names built ahead of time', () => {
  it('read dates in every language as the tables built from Intl do', async () => {
    const dates = await import('@/lib/extractors/dates');
    const samples = [
      '15 marca 2026',
      '15. März 2026',
      '15 Μαρτίου 2026',
      '2026. március 15.',
      '3 listopada 2026',
      'listopad 2026',
      'Meán Fómhair 2026',
    ];
    const languages = ['pl', 'de', 'el', 'hu', 'hr', 'cs', undefined];
    const before = samples.flatMap((text) => languages.map((language) => dates.parsePartialDate(text, language)));
    dates.useMonthTables(files.get('dictionaries/months.json'));
    const after = samples.flatMap((text) => languages.map((language) => dates.parsePartialDate(text, language)));
    expect(after).toEqual(before);
    expect(before.slice(0, 2)).toEqual(['2026-03-15', '2026-03-15']);
    expect(files.get('dictionaries/months.json')).toEqual(dates.monthTables());
  });
});
