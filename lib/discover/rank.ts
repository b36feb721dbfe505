/**
 * Ranking organisations for a project idea: relevance of their past projects to the idea's words,
 * experience in the idea's action (coordinators for KA220; newcomers welcome in KA210), countries
 * the consortium still lacks, recency. Each result carries its reasons as data (why.ts words them).
 */
import type { Catalogue, Organisation } from './catalogue';
import { searchTerm } from './catalogue';
import { foldText } from '../domain/identity';
import type { Role } from './types';

export interface RankOptions {
  /** The idea's title and description, or words typed by the user. */
  query?: string;
  /** The idea's action (KA220-ADU, KA210-YOU…): experience in it counts. */
  action?: string;
  /** Only organisations in these countries. */
  countries?: string[];
  excludeCountries?: string[];
  /** Countries the idea's consortium already has: an organisation elsewhere fills a gap. */
  haveCountries?: string[];
  /** Organisation type contains one of these words. */
  types?: string[];
  /** Only projects where the organisation had this role. */
  role?: Role;
  /** Only projects of this action (a prefix: "KA2", "KA220", "KA220-ADU"). */
  onlyAction?: string;
  yearFrom?: number;
  yearTo?: number;
  limit?: number;
}

export type Reason =
  | { kind: 'experience'; count: number; action: string; role: Role; last?: number }
  | { kind: 'projects'; count: number; last?: number }
  | { kind: 'newcomer'; action: string }
  | { kind: 'match'; words: string[] }
  | { kind: 'lacks'; country: string };

export interface Ranked {
  organisation: Organisation;
  score: number;
  reasons: Reason[];
  /** The organisation's projects that matched the words, best first. */
  matched: number[];
}

const MAX_QUERY_TERMS = 30;
const MAX_HITS = 5000;

/** The distinct searchable words of a query, bounded so an idea's long description stays fast. */
export function queryTerms(query: string | undefined): string[] {
  if (!query) return [];
  const words = query
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => searchTerm(word))
    .filter((w): w is string => !!w);
  return [...new Set(words)].slice(0, MAX_QUERY_TERMS);
}

interface Relevance {
  scores: number[];
  matched: number[];
  terms: Set<string>;
}

function organisationFilter(options: RankOptions) {
  const only = options.countries?.length ? new Set(options.countries) : undefined;
  const exclude = new Set(options.excludeCountries ?? []);
  const types = (options.types ?? []).map(foldText).filter(Boolean);
  return (organisation: Organisation) => {
    if (only && (!organisation.country || !only.has(organisation.country))) return false;
    if (organisation.country && exclude.has(organisation.country)) return false;
    if (types.length && !types.some((type) => foldText(organisation.type ?? '').includes(type))) return false;
    return true;
  };
}

function projectFilter(catalogue: Catalogue, options: RankOptions) {
  return (entry: { project: number; role: Role }) => {
    const project = catalogue.projects[entry.project]!;
    if (options.role && entry.role !== options.role) return false;
    if (options.onlyAction && !(project.action ?? '').startsWith(options.onlyAction)) return false;
    if (options.yearFrom && (!project.callYear || project.callYear < options.yearFrom)) return false;
    if (options.yearTo && (!project.callYear || project.callYear > options.yearTo)) return false;
    return true;
  };
}

/** Full-text hits per organisation; an organisation's best three projects count, with less weight each. */
function relevance(catalogue: Catalogue, terms: string[], counts: (o: number, p: number, role: Role) => boolean) {
  const byOrganisation = new Map<number, Relevance>();
  const hits = catalogue.search.search(terms.join(' '), MAX_HITS);
  const top = hits[0]?.score ?? 1;
  // The best-matching projects decide: organisations whose best project is further down never reach the top.
  for (const hit of hits) {
    const project = hit.id as number;
    const sightings = catalogue.projects[project]!.organisations;
    catalogue.groupOf[project]!.forEach((organisation, position) => {
      if (!counts(organisation, project, sightings[position]!.role)) return;
      let entry = byOrganisation.get(organisation);
      if (!entry) byOrganisation.set(organisation, (entry = { scores: [], matched: [], terms: new Set() }));
      if (entry.scores.length >= 3 || entry.matched.includes(project)) return;
      entry.scores.push(hit.score / top);
      entry.matched.push(project);
      for (const term of hit.terms) entry.terms.add(term);
    });
  }
  return byOrganisation;
}

/** `localeCompare` without arguments, made once (ties between thousands of scores are common). */
const byName = new Intl.Collator();

const weighted = (scores: number[]) => scores.reduce((sum, score, i) => sum + score / 2 ** i, 0) / 1.75;

export function rank(catalogue: Catalogue, options: RankOptions = {}): Ranked[] {
  const keepOrganisation = organisationFilter(options);
  const keepProject = projectFilter(catalogue, options);
  const filtersProjects = !!(options.role || options.onlyAction || options.yearFrom || options.yearTo);
  const counted = (organisation: Organisation) =>
    filtersProjects ? organisation.projects.filter(keepProject) : organisation.projects;
  const have = new Set(options.haveCountries ?? []);
  const terms = queryTerms(options.query);
  // Whether an organisation passes its filters, worked out once per organisation (0 unknown, 1 yes, 2 no).
  const kept = new Uint8Array(catalogue.organisations.length);
  const countsFor = (o: number, p: number, role: Role) => {
    if (kept[o] === 0) kept[o] = keepOrganisation(catalogue.organisations[o]!) ? 1 : 2;
    return kept[o] === 1 && keepProject({ project: p, role });
  };
  const relevant = terms.length ? relevance(catalogue, terms, countsFor) : undefined;
  const candidates = relevant
    ? [...relevant.keys()].map((o) => catalogue.organisations[o]!)
    : catalogue.organisations.filter(keepOrganisation);
  const scored: { organisation: Organisation; score: number; projects: { project: number; role: Role }[] }[] = [];
  for (const organisation of candidates) {
    const projects = counted(organisation);
    if (projects.length === 0) continue;
    const fit = factors(catalogue, organisation, projects, options, have, !filtersProjects);
    const rel = relevant ? weighted(relevant.get(organisation.index)!.scores) : 0;
    const score = relevant
      ? 0.55 * rel + 0.2 * fit.experience + 0.15 * fit.lacks + 0.1 * fit.recency
      : 0.6 * fit.experience + 0.25 * fit.lacks + 0.15 * fit.recency;
    scored.push({ organisation, score: Math.round(score * 10_000) / 10_000, projects });
  }
  scored.sort((a, b) => b.score - a.score || byName.compare(a.organisation.name, b.organisation.name));
  return scored.slice(0, options.limit ?? 20).map(({ organisation, score, projects }) => {
    const match = relevant?.get(organisation.index);
    return {
      organisation,
      score,
      matched: match?.matched ?? [],
      reasons: reasons(catalogue, organisation, projects, options, match),
    };
  });
}

function inAction(catalogue: Catalogue, projects: { project: number; role: Role }[], action: string) {
  const family = action.slice(0, 5);
  const same = projects.filter((e) => catalogue.projects[e.project]!.action === action);
  const related = projects.filter((e) => (catalogue.projects[e.project]!.action ?? '').startsWith(family));
  return { same, related, family };
}

/** One pass over an organisation's projects: experience in the idea's action family and the newest year. */
export function tally(catalogue: Catalogue, projects: { project: number; role: Role }[], action: string | undefined) {
  const family = action?.slice(0, 5);
  const counts = {
    same: 0,
    sameCoordinated: 0,
    related: 0,
    relatedCoordinated: 0,
    last: undefined as number | undefined,
  };
  for (const entry of projects) {
    const project = catalogue.projects[entry.project]!;
    const year = project.callYear;
    if (year && (!counts.last || year > counts.last)) counts.last = year;
    if (!action) continue;
    const coordinated = entry.role === 'coordinator' ? 1 : 0;
    if (project.action === action) ((counts.same += 1), (counts.sameCoordinated += coordinated));
    if ((project.action ?? '').startsWith(family!)) ((counts.related += 1), (counts.relatedCoordinated += coordinated));
  }
  return counts;
}

/** The same counts from the organisation's totals, when no filter leaves some of its projects out. */
export function tallyAll(organisation: Organisation, action: string | undefined) {
  const counts = { same: 0, sameCoordinated: 0, related: 0, relatedCoordinated: 0, last: organisation.lastCallYear };
  if (!action) return counts;
  const family = action.slice(0, 5);
  counts.same = organisation.actions[action] ?? 0;
  counts.sameCoordinated = organisation.coordinatedIn[action] ?? 0;
  for (const [other, count] of Object.entries(organisation.actions)) {
    if (!other.startsWith(family)) continue;
    counts.related += count;
    counts.relatedCoordinated += organisation.coordinatedIn[other] ?? 0;
  }
  return counts;
}

function factors(
  catalogue: Catalogue,
  organisation: Organisation,
  projects: { project: number; role: Role }[],
  options: RankOptions,
  have: Set<string>,
  allProjects: boolean,
) {
  const lacks = have.size && organisation.country && !have.has(organisation.country) ? 1 : 0;
  const counts = allProjects ? tallyAll(organisation, options.action) : tally(catalogue, projects, options.action);
  const recency = counts.last ? Math.max(0, 1 - (catalogue.newestYear - counts.last) / 8) : 0;
  let experience = Math.min(1, projects.length * 0.2);
  if (options.action) {
    if (options.action.slice(0, 5) === 'KA210' && projects.length <= 2) experience = 1;
    else {
      const sameScore = counts.sameCoordinated * 0.5 + (counts.same - counts.sameCoordinated) * 0.25;
      const relatedScore = counts.relatedCoordinated * 0.2 + (counts.related - counts.relatedCoordinated) * 0.1;
      experience = Math.min(1, sameScore + relatedScore);
    }
  }
  return { experience, lacks, recency };
}

function lastYear(catalogue: Catalogue, projects: { project: number }[]): number | undefined {
  let last: number | undefined;
  for (const entry of projects) {
    const year = catalogue.projects[entry.project]!.callYear;
    if (year && (!last || year > last)) last = year;
  }
  return last;
}

function reasons(
  catalogue: Catalogue,
  organisation: Organisation,
  projects: { project: number; role: Role }[],
  options: RankOptions,
  match: Relevance | undefined,
): Reason[] {
  const list: Reason[] = [];
  const same = options.action ? inAction(catalogue, projects, options.action).same : [];
  const asCoordinator = same.filter((e) => e.role === 'coordinator');
  if (options.action?.startsWith('KA210') && projects.length <= 2) {
    list.push({ kind: 'newcomer', action: options.action });
  }
  if (options.action && same.length) {
    const shown = asCoordinator.length ? asCoordinator : same;
    list.push({
      kind: 'experience',
      count: shown.length,
      action: options.action,
      role: asCoordinator.length ? 'coordinator' : 'partner',
      last: lastYear(catalogue, shown),
    });
  } else list.push({ kind: 'projects', count: projects.length, last: lastYear(catalogue, projects) });
  if (match) list.push({ kind: 'match', words: matchWords(catalogue, match) });
  const have = new Set(options.haveCountries ?? []);
  if (have.size && organisation.country && !have.has(organisation.country)) {
    list.push({ kind: 'lacks', country: organisation.country });
  }
  return list;
}

/** The matched projects' topics that contain a matched word; else the words themselves. */
function matchWords(catalogue: Catalogue, match: Relevance): string[] {
  const terms = [...match.terms];
  const topics = new Set<string>();
  for (const project of match.matched) {
    for (const topic of catalogue.projects[project]!.topics) {
      const folded = foldText(topic);
      if (terms.some((term) => folded.includes(term))) topics.add(topic.toLowerCase());
    }
  }
  const words = topics.size ? [...topics] : terms;
  return words.slice(0, 2);
}
