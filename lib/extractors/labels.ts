/**
 * Names a label with the multilingual dictionary of labels-dictionary.ts: "Země", "País", "Organisation
 * name:" → the field it stands for. Labels match whole, never as substrings. This file does not import
 * the dictionary's terms: they come as tables (see `LabelTableSet`), built ahead of time per language.
 * The shapes labels and values come in on a page are read by labelled-fields.ts.
 */
import { foldName } from './countries';
import { LABEL_KEYS, MACHINE_NAMES, type LabelKey } from './label-keys';

export { LABEL_KEYS, type LabelKey };

/** Folded label: no case, accents, punctuation, "(optional)" notes, required-field stars or colon. */
export function foldLabel(label: string): string {
  return foldName(label.replace(/\([^)]*\)/g, ' '))
    .replace(/\*/g, '')
    .replace(/ς/g, 'σ')
    .replace(/\s+/g, ' ')
    .trim();
}

type LabelTable = Map<string, LabelKey>;
/** Folded term → field, per language; `anyLanguage`: the terms that mean one field in every language. */
export interface LabelTableSet {
  byLanguage: Map<string, LabelTable>;
  anyLanguage?: LabelTable;
  /** Languages known to have no terms of their own (their labels are read as `anyLanguage`). */
  without?: Set<string>;
}

/**
 * Tables loaded as data (a page's stage 2: views/page/dictionary-loader.ts loads the page's languages
 * built ahead of time); `fallback` builds every language from the dictionary's source, where that source
 * is at hand (lib/extractors/label-tables.ts). A page's stage 2 has no fallback: a label no loaded table
 * answers names no field, rather than pull the ~40 KB source into every record page.
 */
let preloaded: LabelTableSet | undefined;
let fallback: (() => LabelTableSet) | undefined;

export function useLabelFallback(build: (() => LabelTableSet) | undefined): void {
  fallback = build;
}

/** `null` for a language: it has no terms of its own (the build writes such files as `null`). */
export function useLabelTables(
  byLanguage: Record<string, Record<string, LabelKey> | null>,
  anyLanguage?: Record<string, LabelKey>,
): void {
  const entries = Object.entries(byLanguage);
  const maps = new Map(
    entries.flatMap(([language, table]) => (table ? [[language, new Map(Object.entries(table))] as const] : [])),
  );
  const without = new Set(entries.filter(([, table]) => table === null).map(([language]) => language));
  preloaded = {
    byLanguage: maps,
    anyLanguage: anyLanguage ? new Map(Object.entries(anyLanguage)) : undefined,
    without,
  };
}

/** The tables that answer for `code`: the loaded ones when they cover it, else the fallback's. */
function tablesFor(code: string | undefined): LabelTableSet | undefined {
  const own = code && preloaded?.byLanguage.has(code) && preloaded.byLanguage.has('en');
  const anyOnly = (!code || preloaded?.without?.has(code)) && preloaded?.anyLanguage;
  return own || anyOnly ? preloaded : fallback?.();
}

/**
 * The field a label names. With a known page language only that language's terms count (plus
 * English, which untranslated Drupal strings fall back to); without one, only terms that mean the
 * same field in every language.
 */
export function matchLabel(label: string, language?: string): LabelKey | undefined {
  if (label.length > 120) return undefined;
  const folded = foldLabel(label);
  if (!folded) return undefined;
  const code = language?.toLowerCase().slice(0, 2);
  const tables = tablesFor(code);
  if (!tables) return undefined;
  const own = code ? tables.byLanguage.get(code) : undefined;
  // Then English, then a term of several words that means one field in every language (a string left
  // untranslated); one short word may be another word in the page's language (Danish "By" is a city).
  const untranslated = folded.includes(' ') ? tables.anyLanguage?.get(folded) : undefined;
  if (own) return own.get(folded) ?? tables.byLanguage.get('en')?.get(folded) ?? untranslated;
  return tables.anyLanguage?.get(folded);
}

/** The field a Drupal machine name stands for (`field--name-field-country` → country). */
export function matchMachineName(className: string): LabelKey | undefined {
  const name = /(?:^|\s)field--name-([a-z0-9_-]+)/.exec(className)?.[1]?.replace(/_/g, '-');
  if (!name) return undefined;
  return (Object.keys(MACHINE_NAMES) as LabelKey[]).find((key) => MACHINE_NAMES[key]!.includes(name));
}
