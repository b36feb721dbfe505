/**
 * Discover: organisations, not rows (grouping across projects, shared hosts, generic names never
 * merged without a town), and ranking with reasons in words.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '@/lib/discover/catalogue';
import { groupSightings, sightingKeys } from '@/lib/discover/grouping';
import { isGenericName } from '@/lib/discover/names';
import { rank } from '@/lib/discover/rank';
import { describeReasons } from '@/lib/discover/why';
import { websiteEvidence } from '@/lib/discover/websites';
import { mergeProject, withoutFile } from '@/lib/discover/merge-projects';
import type { Project, Sighting } from '@/lib/discover/types';

let id = 0;
function project(organisations: Sighting[], fields: Partial<Project> = {}): Project {
  id++;
  return {
    identifier: `2023-1-DE02-KA220-ADU-${String(id).padStart(9, '0')}`,
    title: `Project ${id}`,
    topics: [],
    countries: [],
    organisations,
    files: ['f'],
    action: 'KA220-ADU',
    callYear: 2023,
    ...fields,
  };
}
const org = (name: string, fields: Partial<Sighting> = {}): Sighting => ({ name, role: 'partner', ...fields });
const groupsOf = (projects: Project[]) => groupSightings(projects).members.length;

describe('websites as identity', () => {
  it('uses the registrable domain of an ordinary site', () => {
    expect(websiteEvidence('https://www.vhs-leipzig.de/kurse')).toEqual({ kind: 'domain', key: 'vhs-leipzig.de' });
    expect(websiteEvidence('http://shop.vhs-leipzig.de/')).toEqual({ kind: 'domain', key: 'vhs-leipzig.de' });
  });
  it('ignores social networks and webmail entirely', () => {
    expect(websiteEvidence('https://www.facebook.com/groups/12345')).toBeUndefined();
    expect(websiteEvidence('https://gmail.com')).toBeUndefined();
  });
  it('lets full host and path decide under shared hosts (school networks, site builders, portals)', () => {
    expect(websiteEvidence('http://izmirilk.meb.k12.tr/')).toEqual({ kind: 'page', key: 'izmirilk.meb.k12.tr' });
    expect(websiteEvidence('https://www.gov.pl/web/sp3-krakow')).toEqual({
      kind: 'page',
      key: 'gov.pl/web/sp3-krakow',
    });
    expect(websiteEvidence('https://anna.wixsite.com/youth-club')).toEqual({
      kind: 'page',
      key: 'anna.wixsite.com/youth-club',
    });
    expect(websiteEvidence('https://www.meb.k12.tr/')).toBeUndefined();
  });
});

describe('grouping sightings into organisations', () => {
  it('joins one organisation across projects by website, and by name + country without one', () => {
    const projects = [
      project([org('Volkshochschule Leipzig e.V.', { country: 'DE', website: 'https://www.vhs-leipzig.de' })]),
      project([org('VHS Leipzig', { country: 'DE', website: 'http://vhs-leipzig.de/en' })]),
      project([org('Volkshochschule  Leipzig', { country: 'DE' })]),
    ];
    expect(groupsOf(projects)).toBe(1);
  });

  it('keeps the same name in two countries apart', () => {
    expect(groupsOf([project([org('Civitas', { country: 'PL' })]), project([org('Civitas', { country: 'IT' })])])).toBe(
      2,
    );
  });

  it('keeps one name with two different websites apart (two organisations)', () => {
    const projects = [
      project([org('Civitas', { country: 'PL', website: 'https://civitas-krakow.pl' })]),
      project([org('Civitas', { country: 'PL', website: 'https://civitas-lublin.pl' })]),
    ];
    expect(groupsOf(projects)).toBe(2);
  });

  it('never joins two schools through a shared facebook page or school-network host', () => {
    const projects = [
      project([org('Green Horizon Youth', { country: 'TR', website: 'https://facebook.com/ngo1' })]),
      project([org('Open Sky Youth', { country: 'TR', website: 'https://facebook.com/ngo1' })]),
      project([org('Primary School No 3', { country: 'TR', city: 'Izmir', website: 'http://izmir3.meb.k12.tr' })]),
      project([org('Primary School No 3', { country: 'TR', city: 'Konya', website: 'http://konya3.meb.k12.tr' })]),
    ];
    expect(groupsOf(projects)).toBe(4);
  });

  it('never merges two distinct generic-name schools: the town or the address must agree', () => {
    expect(isGenericName('Primary School No 3')).toBe(true);
    expect(isGenericName('Szkoła Podstawowa nr 5 im. Jana Pawła II')).toBe(true);
    expect(isGenericName('Municipality of Patras')).toBe(true);
    expect(isGenericName('Volkshochschule Leipzig')).toBe(false);
    const projects = [
      project([org('Primary School No 3', { country: 'PL', city: 'Kraków' })]),
      project([org('Primary School No 3', { country: 'PL', city: 'Lublin' })]),
      project([org('Primary School No. 3', { country: 'PL', city: 'Kraków' })]),
      // No town and no address: nothing says which school this is, so it stays on its own.
      project([org('Primary School No 3', { country: 'PL' })]),
      project([org('Primary School No 3', { country: 'PL' })]),
      // Same address mark: the same school although the town was not readable.
      project([org('Primary School No 3', { country: 'PL', place: 'abc123' })]),
      project([org('Primary School No 3', { country: 'PL', place: 'abc123' })]),
    ];
    const { members } = groupSightings(projects);
    expect(members.map((m) => m.map((ref) => ref.project))).toEqual([[0, 2], [1], [3], [4], [5, 6]]);
    expect(sightingKeys(org('Primary School No 3', { country: 'PL' }))).toEqual({});
  });
});

describe('idempotent import', () => {
  it('keeps one project per identifier with every file as provenance, and removes one file cleanly', () => {
    const first = project([org('A', { country: 'DE' })], { files: ['a'] });
    const again = { ...first, title: 'Renamed', files: ['b'] };
    const merged = mergeProject(first, again);
    expect(merged).toMatchObject({ title: 'Renamed', files: ['a', 'b'] });
    expect(withoutFile(merged, 'a')?.files).toEqual(['b']);
    expect(withoutFile(first, 'a')).toBeUndefined();
  });
});

describe('ranking for an idea', () => {
  const coordinatorDE = org('Digital Seniors Verein', { country: 'DE', city: 'Berlin', role: 'coordinator' });
  const partnerPL = org('Fundacja Cyfrowa', { country: 'PL', city: 'Lublin' });
  const unrelatedIT = org('Cucina Aperta', { country: 'IT', role: 'coordinator' });
  const newcomerFR = org('Atelier Numérique', { country: 'FR', city: 'Lyon' });
  const catalogue = buildCatalogue([
    project([coordinatorDE, partnerPL], {
      title: 'Digital inclusion of seniors',
      topics: ['Digital inclusion'],
      callYear: 2024,
    }),
    project([coordinatorDE, partnerPL], { title: 'Seniors online', topics: ['Digital inclusion'], callYear: 2022 }),
    project([partnerPL], {
      title: 'Inclusión digital de mayores',
      action: 'KA210-ADU',
      callYear: 2021,
      summary: 'Cursos de alfabetización DIGITAL para personas mayores',
    }),
    project([unrelatedIT], { title: 'Cooking traditions', topics: ['Cultural heritage'], callYear: 2024 }),
    project([newcomerFR], {
      title: 'Ateliers numériques inclusifs',
      action: 'KA210-ADU',
      callYear: 2023,
      summary: 'Inclusion numérique des seniors',
    }),
  ]);

  it('ranks relevant past work first and leaves unrelated organisations out', () => {
    const results = rank(catalogue, { query: 'digital inclusion for seniors', action: 'KA220-ADU' });
    expect(results.map((r) => r.organisation.name)).toEqual([
      'Digital Seniors Verein',
      'Fundacja Cyfrowa',
      'Atelier Numérique',
    ]);
  });

  it('is accent- and case-insensitive, in any language', () => {
    expect(rank(catalogue, { query: 'NUMÉRIQUE' }).map((r) => r.organisation.name)).toEqual(['Atelier Numérique']);
    expect(rank(catalogue, { query: 'numerique' }).map((r) => r.organisation.name)).toEqual(['Atelier Numérique']);
    expect(rank(catalogue, { query: 'inclusion digital mayores' })[0]!.organisation.name).toBe('Fundacja Cyfrowa');
  });

  it('says why in words: experience in the action, matching topics, a country the idea lacks', () => {
    const [best] = rank(catalogue, { query: 'digital inclusion', action: 'KA220-ADU', haveCountries: ['PL', 'IT'] });
    expect(describeReasons(best!.reasons, String)).toEqual([
      '2 KA220-ADU as coordinator, last 2024',
      'digital inclusion',
      'DE, a country your idea lacks',
    ]);
  });

  it('favours coordinators for KA220 and welcomes newcomers for KA210', () => {
    const ka220 = rank(catalogue, { action: 'KA220-ADU' });
    expect(ka220[0]!.organisation.name).toBe('Digital Seniors Verein');
    const ka210 = rank(catalogue, { query: 'inclusion', action: 'KA210-ADU' });
    const newcomer = ka210.find((r) => r.organisation.name === 'Atelier Numérique')!;
    expect(describeReasons(newcomer.reasons, String)[0]).toBe('few projects so far, welcome in KA210-ADU');
    const asKa220 = rank(catalogue, { query: 'inclusion', action: 'KA220-ADU' }).find(
      (r) => r.organisation === newcomer.organisation,
    )!;
    expect(newcomer.score).toBeGreaterThan(asKa220.score);
  });

  it('filters by country, excluded country, type, role and years', () => {
    expect(rank(catalogue, { query: 'digital', countries: ['PL'] }).map((r) => r.organisation.name)).toEqual([
      'Fundacja Cyfrowa',
    ]);
    expect(
      rank(catalogue, { query: 'digital', excludeCountries: ['DE', 'PL'] }).map((r) => r.organisation.country),
    ).not.toContain('DE');
    expect(
      rank(catalogue, { role: 'coordinator' })
        .map((r) => r.organisation.name)
        .sort(),
    ).toEqual(['Cucina Aperta', 'Digital Seniors Verein']);
    const recent = rank(catalogue, { query: 'seniors', yearFrom: 2023 })
      .map((r) => r.organisation.name)
      .sort();
    expect(recent).toEqual(['Atelier Numérique', 'Digital Seniors Verein', 'Fundacja Cyfrowa']);
    expect(rank(catalogue, { query: 'digital', yearTo: 2021 }).map((r) => r.organisation.name)).toEqual([
      'Fundacja Cyfrowa',
    ]);
    expect(rank(catalogue, { query: 'digital', types: ['school'] })).toEqual([]);
  });
});
