/** The user's settings as extension pages read them (lib/reads.ts explains the read side). */
export { readOutreachSettings, type OutreachSettings } from './outreach/settings';
export { readPageRules } from './page-rules-store';
