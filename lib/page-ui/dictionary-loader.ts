/**
 * Stage 2, before its first reading: the dictionaries built ahead of time (scripts/dictionaries.ts) for
 * the page's language and English, and the country names. Whatever fails to load is built on first
 * use as before, so a missing file costs time, never a field.
 */
import type { FieldKey } from '@/lib/extractors/labels-dictionary';
import { useCountryTable } from '@/lib/extractors/countries';
import { useLabelTables } from '@/lib/extractors/labels';

type LabelTable = Record<string, FieldKey>;

const LANGUAGE = /^[a-z]{2,3}(?:-[a-z]{2,4})?$/i;

/** The languages a reader may ask for: the address's language segment and the page's lang. */
function pageLanguages(url: URL, doc: Document): string[] {
  const segment = url.pathname.split('/').filter(Boolean).find((part, index) => index < 2 && LANGUAGE.test(part));
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
    const [countries, any, ...tables] = await Promise.all([
      load<Record<string, string>>('countries.json'),
      // Terms of every language are only asked for when the page's language is unknown.
      own.length === 0 ? load<LabelTable>('labels-any.json') : undefined,
      ...languages.map((language) => load<LabelTable | null>(`labels-${language}.json`)),
    ]);
    if (countries) useCountryTable(countries);
    const found = languages.flatMap((language, index) => (tables[index] ? [[language, tables[index]!] as const] : []));
    const byLanguage = Object.fromEntries(found);
    if (byLanguage.en) useLabelTables(byLanguage, any);
  })());
}
