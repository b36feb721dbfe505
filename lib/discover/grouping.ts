/**
 * Organisations, not rows: every sighting (project, organisation, role) joins others that share a
 * key — the website (websites.ts), else normalised name + country, and for generic names also the
 * town or the same street address. Keys are looked up in a map (union–find), never compared pairwise.
 */
import { normaliseName } from '../domain/dedupe';
import { foldText } from '../domain/identity';
import { isGenericName } from './names';
import type { Project, Sighting } from './types';
import { websiteEvidence } from './websites';

export interface SightingKeys {
  website?: string;
  name?: string;
}

/** The keys that identify the organisation of one sighting; no name key for a generic name alone. */
export function sightingKeys(sighting: Sighting): SightingKeys {
  return keysOf(sighting, new Map());
}

/** Organisations recur across projects with the same cells: their keys are worked out once. */
function keysOf(sighting: Sighting, memo: Map<string, SightingKeys>): SightingKeys {
  const { name, country, city, place, website } = sighting;
  const memoKey = `${name}\u0000${country}\u0000${city}\u0000${place}\u0000${website}`;
  let keys = memo.get(memoKey);
  if (!keys) memo.set(memoKey, (keys = computeKeys(sighting)));
  return keys;
}

function computeKeys(sighting: Sighting): SightingKeys {
  const keys: SightingKeys = {};
  const country = sighting.country ?? '??';
  const generic = isGenericName(sighting.name);
  const web = websiteEvidence(sighting.website, generic);
  if (web) keys.website = `w|${country}|${web.key}`;
  const name = normaliseName(sighting.name);
  if (name.length < 2) return keys;
  if (!generic) keys.name = `n|${country}|${name}`;
  else if (sighting.city) keys.name = `n|${country}|${name}|c:${foldText(sighting.city)}`;
  else if (sighting.place) keys.name = `n|${country}|${name}|p:${sighting.place}`;
  return keys;
}

/**
 * Names that come with two or more different websites belong to different organisations
 * ("Civitas" in Kraków twice): there the website decides and the name joins nothing that has one.
 */
function ambiguousNames(keys: SightingKeys[][]): Set<string> {
  const websitesOf = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const project of keys) {
    for (const { name, website } of project) {
      if (!name || !website) continue;
      const known = websitesOf.get(name);
      if (known === undefined) websitesOf.set(name, website);
      else if (known !== website) ambiguous.add(name);
    }
  }
  return ambiguous;
}

/** Where a sighting is: project index and position among the project's organisations. */
export interface SightingRef {
  project: number;
  position: number;
}

export interface Grouping {
  /** For each project, for each of its organisations, the group (organisation) index. */
  groupOf: Int32Array[];
  /** For each group, its sightings. */
  members: SightingRef[][];
}

export function groupSightings(projects: Project[]): Grouping {
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  const refs: SightingRef[] = [];
  const join = (key: string | undefined, id: number) => {
    if (!key) return;
    const other = owner.get(key);
    if (other === undefined) owner.set(key, id);
    else parent[find(id)] = find(other);
  };
  const memo = new Map<string, SightingKeys>();
  const keys = projects.map((project) => project.organisations.map((sighting) => keysOf(sighting, memo)));
  const ambiguous = ambiguousNames(keys);
  keys.forEach((sightings, p) => {
    sightings.forEach((key, position) => {
      const id = refs.length;
      refs.push({ project: p, position });
      parent.push(id);
      join(key.website, id);
      if (!(key.website && key.name && ambiguous.has(key.name))) join(key.name, id);
    });
  });
  const groupIndex = new Map<number, number>();
  const members: SightingRef[][] = [];
  const groupOf = projects.map((project) => new Int32Array(project.organisations.length));
  refs.forEach((ref, id) => {
    const root = find(id);
    let group = groupIndex.get(root);
    if (group === undefined) {
      group = members.length;
      groupIndex.set(root, group);
      members.push([]);
    }
    members[group]!.push(ref);
    groupOf[ref.project]![ref.position] = group;
  });
  return { groupOf, members };
}
