/**
 * A rule's record of how it did: when it last worked, misses in a row, and when it was set aside
 * (a value of the wrong shape, or nothing found on three pages in a row) with what to tell the user.
 */
import type { RuleOutcome } from './apply';
import { MAX_MISSES, type PageRule, type RuleField, type SetAsideReason } from './types';

/** Said to the user when a rule is set aside (translated by the view from `reason`). */
export interface SetAsideNotice {
  ruleId: string;
  field: RuleField;
  reason: SetAsideReason;
}

export interface Recorded {
  rules: PageRule[];
  /** Rules whose record changed (to be written back). */
  changed: PageRule[];
  setAside: SetAsideNotice[];
}

function next(rule: PageRule, outcome: RuleOutcome, at: string): PageRule {
  if (outcome.status === 'read') return { ...rule, lastWorkedAt: at, misses: 0 };
  if (outcome.status === 'bad-shape') return { ...rule, setAside: { at, reason: 'shape' } };
  const misses = rule.misses + 1;
  return misses >= MAX_MISSES ? { ...rule, misses, setAside: { at, reason: 'misses' } } : { ...rule, misses };
}

/** Applies one page's outcomes to the rules that produced them. */
export function recordOutcomes(rules: readonly PageRule[], outcomes: readonly RuleOutcome[], at: string): Recorded {
  const byId = new Map(outcomes.map((outcome) => [outcome.ruleId, outcome]));
  const changed: PageRule[] = [];
  const setAside: SetAsideNotice[] = [];
  const updated = rules.map((rule) => {
    const outcome = byId.get(rule.id);
    if (!outcome || rule.setAside) return rule;
    const after = next(rule, outcome, at);
    changed.push(after);
    if (after.setAside) setAside.push({ ruleId: rule.id, field: rule.field, reason: after.setAside.reason });
    return after;
  });
  return { rules: updated, changed, setAside };
}

/** Puts a set-aside rule back to work (the user fixed its label, or asked to try again). */
export const restoreRule = (rule: PageRule): PageRule => {
  const { setAside: _dropped, ...rest } = rule;
  return { ...rest, misses: 0 };
};
