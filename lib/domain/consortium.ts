/**
 * Does a project idea's consortium meet its action's minimum? Pure: the idea, organisations, the
 * applicant and the calendar in, a verdict in plain words out. The applicant (the user's own
 * organisation, or the idea's own applicant) counts like any confirmed member. Only organisations
 * from the countries the action's rules count (lib/domain/data/calls.json) count towards the minimum; an
 * organisation from a partner country is told in words what it may do.
 */
import { actionRule } from './calls';
import { countingCountriesFor, participationOf, type Participation } from './calls-participation';
import type { Organisation, ProjectIdea } from './model';
import { formatNumber } from '../i18n/format';
import { i18n } from '../i18n';

export const CONFIRMED_STAGE = 'confirmed';
export const DECLINED_STAGE = 'not-a-fit';

type Member = Pick<Organisation, 'id' | 'name' | 'country'>;
export interface Applicant {
  name: string;
  country?: string;
  /** The user's own organisation ("Your organisation …"), not an idea's own applicant. */
  own?: boolean;
}

export interface ConsortiumCheck {
  /** null when it cannot be judged (no action, or an action without a known minimum). */
  meetsMinimum: boolean | null;
  minOrganisations?: number;
  minCountries?: number;
  applicant?: Applicant;
  confirmed: Pick<Organisation, 'id' | 'name' | 'country' | 'type'>[];
  pending: Member[];
  countingCountries: string[];
  /** Confirmed organisations (and the applicant) whose country does not count towards the minimum. */
  notCounting: Pick<Organisation, 'name' | 'country'>[];
  types: string[];
  /** What is missing, in words; empty when the minimum is met. */
  missing: string[];
  /** What organisations from partner countries may do in this action, in words. */
  participation: string[];
  /** When the applicant cannot (or may not) apply: members who could coordinate. */
  couldCoordinate?: Member[];
}

/** "Your organisation (GE) may take part in KA220-YOU as a partner, but …" — or nothing for a programme country. */
export function describeParticipation(
  who: string,
  country: string,
  action: string,
  can: Participation,
): string | undefined {
  const subject: [string, string, string] = [who, country, action];
  if (can.apply === true && can.partner === true && can.counts === true) return undefined;
  if (can.partner === 'check' || can.apply === 'check' || can.counts === 'check')
    return i18n.t('participation.check', subject);
  if (!can.partner) return i18n.t('participation.cannotTakePart', subject);
  if (can.apply) return can.counts ? undefined : i18n.t('participation.mayApplyNotCount', subject);
  return can.counts
    ? i18n.t('participation.partnerCountsNotApply', subject)
    : i18n.t('participation.partnerNotCountNotApply', subject);
}

function sortMembers(idea: Pick<ProjectIdea, 'members'>, organisations: Map<string, Organisation>) {
  const confirmed: ConsortiumCheck['confirmed'] = [];
  const pending: Member[] = [];
  for (const member of idea.members) {
    const org = organisations.get(member.orgId);
    if (!org) continue;
    if (member.stageId === CONFIRMED_STAGE)
      confirmed.push({ id: org.id, name: org.name, country: org.country, type: org.type });
    else if (member.stageId !== DECLINED_STAGE) pending.push({ id: org.id, name: org.name, country: org.country });
  }
  return { confirmed, pending };
}

/** Wording for the applicant and each member from a country with limits; who of them could coordinate. */
function partnerCountryWords(action: string | undefined, applicant: Applicant | undefined, members: Member[]) {
  const participation: string[] = [];
  const say = (who: string, country: string | undefined) => {
    const can = action && country ? participationOf(action, country) : undefined;
    const text = can && describeParticipation(who, country!, action!, can);
    if (text) participation.push(text);
    return can;
  };
  const applicantCan = applicant
    ? say(applicant.own ? i18n.t('participation.yourOrganisation') : applicant.name, applicant.country)
    : undefined;
  for (const member of members) say(member.name, member.country);
  const cannotApply = applicantCan !== undefined && applicantCan.apply !== true;
  const couldCoordinate = cannotApply
    ? members.filter((m) => m.country && participationOf(action, m.country)?.apply === true)
    : undefined;
  return { participation, couldCoordinate };
}

export function checkConsortium(
  idea: Pick<ProjectIdea, 'action' | 'members'>,
  organisations: Map<string, Organisation>,
  applicant?: Applicant,
): ConsortiumCheck {
  const counting = countingCountriesFor(idea.action);
  const { confirmed, pending } = sortMembers(idea, organisations);
  const counted = [...(applicant ? [applicant] : []), ...confirmed];
  const countingOrgs = counted.filter((org) => org.country && counting.has(org.country));
  const countingCountries = [...new Set(countingOrgs.map((org) => org.country!))].sort();
  const notCounting = counted
    .filter((org) => !org.country || !counting.has(org.country))
    .map(({ name, country }) => ({ name, country }));
  const types = [...new Set(confirmed.map((org) => org.type).filter((t): t is string => !!t))].sort();
  const words = partnerCountryWords(idea.action, applicant, [...confirmed, ...pending]);
  const rule = actionRule(idea.action);
  const base = { applicant, confirmed, pending, countingCountries, notCounting, types, ...words };
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
  const meets = needOrgs <= 0 && needCountries <= 0;
  return {
    ...base,
    meetsMinimum: meets,
    minOrganisations: rule.minOrganisations,
    minCountries: rule.minCountries,
    missing: meets ? [] : missing,
  };
}
