/** The outreach writes of the partner panel, loaded on first use (they bring zod). */
export { answerSent, continueCadence, forgetContactInLog, logDraftOpened, recordOutcome } from '@/lib/outreach/log';
export { referTo } from '@/lib/outreach/referral';
export { saveTemplate } from '@/lib/outreach/settings';
