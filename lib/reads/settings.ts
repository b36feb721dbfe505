/** The user's settings as extension pages read them (lib/reads/index.ts explains the read side). */
export { readOutreachSettings, type OutreachSettings } from '../outreach/settings';
export { readPageRules } from '../store/page-rules';
