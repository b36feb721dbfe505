/**
 * For "Report this page" (the readers' report file): the user's rules for the reported page type, so a
 * maintainer can turn the fix into a built-in reader and a fixture. Pure; no zod (the panel may use it).
 */
import type { PageType, Platform } from '../domain/model';
import type { PageRule } from './types';

/** The rules of one platform and page type, set-aside ones included (why they failed helps too), by field. */
export function rulesForReport(rules: readonly PageRule[], platform: Platform, pageType: PageType): PageRule[] {
  return rules
    .filter((rule) => rule.platform === platform && rule.pageType === pageType)
    .sort((a, b) => a.field.localeCompare(b.field));
}
