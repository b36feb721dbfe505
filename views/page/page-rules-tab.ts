/**
 * Stage 2's part of page rules (issue 12): runs the user's rules after the reader, and answers what
 * the background asks on the panel's or the options page's behalf — pick a field's value on this
 * page (the overlay of lib/page-rules/overlay.ts), take the selection, stop, test one rule. Only the
 * background may ask (no tab in its sender); a page's scripts cannot reach this listener at all.
 */
import type { ExtractionResult, Platform } from '@/lib/domain/model';
import type { PanelRules, Reply, TabRequest } from '@/lib/protocol/messages';
import { sendMessage } from '@/lib/protocol/send';
import { applyRules } from '@/lib/page-rules/apply';
import type { FieldConfidence } from '@/lib/page-rules/merge';
import type { PickSession } from '@/lib/page-rules/overlay';
import { readWithRules, rulePlatformOf } from '@/lib/page-rules/page';
import type { PickResult } from '@/lib/page-rules/pick';
import { loadPickCode } from './pick-loader';
import type { RuleField } from '@/lib/page-rules/types';

/** Our own frames: never outlined, never picked. */
const OUR_HOSTS = 'partner-pipeline-ui, partner-pipeline-tile';

/** The readers' 0–1 confidence as the merge's three levels ("text" layer 0.65 is weaker than a label's 0.8). */
function confidenceOf(extraction: ExtractionResult): FieldConfidence {
  const first = extraction.fieldConfidence?.organisations[0] ?? {};
  const level = (value: number) => (value < 0.7 ? 'low' : value < 0.85 ? 'medium' : 'high');
  return Object.fromEntries(Object.entries(first).map(([field, value]) => [field, level(value)])) as FieldConfidence;
}

/** What the rules did for the panel: its marks, or values to start hand entry from (no name, no organisation). */
export interface Ruled {
  rules?: PanelRules;
  values?: Partial<Record<RuleField, string>>;
}

/** The reader's result with the user's rules applied, and what the panel needs to say about it. */
export async function withPageRules(
  extraction: ExtractionResult,
  asked: Promise<Reply<'pageRules.forPage'>>,
  url: URL,
): Promise<{ extraction: ExtractionResult } & Ruled> {
  const reply = await asked;
  if (!reply.ok || reply.rules.length === 0) return { extraction };
  let read: ReturnType<typeof readWithRules>;
  try {
    read = readWithRules(extraction, document, url, reply.rules, confidenceOf(extraction));
  } catch (error) {
    // Like a reader's bug, a rule's must never cost the page its panel: the reader's result stands.
    console.warn('[Partner Pipeline] could not apply page rules', error);
    return { extraction };
  }
  const recorded = read.outcomes.length
    ? await sendMessage({ type: 'pageRules.record', outcomes: read.outcomes })
    : undefined;
  const first = extraction.organisations[0];
  const builtIn: Partial<Record<RuleField, string>> = {};
  for (const field of Object.keys(read.readByRule) as RuleField[]) {
    const value = first?.[field];
    if (typeof value === 'string') builtIn[field] = value;
  }
  const setAside = recorded?.ok ? recorded.setAside : [];
  const merged = Object.keys(read.readByRule).length > 0;
  const values = merged || Object.keys(read.values).length === 0 ? {} : { values: read.values };
  return { extraction: read.result, rules: { readByRule: read.readByRule, builtIn, setAside }, ...values };
}

export interface RulesTabPage {
  /** What was read last: the platform and page type a picked rule is for. */
  current: () => { extraction: ExtractionResult; url: URL } | undefined;
  /** Moves the panel's frame out of the way while the user picks (and back). */
  dock: (picking: boolean) => void;
}

type PickAnswer = PickResult | { status: 'cancelled' };

/** Answers the background's page-rules requests for this tab; returns the function that stops listening. */
export function listenForRuleRequests(page: RulesTabPage): () => void {
  let session: PickSession | undefined;
  const pick = async (field: RuleField, fieldLabel: string): Promise<PickAnswer> => {
    session?.cancel();
    const now = page.current();
    const platform = now && rulePlatformOf(now.extraction, now.url);
    if (!now || !platform) return { status: 'cancelled' };
    const code = await loadPickCode().catch((error: unknown) => {
      console.warn('[Partner Pipeline] could not load Pick on page', error);
      return undefined;
    });
    if (!code) return { status: 'cancelled' };
    return new Promise<PickAnswer>((resolve) => {
      page.dock(true);
      const finish = (answer: PickAnswer) => {
        session = undefined;
        page.dock(false);
        resolve(answer);
      };
      const { url, extraction } = now;
      const context = { doc: document, url, platform: platform as Platform, pageType: extraction.pageType };
      session = code.startPicking({
        doc: document,
        fieldLabel,
        ignore: (el) => el.closest(OUR_HOSTS) !== null,
        onPick: (el) => finish(code.pickValue(el, field, { ...context, now: new Date().toISOString() })),
        onCancel: () => finish({ status: 'cancelled' }),
      });
    });
  };
  const answer = async (request: TabRequest): Promise<unknown> => {
    if (request.type === 'pageRules.pick') return pick(request.field, request.fieldLabel);
    if (request.type === 'pageRules.pickControl') {
      if (request.action === 'useSelection') return session?.useSelection() ?? false;
      session?.cancel();
      return true;
    }
    return applyRules([request.rule], document, new URL(location.href))[0];
  };
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }, respond: (reply: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    // The background alone: it has no tab (the extension's pages in tabs do, and ask it instead).
    if (sender.id !== browser.runtime.id || sender.tab || typeof type !== 'string') return;
    if (!type.startsWith('pageRules.')) return;
    void answer(message as TabRequest).then(respond);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => {
    session?.cancel();
    browser.runtime.onMessage.removeListener(listener);
  };
}
