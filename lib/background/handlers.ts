/**
 * The background's message handling, kept out of the entrypoint so it can be tested with
 * fake senders. It trusts nothing: every message is parsed, and the sender decides what it may
 * ask. The extension's own pages (popup, board, options) may ask anything. A platform page's
 * surfaces — its content script, and the panel framed into it — speak only for that page: every
 * page address they send must be the sender's own (lib/background/sender.ts), they propose records only of
 * its platform, and they act only on partners saved from it.
 */
import type { Database } from '../store/db';
import { MessageSchema, type Message, type Reply } from '../protocol/messages';
import { getStages } from '../store/queries';
import { findSavedOnPage, savedFromPage } from '../store/page-partners';
import { runOver } from '../commands/catalogue';
import { describeStorageError } from '../i18n/storage-errors';
import { i18n } from '../i18n';
import { offeredMatchesInMemory, type OfferedMatches } from './offers';
import { checkPageMessage, pagePlatforms, senderContext, type PageContext, type SenderInfo } from './sender';
import { panelFrameOf, type PanelOffers } from '../protocol/panel-offers';
import {
  isPageRulesMessage,
  isPickMessage,
  pageRulesRequest,
  pickRequest,
  type PageRulesDeps,
} from './page-rules-handlers';
import { reportFromPanel } from './page-report-request';

export type { SenderInfo } from './sender';

export interface HandlerDeps extends PageRulesDeps {
  extensionId: string;
  /** e.g. chrome-extension://<id>/ — pages under it are the extension's own. */
  extensionOrigin: string;
  openDb: () => Promise<Database>;
  /** Opens the full-page board in a tab. */
  openBoard: () => Promise<void>;
  /** Reads one project from the Project Results Platform's data service. */
  fetchProject: (identifier: string) => Promise<{ ok: true; data: unknown } | { ok: false; reason: string }>;
  /** Probable matches offered to each tab (storage.session in the background). */
  offers?: OfferedMatches;
  /**
   * While the panel still lives in the page's DOM, its content script sends the panel's actions
   * too. False once the panel is a framed extension page (issue 15, item 3).
   */
  panelInPage?: boolean;
  log?: (text: string, detail?: unknown) => void;
  /** What each tab's content script read, for the panel framed into that page (lib/panel-offers). */
  panelOffers?: PanelOffers;
  /** Tells the framed panels (extension pages) something, e.g. "the shortcut asked to save". */
  tellPanels?: (message: { type: 'panel.activated'; offerId: string }) => Promise<void>;
  /** Asks a tab's top content script (for "Report this page", lib/page-report-request). */
  askTab?: (tabId: number, message: unknown) => Promise<unknown>;
}

type AnyReply = Reply<Message['type']>;

export function createMessageHandler(deps: HandlerDeps) {
  const offers = deps.offers ?? offeredMatchesInMemory();
  const reject = (error: string, detail?: unknown): AnyReply => {
    deps.log?.(`Rejected message: ${error}`, detail);
    return { ok: false, error };
  };

  return async function handleMessage(raw: unknown, sender: SenderInfo): Promise<AnyReply> {
    if (sender.id !== deps.extensionId) return reject(i18n.t('requests.otherExtension'));
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) return reject(i18n.t('requests.malformed'), parsed.error.issues.slice(0, 5));
    let message = parsed.data;
    // The framed panel speaks for the page its content script offered (lib/panel-offers), and no more.
    const framed = await panelContext(message, sender, deps);
    if ('error' in framed) return reject(framed.error);
    if ('reply' in framed) return framed.reply;
    const context = framed.context ?? senderContext(sender, deps.extensionOrigin);
    if (context.kind === 'page') {
      const checked = await checkPageMessage(message, context, { offers, panelInPage: deps.panelInPage ?? false });
      if (typeof checked === 'string') return reject(checked);
      message = checked;
    }
    if (message.type === 'panel.offer' || message.type === 'panel.activate') {
      const fromContentScript = context.kind === 'page' && context.surface === 'content';
      if (!fromContentScript) return reject(i18n.t('requests.notAllowed', [message.type]));
      return await panelRequest(message, context, sender, deps);
    }
    if (message.type === 'panel.state') return reject(i18n.t('requests.notAllowed', [message.type]));
    if (isPageRulesMessage(message) && isPickMessage(message)) return pickRequest(message, context, deps);
    if (message.type === 'page.report') return await reportFromPanel(sender, deps);
    if (message.type === 'pipeline.open') {
      await deps.openBoard();
      return { ok: true };
    }
    if (message.type === 'prp.fetchProject') {
      const result = await deps.fetchProject(message.identifier);
      return result.ok ? { ok: true, data: result.data } : { ok: false, error: result.reason };
    }
    let db: Database | undefined;
    try {
      db = await deps.openDb();
      const page = context.kind === 'page' ? context : undefined;
      // A page may move only organisations saved from that very page.
      if (page && message.type === 'partners.setStage' && !(await savedFromPage(db, message.orgId, page.url))) {
        return reject(i18n.t('errors.notSavedFromPage'));
      }
      if (isPageRulesMessage(message)) return await pageRulesRequest(db, message, context, deps);
      const reply = await dispatch(db, message);
      if (page) await rememberOffers(offers, page, reply);
      return reply;
    } catch (error) {
      deps.log?.('Message failed', error);
      return { ok: false, error: describeStorageError(error) };
    } finally {
      // The background keeps nothing open between events: the browser may stop it when idle.
      db?.close();
    }
  };
}

type PanelOutcome = { context?: PageContext } | { error: string } | { reply: AnyReply };

/** The panel's context: its tab's offer, which the content script made with its own sender URL. */
async function panelContext(message: Message, sender: SenderInfo, deps: HandlerDeps): Promise<PanelOutcome> {
  const frame = panelFrameOf(sender);
  const notAllowed = { error: i18n.t('requests.notAllowed', [message.type]) };
  if (!frame) return message.type === 'panel.state' ? notAllowed : {};
  if (message.type === 'panel.offer' || message.type === 'panel.activate') return notAllowed;
  const offer = await deps.panelOffers?.find(frame, message.type === 'panel.state');
  if (!offer) return { error: i18n.t('panel.gone') };
  if (message.type === 'panel.state') {
    const { tabId, pageUrl, extraction, prefill, startOpen, rules } = offer;
    const extras = { ...(prefill ? { prefill } : {}), ...(rules ? { rules } : {}) };
    return { reply: { ok: true, tabId, pageUrl, extraction, startOpen, ...extras } };
  }
  const platforms = pagePlatforms(offer.pageUrl);
  return { context: { kind: 'page', surface: 'frame', url: offer.pageUrl, platforms, tabId: frame.tabId } };
}

/** A content script offers what it read to its panel (its address already checked), or passes on the shortcut. */
async function panelRequest(
  message: Extract<Message, { type: 'panel.offer' | 'panel.activate' }>,
  page: PageContext,
  sender: SenderInfo,
  deps: HandlerDeps,
): Promise<AnyReply> {
  // Only the top document's content script: the panel is framed into the page, not into its frames.
  if (page.tabId === undefined || sender.frameId !== 0 || !deps.panelOffers) {
    return { ok: false, error: i18n.t('requests.notAllowed', [message.type]) };
  }
  if (message.type === 'panel.activate') {
    const offer = await deps.panelOffers.current(page.tabId);
    const current = offer?.offerId === message.offerId;
    if (current) await deps.tellPanels?.({ type: 'panel.activated', offerId: message.offerId });
    return { ok: true };
  }
  const platform = message.extraction.platform;
  if (platform !== null && !page.platforms.includes(platform)) {
    return { ok: false, error: i18n.t('requests.wrongPlatform', [page.platforms.join('/'), platform]) };
  }
  const { offerId, extraction, prefill, startOpen = false, rules } = message;
  const offer = { offerId, tabId: page.tabId, pageUrl: page.url, extraction, startOpen };
  await deps.panelOffers.put({ ...offer, ...(prefill ? { prefill } : {}), ...(rules ? { rules } : {}) });
  return { ok: true };
}

/** The records a page was asked about are the ones it may then merge into. */
async function rememberOffers(offers: OfferedMatches, page: PageContext, reply: AnyReply): Promise<void> {
  if (!reply.ok || !('probable' in reply) || page.tabId === undefined) return;
  await offers.remember(
    page.tabId,
    page.url,
    reply.probable.map((match) => match.orgId),
  );
}

type NotDispatched = 'pipeline.open' | 'prp.fetchProject' | 'page.report' | `panel.${string}` | `pageRules.${string}`;
type Dispatched = Exclude<Message, { type: NotDispatched }>;

/** A message's arguments: everything but its type. */
const argsOf = <M extends { type: string }>({ type: _type, ...args }: M): Omit<M, 'type'> => args;

/** Changes go through the one command runner (lib/commands), over the connection this message opened. */
async function dispatch(db: Database, message: Dispatched): Promise<AnyReply> {
  const run = runOver(db);
  switch (message.type) {
    case 'partners.save':
      return { ok: true, ...(await run(message.type, argsOf(message))) };
    case 'partners.lookup':
      return { ok: true, saved: await findSavedOnPage(db, message.pageUrl, message.organisations) };
    case 'partners.setStage':
      await run(message.type, argsOf(message));
      return { ok: true };
    case 'partners.correct':
      return { ok: true, saved: await run(message.type, argsOf(message)) };
    case 'partners.addNote': {
      const entry = await run(message.type, argsOf(message));
      return { ok: true, lastNote: entry.notes.at(-1)!.text };
    }
    case 'page.looksDifferent':
      await run(message.type, argsOf(message));
      return { ok: true };
    case 'stages.list':
      return { ok: true, stages: await getStages(db) };
  }
}
