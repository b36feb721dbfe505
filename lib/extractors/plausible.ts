/**
 * Values that pass their shape but look wrong are left out, and the result says so (issue 11):
 * an organisation "named" after the site, a menu entry or the request's own title, or with a
 * courtesy title (a person); a website on the platform's own host. Precision first.
 */
import type { ExtractedOrganisation, Opportunity } from '../domain/model';
import type { ImplausibleReason } from '../domain/warnings';
import { foldName } from './countries';
import { normaliseCountryCode } from './ids';
import { regionCodes } from '../domain/regions';

/** The platforms' and their owners' names: a heading with one of these is the site's, never a record's. */
const SITE_NAMES = new Set(
  [
    'epale',
    'electronic platform for adult learning in europe',
    'esep',
    'european school education platform',
    'school education gateway',
    'etwinning',
    'european commission',
    'european union',
    'erasmus',
    'erasmus+',
    'salto youth',
    'salto',
    'otlas',
    'otlas partner finding',
    'partner finding',
    'mysalto',
    'project results platform',
    'erasmus+ project results platform',
  ].map((name) => foldName(name)),
);
/** Generic page words (menus, buttons, section titles): never an organisation's name either. */
const PAGE_WORDS = [
  'home',
  'log in',
  'login',
  'sign in',
  'search',
  'menu',
  'contact',
  'contact us',
  'organisations',
  'organizations',
  'organisation',
  'organization',
  'projects',
  'partner requests',
  'partner search',
  'cookies',
  'privacy',
  'skip to main content',
  'read more',
  'more',
  'profile',
  'my account',
  'help',
  'about',
  'about us',
  'news',
  'events',
  'register',
  'sign up',
  'create an account',
  'log out',
  'logout',
  'back',
  'share',
  'print',
  'next',
  'previous',
  'mysalto login',
  'otlas home',
  'search organisations',
  'search projects',
];
const NOT_A_NAME = new Set([...SITE_NAMES, ...PAGE_WORDS.map((word) => foldName(word))]);

export const isSiteName = (text: string): boolean => SITE_NAMES.has(foldName(text));
/** What separates a tab title's parts ("Otlas - Partner Finding - … - SALTO-YOUTH"). */
const TITLE_SEPARATOR = /\s+[-–—|·]\s+/;
/** Courtesy titles: the name is a person's (a contact), not an organisation's. */
const PERSON = /^(?:mr|mrs|ms|miss|dr|prof|herr|frau|m|mme|sig|sig\.ra|pan|pani)\.?\s+\p{Lu}/iu;
/** The platforms' own hosts: a "website" there is a page of the platform, not the organisation's site. */
const PLATFORM_HOST = /(?:^|\.)(?:europa\.eu|salto-youth\.net|otlas\.eu|etwinning\.net)$/i;
/** Codes of the right shape that name no country: unassigned, or a group of countries (EU, UN, "unknown"). */
const NOT_A_COUNTRY = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'AA']);
/** Every two-letter code that names a region, from a list built ahead of time or, without one, from Intl. */
let regions: Set<string> | undefined;

/** Starts with the list built ahead of time: creating Intl.DisplayNames costs ~10 ms on a page's first read. */
export function useRegionCodes(codes: readonly string[]): void {
  regions = new Set(codes);
}

/** An ISO 3166-1 country (and Kosovo's XK, which the programme uses), not just two capitals. */
export function isCountryCode(code: string): boolean {
  if (code === 'XK') return true;
  if (!/^[A-Z]{2}$/.test(code) || NOT_A_COUNTRY.has(code) || /^(?:Q[M-Z]|X[A-Z])$/.test(code)) return false;
  regions ??= new Set(regionCodes());
  return regions.has(code);
}

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
  // A tab title ("Otlas - Partner Finding - …"): one of its parts is the site's name.
  const parts = name.split(TITLE_SEPARATOR);
  if (parts.length > 1 && parts.some((part) => NOT_A_NAME.has(foldName(part)))) return { reason: 'tabTitle', value };
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
  const kept = organisations.flatMap((read) => {
    let organisation = read;
    const problem = nameProblem(organisation.name, opportunity);
    if (problem) {
      problems.push(problem);
      return [];
    }
    // The platforms' EU codes (EL, UK) are the same countries as GR and GB.
    const code = organisation.country && normaliseCountryCode(organisation.country);
    if (code && code !== organisation.country && isCountryCode(code)) organisation = { ...organisation, country: code };
    if (organisation.country && !isCountryCode(organisation.country)) {
      problems.push({ reason: 'notACountry', value: organisation.country.slice(0, 60) });
      const { country: _notACountry, ...rest } = organisation;
      organisation = rest;
    }
    // A trailing dot ("europa.eu.") names the same host.
    if (organisation.website && PLATFORM_HOST.test(new URL(organisation.website).hostname.replace(/\.$/, ''))) {
      problems.push({ reason: 'platformWebsite', value: new URL(organisation.website).hostname });
      const { website: _platformPage, ...rest } = organisation;
      return [rest];
    }
    return [organisation];
  });
  return { organisations: kept, problems };
}

/** An opportunity's partner countries without codes that name no country. */
export function plausibleCountries(countries: string[] | undefined): string[] | undefined {
  const kept = [...new Set(countries?.map((code) => normaliseCountryCode(code) ?? code).filter(isCountryCode))];
  return kept.length ? kept : undefined;
}
