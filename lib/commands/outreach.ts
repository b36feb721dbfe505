/** Commands of outreach: the contact log, templates, introductions, and the user's own settings. */
import { z } from '../domain/zod';
import { OUTCOMES } from '../domain/model';
import { answerSent, logDraftOpened, recordOutcome, type DraftOpened } from '../outreach/log';
import { referTo, type ReferralTarget } from '../outreach/referral';
import {
  saveCadence,
  saveMyOrganisation,
  saveOutreachLanguage,
  saveTemplate,
  skipMyOrganisation,
  type TemplateInput,
} from '../outreach/settings';
import { defineCommand } from './define';
import { Id, LocalDate, PARTNER_STORES, record } from './args';

// A log change may move the partner's stage and follow-up: its summary changes with it.
const LOG_STORES = ['contactLog', ...PARTNER_STORES] as const;

export const outreachCommands = {
  'outreach.logDraftOpened': defineCommand({
    args: z.object({ draft: record<DraftOpened>('the draft') }),
    stores: LOG_STORES,
    run: (db, { draft }) => logDraftOpened(db, draft),
  }),
  'outreach.answerSent': defineCommand({
    args: z.object({ logId: Id, sent: z.boolean(), today: LocalDate }),
    stores: LOG_STORES,
    run: (db, { logId, sent, today }) => answerSent(db, logId, sent, today),
  }),
  'outreach.recordOutcome': defineCommand({
    args: z.object({ logId: Id, kind: z.enum(OUTCOMES), until: LocalDate.optional() }),
    stores: LOG_STORES,
    run: (db, { logId, kind, until }) => recordOutcome(db, logId, kind, until ? { until } : {}),
  }),
  /** "Referred to": link (or add) the organisation, then record the outcome. */
  'outreach.referTo': defineCommand({
    args: z.object({ logId: Id, target: record<ReferralTarget>('the organisation referred to') }),
    stores: [...LOG_STORES, 'introductions', 'notSame', 'events'],
    manyTransactions: 'a new organisation, the introduction, then the outcome — each checks what the last left',
    run: (db, { logId, target }) => referTo(db, logId, target),
    changed: (outcome) => 'linked' in outcome,
  }),
  'outreach.saveTemplate': defineCommand({
    args: z.object({ template: record<TemplateInput>('the template'), id: Id.optional() }),
    stores: ['templates', 'meta'],
    run: (db, { template, id }) => saveTemplate(db, template, id),
  }),
  'settings.saveMyOrganisation': defineCommand({
    args: z.object({ fields: z.record(z.string(), z.string().max(20_000).optional()) }),
    stores: ['meta'],
    run: (db, { fields }) => saveMyOrganisation(db, fields),
  }),
  'settings.skipMyOrganisation': defineCommand({
    args: z.object({}),
    stores: ['meta'],
    run: (db) => skipMyOrganisation(db),
  }),
  'settings.saveCadence': defineCommand({
    args: z.object({ days: z.array(z.number()).max(100) }),
    stores: ['meta'],
    run: (db, { days }) => saveCadence(db, days),
  }),
  'settings.saveOutreachLanguage': defineCommand({
    args: z.object({ language: z.string().max(100) }),
    stores: ['meta'],
    run: (db, { language }) => saveOutreachLanguage(db, language),
  }),
};
