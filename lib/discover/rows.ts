/**
 * One file row → one project with its organisations unpivoted (coordinator, partner 1…N).
 * Natural persons and empty partner groups are dropped; street addresses never leave this file.
 */
import type { ColumnMap, OrganisationColumns } from './columns';
import type { Project, Sighting, SkipReason } from './types';
import {
  cellText,
  cityFromAddress,
  isNaturalPerson,
  parseAction,
  parseCountries,
  parseCountry,
  parseGrant,
  parseTopics,
  parseWebsite,
  parseYear,
  placeMark,
} from './values';

export type RowOutcome = { project: Project; naturalPersons: number } | { skipped: SkipReason };

/** The summary's opening is kept (what ranking reads); whole summaries would double the store. */
const SUMMARY_KEPT = 1000;

/** Project identifiers are codes ("2021-1-DE02-KA220-ADU-000012345", "101234567"): no spaces. */
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._/-]{2,99}$/;

function sightingOf(row: string[], group: OrganisationColumns): Sighting | 'person' | undefined {
  const cell = (field: keyof OrganisationColumns['columns'], max?: number) => {
    const index = group.columns[field];
    return index === undefined ? undefined : cellText(row[index], max);
  };
  const name = cell('name', 300);
  if (!name) return undefined;
  const type = cell('type', 200);
  if (isNaturalPerson(type)) return 'person';
  const address = cell('address', 500);
  const sighting: Sighting = { name, role: group.role };
  const country = parseCountry(cell('country'));
  const region = cell('region', 200);
  const city = cell('city', 200) ?? cityFromAddress(address);
  const website = parseWebsite(cell('website', 2000));
  const place = placeMark(address);
  if (type) sighting.type = type;
  if (country) sighting.country = country;
  if (region) sighting.region = region;
  if (city) sighting.city = city;
  if (website) sighting.website = website;
  if (place) sighting.place = place;
  return sighting;
}

/** A project's page on the Results Platform (the address lib/extractors/prp-data.ts reads). */
const PROJECT_PAGE = 'https://erasmus-plus.ec.europa.eu/projects/search/details/';

/** The file's card link only when it points to the platform: it becomes the source of saved partners. */
function cardUrl(raw: string | undefined, identifier: string): string {
  const given = parseWebsite(raw);
  const onPlatform = given && /(^|\.)europa\.eu$/.test(new URL(given).hostname);
  return onPlatform ? given : PROJECT_PAGE + encodeURIComponent(identifier);
}

export function readRow(row: string[], map: ColumnMap, fileId: string): RowOutcome {
  const at = (field: keyof ColumnMap['project'], max?: number) => {
    const index = map.project[field];
    return index === undefined ? undefined : cellText(row[index], max);
  };
  const identifier = at('identifier', 100);
  if (!identifier) return { skipped: row.every((cell) => !cell?.trim()) ? 'emptyRow' : 'missingIdentifier' };
  if (!IDENTIFIER.test(identifier)) return { skipped: 'invalidIdentifier' };
  const title = at('title', 500);
  if (!title) return { skipped: 'missingTitle' };
  const organisations: Sighting[] = [];
  let naturalPersons = 0;
  for (const group of map.organisations) {
    // Most of the 100 partner groups of a KA1 row are empty: skip them before any work.
    const nameIndex = group.columns.name;
    if (nameIndex === undefined || !row[nameIndex]) continue;
    const sighting = sightingOf(row, group);
    if (sighting === 'person') naturalPersons++;
    else if (sighting) organisations.push(sighting);
  }
  if (organisations.length === 0) return naturalPersons ? { skipped: 'naturalPerson' } : { skipped: 'noOrganisation' };
  const project: Project = {
    identifier,
    title,
    topics: parseTopics(at('topics', 4000)),
    countries: parseCountries(at('countries', 1000)),
    url: cardUrl(at('card', 2000), identifier),
    organisations,
    files: [fileId],
  };
  const action = parseAction(at('actionType', 300), identifier);
  const keyAction = at('keyAction', 200);
  const callYear = parseYear(at('callYear', 20));
  const summary = at('summary', SUMMARY_KEPT);
  const grantEur = parseGrant(at('grant', 40));
  if (action) project.action = action;
  if (keyAction) project.keyAction = keyAction;
  if (callYear) project.callYear = callYear;
  if (summary) project.summary = summary;
  if (grantEur !== undefined) project.grantEur = grantEur;
  return { project, naturalPersons };
}
