/** Commands on saved partners: stage, notes, tags, follow-ups, details, contacts, delete and undo. */
import { z } from '../domain/zod';
import type { Contact, Stage } from '../domain/model';
import {
  addContact,
  deletePartners,
  editDetails,
  removeContact,
  restorePartners,
  type DeletedPartners,
} from '../store/organisations';
import { completeFollowUp, deleteNote, saveStages, setFollowUp, setTags } from '../store/entries';
import { setStage } from '../store/repo';
import { continueCadence, forgetContactInLog } from '../outreach/log';
import { addPartnerByHand, type HandFields } from '../store/manual-partners';
import { defineCommand } from './define';
import { Id, Ids, LocalDate, PARTNER_STORES, record, StageId } from './args';

const LOG_STORES = ['contactLog', ...PARTNER_STORES] as const;
// Generous bounds: the store cleans and limits tags itself, with its own words.
const Tags = z.array(z.string().max(1000)).max(500);

export const partnerCommands = {
  'partners.setStage': defineCommand({
    args: z.object({ orgId: Id, stageId: StageId }),
    stores: PARTNER_STORES,
    run: (db, { orgId, stageId }) => setStage(db, orgId, stageId),
  }),
  'partners.setStageMany': defineCommand({
    args: z.object({ orgIds: Ids, stageId: StageId }),
    stores: PARTNER_STORES,
    manyTransactions: 'one transaction per partner, as the board always did',
    run: async (db, { orgIds, stageId }) => {
      for (const orgId of orgIds) await setStage(db, orgId, stageId);
    },
  }),
  'partners.addTagMany': defineCommand({
    args: z.object({ partners: z.array(z.object({ orgId: Id, tags: Tags })).max(10_000), tag: z.string().max(1000) }),
    stores: PARTNER_STORES,
    manyTransactions: 'one transaction per partner, as the board always did',
    run: async (db, { partners, tag }) => {
      for (const partner of partners) await setTags(db, partner.orgId, [...partner.tags, tag]);
    },
  }),
  'partners.deleteNote': defineCommand({
    args: z.object({ orgId: Id, noteId: Id }),
    stores: PARTNER_STORES,
    run: (db, { orgId, noteId }) => deleteNote(db, orgId, noteId),
  }),
  'partners.setTags': defineCommand({
    args: z.object({ orgId: Id, tags: Tags }),
    stores: PARTNER_STORES,
    run: (db, { orgId, tags }) => setTags(db, orgId, tags),
  }),
  'partners.setFollowUp': defineCommand({
    args: z.object({ orgId: Id, date: LocalDate.nullable() }),
    stores: PARTNER_STORES,
    run: (db, { orgId, date }) => setFollowUp(db, orgId, date),
  }),
  /** Done (optionally snoozed); on the board also the next step of the outreach cadence. */
  'partners.completeFollowUp': defineCommand({
    args: z.object({
      orgId: Id,
      snoozeDays: z.number().int().min(1).max(365).optional(),
      cadenceFrom: LocalDate.optional(),
    }),
    stores: LOG_STORES,
    manyTransactions: 'the follow-up, then the cadence reads the log it left',
    run: async (db, { orgId, snoozeDays, cadenceFrom }) => {
      const entry = await completeFollowUp(db, orgId, snoozeDays);
      if (cadenceFrom) await continueCadence(db, orgId, cadenceFrom);
      return entry;
    },
  }),
  'partners.editDetails': defineCommand({
    args: z.object({ orgId: Id, fields: z.record(z.string(), z.string().max(20_000)) }),
    stores: PARTNER_STORES,
    run: (db, { orgId, fields }) => editDetails(db, orgId, fields),
  }),
  'partners.addContact': defineCommand({
    args: z.object({ orgId: Id, contact: record<Omit<Contact, 'id'>>('a contact') }),
    stores: PARTNER_STORES,
    run: (db, { orgId, contact }) => addContact(db, orgId, contact),
  }),
  /** The contact goes, and the outreach log forgets it was written to. */
  'partners.removeContact': defineCommand({
    args: z.object({ orgId: Id, contactId: Id }),
    stores: LOG_STORES,
    manyTransactions: 'the organisation, then its outreach log',
    run: async (db, { orgId, contactId }) => {
      await removeContact(db, orgId, contactId);
      await forgetContactInLog(db, orgId, contactId);
    },
  }),
  'partners.delete': defineCommand({
    args: z.object({ orgIds: Ids }),
    stores: PARTNER_STORES,
    run: (db, { orgIds }) => deletePartners(db, orgIds),
  }),
  'partners.restore': defineCommand({
    args: z.object({ deleted: record<DeletedPartners>('the deleted partners') }),
    stores: PARTNER_STORES,
    run: (db, { deleted }) => restorePartners(db, deleted),
  }),
  'partners.addByHand': defineCommand({
    args: z.object({
      fields: record<HandFields>('the organisation'),
      keepSeparate: z.boolean().optional(),
      eventId: Id.optional(),
    }),
    stores: [...PARTNER_STORES, 'notSame', 'events'],
    run: (db, { fields, ...options }) => addPartnerByHand(db, fields, options),
    changed: (outcome) => 'saved' in outcome,
  }),
  'stages.save': defineCommand({
    args: z.object({ stages: z.array(record<Stage>('a stage')).max(500) }),
    stores: ['summaries', 'meta'],
    run: (db, { stages }) => saveStages(db, stages),
  }),
};
