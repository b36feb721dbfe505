/**
 * The typed sender. Kept apart from lib/protocol/messages.ts (type-only import) so content scripts
 * do not ship zod: they propose, the background validates.
 */
import type { Message, MessageType, Reply } from './messages';
import { i18n } from '../i18n';

export type { ProbableMatchReply, SavedPartnerReply } from './messages';

export async function sendMessage<T extends MessageType>(message: Extract<Message, { type: T }>): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: i18n.t('send.noAnswer') };
  } catch {
    return { ok: false, error: i18n.t('send.unreachable') };
  }
}
