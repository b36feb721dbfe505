/**
 * The background's answers to page-rules messages (issue 12). lib/background/handlers.ts has already parsed the
 * message and checked its sender (lib/background/sender.ts): a page's surfaces speak only for their page, and the
 * functions of ./page-rules-requests.ts check the platform and host of every rule again. Picking and
 * testing run in a tab's content script, which the background asks (`askTab`), never a page itself.
 */
import { z } from '../domain/zod';
import type { Database } from '../store/db';
import { i18n } from '../i18n';
import type { Message, Reply, TabRequest } from '../protocol/messages';
import { RuleOutcomeSchema } from '../page-rules/schema';
import type { PageRule } from '../page-rules/types';
import { runOver } from '../commands/catalogue';
import { readPageRules } from '../store/page-rules';
import { rulesForSenderPage } from '../store/page-rules-requests';
import type { SenderContext } from './sender';

export type PageRulesMessage = Extract<Message, { type: `pageRules.${string}` }>;
type AnyReply = Reply<PageRulesMessage['type']>;

export interface PageRulesDeps {
  /** Asks the top document's content script of a tab; resolves to its answer (undefined: none). */
  askTab?: (tabId: number, request: TabRequest | unknown) => Promise<unknown>;
  /** The platform tab the user looked at last that shows a page of this platform (for Test on this tab). */
  platformTab?: (platform: string) => Promise<number | undefined>;
}

export const isPageRulesMessage = (message: Message): message is PageRulesMessage =>
  message.type.startsWith('pageRules.');

/** What a content script answers to a pick: checked here, since the panel shows and saves it. */
const PickAnswerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('picked'), value: z.string().max(20_000), rule: z.unknown().optional() }),
  z.object({ status: z.literal('bad-shape'), found: z.string().max(200) }),
  z.object({ status: z.literal('empty') }),
  z.object({ status: z.literal('cancelled') }),
]);

const refused = (error: string): AnyReply => ({ ok: false, error });
const noAnswer = () => refused(i18n.t('rules.request.noAnswer'));

/** Picking talks to the content script only: no database is opened for it. */
export async function pickRequest(message: PageRulesMessage, context: SenderContext, deps: PageRulesDeps) {
  if (context.kind !== 'page' || context.surface !== 'frame' || context.tabId === undefined || !deps.askTab) {
    return refused(i18n.t('requests.notAllowed', [message.type]));
  }
  if (message.type === 'pageRules.pickControl') {
    const used = await deps.askTab(context.tabId, { type: message.type, action: message.action });
    return { ok: true, used: used === true } as AnyReply;
  }
  if (message.type !== 'pageRules.pick') return refused(i18n.t('requests.notAllowed', [message.type]));
  const answer = PickAnswerSchema.safeParse(
    await deps.askTab(context.tabId, { type: message.type, field: message.field, fieldLabel: message.fieldLabel }),
  );
  if (!answer.success) return noAnswer();
  const result = answer.data;
  // The rule travels back with the pick and is checked in full when the panel saves it.
  return { ok: true, result: result as Extract<AnyReply, { result: unknown }>['result'] } as AnyReply;
}

export const isPickMessage = (message: PageRulesMessage) =>
  message.type === 'pageRules.pick' || message.type === 'pageRules.pickControl';

/** Everything else over the database: the page's own rules, saving, forgetting, recording, testing. */
export async function pageRulesRequest(
  db: Database,
  message: Exclude<PageRulesMessage, { type: 'pageRules.pick' | 'pageRules.pickControl' }>,
  context: SenderContext,
  deps: PageRulesDeps,
): Promise<AnyReply> {
  if (message.type === 'pageRules.test') {
    if (context.kind !== 'extension') return refused(i18n.t('requests.notAllowed', [message.type]));
    return testOnTab(db, message.ruleId, deps);
  }
  if (context.kind !== 'page') return refused(i18n.t('requests.notAllowed', [message.type]));
  switch (message.type) {
    case 'pageRules.forPage': {
      const platforms = message.platform ? [message.platform] : context.platforms;
      const rules: PageRule[] = [];
      for (const platform of platforms) {
        const found = await rulesForSenderPage(db, context.url, platform, message.pageType);
        if (found.ok) rules.push(...found.value);
      }
      return { ok: true, rules };
    }
    case 'pageRules.record': {
      const recorded = await runOver(db)('pageRules.record', { pageUrl: context.url, outcomes: message.outcomes });
      return recorded.ok ? { ok: true, setAside: recorded.value } : refused(i18n.t('rules.request.invalid'));
    }
    case 'pageRules.save': {
      const saved = await runOver(db)('pageRules.save', { pageUrl: context.url, rules: message.rules });
      return saved ? { ok: true, saved: message.rules.length } : refused(i18n.t('rules.request.invalid'));
    }
    case 'pageRules.forget':
      await runOver(db)('pageRules.forget', { ruleId: message.ruleId });
      return { ok: true };
  }
}

/** Options → Page rules › Test on this tab: the rule runs in the platform tab looked at last. */
async function testOnTab(db: Database, ruleId: string, deps: PageRulesDeps): Promise<AnyReply> {
  const rule = (await readPageRules(db)).find((candidate) => candidate.id === ruleId);
  if (!rule) return refused(i18n.t('rules.request.gone'));
  const tabId = await deps.platformTab?.(rule.platform);
  if (tabId === undefined || !deps.askTab) return refused(i18n.t('rules.request.noTab'));
  const outcome = RuleOutcomeSchema.safeParse(await deps.askTab(tabId, { type: 'pageRules.test', rule }));
  if (!outcome.success || outcome.data.ruleId !== rule.id) return noAnswer();
  // A rule that worked on a real page counts as "last worked"; a test that found nothing is no miss.
  if (outcome.data.status === 'read') await runOver(db)('pageRules.recordTest', { outcome: outcome.data });
  return { ok: true, outcome: outcome.data };
}
