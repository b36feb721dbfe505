/**
 * Who may do what in an action, by country: apply (coordinate), take part as a partner, count
 * towards the minimum — from the call calendar's participation rules (lib/domain/data/calls.json). Pure.
 * Where the data says "check" (or the country is one the Programme Guide restricts), the answer
 * is "check", never a guess.
 */
import { actionRule, CALENDAR } from './calls';
import type { ParticipationRule } from './calls-schema';

export type Verdict = boolean | 'check';
export interface Participation {
  apply: Verdict;
  partner: Verdict;
  counts: Verdict;
}
export type ParticipationRole = keyof Participation;

const PROGRAMME_GROUPS = ['eu', 'associated'];

/** The group a country belongs to in the Programme Guide's terms ("neighbourhood-east"), or undefined (another third country). */
export function countryGroup(country: string): string | undefined {
  return CALENDAR.participation.groups.find((group) => group.countries.includes(country))?.id;
}

export const isProgrammeCountry = (country: string | undefined) =>
  !!country && PROGRAMME_GROUPS.includes(countryGroup(country) ?? '');

/** The region's name as the Programme Guide writes it ("Neighbourhood East (Region 2)"). */
export const groupName = (id: string | undefined) =>
  CALENDAR.participation.groups.find((group) => group.id === id)?.name;

function allowed(who: ParticipationRule[ParticipationRole], country: string): Verdict {
  if (who === 'check' || CALENDAR.participation.checkCountries.includes(country)) return 'check';
  const group = countryGroup(country);
  if (group && who.includes(group)) return true;
  // "any-third": every third country not associated, in a named region or not.
  return !PROGRAMME_GROUPS.includes(group ?? '') && who.includes('any-third');
}

/** undefined when the action is unknown or has no rules, or the country is not known. */
export function participationOf(action: string | undefined, country: string | undefined): Participation | undefined {
  const rule = actionRule(action)?.participation;
  if (!rule || !country) return undefined;
  return {
    apply: allowed(rule.apply, country),
    partner: allowed(rule.partner, country),
    counts: allowed(rule.counts, country),
  };
}

/** The countries that count towards an action's minimum (programme countries when the action has no rules). */
export function countingCountriesFor(action: string | undefined): Set<string> {
  const counts = actionRule(action)?.participation?.counts;
  if (!counts || counts === 'check') return new Set(CALENDAR.countingCountries);
  return new Set(
    CALENDAR.participation.groups.filter((group) => counts.includes(group.id)).flatMap((group) => group.countries),
  );
}
