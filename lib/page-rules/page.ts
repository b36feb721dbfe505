/**
 * The one call a page makes after its reader: the user's rules for this platform and page type run on
 * the same document and win per field where the reader's value is missing or weaker. The content
 * script (and `npm run extract -- --rules`) call this; the outcomes go back to be recorded (last
 * worked, misses, set aside) by the background through lib/store/page-rules.ts.
 */
import type { ExtractionResult, Platform } from '../domain/model';
import { platformsOfUrl } from '../platforms/facts';
import { applyRules, rulesForPage, type RuleOutcome } from './apply';
import { mergeRuleValues, type FieldConfidence } from './merge';
import type { PageRule, RuleField } from './types';

export interface ReadWithRules {
  result: ExtractionResult;
  /** Fields the panel marks "read by your rule", with the rule's id (for Undo and Forget this rule). */
  readByRule: Partial<Record<RuleField, string>>;
  /** What each rule did, to be recorded. */
  outcomes: RuleOutcome[];
  /** Values the rules read even where no organisation could be made (hand entry starts from them). */
  values: Partial<Record<RuleField, string>>;
}

/** The platform a page's rules belong to: the reader's, else its site's general one (ESEP, not eTwinning). */
export function rulePlatformOf(result: ExtractionResult, url: URL): Platform | null {
  return result.platform ?? platformsOfUrl(url).at(-1) ?? null;
}

export function readWithRules(
  builtIn: ExtractionResult,
  doc: Document,
  url: URL,
  rules: readonly PageRule[],
  confidence?: FieldConfidence,
): ReadWithRules {
  const platform = rulePlatformOf(builtIn, url);
  // A rule runs only on its own platform's pages: never on another site, whatever a file said.
  const own = platformsOfUrl(url).includes(platform as Platform) ? rulesForPage(rules, platform, builtIn.pageType) : [];
  const outcomes = applyRules(own, doc, url);
  const merged = mergeRuleValues({ ...builtIn, platform }, outcomes, confidence);
  return { result: merged.result, readByRule: merged.readByRule, outcomes, values: merged.values };
}
