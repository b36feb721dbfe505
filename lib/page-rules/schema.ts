/**
 * zod schemas of page rules, used wherever rules are loaded (the backup, the rules file, the store).
 * Strict objects: an unknown field is refused, so a rule stays the data described in ./types.ts.
 */
import { z } from '../domain/zod';
import { PageTypeSchema, PlatformSchema } from '../domain/model';
import { MAX_MISSES, RULE_FIELDS, RULE_VERSION, SHAPES } from './types';

/** Characters a selector of stable attributes needs; no braces, semicolons, backslashes or quotes but ". */
const SELECTOR = /^[\w\s#.[\]="'>:()~+*,^$|-]+$/;
const TAG = /^[a-z][a-z0-9-]{0,20}$/;
const short = (max: number) => z.string().min(1).max(max);

const PathStepSchema = z.strictObject({ tag: z.string().regex(TAG), index: z.number().int().min(0).max(500) });
const hop = { up: z.number().int().min(0).max(12), next: z.boolean(), down: z.array(PathStepSchema).max(12) };

export const AnchorSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('label'),
    text: short(80),
    key: short(40).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/)
      .optional(),
    inline: z.boolean().optional(),
    ...hop,
  }),
  z.strictObject({ kind: z.literal('selector'), selector: short(300).regex(SELECTOR) }),
  z.strictObject({ kind: z.literal('path'), ...hop }),
]);

export const PageRuleSchema = z.strictObject({
  id: short(80),
  platform: PlatformSchema,
  pageType: PageTypeSchema,
  field: z.enum(RULE_FIELDS),
  anchors: z.array(AnchorSchema).min(1).max(5),
  sample: z.string().max(300),
  shape: z.enum(SHAPES),
  createdAt: z.iso.datetime(),
  version: z.literal(RULE_VERSION),
  host: z
    .string()
    .min(3)
    .max(253)
    .regex(/^[a-z0-9.-]+$/),
  origin: z.enum(['mine', 'imported']),
  lastWorkedAt: z.iso.datetime().optional(),
  misses: z.number().int().min(0).max(MAX_MISSES),
  setAside: z.strictObject({ at: z.iso.datetime(), reason: z.enum(['shape', 'misses']) }).optional(),
});

export const MAX_RULES = 500;
export const PageRulesSchema = z.array(PageRuleSchema).max(MAX_RULES);

/** What a page reports its rules did (lib/page-rules/apply.ts RuleOutcome), checked at the background. */
export const RuleOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({
    ruleId: short(80),
    field: z.enum(RULE_FIELDS),
    status: z.literal('read'),
    value: z.string().max(20_000),
    anchor: z.enum(['label', 'selector', 'path']),
  }),
  z.strictObject({ ruleId: short(80), field: z.enum(RULE_FIELDS), status: z.literal('missed') }),
  z.strictObject({
    ruleId: short(80),
    field: z.enum(RULE_FIELDS),
    status: z.literal('bad-shape'),
    found: z.string().max(200),
  }),
]);
export const RuleOutcomesSchema = z.array(RuleOutcomeSchema).max(50);
