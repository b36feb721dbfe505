/** Plain data and words for Options → Page rules: groups, rows and the rules file's refusals. */
import type { ImportRowView } from '@/components/rules/RuleImportPreview';
import type { RuleGroup } from '@/components/rules/RuleList';
import { formatDate } from '@/lib/i18n/format';
import type { RuleOutcome } from '@/lib/page-rules/apply';
import { i18n } from '@/lib/i18n';
import type { PageType } from '@/lib/domain/model';
import { RulesFileError } from '@/lib/page-rules/file';
import type { RuleImportRow } from '@/lib/page-rules/plan';
import type { PageRule, RuleField } from '@/lib/page-rules/types';
import { PLATFORM_FACTS } from '@/lib/platforms/facts';
import { fieldLabel } from '@/lib/i18n/field-labels';

const PAGE_TYPE: Record<PageType, () => string> = {
  organisation: () => i18n.t('detail.sources.pageType.organisation'),
  'partner-request': () => i18n.t('detail.sources.pageType.partnerRequest'),
  project: () => i18n.t('detail.sources.pageType.project'),
  list: () => i18n.t('detail.sources.pageType.list'),
  unknown: () => i18n.t('detail.sources.pageType.unknown'),
};

const groupTitle = (rule: PageRule) => `${PLATFORM_FACTS[rule.platform].name} · ${PAGE_TYPE[rule.pageType]()}`;
const labelOf = (rule: PageRule) => rule.anchors.find((anchor) => anchor.kind === 'label')?.text;

export function groupsOf(rules: readonly PageRule[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const rule of rules) {
    const key = `${rule.platform}/${rule.pageType}`;
    const group = groups.get(key) ?? groups.set(key, { key, title: groupTitle(rule), rules: [] }).get(key)!;
    group.rules.push({
      id: rule.id,
      field: fieldLabel(rule.field),
      sample: rule.sample,
      lastWorked: rule.lastWorkedAt ? formatDate(rule.lastWorkedAt) : undefined,
      setAside: rule.setAside?.reason,
      label: labelOf(rule),
      imported: rule.origin === 'imported',
    });
  }
  return [...groups.values()].sort((a, b) => a.title.localeCompare(b.title));
}

export const importRowsOf = (rows: readonly RuleImportRow[]): ImportRowView[] =>
  rows.map((row) => ({
    id: row.rule.id,
    title: `${groupTitle(row.rule)} · ${fieldLabel(row.rule.field)}`,
    sample: row.rule.sample,
    action: row.action,
  }));

/** A failure whose message is already in the user's words (the background's answer). */
export class ShownError extends Error {}

/** What Test on this tab found, in the user's words. */
export function testResultText(outcome: RuleOutcome): string {
  if (outcome.status === 'read') return i18n.t('rules.test.read', [outcome.value.slice(0, 200)]);
  if (outcome.status === 'missed') return i18n.t('rules.test.missed');
  return i18n.t('rules.test.badShape', [outcome.found]);
}

/** A refused rules file, in the user's words. */
export function describeRulesError(error: unknown): string {
  if (error instanceof ShownError) return error.message;
  if (!(error instanceof RulesFileError)) return i18n.t('rules.file.unreadable');
  const detail = error.detail.slice(0, 120);
  switch (error.problem) {
    case 'too-large':
      return i18n.t('rules.file.tooLarge');
    case 'empty':
      return i18n.t('rules.file.empty');
    case 'not-json':
      return i18n.t('rules.file.notJson');
    case 'not-rules':
      return i18n.t('rules.file.notRules');
    case 'newer':
      return i18n.t('rules.file.newer');
    case 'code':
      return i18n.t('rules.file.code');
    case 'unknown-field':
      return i18n.t('rules.file.unknownField', [detail]);
    case 'invalid':
      return i18n.t('rules.file.invalid', [detail]);
    case 'selector':
      return i18n.t('rules.file.selector', [detail]);
    case 'other-host':
      return i18n.t('rules.file.otherHost', [detail]);
    case 'duplicate':
      return i18n.t('rules.file.duplicate');
  }
}
