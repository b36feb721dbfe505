/**
 * The best guesses for hand entry when no reader could give a whole record (issue 11, "a better
 * fallback"): name, country, city and website candidates from the page's evidence, best first.
 * Pure and platform-independent. Never the tab title with the site's name in it: a title part is
 * offered only when the page's own address (its slug) agrees with it.
 */
import { countryToIso } from './countries';
import { countryOf, firstLine } from './ecl-fields';
import { agreesWithSlug, nameBySlug, slugOf, structuredOrganisation } from './evidence';
import { blockText, isChrome } from './block-text';
import { readLabelledFields } from './labelled-fields';
import { withoutImplausible } from './plausible';
import { safeHttpUrl, textOf } from './text';
import { websiteOf } from './values';

export interface Candidates {
  name: string[];
  country: string[];
  city: string[];
  website: string[];
}

const BASED_IN = /\bbased\s+in\s+([^()\n]+?)\s*(?:\(([^()\n]*)\))?\s*$/i;

/** Links whose text the link's own slug witnesses: "…/organisation/fundacja-mlodzi-razem.9931/" ↔ "Fundacja Młodzi Razem". */
function witnessedLinks(doc: Document, url: URL): string[] {
  return Array.from(doc.querySelectorAll('a[href]')).flatMap((a) => {
    const href = safeHttpUrl(a.getAttribute('href'), url);
    const text = textOf(a);
    return href && !isChrome(a) && agreesWithSlug(text, slugOf(new URL(href))) ? [text] : [];
  });
}

/** Title parts the page's slug agrees with (the site's own parts never do). */
function titleParts(doc: Document, url: URL): string[] {
  return doc.title
    .split(/\s+[|–—-]\s+/)
    .map((part) => part.trim())
    .filter((part) => agreesWithSlug(part, slugOf(url)));
}

export function bestCandidates(doc: Document, url: URL): Candidates {
  const body = doc.body ?? doc.documentElement;
  const language = /^\/([a-z]{2})\//.exec(url.pathname)?.[1] ?? (doc.documentElement.lang.slice(0, 2) || undefined);
  const fields = readLabelledFields(body, language);
  const structured = structuredOrganisation(doc);
  // The page's own slug names the record: an organisation only on an organisation's page (not a request's title).
  const ownPageIsOrganisation = /organi[sz]ations?\/|schools?\//i.test(url.pathname);
  const names = [
    structured?.name,
    firstLine(fields.get('orgName')),
    firstLine(fields.get('legalName')),
    ...(ownPageIsOrganisation ? [nameBySlug(doc, url, isChrome)] : []),
    ...witnessedLinks(doc, url),
    ...(ownPageIsOrganisation ? titleParts(doc, url) : []),
  ].filter((n): n is string => !!n && n.length <= 200);
  const plausible = withoutImplausible(
    names.map((name) => ({ name })),
    null,
  ).organisations.map((o) => o.name);
  const basedIn = Array.from(body.querySelectorAll('p, div, span, li, dd'))
    .filter((el) => el.children.length === 0 && !isChrome(el))
    .map((el) => BASED_IN.exec(blockText(el)))
    .find(Boolean);
  const countries = [
    countryOf(fields.get('country')?.value),
    countryToIso(structured?.country),
    countryToIso(basedIn?.[1]),
  ];
  const cities = [firstLine(fields.get('city')), structured?.city, basedIn?.[2]?.trim()];
  const websites = [websiteOf(fields.get('website')), safeHttpUrl(structured?.website)];
  const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
  return {
    name: distinct(plausible),
    country: distinct(countries),
    city: distinct(cities),
    website: distinct(websites),
  };
}
