/**
 * The background's message handling, kept out of the entrypoint so it can be tested with
 * fake senders. It trusts nothing: every message is parsed, the sender is checked, and a
 * content script may only propose records of the platform whose page it runs on.
 */
import type { PipelineDatabase } from './db';
import { CONTENT_SCRIPT_MESSAGES, MessageSchema, type Message, type Reply } from './messages';
import { platformsOfUrl } from './platforms/facts';
import { getStages, recordOutdatedReader } from './queries';
import { proposeSave, setStage } from './repo';
import { addNoteFromPage, correctFromPage, findSavedOnPage, savedFromPage } from './page-partners';
import { notifyChanged } from './changes';
import { describeStorageError } from './storage-errors';
import { i18n } from './i18n';
import { panelFrameOf, withoutHash, type PanelOffers } from './panel-offers';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
  frameId?: number;
}

export interface HandlerDeps {
  extensionId: string;
  /** e.g. chrome-extension://<id>/ — pages under it are the extension's own. */
  extensionOrigin: string;
  openDb: () => Promise<PipelineDatabase>;
  /** Opens the full-page board in a tab. */
  openPipeline: () => Promise<void>;
  /** Reads one project from the Project Results Platform's data service. */
  fetchProject: (identifier: string) => Promise<{ ok: true; data: unknown } | { ok: false; reason: string }>;
  log?: (text: string, detail?: unknown) => void;
  /** What each tab's content script read, for the panel framed into that page (lib/panel-offers). */
  panelOffers?: PanelOffers;
  /** Tells the framed panels (extension pages) something, e.g. "the shortcut asked to save". */
  tellPanels?: (message: { type: 'panel.activated'; offerId: string }) => Promise<void>;
}

type AnyReply = Reply<Message['type']>;

export function createMessageHandler(deps: HandlerDeps) {
  const reject = (error: string, detail?: unknown): AnyReply => {
    deps.log?.(`Rejected message: ${error}`, detail);
    return { ok: false, error };
  };

  return async function handleMessage(raw: unknown, sender: SenderInfo): Promise<AnyReply> {
    if (sender.id !== deps.extensionId) return reject(i18n.t('requests.otherExtension'));
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) return reject(i18n.t('requests.malformed'), parsed.error.issues.slice(0, 5));
    const message = parsed.data;
    // The framed panel is an extension page, but it acts for its page: it gets that page's rights only.
    const asPage = await panelAsPage(message, sender, deps);
    if ('error' in asPage) return reject(asPage.error);
    if ('reply' in asPage) return asPage.reply;
    sender = asPage.sender;
    const fromExtensionPage = !asPage.panel && (sender.url?.startsWith(deps.extensionOrigin) ?? false);
    if (!fromExtensionPage) {
      const problem = checkContentScript(message, sender);
      if (problem) return reject(problem);
    }
    if (message.type === 'pipeline.open') {
      await deps.openPipeline();
      return { ok: true };
    }
    if (message.type === 'panel.offer' || message.type === 'panel.activate') return await panelRequest(message, sender, deps);
    if (message.type === 'panel.state') return reject(i18n.t('requests.notAllowed', [message.type]));
    if (message.type === 'prp.fetchProject') {
      const result = await deps.fetchProject(message.identifier);
      return result.ok ? { ok: true, data: result.data } : { ok: false, error: result.reason };
    }
    let db: PipelineDatabase | undefined;
    try {
      db = await deps.openDb();
      // A page may move only organisations saved from that very page.
      if (!fromExtensionPage && message.type === 'partners.setStage' && !(await savedFromPage(db, message.orgId, sender.url))) {
        return reject(i18n.t('errors.notSavedFromPage'));
      }
      return await dispatch(db, message);
    } catch (error) {
      deps.log?.('Message failed', error);
      return { ok: false, error: describeStorageError(error) };
    } finally {
      // The background keeps nothing open between events: the browser may stop it when idle.
      db?.close();
    }
  };
}

type PanelOutcome = { sender: SenderInfo; panel: boolean } | { error: string } | { reply: AnyReply };

/** A framed panel's message, seen as its page's content script's (and its own question answered). */
async function panelAsPage(message: Message, sender: SenderInfo, deps: HandlerDeps): Promise<PanelOutcome> {
  const frame = panelFrameOf(sender);
  if (!frame) return message.type === 'panel.state' ? { error: i18n.t('requests.notAllowed', [message.type]) } : { sender, panel: false };
  if (message.type === 'panel.offer' || message.type === 'panel.activate') return { error: i18n.t('requests.notAllowed', [message.type]) };
  const offer = await deps.panelOffers?.find(frame, message.type === 'panel.state');
  if (!offer) return { error: i18n.t('panel.gone') };
  if (message.type === 'panel.state') {
    const { tabId, pageUrl, extraction, prefill, startOpen } = offer;
    return { reply: { ok: true, tabId, pageUrl, extraction, startOpen, ...(prefill ? { prefill } : {}) } };
  }
  return { sender: { id: sender.id, url: offer.pageUrl, tab: sender.tab, frameId: 0 }, panel: true };
}

/** A content script offers what it read to its panel, or passes on the shortcut to it. */
async function panelRequest(message: Extract<Message, { type: 'panel.offer' | 'panel.activate' }>, sender: SenderInfo, deps: HandlerDeps): Promise<AnyReply> {
  const tabId = (sender.tab as { id?: unknown } | undefined)?.id;
  if (typeof tabId !== 'number' || sender.frameId !== 0 || !deps.panelOffers) return { ok: false, error: i18n.t('requests.notAllowed', [message.type]) };
  if (message.type === 'panel.activate') {
    const offer = await deps.panelOffers.current(tabId);
    if (offer?.offerId === message.offerId) await deps.tellPanels?.({ type: 'panel.activated', offerId: offer.offerId });
    return { ok: true };
  }
  if (withoutHash(message.pageUrl) !== withoutHash(sender.url ?? '')) return { ok: false, error: i18n.t('requests.wrongPage') };
  const { offerId, pageUrl, extraction, prefill, startOpen = false } = message;
  await deps.panelOffers.put({ offerId, tabId, pageUrl, extraction, startOpen, ...(prefill ? { prefill } : {}) });
  return { ok: true };
}

function checkContentScript(message: Message, sender: SenderInfo): string | undefined {
  if (!CONTENT_SCRIPT_MESSAGES.has(message.type)) return i18n.t('requests.notAllowed', [message.type]);
  const allowed = platformsOfUrl(sender.url);
  if (allowed.length === 0) return i18n.t('requests.unsupportedPage');
  if (message.type === 'page.looksDifferent' && !allowed.includes(message.platform)) return `A page of ${allowed.join('/')} may not report on ${message.platform}.`;
  if (message.type === 'prp.fetchProject' && !allowed.includes('prp')) return i18n.t('requests.prpOnly');
  if (message.type === 'partners.save' || message.type === 'panel.offer') {
    const platform = message.extraction.platform;
    if (platform !== null && !allowed.includes(platform)) return i18n.t('requests.wrongPlatform', [allowed.join('/'), platform]);
    const pagePlatforms = platformsOfUrl(message.pageUrl);
    if (!pagePlatforms.some((p) => allowed.includes(p))) return i18n.t('requests.wrongPage');
  }
  return undefined;
}

type Dispatched = Exclude<Message, { type: 'pipeline.open' | 'prp.fetchProject' | `panel.${string}` }>;

async function dispatch(db: PipelineDatabase, message: Dispatched): Promise<AnyReply> {
  switch (message.type) {
    case 'partners.save': {
      const outcome = await proposeSave(db, message);
      if ('saved' in outcome) notifyChanged();
      return { ok: true, ...outcome };
    }
    case 'partners.lookup':
      return { ok: true, saved: await findSavedOnPage(db, message.pageUrl, message.organisations) };
    case 'partners.setStage':
      await setStage(db, message.orgId, message.stageId);
      notifyChanged();
      return { ok: true };
    case 'partners.correct': {
      const saved = await correctFromPage(db, message.orgId, message.pageUrl, message.corrections);
      notifyChanged();
      return { ok: true, saved };
    }
    case 'partners.addNote': {
      const entry = await addNoteFromPage(db, message.orgId, message.pageUrl, message.text);
      notifyChanged();
      return { ok: true, lastNote: entry.notes.at(-1)!.text };
    }
    case 'page.looksDifferent':
      await recordOutdatedReader(db, message.platform, message.pageUrl);
      return { ok: true };
    case 'stages.list':
      return { ok: true, stages: await getStages(db) };
  }
}
