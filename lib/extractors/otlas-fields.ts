/**
 * The fields of an OTLAS record, read in a whole page or in one search-result tile: the organisation
 * behind the name link and where it is based, the request's facts, the organisation's own website.
 */
import type { ExtractedOrganisation, Opportunity } from '../domain/model';
import { cleanOrganisation } from './clean';
import { parseDate } from './dates';
import {
  ACTION_LABEL,
  BASED_IN,
  DATES_LABEL,
  LOOKING_FOR_LABEL,
  inline,
  isRecordText,
  ownText,
  readAction,
  readBasedIn,
  readCountries,
  readDates,
  readMetaLine,
} from './otlas-lines';
import type { Scope } from './scope';
import { normaliseWebsite, safeHttpUrl } from './text';
import type { Warning } from '../domain/warnings';
import { SELECTORS, PATHS, DEADLINE_LABEL, WEBSITE_LABEL, toolPath, isOtlasUrl } from './otlas-page';

export type Finder = (
  root: ParentNode,
  selectors: readonly string[],
  accept?: (el: Element) => boolean,
) => Element | null;

/** A finder over the record: first element for any selector, in order, that the scope does not exclude. */
export const picker =
  (scope: Scope): Finder =>
  (root, selectors, accept = () => true) => {
    for (const selector of selectors) {
      const found = Array.from(root.querySelectorAll(selector)).find((el) => accept(el) && !scope.excluded(el));
      if (found) return found;
    }
    return null;
  };
/** The same lookup inside one tile: everything in it belongs to that tile. */
export const inTile: Finder = (tile, selectors, accept = () => true) =>
  selectors.map((selector) => Array.from(tile.querySelectorAll(selector)).find(accept)).find(Boolean) ?? null;

/** The text after a label such as "Deadline for partner requests:", in the same element or the next one. */
export function valueAfterLabel(root: ParentNode, label: RegExp, find: Finder): string {
  const short = (el: Element) => (el.textContent ?? '').length < 400 && el.children.length <= 2;
  const labelled = find(
    root,
    SELECTORS.labels,
    (el) =>
      (label.test(ownText(el)) || (short(el) && label.test(inline(el)))) &&
      !el.closest(SELECTORS.description.join(', ')),
  );
  return labelled ? inline(labelled).replace(label, '').trim() || inline(labelled.nextElementSibling) : '';
}
/** Where the organisation is based: the confirmed line, else any "based in" sentence, else a meta line by its link. */
export function readWhere(
  root: ParentNode,
  find: Finder,
  link: Element | null,
  warnings: Warning[],
): { where: Partial<ExtractedOrganisation>; found: boolean } {
  const basedIn =
    find(root, SELECTORS.basedIn) ??
    find(
      root,
      ['div, p, span, li, dd, td'],
      (el) => el.children.length === 0 && (el.textContent ?? '').length < 300 && BASED_IN.test(inline(el)),
    );
  if (basedIn) return { where: readBasedIn(basedIn, warnings), found: true };
  const near = link?.parentElement;
  for (const el of [near?.nextElementSibling, ...Array.from(near?.children ?? [])]) {
    const meta = el && el !== link ? readMetaLine(el) : {};
    if (meta.country) return { where: meta, found: true };
  }
  return { where: {}, found: false };
}

/** The organisation behind the name link in `root`, with where it is based. */
export function readOrganisation(
  root: ParentNode,
  url: URL,
  warnings: Warning[],
  find: Finder,
): { organisation?: ExtractedOrganisation; located: boolean } {
  // The confirmed name classes are trusted with any link; any other link must lead to a profile.
  const isProfileLink = (el: Element) => {
    const href = safeHttpUrl(el.getAttribute('href'), url);
    return !!href && PATHS.organisation.test(toolPath(new URL(href)) ?? '');
  };
  const link =
    find(root, SELECTORS.organisationLink.slice(0, 2), (el) => isRecordText(inline(el))) ??
    find(root, SELECTORS.organisationLink.slice(2), (el) => isRecordText(inline(el)) && isProfileLink(el));
  if (!link) return { located: false };
  const href = safeHttpUrl(link.getAttribute('href'), url);
  const { where, found } = readWhere(root, find, link, warnings);
  const organisation = cleanOrganisation({
    name: inline(link),
    ...where,
    role: 'applicant',
    profileUrl: href && isOtlasUrl(href) ? href : undefined,
  });
  return { organisation, located: found };
}

/** The request's own facts, read in `root` (a whole page or one tile). */
export function readRequestFacts(root: ParentNode, find: Finder): Partial<Opportunity> {
  const datesText = inline(find(root, SELECTORS.dates)) || valueAfterLabel(root, DATES_LABEL, find);
  const countries = /\bfrom\s+(.+)$/i.exec(valueAfterLabel(root, LOOKING_FOR_LABEL, find))?.[1];
  return {
    action: readAction(
      inline(find(root, SELECTORS.action)).replace(ACTION_LABEL, '').trim() ||
        valueAfterLabel(root, ACTION_LABEL, find),
    ),
    ...readDates(datesText),
    deadline: parseDate(inline(find(root, SELECTORS.deadline)) || valueAfterLabel(root, DEADLINE_LABEL, find), 'en'),
    countries: countries ? readCountries(countries) : undefined,
  };
}

/** A labelled link to the organisation's own site; never a link back to SALTO or OTLAS. */
export function readWebsite(root: ParentNode, find: Finder): string | undefined {
  const label = find(
    root,
    SELECTORS.labels,
    (el) =>
      WEBSITE_LABEL.test(ownText(el)) ||
      (WEBSITE_LABEL.test(inline(el).replace(/:.*$/, ':')) && el.children.length <= 2),
  );
  const next = label?.nextElementSibling; // <dt>Website</dt><dd><a …></dd>, <strong>Website:</strong> <a …>
  const own = label?.querySelector('a[href]');
  const link = find(root, SELECTORS.website) ?? own ?? (next?.matches('a') ? next : next?.querySelector('a'));
  const website = normaliseWebsite(link?.getAttribute('href'));
  return website && !/(?:^|\.)(?:salto-youth\.net|otlas\.eu)$/i.test(new URL(website).hostname) ? website : undefined;
}
