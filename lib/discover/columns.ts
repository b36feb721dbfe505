/**
 * Column mapping for the Project Results Platform's project lists. Headers drift between years and
 * files ("Call year" / "Funding Year", "Coordinator's" / "Coordinator’s", extra columns), so each
 * field is found by alias or prefix of a folded header, never by position.
 */

/** Project fields of one row, as named in this module (not as in any one file). */
export type ProjectField =
  | 'programme'
  | 'keyAction'
  | 'actionType'
  | 'callYear'
  | 'identifier'
  | 'title'
  | 'topics'
  | 'summary'
  | 'status'
  | 'grant'
  | 'website'
  | 'card'
  | 'countries';

export type OrganisationField = 'name' | 'type' | 'address' | 'region' | 'country' | 'website' | 'city';

/** Where one organisation's cells are: the coordinator (group 0) or partner N. */
export interface OrganisationColumns {
  role: 'coordinator' | 'partner';
  columns: Partial<Record<OrganisationField, number>>;
}

export interface ColumnMap {
  project: Partial<Record<ProjectField, number>>;
  organisations: OrganisationColumns[];
  width: number;
}

/** Lower case, straight apostrophes, no BOM, single spaces, no trailing punctuation. */
export function foldHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:.]+$/, '')
    .trim();
}

/** Each field: exact aliases first, then prefixes (the grant header carries a long disclaimer). */
const PROJECT_ALIASES: Record<ProjectField, { exact: string[]; prefix?: string[] }> = {
  programme: { exact: ['programme', 'program'] },
  keyAction: { exact: ['key action'] },
  actionType: { exact: ['action type', 'action'] },
  callYear: { exact: ['call year', 'funding year', 'year'] },
  identifier: { exact: ['project identifier', 'project number', 'project id', 'project reference'] },
  title: { exact: ['project title', 'title'] },
  topics: { exact: ['topics', 'project topics'] },
  summary: { exact: ['project summary', 'summary'] },
  status: { exact: ['project status', 'project or accreditation status', 'status'] },
  grant: { exact: ['eu grant award in euros', 'eu grant'], prefix: ['eu grant award', 'eu grant'] },
  website: { exact: ['project website'] },
  card: { exact: ['results platform project card', 'project card'] },
  countries: { exact: ['participating countries'] },
};

const ORGANISATION_SUFFIXES: Record<OrganisationField, string[]> = {
  name: ['name', 'organisation name', 'organization name'],
  type: ['organisation type', 'organization type', 'type'],
  address: ['address', 'street address'],
  region: ['region'],
  country: ['country'],
  website: ['website', 'web site', 'url'],
  city: ['city', 'town'],
};

const COORDINATOR_PREFIXES = [
  "coordinating organisation's",
  'coordinating organisation',
  'coordinating organization',
  "coordinator's",
  'coordinator',
];
const PARTNER_PATTERN = /^partner (\d{1,3})'?s? (.+)$/;

function organisationField(rest: string): OrganisationField | undefined {
  const cleaned = rest.trim();
  for (const [field, suffixes] of Object.entries(ORGANISATION_SUFFIXES)) {
    if (suffixes.includes(cleaned)) return field as OrganisationField;
  }
  return undefined;
}

function coordinatorField(header: string): OrganisationField | undefined {
  for (const prefix of COORDINATOR_PREFIXES) {
    if (header.startsWith(`${prefix} `)) return organisationField(header.slice(prefix.length + 1));
  }
  return undefined;
}

function projectField(header: string): ProjectField | undefined {
  for (const [field, alias] of Object.entries(PROJECT_ALIASES)) {
    if (alias.exact.includes(header)) return field as ProjectField;
  }
  for (const [field, alias] of Object.entries(PROJECT_ALIASES)) {
    if (alias.prefix?.some((prefix) => header.startsWith(prefix))) return field as ProjectField;
  }
  return undefined;
}

/** Maps a header row; the first column found for a field wins (later duplicates are ignored). */
export function mapColumns(headers: string[]): ColumnMap {
  const project: ColumnMap['project'] = {};
  const coordinator: OrganisationColumns = { role: 'coordinator', columns: {} };
  const partners = new Map<number, OrganisationColumns>();
  headers.forEach((raw, index) => {
    const header = foldHeader(raw);
    const asCoordinator = coordinatorField(header);
    if (asCoordinator) {
      coordinator.columns[asCoordinator] ??= index;
      return;
    }
    const partner = PARTNER_PATTERN.exec(header);
    if (partner) {
      const field = organisationField(partner[2]!);
      if (!field) return;
      const number = Number(partner[1]);
      const group = partners.get(number) ?? { role: 'partner' as const, columns: {} };
      group.columns[field] ??= index;
      partners.set(number, group);
      return;
    }
    const field = projectField(header);
    if (field) project[field] ??= index;
  });
  const ordered = [...partners.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
  return { project, organisations: [coordinator, ...ordered], width: headers.length };
}

/** What a project list needs: without these the file is some other table. */
export function missingColumns(map: ColumnMap): string[] {
  const missing: string[] = [];
  if (map.project.identifier === undefined) missing.push('Project Identifier');
  if (map.project.title === undefined) missing.push('Project Title');
  if (map.organisations[0]?.columns.name === undefined) missing.push('Coordinating organisation name');
  return missing;
}
