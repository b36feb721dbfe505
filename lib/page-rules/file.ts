/**
 * The "page-rules" file: chosen rules shared with colleagues. Reading one is hostile-input work: the
 * size is checked before reading, every string is checked for code, every rule against the strict
 * schema (unknown fields refused), every selector against the browser's parser, every host against
 * the rule's platform. Any problem refuses the whole file; nothing is stored.
 */
import { z } from '../domain/zod';
import { PLATFORM_FACTS, SITES, type Platform } from '../platforms/facts';
import { PageRuleSchema } from './schema';
import { ruleId, RULE_VERSION, type PageRule } from './types';

export const RULES_FORMAT = 'partner-pipeline-page-rules';
export const MAX_RULES_FILE_BYTES = 1_000_000;

export type RulesFileProblem =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'not-rules'
  | 'newer'
  | 'code'
  | 'unknown-field'
  | 'invalid'
  | 'selector'
  | 'other-host'
  | 'duplicate';

/** Why a rules file was refused; `detail` is for the message ($1), never HTML. */
export class RulesFileError extends Error {
  constructor(
    readonly problem: RulesFileProblem,
    readonly detail = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
  }
}

/** What a shared rule carries: no record of how it did here (that belongs to this browser). */
const FileRuleSchema = PageRuleSchema.omit({ origin: true, lastWorkedAt: true, misses: true, setAside: true });
const FileSchema = z.strictObject({
  format: z.literal(RULES_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.iso.datetime(),
  rules: z.array(z.unknown()).min(1).max(500),
});

/** Text that is code, not data: scripts, javascript: URLs, functions, event handlers, CSS expressions. */
const CODE = /<\s*\/?\s*script|javascript\s*:|\bfunction\s*\(|=>|\beval\s*\(|new\s+Function|\bimport\s*\(/i;
const MORE_CODE = /\bon[a-z]+\s*=|expression\s*\(|url\s*\(/i;

function findCode(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return CODE.test(value) || MORE_CODE.test(value) ? path : undefined;
  if (Array.isArray(value)) return value.map((item, i) => findCode(item, `${path}[${i}]`)).find(Boolean);
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([key, item]) => findCode(key, path) ?? findCode(item, `${path}.${key}`))
      .find(Boolean);
  return undefined;
}

/** True when the host is one of the platform's own (a rule for EPALE runs only on EPALE). */
export function hostBelongsTo(host: string, platform: Platform): boolean {
  return SITES[PLATFORM_FACTS[platform].site].routes.some(
    (route) => host === route.host || (route.subdomains === true && host.endsWith(`.${route.host}`)),
  );
}

/** The browser's own parser decides: a selector it cannot parse is refused (rules never "maybe work"). */
export function selectorParses(selector: string, doc: Document | undefined = globalThis.document): boolean {
  if (!doc) return false;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function checkRule(raw: unknown, index: number, doc?: Document): PageRule {
  const parsed = FileRuleSchema.safeParse(raw);
  if (!parsed.success) {
    const unknown = parsed.error.issues.find((issue) => issue.code === 'unrecognized_keys');
    if (unknown) throw new RulesFileError('unknown-field', unknown.keys.join(', '));
    throw new RulesFileError('invalid', `${index + 1}: ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  }
  const rule = parsed.data;
  for (const anchor of rule.anchors) {
    if (anchor.kind === 'selector' && !selectorParses(anchor.selector, doc))
      throw new RulesFileError('selector', anchor.selector);
  }
  if (!hostBelongsTo(rule.host, rule.platform)) throw new RulesFileError('other-host', rule.host);
  return { ...rule, id: ruleId(rule.platform, rule.pageType, rule.field), origin: 'imported', misses: 0 };
}

/** The rules of a file's text, or a RulesFileError saying why the file is refused. */
export function readRulesText(text: string, doc?: Document): PageRule[] {
  if (text.length > MAX_RULES_FILE_BYTES) throw new RulesFileError('too-large');
  if (!text.trim()) throw new RulesFileError('empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new RulesFileError('not-json');
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== RULES_FORMAT)
    throw new RulesFileError('not-rules');
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > RULE_VERSION) throw new RulesFileError('newer', String(version));
  const code = findCode(raw, 'file');
  if (code) throw new RulesFileError('code', code);
  const file = FileSchema.safeParse(raw);
  if (!file.success) {
    const unknown = file.error.issues.find((issue) => issue.code === 'unrecognized_keys');
    throw unknown ? new RulesFileError('unknown-field', unknown.keys.join(', ')) : new RulesFileError('not-rules');
  }
  const rules = file.data.rules.map((rule, i) => checkRule(rule, i, doc));
  const ids = rules.map((rule) => rule.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new RulesFileError('duplicate', twice);
  return rules;
}

/** Reads a chosen file: its size is checked before a byte of it is read. */
export async function readRulesFile(file: Blob, doc?: Document): Promise<PageRule[]> {
  if (file.size > MAX_RULES_FILE_BYTES) throw new RulesFileError('too-large');
  return readRulesText(await file.text(), doc);
}

/** The file's text for chosen rules: shareable data only, one rule per line. */
export function rulesFileText(rules: readonly PageRule[], at: Date): string {
  const shared = rules.map(({ origin: _o, lastWorkedAt: _l, misses: _m, setAside: _s, ...rule }) => rule);
  const head = [
    '{',
    `  "format": ${JSON.stringify(RULES_FORMAT)},`,
    `  "version": ${RULE_VERSION},`,
    `  "exportedAt": ${JSON.stringify(at.toISOString())},`,
    '',
  ].join('\n');
  return `${head}  "rules": [\n${shared.map((rule) => `    ${JSON.stringify(rule)}`).join(',\n')}\n  ]\n}\n`;
}

export const rulesFileName = (at: Date): string => `partner-pipeline-page-rules-${at.toISOString().slice(0, 10)}.json`;
