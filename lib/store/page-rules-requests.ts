/**
 * What a platform page may ask about page rules, for the background's message handler (the messages
 * themselves belong in lib/protocol/messages.ts): its own rules, a rule the user just picked, and what its
 * rules did. A page only ever touches rules of the platforms whose site it is on, and of its own host.
 */
import type { Database } from './db';
import type { PageType, Platform } from '../domain/model';
import { hostBelongsTo } from '../page-rules/file';
import { rulesForPage } from '../page-rules/apply';
import { PageRuleSchema, RuleOutcomesSchema } from '../page-rules/schema';
import type { SetAsideNotice } from '../page-rules/state';
import type { PageRule } from '../page-rules/types';
import { platformsOfUrl } from '../platforms/facts';
import { readPageRules, recordRuleOutcomes, savePickedRule } from './page-rules';

export type RulesRequestResult<T> = { ok: true; value: T } | { ok: false; reason: 'other-platform' | 'invalid' };

/** The rules a page runs after its reader. */
export async function rulesForSenderPage(
  db: Database,
  pageUrl: string,
  platform: Platform,
  pageType: PageType,
): Promise<RulesRequestResult<PageRule[]>> {
  if (!platformsOfUrl(pageUrl).includes(platform)) return { ok: false, reason: 'other-platform' };
  return { ok: true, value: rulesForPage(await readPageRules(db), platform, pageType) };
}

/** A rule made by Pick on page: for the page's own platform and host, or refused. */
export async function saveRuleFromPage(
  db: Database,
  pageUrl: string,
  raw: unknown,
): Promise<RulesRequestResult<PageRule>> {
  const parsed = PageRuleSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const rule = { ...(parsed.data as PageRule), origin: 'mine' as const, misses: 0, setAside: undefined };
  const host = new URL(pageUrl).hostname.toLowerCase();
  if (!platformsOfUrl(pageUrl).includes(rule.platform) || rule.host !== host || !hostBelongsTo(host, rule.platform))
    return { ok: false, reason: 'other-platform' };
  const { setAside: _none, ...kept } = rule;
  await savePickedRule(db, kept);
  return { ok: true, value: kept };
}

/** What the page's rules did; outcomes of rules of another platform are ignored. Returns the rules set aside now. */
export async function recordFromPage(
  db: Database,
  pageUrl: string,
  raw: unknown,
): Promise<RulesRequestResult<SetAsideNotice[]>> {
  const parsed = RuleOutcomesSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const allowed = platformsOfUrl(pageUrl);
  const own = parsed.data.filter((outcome) => allowed.some((platform) => outcome.ruleId.startsWith(`${platform}/`)));
  return { ok: true, value: own.length ? await recordRuleOutcomes(db, own, new Date().toISOString()) : [] };
}
