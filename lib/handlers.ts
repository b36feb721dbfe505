/**
 * The background's message handling, kept out of the entrypoint so it can be tested with
 * fake senders. It trusts nothing: every message is parsed, and the sender decides what it may
 * ask. The extension's own pages (popup, board, options) may ask anything. A platform page's
 * surfaces — its content script, and the panel framed into it — speak only for that page: every
 * page address they send must be the sender's own (lib/sender.ts), they propose records only of
 * its platform, and they act only on partners saved from it.
 */
import type { PipelineDatabase } from './db';
import { MessageSchema, type Message, type Reply } from './messages';
import { getStages, recordOutdatedReader } from './queries';
import { proposeSave, setStage } from './repo';
import { addNoteFromPage, correctFromPage, findSavedOnPage, savedFromPage } from './page-partners';
import { notifyChanged } from './changes';
import { describeStorageError } from './storage-errors';
import { i18n } from './i18n';
import { offeredMatchesInMemory, type OfferedMatches } from './offers';
import { checkPageMessage, senderContext, type PageContext, type SenderInfo } from './sender';

export type { SenderInfo } from './sender';

export interface HandlerDeps {
  extensionId: string;
  /** e.g. chrome-extension://<id>/ — pages under it are the extension's own. */
  extensionOrigin: string;
  openDb: () => Promise<PipelineDatabase>;
  /** Opens the full-page board in a tab. */
  openPipeline: () => Promise<void>;
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
    const context = senderContext(sender, deps.extensionOrigin);
    let message = parsed.data;
    if (context.kind === 'page') {
      const checked = await checkPageMessage(message, context, { offers, panelInPage: deps.panelInPage ?? false });
      if (typeof checked === 'string') return reject(checked);
      message = checked;
    }
    if (message.type === 'pipeline.open') {
      await deps.openPipeline();
      return { ok: true };
    }
    if (message.type === 'prp.fetchProject') {
      const result = await deps.fetchProject(message.identifier);
      return result.ok ? { ok: true, data: result.data } : { ok: false, error: result.reason };
    }
    let db: PipelineDatabase | undefined;
    try {
      db = await deps.openDb();
      const page = context.kind === 'page' ? context : undefined;
      // A page may move only organisations saved from that very page.
      if (page && message.type === 'partners.setStage' && !(await savedFromPage(db, message.orgId, page.url))) {
        return reject(i18n.t('errors.notSavedFromPage'));
      }
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

/** The records a page was asked about are the ones it may then merge into. */
async function rememberOffers(offers: OfferedMatches, page: PageContext, reply: AnyReply): Promise<void> {
  if (!reply.ok || !('probable' in reply) || page.tabId === undefined) return;
  await offers.remember(page.tabId, page.url, reply.probable.map((match) => match.orgId));
}

async function dispatch(db: PipelineDatabase, message: Exclude<Message, { type: 'pipeline.open' | 'prp.fetchProject' }>): Promise<AnyReply> {
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
