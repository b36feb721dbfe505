/**
 * The commands a platform page may ask for by message (lib/protocol/messages.ts; the background checks
 * the sender first, lib/background/handlers.ts). Their names and arguments are the messages' own.
 */
import { z } from '../domain/zod';
import { ExtractedOrganisationSchema, PlatformSchema, WebUrlSchema } from '../domain/model';
import { MessageSchema, type Message } from '../protocol/messages';
import { addNoteFromPage, correctFromPage } from '../store/page-partners';
import { deletePageRules } from '../store/page-rules';
import { recordFromPage, saveRuleFromPage } from '../store/page-rules-requests';
import { addNote } from '../store/entries';
import { recordOutdatedReader } from '../store/queries';
import { proposeSave } from '../store/repo';
import { defineCommand } from './define';
import { Id, PARTNER_STORES } from './args';

/** A message's own schema without its `type`: the command checks exactly what the message carries. */
function messageArgs<T extends Message['type']>(type: T): z.ZodType<Omit<Extract<Message, { type: T }>, 'type'>> {
  const option = MessageSchema.options.find((shape) => shape.shape.type.value === type) as z.ZodObject;
  return option.omit({ type: true }) as never;
}

export const pageCommands = {
  'partners.save': defineCommand({
    args: messageArgs('partners.save'),
    stores: [...PARTNER_STORES, 'notSame'],
    run: (db, request) => proposeSave(db, request),
    changed: (outcome) => 'saved' in outcome,
  }),
  'partners.correct': defineCommand({
    args: z.object({ orgId: Id, pageUrl: WebUrlSchema, corrections: ExtractedOrganisationSchema.partial() }),
    stores: PARTNER_STORES,
    run: (db, { orgId, pageUrl, corrections }) => correctFromPage(db, orgId, pageUrl, corrections),
  }),
  /** From the panel (with its page, which must have saved the partner) or from the board. */
  'partners.addNote': defineCommand({
    args: z.object({ orgId: Id, text: z.string().max(20_000), pageUrl: WebUrlSchema.optional() }),
    stores: PARTNER_STORES,
    run: (db, { orgId, text, pageUrl }) =>
      pageUrl ? addNoteFromPage(db, orgId, pageUrl, text) : addNote(db, orgId, text),
  }),
  /** A page of a known kind lacked its reader's anchors: remembered for the popup's notice. */
  'page.looksDifferent': defineCommand({
    args: z.object({ platform: PlatformSchema, pageUrl: WebUrlSchema }),
    stores: ['meta'],
    run: (db, { platform, pageUrl }) => recordOutdatedReader(db, platform, pageUrl),
    changed: () => false,
  }),
  /** Rules made by Pick on page, each for the page's own platform and host; stops at the first refused. */
  'pageRules.save': defineCommand({
    args: z.object({ pageUrl: WebUrlSchema, rules: z.array(z.unknown()).min(1).max(20) }),
    stores: ['meta'],
    manyTransactions: 'one rule at a time, each checked against the page on its own',
    run: async (db, { pageUrl, rules }) => {
      for (const raw of rules) if (!(await saveRuleFromPage(db, pageUrl, raw)).ok) return false;
      return true;
    },
  }),
  /** What the page's rules did (outcomes of rules of another platform are ignored); the rules set aside now. */
  'pageRules.record': defineCommand({
    args: z.object({ pageUrl: WebUrlSchema, outcomes: z.unknown() }),
    stores: ['meta'],
    run: (db, { pageUrl, outcomes }) => recordFromPage(db, pageUrl, outcomes),
  }),
  'pageRules.forget': defineCommand({
    args: z.object({ ruleId: Id }),
    stores: ['meta'],
    run: (db, { ruleId }) => deletePageRules(db, [ruleId]),
  }),
};
