/**
 * Stage 2, before its first reading: the dictionaries built ahead of time (scripts/dictionaries.ts) for
 * the page's language and English, the country names, the month names and the region codes. Stage 2 holds no label
 * source (issue 13): a label no loaded table answers names no field; countries and months missing
 * their file are built from Intl, as before.
 */
import type { LabelKey } from '@/lib/extractors/label-keys';
import { useCountryTable } from '@/lib/extractors/countries';
import { useMonthTables, type monthTables } from '@/lib/extractors/dates';
import { useLabelTables } from '@/lib/extractors/labels';
import { useRegionCodes } from '@/lib/extractors/plausible';

type LabelTable = Record<string, LabelKey>;

const LANGUAGE = /^[a-z]{2,3}(?:-[a-z]{2,4})?$/i;

/** The languages a reader may ask for: the address's language segment and the page's lang. */
function pageLanguages(url: URL, doc: Document): string[] {
  const segment = url.pathname
    .split('/')
    .filter(Boolean)
    .find((part, index) => index < 2 && LANGUAGE.test(part));
  const found = [segment, doc.documentElement.lang].filter((value): value is string => !!value && LANGUAGE.test(value));
  return [...new Set(found.map((value) => value.toLowerCase().slice(0, 2)))];
}

async function load<T>(file: string): Promise<T | undefined> {
  try {
    // Written by the build (wxt.config.ts), so not among WXT's typed public paths.
    const response = await fetch((browser.runtime.getURL as (path: string) => string)(`/dictionaries/${file}`));
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

let loaded: Promise<void> | undefined;

export function loadDictionaries(url: URL, doc: Document): Promise<void> {
  return (loaded ??= (async () => {
    const own = pageLanguages(url, doc);
    const languages = [...new Set(['en', ...own])];
    const [countries, months, regions, ...tables] = await Promise.all([
      load<Record<string, string>>('countries.json'),
      load<ReturnType<typeof monthTables>>('months.json'),
      load<string[]>('regions.json'),
      ...languages.map((language) => load<LabelTable | null>(`labels-${language}.json`)),
    ]);
    if (countries) useCountryTable(countries);
    if (months) useMonthTables(months);
    if (Array.isArray(regions)) useRegionCodes(regions);
    // A language without a file has no terms of its own, like one written as `null`.
    const byLanguage = Object.fromEntries(languages.map((language, index) => [language, tables[index] ?? null]));
    // The terms of every language answer a page without a language (some readers ask with the page's
    // lang only) and a language without terms.
    const needsAny =
      own.length === 0 || !doc.documentElement.lang || languages.some((language) => !byLanguage[language]);
    const any = needsAny ? await load<LabelTable>('labels-any.json') : undefined;
    useLabelTables(byLanguage, any);
  })());
}
