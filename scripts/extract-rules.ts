/**
 * `npm run extract -- <page.html> --url <u> --rules <page-rules.json>`: the page read by the built-in
 * readers and then by the user's rules, as the extension does, so a maintainer can see what a user's
 * rules read (and turn them into a reader and a fixture). Rules are validated like an import.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { ExtractionResult } from '../lib/domain/model';
import type { RuleOutcome } from '../lib/page-rules/apply';
import { readRulesText } from '../lib/page-rules/file';
import { readWithRules } from '../lib/page-rules/page';
import { extractPage } from '../lib/platforms/registry';

export interface RulesExtraction {
  result: ExtractionResult;
  readByRule: Record<string, string>;
  outcomes: RuleOutcome[];
}

/** Takes `--rules <file>` (or `--rules=<file>`) out of the arguments. */
export function rulesArgument(args: string[]): { rulesFile?: string; rest: string[] } {
  const i = args.findIndex((arg) => arg === '--rules' || arg.startsWith('--rules='));
  if (i < 0) return { rest: args };
  const rulesFile = (args[i]!.startsWith('--rules=') ? args[i]!.slice(8) : args[i + 1]) ?? '';
  return { rulesFile, rest: args.filter((_, j) => j !== i && !(j === i + 1 && args[i] === '--rules')) };
}

/** Reads a saved page with the readers, then with the rules of its platform and page type. */
export async function extractWithRules(html: string, url: string, rulesText: string): Promise<RulesExtraction> {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  try {
    const doc = window.document as unknown as Document;
    doc.write(html);
    const rules = readRulesText(rulesText, doc);
    const read = readWithRules(extractPage(doc, new URL(url)), doc, new URL(url), rules);
    return { result: read.result, readByRule: read.readByRule, outcomes: read.outcomes };
  } finally {
    await window.happyDOM.close();
  }
}

export const extractFileWithRules = (file: string, url: string, rulesFile: string): Promise<RulesExtraction> =>
  extractWithRules(readFileSync(file, 'utf8'), url, readFileSync(rulesFile, 'utf8'));
