/**
 * "Referred to someone": the organisation they pointed to is linked (if saved) or created, and
 * gets "introduced by" the one who referred — so the snowball can be followed in statistics.
 */
import type { Database } from '../store/db';
import { syncSummaries } from '../store/summaries';
import { i18n } from '../i18n';
import { addPartnerByHand, type HandFields } from '../store/manual-partners';
import { IntroductionSchema } from '../domain/model';
import type { ProbableMatch } from '../store/repo';
import { recordOutcome } from './log';

export type ReferralTarget = { orgId: string } | { fields: HandFields };
export type ReferralOutcome = { linked: { orgId: string; created: boolean } } | { probable: ProbableMatch[] };

export async function referTo(db: Database, logId: string, target: ReferralTarget): Promise<ReferralOutcome> {
  const log = await db.get('contactLog', logId);
  if (!log) throw new Error(i18n.t('outreach.errors.logGone'));
  let orgId: string;
  let created = false;
  if ('orgId' in target) orgId = target.orgId;
  else {
    // The same probable-match check as any organisation typed in: "Use …" links the existing one.
    const outcome = await addPartnerByHand(db, target.fields);
    if ('probable' in outcome) return outcome;
    orgId = outcome.saved.orgId;
    created = true;
  }
  if (orgId === log.orgId) throw new Error(i18n.t('outreach.errors.referSelf'));
  const tx = db.transaction(['introductions', 'organisations', 'pipeline', 'summaries'], 'readwrite');
  if (!(await tx.objectStore('organisations').getKey(orgId))) throw new Error(i18n.t('errors.organisationGone'));
  // The first introduction is how the partner came; a later one does not rewrite that.
  const existing = await tx.objectStore('introductions').get(orgId);
  if (!existing)
    await tx
      .objectStore('introductions')
      .put(IntroductionSchema.parse({ orgId, introducedBy: log.orgId, at: new Date().toISOString() }));
  await syncSummaries(tx, [orgId]);
  await tx.done;
  await recordOutcome(db, logId, 'referred', { referredOrgId: orgId });
  return { linked: { orgId, created } };
}
