/**
 * Joins what the rules read with what the built-in reader read. A rule wins a field only where the
 * built-in value is missing or weaker (the reader said so, or the page looked redesigned to it); the
 * field is then marked "read by your rule" so the panel can say so and offer Undo.
 */
import type { ExtractedOrganisation, ExtractionResult } from '../domain/model';
import { hasWarning } from '../domain/warnings';
import type { RuleOutcome } from './apply';
import type { RuleField } from './types';

/** How sure the built-in reader is of a field (the readers' per-field confidence, when they give it). */
export type Confidence = 'high' | 'medium' | 'low';
export type FieldConfidence = Partial<Record<RuleField, Confidence>>;

export interface MergedResult {
  result: ExtractionResult;
  /** Fields whose value came from the user's rules, with the rule that read each. */
  readByRule: Partial<Record<RuleField, string>>;
}

/** Page types whose first organisation is the record (a list has many: rules do not apply there). */
const RECORD_PAGES = new Set(['organisation', 'partner-request', 'project', 'unknown']);

function isWeaker(field: RuleField, result: ExtractionResult, confidence: FieldConfidence): boolean {
  const level = confidence[field];
  if (level) return level === 'low';
  return hasWarning(result.warnings, 'layoutChanged');
}

/**
 * The result with the rules' values where they win. Without a name from either side there is no
 * organisation to fill: the values stay in `readByRule` only through `values`.
 */
export function mergeRuleValues(
  result: ExtractionResult,
  outcomes: readonly RuleOutcome[],
  confidence: FieldConfidence = {},
): MergedResult & { values: Partial<Record<RuleField, string>> } {
  const values: Partial<Record<RuleField, string>> = {};
  const ruleOf: Partial<Record<RuleField, string>> = {};
  for (const outcome of outcomes) {
    if (outcome.status === 'read' && values[outcome.field] === undefined) {
      values[outcome.field] = outcome.value;
      ruleOf[outcome.field] = outcome.ruleId;
    }
  }
  if (!RECORD_PAGES.has(result.pageType)) return { result, readByRule: {}, values };
  const first = result.organisations[0];
  const base: Partial<ExtractedOrganisation> = first ? { ...first } : {};
  const readByRule: Partial<Record<RuleField, string>> = {};
  for (const [field, value] of Object.entries(values) as [RuleField, string][]) {
    const builtIn = base[field];
    if (builtIn !== undefined && builtIn !== '' && !isWeaker(field, result, confidence)) continue;
    if (builtIn === value) continue;
    base[field] = value;
    readByRule[field] = ruleOf[field]!;
  }
  if (!base.name || Object.keys(readByRule).length === 0) return { result, readByRule: {}, values };
  const organisation = base as ExtractedOrganisation;
  const organisations = first ? [organisation, ...result.organisations.slice(1)] : [organisation];
  return { result: { ...result, organisations }, readByRule, values };
}
