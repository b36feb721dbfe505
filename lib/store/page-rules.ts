/**
 * Page rules in the database: one `meta` key (`pageRules`), so they go into the JSON backup through
 * lib/backup/exchange.ts and no store (no new data version) is needed. Every read validates; every change is
 * one readwrite transaction that also counts towards the backup nudge.
 */
import { countChange, type Database } from './db';
import type { RuleOutcome } from '../page-rules/apply';
import { applyRulesImport, type RuleImportRow } from '../page-rules/plan';
import { PageRuleSchema } from '../page-rules/schema';
import { recordOutcomes, restoreRule, type SetAsideNotice } from '../page-rules/state';
import type { LabelAnchor, PageRule } from '../page-rules/types';
import { matchLabel } from '../extractors/labels';
import { useEveryLanguage } from '../extractors/label-tables';

// A rule's label may be in any language (the options page and the background hold no page's tables).
useEveryLanguage();

/** The stored rules; one that no longer validates is left out rather than applied. */
export async function readPageRules(db: Database): Promise<PageRule[]> {
  const stored = await db.get('meta', 'pageRules');
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((raw) => {
    const parsed = PageRuleSchema.safeParse(raw);
    return parsed.success ? [parsed.data as PageRule] : [];
  });
}

/** Reads, changes and writes the rules in one transaction; `change` returns the new list or undefined (no change). */
async function changeRules<T>(
  db: Database,
  change: (rules: PageRule[]) => { rules?: PageRule[]; result: T; bookkeeping?: boolean },
): Promise<T> {
  const tx = db.transaction('meta', 'readwrite');
  const stored = await tx.store.get('pageRules');
  const current = (Array.isArray(stored) ? stored : []).filter(
    (raw) => PageRuleSchema.safeParse(raw).success,
  ) as PageRule[];
  const { rules, result, bookkeeping } = change(current);
  if (rules) await tx.store.put(rules, 'pageRules');
  // "Last worked" alone is this browser's bookkeeping, not a change the backup nudge should count.
  if (rules && !bookkeeping) await countChange(tx.store);
  await tx.done;
  return result;
}

/** A rule made by Pick on page: the user's own, replacing any earlier rule for the same field. */
export function savePickedRule(db: Database, rule: PageRule): Promise<void> {
  const checked = PageRuleSchema.parse(rule) as PageRule;
  return changeRules(db, (rules) => ({
    rules: [...rules.filter((r) => r.id !== checked.id), { ...checked, origin: 'mine' }],
    result: undefined,
  }));
}

export function deletePageRules(db: Database, ids: readonly string[]): Promise<number> {
  return changeRules(db, (rules) => {
    const kept = rules.filter((rule) => !ids.includes(rule.id));
    return { rules: kept.length === rules.length ? undefined : kept, result: rules.length - kept.length };
  });
}

/** The user corrected the label the rule looks for: its dictionary key follows, and the rule is back at work. */
/** The new label's dictionary key is looked up in the language of the page the rule was made on. */
export function setRuleLabel(db: Database, id: string, text: string): Promise<boolean> {
  const label = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[:：]$/, '');
  if (!label || label.length > 80) return Promise.resolve(false);
  return changeRules(db, (rules) => {
    const rule = rules.find((r) => r.id === id);
    const anchor = rule?.anchors.find((a): a is LabelAnchor => a.kind === 'label');
    if (!rule || !anchor) return { result: false };
    const key = matchLabel(label, anchor.language);
    const { key: _old, ...rest } = anchor;
    const relabelled: LabelAnchor = { ...rest, text: label, ...(key ? { key } : {}) };
    const next = restoreRule({
      ...rule,
      anchors: rule.anchors.map((a) => (a === anchor ? relabelled : a)),
      origin: 'mine',
    });
    return { rules: rules.map((r) => (r.id === id ? (PageRuleSchema.parse(next) as PageRule) : r)), result: true };
  });
}

/** Records what the rules did on a page; returns the rules set aside now (the user is told). */
export function recordRuleOutcomes(
  db: Database,
  outcomes: readonly RuleOutcome[],
  at: string,
): Promise<SetAsideNotice[]> {
  return changeRules(db, (rules) => {
    const recorded = recordOutcomes(rules, outcomes, at);
    const rulesOut = recorded.changed.length ? recorded.rules : undefined;
    return { rules: rulesOut, result: recorded.setAside, bookkeeping: recorded.setAside.length === 0 };
  });
}

/** Writes a previewed rules-file import; the user's own rules only where they agreed. */
export function importPageRules(
  db: Database,
  rows: readonly RuleImportRow[],
  replaceMine: ReadonlySet<string>,
): Promise<number> {
  return changeRules(db, (rules) => {
    const next = applyRulesImport(rules, rows, replaceMine);
    const written = rows.filter(
      (row) =>
        row.action === 'add' || row.action === 'replace' || (row.action === 'ask' && replaceMine.has(row.rule.id)),
    ).length;
    return { rules: written ? next : undefined, result: written };
  });
}
