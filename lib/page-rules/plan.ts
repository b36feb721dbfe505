/**
 * What importing rules would do, before anything is written: each rule of the file is new, replaces
 * an imported rule, is the same as one we have, or would replace the user's own rule — which only
 * happens when the user says so for that rule.
 */
import type { Anchor, PageRule } from './types';

export type RuleImportAction = 'add' | 'replace' | 'same' | 'ask';

export interface RuleImportRow {
  rule: PageRule;
  existing?: PageRule;
  action: RuleImportAction;
}

const sameAnchors = (a: readonly Anchor[], b: readonly Anchor[]) => JSON.stringify(a) === JSON.stringify(b);

export function planRulesImport(current: readonly PageRule[], incoming: readonly PageRule[]): RuleImportRow[] {
  const byId = new Map(current.map((rule) => [rule.id, rule]));
  return incoming.map((rule) => {
    const existing = byId.get(rule.id);
    if (!existing) return { rule, action: 'add' };
    if (sameAnchors(existing.anchors, rule.anchors) && existing.shape === rule.shape)
      return { rule, existing, action: 'same' };
    return { rule, existing, action: existing.origin === 'mine' ? 'ask' : 'replace' };
  });
}

/** The rules after the import: `replaceMine` lists the user's own rules they agreed to replace. */
export function applyRulesImport(
  current: readonly PageRule[],
  rows: readonly RuleImportRow[],
  replaceMine: ReadonlySet<string> = new Set(),
): PageRule[] {
  const next = new Map(current.map((rule) => [rule.id, rule]));
  for (const row of rows) {
    if (row.action === 'add' || row.action === 'replace' || (row.action === 'ask' && replaceMine.has(row.rule.id)))
      next.set(row.rule.id, row.rule);
  }
  return [...next.values()];
}

/** Merge of a backup's rules into ours (lib/backup/exchange.ts): ours are kept, the file's new ones added. */
export function mergeBackupRules(current: readonly PageRule[], incoming: readonly PageRule[]): PageRule[] {
  const known = new Set(current.map((rule) => rule.id));
  const added = incoming.filter((rule) => !known.has(rule.id));
  return added.length ? [...current, ...added] : (current as PageRule[]);
}
