/**
 * Build step (issue 13): the readers' label and country dictionaries as data, folded ahead of time
 * and split per language, so a content script's first reading does not first fold ~3,000 label
 * terms and ask Intl for ~3,700 country names. wxt.config.ts writes these files into the build;
 * views/page/dictionary-loader.ts loads the page's language and English before the first reading.
 * The dictionaries' content and the folding stay the readers' (lib/extractors).
 */
import { countryTable, PLATFORM_LANGUAGES } from '../lib/extractors/countries';
import { labelTables } from '../lib/extractors/label-tables';
import { monthTables } from '../lib/extractors/dates';
import { regionCodes } from '../lib/domain/regions';

export const DICTIONARY_DIR = 'dictionaries';

export interface DictionaryFile {
  relativeDest: string;
  contents: string;
}

export function dictionaryFiles(): DictionaryFile[] {
  const { byLanguage, anyLanguage } = labelTables();
  const languages = new Set<string>([...PLATFORM_LANGUAGES, ...Object.keys(byLanguage)]);
  // A language without labels of its own gets `null`: its pages fall back to building everything.
  const perLanguage = [...languages].map((language) => ({
    relativeDest: `${DICTIONARY_DIR}/labels-${language}.json`,
    contents: JSON.stringify(byLanguage[language] ?? null),
  }));
  return [
    ...perLanguage,
    { relativeDest: `${DICTIONARY_DIR}/labels-any.json`, contents: JSON.stringify(anyLanguage) },
    { relativeDest: `${DICTIONARY_DIR}/countries.json`, contents: JSON.stringify(countryTable()) },
    { relativeDest: `${DICTIONARY_DIR}/months.json`, contents: JSON.stringify(monthTables()) },
    { relativeDest: `${DICTIONARY_DIR}/regions.json`, contents: JSON.stringify(regionCodes()) },
  ];
}
