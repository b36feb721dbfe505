/**
 * The data model: zod schemas are the single source of truth, types are inferred.
 * Every value that crosses a boundary (message, import file, DB read of an old version)
 * is parsed with these. Strings are bounded so a hostile page cannot bloat the store.
 */
import { z } from './zod';
import { isHttpUrl, MAX, OPPORTUNITY_KINDS, PATTERNS, ROLES } from './limits';
import { PLATFORMS } from '../platforms/facts';
import { safeLine, safeText } from './safe-text';
import { WarningsSchema } from './warning-schema';

export { PLATFORMS };
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;
/** Where a source came from: a platform, or typed in by the user. */
export const SourceOriginSchema = z.enum([...PLATFORMS, 'manual']);
export type SourceOrigin = z.infer<typeof SourceOriginSchema>;

/** One line of text from a page or file: unsafe characters removed (lib/domain/safe-text.ts), trimmed, bounded. */
export const lineText = (max = 500) => z.string().overwrite(safeLine).trim().min(1).max(max);
/** Free text (descriptions, notes): tabs and line breaks kept, other unsafe characters removed. */
export const freeText = (max = MAX.longText) => z.string().overwrite(safeText).trim().min(1).max(max);
const text = lineText;
const longText = freeText();
export const IsoCountrySchema = z.string().regex(PATTERNS.isoCountry);
export const OidSchema = z.string().regex(PATTERNS.oid);
export const PicSchema = z.string().regex(PATTERNS.pic);
export const IsoDateSchema = z.string().regex(PATTERNS.isoDate);
export const PartialDateSchema = z.string().regex(PATTERNS.partialDate);
/** Only http(s) links are kept: a javascript: or data: URL from a page never becomes a link. */
export const WebUrlSchema = z
  .string()
  .max(MAX.url)
  .refine(isHttpUrl, { message: 'must be an http(s) address', params: { kind: 'webAddress' } });
export const EmailSchema = z.string().overwrite(safeLine).trim().max(MAX.email).regex(PATTERNS.email);

export const RoleSchema = z.enum(ROLES);

/** An organisation as one page states it (the extraction contract). */
export const ExtractedOrganisationSchema = z.object({
  name: text(MAX.name),
  country: IsoCountrySchema.optional(),
  city: text(MAX.place).optional(),
  region: text(MAX.place).optional(),
  type: text(MAX.type).optional(),
  website: WebUrlSchema.optional(),
  email: EmailSchema.optional(),
  phone: text(MAX.phone).optional(),
  oid: OidSchema.optional(),
  pic: PicSchema.optional(),
  description: longText.optional(),
  role: RoleSchema.optional(),
  profileUrl: WebUrlSchema.optional(),
});
export type ExtractedOrganisation = z.infer<typeof ExtractedOrganisationSchema>;

export const OpportunitySchema = z.object({
  kind: z.enum(OPPORTUNITY_KINDS),
  title: text(MAX.title),
  url: WebUrlSchema,
  identifier: text(MAX.code).optional(),
  action: text(MAX.code).optional(),
  startDate: PartialDateSchema.optional(),
  endDate: PartialDateSchema.optional(),
  deadline: IsoDateSchema.optional(),
  callYear: z.number().int().min(1990).max(2100).optional(),
  grantEur: z.number().nonnegative().optional(),
  topics: z.array(text(MAX.topic)).max(MAX.list).optional(),
  countries: z.array(IsoCountrySchema).max(MAX.list).optional(),
  description: longText.optional(),
});
export type Opportunity = z.infer<typeof OpportunitySchema>;

export const PAGE_TYPES = ['organisation', 'partner-request', 'project', 'list', 'unknown'] as const;
export const PageTypeSchema = z.enum(PAGE_TYPES);
export type PageType = z.infer<typeof PageTypeSchema>;

export const ExtractionResultSchema = z.object({
  platform: PlatformSchema.nullable(),
  pageType: PageTypeSchema,
  organisations: z.array(ExtractedOrganisationSchema).max(MAX.organisations),
  opportunity: OpportunitySchema.nullable(),
  /** What could not be read: codes with parameters (lib/domain/warnings.ts), worded where shown. */
  warnings: WarningsSchema,
  /** How sure the reader is of each field, 0–1 (lib/extractors/confidence.ts says how it is computed). */
  fieldConfidence: z
    .object({
      organisations: z.array(z.record(z.string().max(40), z.number().min(0).max(1))).max(MAX.organisations),
      opportunity: z.record(z.string().max(40), z.number().min(0).max(1)).optional(),
    })
    .optional(),
});
export type ExtractionResult = z.infer<typeof ExtractionResultSchema>;

/** One page an organisation was saved from, with what was read there and what the user corrected. */
export const SourceSchema = z.object({
  origin: SourceOriginSchema,
  url: WebUrlSchema.optional(),
  pageType: PageTypeSchema,
  savedAt: z.iso.datetime(),
  extracted: ExtractedOrganisationSchema,
  corrections: ExtractedOrganisationSchema.partial().optional(),
  opportunity: OpportunitySchema.nullable().optional(),
  warnings: WarningsSchema.default([]),
  /** How sure the reader was of each field it read here, 0–1 (lib/extractors/confidence.ts); older sources lack it. */
  confidence: z.record(z.string().max(40), z.number().min(0).max(1)).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const ContactSchema = z.object({
  id: z.string().min(1).max(64),
  name: text(200),
  role: text(200).optional(),
  email: EmailSchema.optional(),
  phone: text(60).optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

/** An Erasmus+ project an organisation took part in ("did KA220-ADU in 2023"). */
export const PastProjectSchema = z.object({
  identifier: text(MAX.code),
  title: text(MAX.title),
  url: WebUrlSchema.optional(),
  action: text(MAX.code).optional(),
  callYear: z.number().int().min(1990).max(2100).optional(),
  role: RoleSchema.optional(),
  countries: z.array(IsoCountrySchema).max(MAX.list).optional(),
});
export type PastProject = z.infer<typeof PastProjectSchema>;

/** A saved organisation: its best-known details, identity keys and every source. */
export const OrganisationSchema = ExtractedOrganisationSchema.omit({ role: true, profileUrl: true }).extend({
  id: z.string().min(1).max(64),
  /** Stable platform ids, e.g. "otlas:org:1234" or a profile URL: exact identity keys. */
  platformIds: z.array(z.string().min(1).max(2000)).max(200),
  /** URLs of every page saved from; a multiEntry index answers "is this page saved?". */
  sourceUrls: z.array(z.string().min(1).max(2000)).max(500),
  sources: z.array(SourceSchema).min(1).max(500),
  contacts: z.array(ContactSchema).max(100).default([]),
  pastProjects: z.array(PastProjectSchema).max(500).optional(),
  /** Derived, indexed keys for probable matches (lib/domain/dedupe.ts); recomputed on every write. */
  nameKey: z.string().max(400).optional(),
  domain: z.string().max(300).optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const StageSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: text(60),
  archived: z.boolean().default(false),
});
export type Stage = z.infer<typeof StageSchema>;

export const NoteSchema = z.object({ id: z.string().min(1).max(64), at: z.iso.datetime(), text: freeText(20_000) });
export type Note = z.infer<typeof NoteSchema>;

export const HistoryEventSchema = z.object({
  at: z.iso.datetime(),
  kind: z.enum([
    'saved',
    'source-added',
    'stage',
    'note',
    'follow-up',
    'follow-up-done',
    'edited',
    'imported',
    'merged',
  ]),
  text: z.string().overwrite(safeText).max(2000).optional(),
  /** For stage events: the stage reached, so statistics can tell when each step happened. */
  stageId: z.string().max(40).optional(),
});
export type HistoryEvent = z.infer<typeof HistoryEventSchema>;

/** The user said these two are different organisations: never propose them again. */
export const NotSameSchema = z.object({ pair: z.string().min(3).max(200), at: z.iso.datetime() });
export type NotSame = z.infer<typeof NotSameSchema>;

/** A merge, kept so it can be undone: both organisations and entries as they were. */
export const MergeRecordSchema = z.object({
  id: z.string().min(1).max(64),
  at: z.iso.datetime(),
  survivorId: z.string().min(1).max(64),
  absorbedId: z.string().min(1).max(64),
  before: z
    .array(z.object({ organisation: z.lazy(() => OrganisationSchema), entry: z.lazy(() => PipelineEntrySchema) }))
    .length(2),
});

/** The outreach state of one organisation (keyed by its id). */
export const PipelineEntrySchema = z.object({
  orgId: z.string().min(1).max(64),
  stageId: StageSchema.shape.id,
  tags: z.array(text(60)).max(50).default([]),
  notes: z.array(NoteSchema).max(1000).default([]),
  nextFollowUp: IsoDateSchema.optional(),
  history: z.array(HistoryEventSchema).max(5000).default([]),
  updatedAt: z.iso.datetime(),
});
export type PipelineEntry = z.infer<typeof PipelineEntrySchema>;
export type MergeRecord = z.infer<typeof MergeRecordSchema>;

/** A project idea the user reaches out with, and the organisations in it (each with its own stage). */
export const ProjectIdeaSchema = z.object({
  id: z.string().min(1).max(64),
  title: text(MAX.title),
  action: z
    .string()
    .regex(/^KA\d{3}(-[A-Z]{3})?$/)
    .optional(),
  /** A round of the call calendar (lib/domain/data/calls.json). */
  roundId: z.string().max(40).optional(),
  /** The user's own deadline; overrides the round's. */
  deadline: IsoDateSchema.optional(),
  description: longText.optional(),
  remindDaysBefore: z.number().int().min(0).max(365).default(14),
  /** Who applies with this idea when it is not the user's own organisation (someone working for several). */
  applicant: z.object({ name: text(MAX.name), country: IsoCountrySchema.optional() }).optional(),
  members: z
    .array(z.object({ orgId: z.string().min(1).max(64), stageId: StageSchema.shape.id, addedAt: z.iso.datetime() }))
    .max(500)
    .default([]),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ProjectIdea = z.infer<typeof ProjectIdeaSchema>;

/** An in-person event (contact seminar, training course, forum) and the organisations met there. */
export const PartnerEventSchema = z.object({
  id: z.string().min(1).max(64),
  name: text(MAX.title),
  date: IsoDateSchema,
  place: text(MAX.place).optional(),
  orgIds: z.array(z.string().min(1).max(64)).max(2000).default([]),
  createdAt: z.iso.datetime(),
});
export type PartnerEvent = z.infer<typeof PartnerEventSchema>;

/** The user's own organisation: the applicant of their ideas and the sender of their messages. */
export const MyOrganisationSchema = z.object({
  name: text(MAX.name),
  oid: OidSchema.optional(),
  pic: PicSchema.optional(),
  country: IsoCountrySchema.optional(),
  city: text(MAX.place).optional(),
  type: text(MAX.type).optional(),
  website: WebUrlSchema.optional(),
  contactName: text(200).optional(),
  contactRole: text(200).optional(),
});
export type MyOrganisation = z.infer<typeof MyOrganisationSchema>;

/** A language tag such as "de", "pt-BR" or "ka". */
export const LanguageTagSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);

/** An outreach message the user wrote or adapted: plain text with {placeholders}. */
export const OutreachTemplateSchema = z.object({
  id: z.string().min(1).max(64),
  name: text(200),
  language: LanguageTagSchema,
  subject: text(500),
  body: text(10_000),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type OutreachTemplate = z.infer<typeof OutreachTemplateSchema>;

export const CHANNELS = ['email', 'copy', 'platform'] as const;
export const OUTCOMES = ['positive', 'wants-information', 'not-now', 'referred', 'declined', 'no-reply'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** One message to one organisation: the draft opened, whether it was sent, and what came back. */
export const ContactLogEntrySchema = z.object({
  id: z.string().min(1).max(64),
  orgId: z.string().min(1).max(64),
  at: z.iso.datetime(),
  channel: z.enum(CHANNELS),
  /** A stored template's id, or a starter's ("starter:de"). */
  templateId: z.string().min(1).max(64).optional(),
  language: LanguageTagSchema.optional(),
  ideaId: z.string().min(1).max(64).optional(),
  /** The contact person written to (removed when that person is deleted). */
  contactId: z.string().min(1).max(64).optional(),
  /** Answered "Did you send it?": true, false, or not yet asked. */
  sent: z.boolean().optional(),
  sentOn: IsoDateSchema.optional(),
  outcome: z
    .object({
      kind: z.enum(OUTCOMES),
      at: z.iso.datetime(),
      /** "Not now": when to ask again. */
      until: IsoDateSchema.optional(),
      /** "Referred to": the organisation they pointed to. */
      referredOrgId: z.string().min(1).max(64).optional(),
    })
    .optional(),
});
export type ContactLogEntry = z.infer<typeof ContactLogEntrySchema>;

/** "Introduced by": which organisation pointed the user to this one (keyed by the one introduced). */
export const IntroductionSchema = z.object({
  orgId: z.string().min(1).max(64),
  introducedBy: z.string().min(1).max(64),
  at: z.iso.datetime(),
});
export type Introduction = z.infer<typeof IntroductionSchema>;

/** Days after sending when a follow-up is due (default 7, 14, 28). */
export const CadenceSchema = z.array(z.number().int().min(1).max(365)).min(1).max(10);

/** What the popup and board list: an organisation joined with its pipeline entry. */
export interface PartnerSummary {
  id: string;
  name: string;
  country?: string;
  city?: string;
  stageId: string;
  origins: SourceOrigin[];
  tags: string[];
  nextFollowUp?: string;
  lastNote?: string;
  updatedAt: string;
  /** Folded name, place, tags, notes and contact names: what search looks through. */
  searchText: string;
}
