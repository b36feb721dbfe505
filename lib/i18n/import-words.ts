/**
 * Why a value of an imported file was refused, in the user's language (issue 15, item 7): zod's
 * issue codes and paths turned into plain words ("The date in entry 1 is not in the expected
 * format"), never zod's own English ("Invalid input: expected number, received string").
 */
import type { z } from '../domain/zod';
import { fieldName } from './field-labels';
import { i18n } from './';
import { ORGANISATION_FIELDS } from '../domain/organisation-fields';

/** Parse options for files: the refused value is kept in the issue, so "missing" can be told apart. */
export const REPORT_INPUT = { reportInput: true } as const;

const DATES = new Set([
  'at',
  'savedAt',
  'createdAt',
  'updatedAt',
  'addedAt',
  'exportedAt',
  'date',
  'deadline',
  'nextFollowUp',
]);
const IDS = new Set(['id', 'orgId', 'pair', 'survivorId', 'absorbedId', 'roundId']);
const ADDRESSES = new Set(['url', 'profileUrl']);
const NAMED: Record<string, () => string> = {
  counts: () => i18n.t('safety.field.counts'),
  notes: () => i18n.t('safety.field.notes'),
  tags: () => i18n.t('safety.field.tags'),
  history: () => i18n.t('safety.field.history'),
  sources: () => i18n.t('safety.field.sources'),
  contacts: () => i18n.t('safety.field.contacts'),
  members: () => i18n.t('safety.field.members'),
  stages: () => i18n.t('safety.field.stages'),
};
const KINDS: Record<string, () => string> = {
  string: () => i18n.t('safety.kind.text'),
  number: () => i18n.t('safety.kind.number'),
  int: () => i18n.t('safety.kind.number'),
  boolean: () => i18n.t('safety.kind.boolean'),
  array: () => i18n.t('safety.kind.list'),
  object: () => i18n.t('safety.kind.object'),
};

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The value an issue is about: "The date", "City", "“foo”", with "in entry 2" for list items. */
function valueWords(path: PropertyKey[]): string {
  const names = path.filter((part): part is string => typeof part === 'string');
  const last = names.at(-1);
  const index = path.findLast((part): part is number => typeof part === 'number');
  let words: string;
  if (last === undefined) words = i18n.t('import.theRecord');
  else if (names[0] === 'counts') words = NAMED.counts!();
  else if (DATES.has(last)) words = i18n.t('safety.field.date');
  else if (IDS.has(last)) words = i18n.t('safety.field.id');
  else if (ADDRESSES.has(last)) words = i18n.t('safety.field.address');
  else if (Object.hasOwn(NAMED, last)) words = NAMED[last]!();
  else if (last === 'stageId') words = fieldName('stage');
  else if ((ORGANISATION_FIELDS as string[]).includes(last)) words = fieldName(last);
  else words = `“${last}”`;
  return capitalise(index === undefined ? words : i18n.t('safety.issue.inEntry', [words, String(index + 1)]));
}

/** One zod issue (paths optionally under `prefix`) in plain words. */
export function issueWords(issue: z.core.$ZodIssue, prefix = ''): string {
  const what = valueWords([...(prefix ? [prefix] : []), ...issue.path]);
  const origin = (issue as { origin?: string }).origin;
  const numeric = origin === 'number' || origin === 'bigint';
  switch (issue.code) {
    case 'invalid_type':
      if (!('input' in issue) || issue.input === undefined) return i18n.t('safety.issue.missing', [what]);
      return i18n.t('safety.issue.wrongType', [what, KINDS[issue.expected]?.() ?? issue.expected]);
    case 'too_big':
      return numeric ? i18n.t('safety.issue.tooLarge', [what]) : i18n.t('safety.issue.tooLong', [what]);
    case 'too_small':
      return numeric ? i18n.t('safety.issue.tooSmall', [what]) : i18n.t('safety.issue.tooShort', [what]);
    case 'invalid_format':
      return i18n.t('safety.issue.format', [what]);
    case 'invalid_value':
      return i18n.t('safety.issue.unknownValue', [what]);
    case 'custom':
      if ((issue.params as { kind?: string } | undefined)?.kind !== 'webAddress')
        return i18n.t('safety.issue.invalid', [what]);
      return i18n.t('safety.issue.notWebAddress', [what]);
    default:
      return i18n.t('safety.issue.invalid', [what]);
  }
}
