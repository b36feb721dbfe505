/**
 * Does a project idea's consortium meet its action's minimum? Pure: ideas, organisations and
 * the calendar in, a verdict in plain words out. Only confirmed organisations from EU Member
 * States and associated countries count towards the minimum (see lib/data/calls.json).
 */
import { actionRule, CALENDAR } from './calls';
import type { Organisation, ProjectIdea } from './model';
import { formatNumber } from './format';
import { i18n } from './i18n';

export const CONFIRMED_STAGE = 'confirmed';
export const DECLINED_STAGE = 'not-a-fit';

export interface ConsortiumCheck {
  /** null when it cannot be judged (no action, or an action without a known minimum). */
  meetsMinimum: boolean | null;
  minOrganisations?: number;
  minCountries?: number;
  confirmed: Pick<Organisation, 'id' | 'name' | 'country' | 'type'>[];
  pending: Pick<Organisation, 'id' | 'name' | 'country'>[];
  countingCountries: string[];
  /** Confirmed organisations whose country does not count towards the minimum. */
  notCounting: Pick<Organisation, 'id' | 'name' | 'country'>[];
  types: string[];
  /** What is missing, in words; empty when the minimum is met. */
  missing: string[];
}

export function checkConsortium(idea: Pick<ProjectIdea, 'action' | 'members'>, organisations: Map<string, Organisation>): ConsortiumCheck {
  const counting = new Set(CALENDAR.countingCountries);
  const confirmed: ConsortiumCheck['confirmed'] = [];
  const pending: ConsortiumCheck['pending'] = [];
  for (const member of idea.members) {
    const org = organisations.get(member.orgId);
    if (!org) continue;
    if (member.stageId === CONFIRMED_STAGE) confirmed.push({ id: org.id, name: org.name, country: org.country, type: org.type });
    else if (member.stageId !== DECLINED_STAGE) pending.push({ id: org.id, name: org.name, country: org.country });
  }
  const countingOrgs = confirmed.filter((org) => org.country && counting.has(org.country));
  const countingCountries = [...new Set(countingOrgs.map((org) => org.country!))].sort();
  const notCounting = confirmed.filter((org) => !org.country || !counting.has(org.country));
  const types = [...new Set(confirmed.map((org) => org.type).filter((t): t is string => !!t))].sort();
  const rule = actionRule(idea.action);
  const base = { confirmed, pending, countingCountries, notCounting, types };
  if (!rule) {
    const why = idea.action ? i18n.t('consortium.noRule', [idea.action]) : i18n.t('consortium.noAction');
    return { ...base, meetsMinimum: null, missing: [why] };
  }
  const missing: string[] = [];
  const needOrgs = rule.minOrganisations - countingOrgs.length;
  const needCountries = rule.minCountries - countingCountries.length;
  if (needCountries > 0) {
    const n = formatNumber(needCountries);
    missing.push(
      countingCountries.length
        ? i18n.t('consortium.needCountries', needCountries, [n, countingCountries.join(', ')])
        : i18n.t('consortium.needCountriesNoneYet', needCountries, [n]),
    );
  } else if (needOrgs > 0) missing.push(i18n.t('consortium.needOrganisations', needOrgs, [formatNumber(needOrgs)]));
  if (notCounting.some((org) => !org.country)) missing.push(i18n.t('consortium.missingCountry'));
  return { ...base, meetsMinimum: needOrgs <= 0 && needCountries <= 0, minOrganisations: rule.minOrganisations, minCountries: rule.minCountries, missing: needOrgs <= 0 && needCountries <= 0 ? [] : missing };
}
