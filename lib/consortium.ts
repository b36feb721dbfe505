/**
 * Does a project idea's consortium meet its action's minimum? Pure: ideas, organisations and
 * the calendar in, a verdict in plain words out. Only confirmed organisations from EU Member
 * States and associated countries count towards the minimum (see lib/data/calls.json).
 */
import { actionRule, CALENDAR } from './calls';
import type { Organisation, ProjectIdea } from './model';

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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
    const why = idea.action ? `There is no consortium rule for ${idea.action} in the call calendar.` : 'Choose an Erasmus+ action for this idea to check its consortium.';
    return { ...base, meetsMinimum: null, missing: [why] };
  }
  const missing: string[] = [];
  const needOrgs = rule.minOrganisations - countingOrgs.length;
  const needCountries = rule.minCountries - countingCountries.length;
  if (needCountries > 0) missing.push(`${plural(needCountries, 'more confirmed organisation', 'more confirmed organisations')} from ${needCountries === 1 ? 'another' : 'other'} programme ${needCountries === 1 ? 'country' : 'countries'} (not ${countingCountries.join(', ') || 'yet any'}).`);
  else if (needOrgs > 0) missing.push(`${plural(needOrgs, 'more confirmed organisation', 'more confirmed organisations')}.`);
  if (notCounting.some((org) => !org.country)) missing.push('Some confirmed organisations have no country: add it so they can count.');
  return { ...base, meetsMinimum: needOrgs <= 0 && needCountries <= 0, minOrganisations: rule.minOrganisations, minCountries: rule.minCountries, missing: needOrgs <= 0 && needCountries <= 0 ? [] : missing };
}
