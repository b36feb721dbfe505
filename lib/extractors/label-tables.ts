/**
 * The label tables built from the dictionary's source (labels-dictionary.ts): every language's
 * folded terms and the terms that mean one field in every language. The build writes them as data
 * (scripts/dictionaries.ts) for the pages' stage 2, which never imports this file (issue 13); what
 * reads pages elsewhere — the registry (background, scripts), the options page, the tests — calls
 * `useEveryLanguage()` and has them all, built on first use.
 */
import { foldLabel, useLabelFallback, type LabelKey, type LabelTableSet } from './labels';
import { LABEL_KEYS, LABELS } from './labels-dictionary';

type EveryLanguage = Required<Omit<LabelTableSet, 'without'>>;

const conflicts: string[] = [];
let built: EveryLanguage | undefined;

function buildLabelTables(): EveryLanguage {
  if (built) return built;
  const byLanguage = new Map<string, Map<string, LabelKey>>();
  const seen = new Map<string, Set<LabelKey>>();
  for (const key of LABEL_KEYS) {
    for (const [language, terms] of Object.entries(LABELS[key])) {
      const table = byLanguage.get(language) ?? byLanguage.set(language, new Map()).get(language)!;
      for (const term of terms.split('|').map(foldLabel).filter(Boolean)) {
        const earlier = table.get(term);
        if (earlier && earlier !== key) conflicts.push(`${language}: "${term}" is ${earlier} and ${key}`);
        else table.set(term, key);
        seen.set(term, (seen.get(term) ?? new Set()).add(key));
      }
    }
  }
  const anyLanguage = new Map(
    [...seen].filter(([, keys]) => keys.size === 1).map(([term, keys]) => [term, [...keys][0]!]),
  );
  return (built = { byLanguage, anyLanguage });
}

/** Terms that mean two fields within one language: a dictionary mistake (the tests expect none). */
export function dictionaryConflicts(): string[] {
  buildLabelTables();
  return conflicts;
}

/** Every language's labels for this realm, for a label no preloaded table answers. */
export function useEveryLanguage(): void {
  useLabelFallback(buildLabelTables);
}

/** The tables as plain data, for the build (scripts/dictionaries.ts). */
export function labelTables(): {
  byLanguage: Record<string, Record<string, LabelKey>>;
  anyLanguage: Record<string, LabelKey>;
} {
  const tables = buildLabelTables();
  const byLanguage = Object.fromEntries(
    [...tables.byLanguage].map(([language, table]) => [language, Object.fromEntries(table)]),
  );
  return { byLanguage, anyLanguage: Object.fromEntries(tables.anyLanguage) };
}
