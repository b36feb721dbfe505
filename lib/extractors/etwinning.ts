/**
 * eTwinning, part of ESEP (platforms.md §3): `school-education.ec.europa.eu/<lang>/etwinning/…`.
 * Project pages (`projects/<slug>`) give an eTwinning project and its member schools, the founders
 * as coordinators; school pages (`schools/<id>`) an organisation; the School Label winners list the
 * schools in it. TwinSpaces, groups, eTwinner profiles and the rest are not records.
 */
import type { ExtractedOrganisation, Opportunity, PageType } from '../domain/model';
import { parsePartialDate } from './dates';
import { finish, listPage, organisationPage, scopeHeading, unlabelledProse, type Draft } from './ecl-page';
import { countriesOf, linkedOrganisations, listOf, pageUrl } from './ecl-fields';
import { withConfidence } from './confidence';
import { recordScope } from './scope';
import { isSchoolProfile, schoolEducationPath } from './esep';
import { isChrome } from './block-text';
import { matchLabel } from './labels';
import { readLabelledFields } from './labelled-fields';
import { safeHttpUrl, textOf } from './text';
import { warning } from '../domain/warnings';
import type { Extractor } from './types';

const SELECTORS = {
  /** Section headings ("Founders", "Members" in the page language) decide a school's role. */
  sectionHeading: 'h2, h3, h4, h5, [role="heading"]',
  /** A school's card or row; a "Founder" badge inside it also marks a coordinator. */
  tile: 'li, tr, article, .ecl-card, .ecl-content-item, .views-row',
  badge: '.ecl-label, .ecl-tag, .badge, [class*="label"], strong, em, span',
} as const;

/** Node.DOCUMENT_POSITION_FOLLOWING, as a number: extractors use no globals. */
const FOLLOWING = 4;

function routeType(rest: string[]): PageType | null {
  const [area, section, id, extra] = rest;
  if (area !== 'etwinning') return null;
  if (section === 'projects') return !id ? 'list' : extra ? 'unknown' : 'project';
  if (section === 'schools') return id && /^\d+$/.test(id) && !extra ? 'organisation' : 'unknown';
  if (section === 'labels' && rest[rest.length - 1] === 'winners-list') return 'list';
  return 'unknown';
}

function detect(url: URL): PageType | null {
  const path = schoolEducationPath(url);
  return path ? routeType(path.rest) : null;
}

/** True when the school's link sits under a "Founders" heading or carries a "Founder" badge. */
function isFounder(link: Element, headings: Element[], language: string): boolean {
  const tile = link.closest(SELECTORS.tile);
  const badges = tile
    ? Array.from(tile.querySelectorAll(SELECTORS.badge)).filter((b) => !b.contains(link) && !link.contains(b))
    : [];
  if (badges.some((b) => matchLabel(textOf(b), language) === 'founders')) return true;
  const before = headings.filter((h) => h.compareDocumentPosition(link) & FOLLOWING);
  const section = before[before.length - 1];
  return !!section && matchLabel(textOf(section), language) === 'founders';
}

/** Member schools in page order; founders (coordinators) first found wherever they are listed. */
function memberSchools(
  root: Element,
  url: URL,
  language: string,
  excluded: (el: Element) => boolean,
): Partial<ExtractedOrganisation>[] {
  // Section headings hold no links; a card's own title (the school's name) is not a section.
  const headings = Array.from(root.querySelectorAll(SELECTORS.sectionHeading)).filter(
    (h) => !excluded(h) && !h.querySelector('a[href]'),
  );
  const founders = new Set<string>();
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    const href = safeHttpUrl(link.getAttribute('href'), url);
    if (href && !excluded(link) && isSchoolProfile(new URL(href)) && isFounder(link, headings, language))
      founders.add(pageUrl(new URL(href)));
  }
  return linkedOrganisations(root, url, isSchoolProfile, language, excluded).map((school) => ({
    ...school,
    role: founders.has(school.profileUrl ?? '') ? ('coordinator' as const) : ('partner' as const),
  }));
}

const isProject = (u: URL) => detect(u) === 'project';

function projectPage(doc: Document, url: URL, language: string): Draft {
  const scope = recordScope(doc, url, isProject);
  const root = doc.body ?? doc.documentElement;
  const fields = readLabelledFields(root, language, scope.excluded);
  const title = scopeHeading(scope);
  const schools = title ? memberSchools(root, url, language, scope.excluded) : [];
  const warnings = !title ? [warning('layoutChanged')] : schools.length === 0 ? [warning('noSchools')] : [];
  const opportunity: Partial<Opportunity> | null = title
    ? {
        kind: 'etwinning-project',
        title,
        url: pageUrl(url),
        startDate: parsePartialDate(fields.get('startDate')?.value, language),
        endDate: parsePartialDate(fields.get('endDate')?.value, language),
        topics: listOf(fields.get('topics')),
        countries: countriesOf(fields.get('partnerCountries')),
        description: fields.get('description')?.value ?? unlabelledProse(root, scope.excluded, language),
      }
    : null;
  return { organisations: schools, opportunity, warnings };
}

const READERS: Partial<Record<PageType, (doc: Document, url: URL, language: string) => Draft>> = {
  project: projectPage,
  organisation: (doc, url, language) => organisationPage(doc, url, language, (u) => isProject(u) || isSchoolProfile(u)),
  list: (doc, url, language) => listPage(doc, url, language, isSchoolProfile),
};

export const etwinning: Extractor = {
  platform: 'etwinning',
  detect,
  extract(doc, url) {
    const pageType = detect(url) ?? 'unknown';
    const language = schoolEducationPath(url)?.language ?? (doc.documentElement.lang.slice(0, 2).toLowerCase() || 'en');
    const draft = READERS[pageType]?.(doc, url, language) ?? { organisations: [], opportunity: null, warnings: [] };
    const result = finish('etwinning', pageType, draft);
    return pageType === 'list' ? result : withConfidence(result, doc, url);
  },
};
