/**
 * Dates as the EU platforms print them, in any of their languages → `YYYY-MM-DD` (or `YYYY-MM`).
 * Numeric forms are read day-first (European order): 15/03/2026, 15.03.2026, 15. 3. 2026, 2026-03-15,
 * 2026. 03. 15. Month names are not hand-kept: they are generated from Intl (CLDR) for every platform
 * language, in nominative, genitive ("15 marca"), and short forms. A name that means different months
 * in two languages (Croatian "listopad" is October, Polish/Czech "listopad" November) is only trusted
 * when the page language is known.
 */
import { PLATFORM_LANGUAGES, foldName } from './countries';

type MonthTable = Map<string, number>;
let perLanguage: Map<string, MonthTable> | undefined;
let unambiguous: MonthTable | undefined;

/** Folded month word: no diacritics, lower case, no trailing dot ("März" → "marz", "sept." → "sept"). */
const foldMonth = (word: string) => foldName(word).replace(/\s+/g, '');

function monthNamesOf(language: string): MonthTable {
  const table: MonthTable = new Map();
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { day: 'numeric', month: 'long' },
    { day: 'numeric', month: 'short' },
    { year: 'numeric', month: 'long' },
    { year: 'numeric', month: 'short' },
  ];
  for (const options of styles) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    } catch {
      continue;
    }
    for (let month = 1; month <= 12; month += 1) {
      const part = format.formatToParts(new Date(Date.UTC(2026, month - 1, 15))).find((p) => p.type === 'month');
      const word = part ? foldMonth(part.value) : '';
      if (word && !/^\d+$/.test(word) && !table.has(word)) table.set(word, month);
    }
  }
  // Common short spellings CLDR does not produce ("Sept", "Mar" in English text on any page).
  if (language === 'en')
    for (const [word, month] of [
      ['sept', 9],
      ['june', 6],
      ['july', 7],
    ] as const)
      table.set(word, month);
  return table;
}

function tables(): { perLanguage: Map<string, MonthTable>; unambiguous: MonthTable } {
  if (!perLanguage || !unambiguous) {
    perLanguage = new Map(PLATFORM_LANGUAGES.map((language) => [language, monthNamesOf(language)]));
    const seen = new Map<string, Set<number>>();
    for (const table of perLanguage.values()) {
      for (const [word, month] of table) seen.set(word, (seen.get(word) ?? new Set()).add(month));
    }
    unambiguous = new Map(
      [...seen].filter(([, months]) => months.size === 1).map(([word, months]) => [word, [...months][0]!]),
    );
  }
  return { perLanguage, unambiguous };
}

/** The month tables as plain data, built ahead of time by the build (scripts/dictionaries.ts). */
export function monthTables(): {
  perLanguage: Record<string, Record<string, number>>;
  unambiguous: Record<string, number>;
} {
  const built = tables();
  const perLanguageData = Object.fromEntries(
    [...built.perLanguage].map(([language, table]) => [language, Object.fromEntries(table)]),
  );
  return { perLanguage: perLanguageData, unambiguous: Object.fromEntries(built.unambiguous) };
}

/** Starts with tables built ahead of time instead of ~2,000 Intl formats on the first date read. */
export function useMonthTables(data: ReturnType<typeof monthTables>): void {
  perLanguage = new Map(
    Object.entries(data.perLanguage).map(([language, table]) => [language, new Map(Object.entries(table))]),
  );
  unambiguous = new Map(Object.entries(data.unambiguous));
}

/** Month number for a month word in `language` (or any language if it is unambiguous). */
export function monthFromName(word: string, language?: string): number | undefined {
  const folded = foldMonth(word);
  if (!folded) return undefined;
  const { perLanguage: byLanguage, unambiguous: anyLanguage } = tables();
  const lang = language?.toLowerCase().slice(0, 2);
  return (lang ? byLanguage.get(lang)?.get(folded) : undefined) ?? anyLanguage.get(folded);
}

/** A real calendar date (or month) as ISO text; undefined for 31 February or a year out of range. */
export function isoDate(year: number, month: number, day?: number): string | undefined {
  if (!(year >= 1990 && year <= 2100 && month >= 1 && month <= 12)) return undefined;
  const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return yearMonth;
  const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  return real ? `${yearMonth}-${String(day).padStart(2, '0')}` : undefined;
}

// A month word ("marca", "sept.", "Μαρτίου"); Irish has two-word months ("Meán Fómhair").
const W = '(?<w>\\p{L}[\\p{L}.]*(?:\\s+F[óo]mhair)?)';
const SEP = '[\\s,]*';
/** Full dates, tried in order; groups are named so each form says which number is which. */
const FULL_DATES: RegExp[] = [
  /(?<!\d)(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)/u, // 2026-03-15, also 2026-03-15T10:00
  /(?<!\d)(?<y>\d{4})\.\s?(?<m>\d{1,2})\.\s?(?<d>\d{1,2})\.?(?!\d)/u, // Hungarian 2026. 03. 15.
  /(?<!\d)(?<y>\d{4})\/(?<m>\d{1,2})\/(?<d>\d{1,2})(?!\d)/u, // 2026/03/15
  /(?<!\d)(?<d>\d{1,2})\s?[./-]\s?(?<m>\d{1,2})\s?[./-]\s?(?<y>\d{4})(?!\d)/u, // 15/03/2026, 15.03.2026, 15. 3. 2026
  // 15 March 2026, 15. März 2026, 15 de marzo de 2026, 15 ta' Marzu 2026, 15 Μαρτίου 2026, kovo 15 d. 2026 is below
  new RegExp(
    `(?<!\\d)(?<d>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s*(?:de\\s+|ta['’]\\s*|d\\.\\s*)?${W}${SEP}(?:de\\s+|del\\s+)?(?<y>\\d{4})(?!\\d)`,
    'u',
  ),
  new RegExp(`${W}\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})(?!\\d)`, 'u'), // March 15, 2026
  // 2026. március 15., 2026 m. kovo 15 d., 2026. gada 15. marts
  new RegExp(`(?<!\\d)(?<y>\\d{4})\\.?\\s*(?:m\\.\\s*)?${W}\\s+(?<d>\\d{1,2})(?!\\d)`, 'u'),
  new RegExp(`(?<!\\d)(?<y>\\d{4})\\.?\\s*(?:gada\\s+)?(?<d>\\d{1,2})\\.\\s*${W}`, 'u'),
];
const MONTH_DATES: RegExp[] = [
  /(?<!\d)(?<y>\d{4})-(?<m>\d{1,2})(?![\d-])/u, // 2026-03
  /(?<!\d)(?<m>\d{1,2})[./](?<y>\d{4})(?!\d)/u, // 03/2026, 3.2026
  new RegExp(`${W}\\s*(?:de\\s+|del\\s+)?(?<y>\\d{4})(?!\\d)`, 'u'), // March 2026, marzo de 2026
  new RegExp(`(?<!\\d)(?<y>\\d{4})\\.?\\s*(?:m\\.\\s*|g\\.\\s*|gada\\s+)?${W}`, 'u'), // 2026. március, 2026. g. marts
];

function fromMatch(m: RegExpMatchArray, language: string | undefined, withDay: boolean): string | undefined {
  const { y, m: monthDigits, d, w } = m.groups ?? {};
  const month = monthDigits ? Number(monthDigits) : w ? monthFromName(w, language) : undefined;
  if (month === undefined || !y) return undefined;
  return isoDate(Number(y), month, withDay ? Number(d) : undefined);
}

/** Every match of each pattern in turn (a false start like "gada" does not hide the real date). */
function firstDate(
  text: string,
  patterns: RegExp[],
  language: string | undefined,
  withDay: boolean,
): string | undefined {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').slice(0, 500);
  for (const pattern of patterns) {
    for (const m of clean.matchAll(new RegExp(pattern.source, 'gu'))) {
      const date = fromMatch(m, language, withDay);
      if (date) return date;
    }
  }
  return undefined;
}

/** The first full date in `text` as YYYY-MM-DD, or undefined. `language` is the page's (e.g. "pl"). */
export function parseDate(text: string | null | undefined, language?: string): string | undefined {
  return text ? firstDate(text, FULL_DATES, language, true) : undefined;
}

/** A full date if there is one, else a month and year ("March 2026" → "2026-03"). */
export function parsePartialDate(text: string | null | undefined, language?: string): string | undefined {
  if (!text) return undefined;
  return parseDate(text, language) ?? firstDate(text, MONTH_DATES, language, false);
}
