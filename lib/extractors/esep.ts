/**
 * ESEP, the European School Education Platform (platforms.md §3): Drupal on the Europa Component
 * Library at `school-education.ec.europa.eu/<lang>/…`. Organisation/school profiles and their search
 * live under `connect/` (formerly `networking/`), partner-finding offers under `networking/` (and,
 * inferred, `connect/`). eTwinning pages share the host but are read by etwinning.ts: this reader
 * declines them. The URL decides the page type; the generic label reader fills it in, in any language.
 */
import type { PageType } from '../domain/model';
import { languagePath, segmentsOf } from './ecl-page';
import type { Extractor } from './types';
import { eclExtractor } from './ecl-extractor';

/** Sections of the site, and where each kind of page lives (confirmed by working scrapers, §3.1). */
const HOST = /^school-education\.ec\.europa\.eu$/i;
const AREAS = new Set(['connect', 'networking']);
const SECTIONS = {
  organisations: 'schools-organisations',
  partnerFinding: 'partner-finding', // detail path inferred
  people: 'people', // eTwinners search: its table links each person's organisation
} as const;
/** eTwinning school pages are organisation profiles too (linked from lists and projects). */
const ETWINNING_SCHOOL = /^etwinning\/schools\/\d+$/;

/** Path after the language; null off ESEP; undefined without a language segment. */
export function schoolEducationPath(url: URL): { language: string; rest: string[] } | null | undefined {
  if (!HOST.test(url.hostname)) return null;
  return languagePath(segmentsOf(url)) ?? undefined;
}

function routeType(rest: string[]): PageType | 'etwinning' {
  const [area = '', section, slug, extra] = rest;
  if (area === 'etwinning') return 'etwinning';
  if (!AREAS.has(area)) return 'unknown';
  if (section === SECTIONS.organisations) return !slug ? 'list' : extra ? 'unknown' : 'organisation';
  if (section === SECTIONS.partnerFinding) return !slug ? 'list' : extra ? 'unknown' : 'partner-request';
  return section === SECTIONS.people && !slug ? 'list' : 'unknown';
}

/** An organisation's or school's own page on the platform (ESEP profile or eTwinning school). */
export function isSchoolProfile(u: URL): boolean {
  const path = schoolEducationPath(u);
  return !!path && (routeType(path.rest) === 'organisation' || ETWINNING_SCHOOL.test(path.rest.join('/')));
}

function detect(url: URL): PageType | null {
  const path = schoolEducationPath(url);
  if (path === null) return null;
  if (!path) return 'unknown';
  const type = routeType(path.rest);
  return type === 'etwinning' ? null : type;
}

export const esep: Extractor = eclExtractor('esep', {
  detect,
  languageOf: (url) => schoolEducationPath(url)?.language,
  isProfile: isSchoolProfile,
});
