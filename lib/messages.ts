/**
 * The one catalogue of messages between contexts. Every message is parsed with zod at the
 * receiver; the TypeScript types are inferred from the same schemas, so sender and receiver
 * cannot drift apart.
 */
import { z } from 'zod';
import { ExtractedOrganisationSchema, ExtractionResultSchema, freeText, lineText, PlatformSchema, StageSchema, WebUrlSchema } from './model';

/** A random id per offer: it binds a framed panel to what its page's content script read. */
export const PanelOfferIdSchema = z.string().regex(/^[a-z0-9]{16,40}$/);

export const MessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('partners.save'),
    extraction: ExtractionResultSchema,
    organisationIndex: z.number().int().min(0).max(199),
    pageUrl: WebUrlSchema,
    corrections: ExtractedOrganisationSchema.partial().optional(),
    stageId: StageSchema.shape.id.optional(),
    tags: z.array(lineText(60)).max(50).optional(),
    resolution: z.union([z.object({ mergeInto: z.string().min(1).max(64) }), z.object({ keepSeparate: z.literal(true) })]).optional(),
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
  z.object({ type: z.literal('partners.addNote'), orgId: z.string().min(1).max(64), pageUrl: WebUrlSchema, text: freeText(20_000) }),
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
  'page.report': { fileName: string; html: string };
}

/** What a framed panel shows: its page's address and what the content script read there. */
export interface PanelStateReply {
  tabId: number;
  pageUrl: string;
  extraction: z.infer<typeof ExtractionResultSchema>;
  prefill?: Partial<z.infer<typeof ExtractedOrganisationSchema>>;
  startOpen: boolean;
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
]);

/**
 * Changes to a partner saved from the page: sent by the panel, an extension page framed into the
 * platform page (issue 15, item 3), and bound to that page by the background.
 */
export const PANEL_ACTIONS: ReadonlySet<MessageType> = new Set<MessageType>([
  'partners.setStage',
  'partners.correct',
  'partners.addNote',
]);

/** Asked by the panel only: a page's own script could otherwise make the page copy itself to a file. */
export const PANEL_REQUESTS: ReadonlySet<MessageType> = new Set<MessageType>(['page.report']);

/** Everything a surface of a platform page may send: the framed panel's whole vocabulary. */
export const PAGE_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  ...CONTENT_SCRIPT_MESSAGES,
  ...PANEL_ACTIONS,
  ...PANEL_REQUESTS,
]);
