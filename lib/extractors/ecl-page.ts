/**
 * What EPALE, ESEP and eTwinning pages share: Drupal on the Europa Component Library with a language
 * segment first in the path. The main heading, the content region, organisation fields read from
 * labels, organisation links in result lists, the EU Login gate, and the last check against the schema.
 */
import type { ExtractedOrganisation, ExtractionResult, Opportunity, PageType, Platform } from '../domain/model';
import { cleanResult } from './clean';
import { recordScope, type Scope } from './scope';
import { nameBySlug } from './evidence';
import { isSiteName } from './plausible';
import { blockText, isChrome } from './block-text';
import { matchLabel } from './labels';
import { readLabelledFields, type LabelledFields } from './labelled-fields';
import { firstMatch, safeHttpUrl, textOf } from './text';
import { warning, type Warning } from '../domain/warnings';
import { firstLine, linkedOrganisations, organisationFields, pageUrl, requestOpportunity } from './ecl-fields';

const SELECTORS = {
  /** The content region: ECL/Drupal put the record in main#main-content; body only as a last resort. */
  content: ['main#main-content', '#main-content', 'main', '[role="main"]', 'body'],
  /** The record's name/title: the ECL page header title first, then the content's own h1. */
  heading: ['.ecl-page-header__title', '.ecl-page-header-core__title', '.ecl-page-header h1', 'h1'],
  /** EU Login / Drupal login links: a link to them inside the content means "log in to see more". */
  login:
    'a[href*="/user/login"], a[href*="ecas.ec.europa.eu"], a[href*="webgate.ec.europa.eu/cas"], a[href*="/cas/login"], a[href*="eulogin"]',
} as const;

export interface Draft {
  organisations: Partial<ExtractedOrganisation>[];
  opportunity: Partial<Opportunity> | null;
  warnings: Warning[];
}

/** Path segments after the language, and the language ("de"), or null when there is none. */
export function languagePath(segments: string[]): { language: string; rest: string[] } | null {
  const [first, ...rest] = segments;
  return first && /^[a-z]{2,3}(?:-[a-z]{2,4})?$/i.test(first)
    ? { language: first.toLowerCase().slice(0, 2), rest }
    : null;
}
/** Decoded path segments; a malformed escape stays as written (detect must never throw). */
export const segmentsOf = (url: URL) =>
  url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });

export const contentRoot = (doc: Document): Element => firstMatch(doc, SELECTORS.content) ?? doc.documentElement;

/** The page's main heading, never site chrome or the site's own name. */
export function pageHeading(root: ParentNode): string | undefined {
  for (const selector of SELECTORS.heading) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      const text = textOf(el);
      if (text && text.length <= 500 && !isChrome(el) && !isSiteName(text)) return text;
    }
  }
  return undefined;
}

/** The record heading's text, unless it is the site's own name. */
export function scopeHeading(scope: Scope): string | undefined {
  const text = textOf(scope.heading);
  return text && text.length <= 500 && !isSiteName(text) ? text : undefined;
}
/** Whether a link on a page of `pageType` points at another record (whose tile is then foreign). */
export type IsOtherRecord = (u: URL) => boolean;

/**
 * Free text without a label (Drupal's label-hidden body field, once its classes change): the first
 * block made only of paragraphs, outside chrome, other records, lists and tables. The last layer for
 * a description, after every labelled one.
 */
export function unlabelledProse(
  root: Element,
  excluded: (el: Element) => boolean,
  language?: string,
): string | undefined {
  // A paragraph that is a label ("Country", "Country: Poland") makes the block a list of fields, not prose.
  const isLabel = (p: Element) => {
    const text = textOf(p);
    return !!matchLabel(text, language) || !!matchLabel(text.split(/[:：]/)[0] ?? '', language);
  };
  for (const el of Array.from(root.querySelectorAll('div, section'))) {
    const children = Array.from(el.children);
    if (!children.length || !children.every((child) => child.tagName === 'P') || children.some(isLabel)) continue;
    if (excluded(el) || el.closest('dl, table, li, form, [role="dialog"], [class*="cookie"]')) continue;
    const text = blockText(el);
    if (text.length >= 40) return text;
  }
  return undefined;
}

/** A login link inside the content (not the header's "Log in"): the platform hides something. */
export const loginGated = (root: ParentNode) =>
  Array.from(root.querySelectorAll(SELECTORS.login)).some((a) => !isChrome(a));

type IsProfile = (u: URL) => boolean;

/** An organisation profile: its heading (or stated legal name, or the slug's words) and labelled fields. */
export function organisationPage(
  doc: Document,
  url: URL,
  language: string,
  isOtherRecord: IsOtherRecord = () => false,
): Draft {
  const scope = recordScope(doc, url, isOtherRecord);
  const root = doc.body ?? doc.documentElement;
  const fields = readLabelledFields(root, language, scope.excluded);
  const heading = scopeHeading(scope);
  const name =
    heading ??
    firstLine(fields.get('legalName')) ??
    firstLine(fields.get('orgName')) ??
    nameBySlug(doc, url, scope.excluded);
  const warnings = !name ? [warning('layoutChanged')] : [];
  const stated = organisationFields(fields, { bareType: true });
  const organisation = {
    name,
    ...stated,
    description: stated.description ?? unlabelledProse(root, scope.excluded, language),
    profileUrl: pageUrl(url),
  };
  if (loginGated(root) && !organisation.email && !organisation.phone) warnings.push(warning('contactHidden'));
  return { organisations: name ? [organisation] : [], opportunity: null, warnings };
}

/** Who published a request: a labelled organisation (with its profile link), else the one profile linked. */
function publisher(
  root: Element,
  url: URL,
  fields: LabelledFields,
  language: string,
  isProfile: IsProfile,
  excluded: (el: Element) => boolean,
): Partial<ExtractedOrganisation> | undefined {
  const labelled = fields.get('legalName') ?? fields.get('orgName');
  const link = labelled?.links.find((a) => {
    const h = safeHttpUrl(a.getAttribute('href'), url);
    return !!h && isProfile(new URL(h));
  });
  if (labelled) {
    const profileUrl = link ? pageUrl(new URL(safeHttpUrl(link.getAttribute('href'), url)!)) : undefined;
    return { name: (link && textOf(link)) || firstLine(labelled), profileUrl };
  }
  const linked = linkedOrganisations(root, url, isProfile, language, excluded);
  return linked.length === 1 ? { name: linked[0]!.name, profileUrl: linked[0]!.profileUrl } : undefined;
}

/** A partner request / offer: the opportunity it states and the organisation behind it. */
export function partnerRequestPage(
  doc: Document,
  url: URL,
  language: string,
  isProfile: IsProfile,
  isOtherRecord: IsOtherRecord = () => false,
): Draft {
  const scope = recordScope(doc, url, isOtherRecord);
  const root = doc.body ?? doc.documentElement;
  const fields = readLabelledFields(root, language, scope.excluded);
  const title = scopeHeading(scope);
  const warnings = !title ? [warning('layoutChanged')] : [];
  const found = publisher(root, url, fields, language, isProfile, scope.excluded);
  if (!found && title) warnings.push(warning('noPublisher'));
  // The request's description is the opportunity's, not the organisation's.
  const { description: _ofTheRequest, ...stated } = organisationFields(fields);
  const organisation = found && { ...stated, ...found };
  if (loginGated(root) && !organisation?.email && !organisation?.phone) warnings.push(warning('contactHidden'));
  return {
    organisations: organisation ? [organisation] : [],
    opportunity: requestOpportunity(fields, title, url, language),
    warnings,
  };
}

/** A result list: one organisation per linked profile. */
export function listPage(doc: Document, url: URL, language: string, isProfile: IsProfile): Draft {
  return {
    organisations: linkedOrganisations(contentRoot(doc), url, isProfile, language),
    opportunity: null,
    warnings: [],
  };
}

/** The result as the contract wants it (clean.ts): invalid optional fields dropped, never thrown; no zod here. */
export function finish(platform: Platform, pageType: PageType, draft: Draft): ExtractionResult {
  return cleanResult({ platform, pageType, ...draft });
}
