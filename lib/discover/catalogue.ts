/**
 * The searchable picture of all imported projects: organisations (grouped sightings) with their
 * track record, and a full-text index of the projects' titles, topics and summaries (./text-index.ts:
 * accent- and case-insensitive, tokenised on Unicode letters so any language works).
 */
import { foldText } from '../domain/identity';
import { groupSightings } from './grouping';
import { TextIndex } from './text-index';
import type { Project, Role, Sighting } from './types';

/**
 * The opening of a summary (objectives, target groups) is indexed, not all of it: indexing whole
 * summaries of 100,000 projects takes most of an import's time and memory for little gain in ranking.
 */
const SUMMARY_INDEXED = 200;

export interface Organisation {
  index: number;
  name: string;
  country?: string;
  city?: string;
  region?: string;
  type?: string;
  website?: string;
  /** Indexes into Catalogue.projects, each with the role the organisation had there. */
  projects: { project: number; role: Role }[];
  asCoordinator: number;
  actions: Record<string, number>;
  /** Per action, the projects it coordinated (ranking reads these instead of every project). */
  coordinatedIn: Record<string, number>;
  lastCallYear?: number;
}

export interface Catalogue {
  projects: Project[];
  organisations: Organisation[];
  /** Per project, per sighting: the organisation's index. */
  groupOf: Int32Array[];
  search: TextIndex;
  /** The newest call year in the data: recency is measured from it, not from today's date. */
  newestYear: number;
}

/** Frequent words that say nothing about a project, in the programme's main languages (folded). */
const STOP_WORDS = new Set(
  (
    'the and for with from that this are was were will have has our their its into about which also project projects ' +
    'der die das und mit fur von den des dem ein eine zu im auf ist sind projekt ' +
    'les des une pour avec dans sur par est sont projet ' +
    'del los las con por para una que proyecto ' +
    'della delle degli con per una che sono progetto ' +
    'oraz dla jest przez projekt ' +
    'erasmus'
  ).split(' '),
);

/** Words recur (a vocabulary of thousands across millions of tokens): each is folded once. */
const folded = new Map<string, string | null>();
const MAX_REMEMBERED = 200_000;

export function searchTerm(term: string): string | null {
  const known = folded.get(term);
  if (known !== undefined) return known;
  const fold = foldText(term);
  const result = fold.length < 3 || STOP_WORDS.has(fold) ? null : fold;
  if (folded.size < MAX_REMEMBERED) folded.set(term, result);
  return result;
}

/** Titles count three times, topics twice, the summary's opening once. */
export const SEARCH_OPTIONS = {
  fields: ['title', 'topics', 'summary'],
  boost: { title: 3, topics: 2 },
  processTerm: searchTerm,
};

export function newSearch(): TextIndex {
  return new TextIndex(SEARCH_OPTIONS);
}

/** The value most sightings give (ties: the first seen), for names spelled several ways. */
function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const value of values) {
    if (!value) continue;
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (!best || count > counts.get(best)!) best = value;
  }
  return best;
}

function profile(index: number, projects: Project[], refs: { project: number; position: number }[]): Organisation {
  const sightings: Sighting[] = refs.map((ref) => projects[ref.project]!.organisations[ref.position]!);
  const organisation: Organisation = {
    index,
    name: mostCommon(sightings.map((s) => s.name))!,
    projects: [],
    asCoordinator: 0,
    actions: {},
    coordinatedIn: {},
  };
  const details = ['country', 'city', 'region', 'type', 'website'] as const;
  for (const field of details) {
    const value = mostCommon(sightings.map((s) => s[field]));
    if (value) organisation[field] = value;
  }
  const seen = new Set<number>();
  refs.forEach((ref, i) => {
    if (seen.has(ref.project)) return;
    seen.add(ref.project);
    const project = projects[ref.project]!;
    const role = sightings[i]!.role;
    organisation.projects.push({ project: ref.project, role });
    if (role === 'coordinator') organisation.asCoordinator++;
    if (project.action) organisation.actions[project.action] = (organisation.actions[project.action] ?? 0) + 1;
    if (project.action && role === 'coordinator') {
      organisation.coordinatedIn[project.action] = (organisation.coordinatedIn[project.action] ?? 0) + 1;
    }
    if (project.callYear && (!organisation.lastCallYear || project.callYear > organisation.lastCallYear)) {
      organisation.lastCallYear = project.callYear;
    }
  });
  return organisation;
}

export function buildCatalogue(projects: Project[]): Catalogue {
  const { groupOf, members } = groupSightings(projects);
  const organisations = members.map((refs, index) => profile(index, projects, refs));
  const search = newSearch();
  search.addAll(
    projects.map((project) => ({
      title: project.title,
      topics: project.topics.join(' ; '),
      summary: (project.summary ?? '').slice(0, SUMMARY_INDEXED),
    })),
  );
  const newestYear = projects.reduce((max, p) => Math.max(max, p.callYear ?? 0), 0);
  return { projects, organisations, groupOf, search, newestYear };
}
