/**
 * Values that pass their shape but look wrong are left out, and the result says so (issue 11):
 * an organisation "named" after the site, a menu entry or the request's own title, or with a
 * courtesy title (a person); a website on the platform's own host. Precision first.
 */
import type { ExtractedOrganisation, Opportunity } from '../model';
import type { ImplausibleReason } from '../warnings';
import { foldName } from './countries';

/** The platforms' and their owners' names, and generic page words: never an organisation's name. */
const NOT_A_NAME = new Set([
  'epale', 'electronic platform for adult learning in europe', 'esep', 'european school education platform',
  'school education gateway', 'etwinning', 'european commission', 'european union', 'erasmus', 'erasmus+',
  'salto youth', 'salto', 'otlas', 'otlas partner finding', 'partner finding', 'mysalto', 'project results platform',
  'erasmus+ project results platform', 'home', 'log in', 'login', 'sign in', 'search', 'menu', 'contact', 'contact us',
  'organisations', 'organizations', 'organisation', 'organization', 'projects', 'partner requests', 'partner search',
  'cookies', 'privacy', 'skip to main content', 'read more', 'more', 'profile', 'my account',
].map((name) => foldName(name)));
/** Courtesy titles: the name is a person's (a contact), not an organisation's. */
const PERSON = /^(?:mr|mrs|ms|miss|dr|prof|herr|frau|m|mme|sig|sig\.ra|pan|pani)\.?\s+\p{Lu}/iu;
/** The platforms' own hosts: a "website" there is a page of the platform, not the organisation's site. */
const PLATFORM_HOST = /(?:^|\.)(?:europa\.eu|salto-youth\.net|otlas\.eu)$/i;

/** A value left out, and why (the `implausible` warning). */
export interface LeftOut {
  reason: ImplausibleReason;
  value: string;
}

/** Why a name is not an organisation's, or undefined when it may be one. */
function nameProblem(name: string, opportunity: Opportunity | null): LeftOut | undefined {
  const folded = foldName(name);
  const value = name.slice(0, 60);
  if (NOT_A_NAME.has(folded)) return { reason: 'siteName', value };
  if (opportunity && foldName(opportunity.title) === folded) return { reason: 'pageTitle', value };
  if (PERSON.test(name)) return { reason: 'person', value };
  return undefined;
}

/** The organisations without implausible names or websites, and what was left out. */
export function withoutImplausible(
  organisations: ExtractedOrganisation[],
  opportunity: Opportunity | null,
): { organisations: ExtractedOrganisation[]; problems: LeftOut[] } {
  const problems: LeftOut[] = [];
  const kept = organisations.flatMap((organisation) => {
    const problem = nameProblem(organisation.name, opportunity);
    if (problem) {
      problems.push(problem);
      return [];
    }
    if (organisation.website && PLATFORM_HOST.test(new URL(organisation.website).hostname)) {
      problems.push({ reason: 'platformWebsite', value: new URL(organisation.website).hostname });
      const { website: _platformPage, ...rest } = organisation;
      return [rest];
    }
    return [organisation];
  });
  return { organisations: kept, problems };
}
