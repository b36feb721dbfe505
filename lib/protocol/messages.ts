/**
 * The one catalogue of messages between contexts. Every message is parsed with zod at the
 * receiver; the TypeScript types are inferred from the same schemas, so sender and receiver
 * cannot drift apart.
 */
import { z } from '../domain/zod';
import {
  ExtractedOrganisationSchema,
  ExtractionResultSchema,
  freeText,
  lineText,
  PageTypeSchema,
  PlatformSchema,
  StageSchema,
  WebUrlSchema,
} from '../domain/model';
import type { RuleOutcome } from '../page-rules/apply';
import type { PickResult } from '../page-rules/pick';
import type { SetAsideNotice } from '../page-rules/state';
import { RULE_FIELDS, type PageRule, type RuleField } from '../page-rules/types';

/** A random id per offer: it binds a framed panel to what its page's content script read. */
export const PanelOfferIdSchema = z.string().regex(/^[a-z0-9]{16,40}$/);

const RuleIdSchema = z.string().min(1).max(80);
const RuleFieldSchema = z.enum(RULE_FIELDS);

/** The panel's part of an offer: fields read by a rule, the reader's own values (for Undo), rules set aside. */
export const PanelRulesSchema = z.object({
  readByRule: z.partialRecord(RuleFieldSchema, RuleIdSchema),
  builtIn: z.partialRecord(RuleFieldSchema, z.string().max(20_000)),
  setAside: z
    .array(z.object({ ruleId: RuleIdSchema, field: RuleFieldSchema, reason: z.enum(['shape', 'misses']) }))
    .max(50),
});
export type PanelRules = z.infer<typeof PanelRulesSchema>;

/** Page rules (issue 12): checked in full by lib/store/page-rules-requests.ts, which knows the sender's page. */
const PAGE_RULE_MESSAGES = [
  /** The content script asks for its page's rules (of its own page's platforms only). */
  z.object({ type: z.literal('pageRules.forPage'), pageType: PageTypeSchema, platform: PlatformSchema.optional() }),
  /** The content script reports what its rules did; the reply names the rules set aside now. */
  z.object({ type: z.literal('pageRules.record'), outcomes: z.array(z.unknown()).max(50) }),
  /** The panel saves the rules the user made by picking (on Save). */
  z.object({ type: z.literal('pageRules.save'), rules: z.array(z.unknown()).min(1).max(20) }),
  /** The panel's "Forget this rule". */
  z.object({ type: z.literal('pageRules.forget'), ruleId: RuleIdSchema }),
  /** The panel asks its page's content script to let the user pick a field's value on the page. */
  z.object({ type: z.literal('pageRules.pick'), field: RuleFieldSchema, fieldLabel: lineText(60) }),
  /** While picking: take the page's selected text ("Use selection"), or stop. */
  z.object({ type: z.literal('pageRules.pickControl'), action: z.enum(['useSelection', 'cancel']) }),
  /** Options → Page rules: run one rule on the platform tab the user looked at last. */
  z.object({ type: z.literal('pageRules.test'), ruleId: RuleIdSchema }),
] as const;

export const MessageSchema = z.discriminatedUnion('type', [
  ...PAGE_RULE_MESSAGES,
  z.object({
    type: z.literal('partners.save'),
    extraction: ExtractionResultSchema,
    organisationIndex: z.number().int().min(0).max(199),
    pageUrl: WebUrlSchema,
    corrections: ExtractedOrganisationSchema.partial().optional(),
    stageId: StageSchema.shape.id.optional(),
    tags: z.array(lineText(60)).max(50).optional(),
    resolution: z
      .union([z.object({ mergeInto: z.string().min(1).max(64) }), z.object({ keepSeparate: z.literal(true) })])
      .optional(),
  }),
  z.object({
    type: z.literal('partners.lookup'),
    pageUrl: WebUrlSchema,
    organisations: z.array(ExtractedOrganisationSchema).max(200),
  }),
  z.object({ type: z.literal('partners.setStage'), orgId: z.string().min(1).max(64), stageId: StageSchema.shape.id }),
  z.object({
    type: z.literal('partners.correct'),
    orgId: z.string().min(1).max(64),
    pageUrl: WebUrlSchema,
    corrections: ExtractedOrganisationSchema.partial(),
  }),
  z.object({
    type: z.literal('partners.addNote'),
    orgId: z.string().min(1).max(64),
    pageUrl: WebUrlSchema,
    text: freeText(20_000),
  }),
  z.object({ type: z.literal('stages.list') }),
  /** A page of a known kind lacked its reader's anchors: the reader may need an update. */
  z.object({ type: z.literal('page.looksDifferent'), platform: PlatformSchema, pageUrl: WebUrlSchema }),
  z.object({ type: z.literal('pipeline.open') }),
  /** PRP pages are rendered from a data service: the background fetches it (host permission). */
  z.object({ type: z.literal('prp.fetchProject'), identifier: lineText(100) }),
  /** The content script hands what it read to the background for the panel framed into its page. */
  z.object({
    type: z.literal('panel.offer'),
    offerId: PanelOfferIdSchema,
    pageUrl: WebUrlSchema,
    extraction: ExtractionResultSchema,
    // What to start hand entry with: page text, so a bad value only loses the prefill, never the offer.
    prefill: ExtractedOrganisationSchema.partial().optional().catch(undefined),
    startOpen: z.boolean().optional(),
    /** What the user's page rules did on this page (lib/page-rules/page.ts), for the panel's marks. */
    rules: PanelRulesSchema.optional().catch(undefined),
  }),
  /** The framed panel asks for its page's offer (named by the offer id in the frame's own URL). */
  z.object({ type: z.literal('panel.state') }),
  /** The context menu or shortcut reached the content script: the background tells the panel. */
  z.object({ type: z.literal('panel.activate'), offerId: PanelOfferIdSchema }),
  /** "Report this page": the panel asks for a redacted copy of its page (lib/page-report-request). */
  z.object({ type: z.literal('page.report') }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

const SavedPartnerSchema = z.object({
  orgId: z.string(),
  name: z.string(),
  stageId: z.string(),
  stageName: z.string(),
  created: z.boolean(),
  lastNote: z.string().optional(),
  /** False when the page shows a partner saved from another page (matched by profile, OID or PIC). */
  fromThisPage: z.boolean().optional(),
});
export type SavedPartnerReply = z.infer<typeof SavedPartnerSchema>;
export interface ProbableMatchReply {
  orgId: string;
  name: string;
  country?: string;
  origins: string[];
  stageName: string;
}

/** What each message answers when it succeeds. */
export interface Replies {
  /** Saved, or not yet: probable matches for the user to merge into or keep apart from. */
  'partners.save': { saved: SavedPartnerReply } | { probable: ProbableMatchReply[] };
  'partners.lookup': { saved: (SavedPartnerReply | null)[] };
  'partners.setStage': Record<never, never>;
  'partners.correct': { saved: SavedPartnerReply };
  'partners.addNote': { lastNote: string };
  'stages.list': { stages: z.infer<typeof StageSchema>[] };
  'page.looksDifferent': Record<never, never>;
  'pipeline.open': Record<never, never>;
  'prp.fetchProject': { data: unknown };
  'panel.offer': Record<never, never>;
  'panel.state': PanelStateReply;
  'panel.activate': Record<never, never>;
  'pageRules.forPage': { rules: PageRule[] };
  'pageRules.record': { setAside: SetAsideNotice[] };
  'pageRules.save': { saved: number };
  'pageRules.forget': Record<never, never>;
  'pageRules.pick': { result: PickResult | { status: 'cancelled' } };
  'pageRules.pickControl': { used: boolean };
  'pageRules.test': { outcome: RuleOutcome };
  'page.report': { fileName: string; html: string };
}

/** What the background asks a content script of a platform tab (never from a page: checked by sender). */
export type TabRequest =
  | { type: 'pageRules.pick'; field: RuleField; fieldLabel: string }
  | { type: 'pageRules.pickControl'; action: 'useSelection' | 'cancel' }
  | { type: 'pageRules.test'; rule: PageRule };

/** What a framed panel shows: its page's address and what the content script read there. */
export interface PanelStateReply {
  tabId: number;
  pageUrl: string;
  extraction: z.infer<typeof ExtractionResultSchema>;
  prefill?: Partial<z.infer<typeof ExtractedOrganisationSchema>>;
  startOpen: boolean;
  rules?: PanelRules;
}
export type Reply<T extends MessageType> = ({ ok: true } & Replies[T]) | { ok: false; error: string };

/**
 * Messages a content script may send: it reads its page, proposes records of that page and asks
 * which of them are saved, nothing more. It runs beside page scripts that may read and drive any
 * UI in the page's DOM, so changing a saved partner is not among them.
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'partners.save',
  'partners.lookup',
  'stages.list',
  'page.looksDifferent',
  'pipeline.open',
  'prp.fetchProject',
  'panel.offer',
  'panel.activate',
  'pageRules.forPage',
  'pageRules.record',
]);

/**
 * Changes to a partner saved from the page: sent by the panel, an extension page framed into the
 * platform page (issue 15, item 3), and bound to that page by the background.
 */
export const PANEL_ACTIONS: ReadonlySet<MessageType> = new Set<MessageType>([
  'partners.setStage',
  'partners.correct',
  'partners.addNote',
  'pageRules.save',
  'pageRules.forget',
  'pageRules.pick',
  'pageRules.pickControl',
]);

/** Asked by the panel only: a page's own script could otherwise make the page copy itself to a file. */
export const PANEL_REQUESTS: ReadonlySet<MessageType> = new Set<MessageType>(['page.report']);

/** Everything a surface of a platform page may send: the framed panel's whole vocabulary. */
export const PAGE_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  ...CONTENT_SCRIPT_MESSAGES,
  ...PANEL_ACTIONS,
  ...PANEL_REQUESTS,
]);
