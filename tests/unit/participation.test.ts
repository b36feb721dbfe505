import { describe, expect, it } from 'vitest';
import { CALENDAR } from '@/lib/domain/calls';
import { countingCountriesFor, groupName, participationOf } from '@/lib/domain/calls-participation';
import { checkConsortium } from '@/lib/domain/consortium';
import type { Organisation } from '@/lib/domain/model';

const org = (id: string, name: string, country: string) =>
  ({
    id,
    name,
    country,
    platformIds: [],
    sourceUrls: [],
    sources: [],
    contacts: [],
    createdAt: '',
    updatedAt: '',
  }) as unknown as Organisation;
const orgs = new Map([
  ['at', org('at', 'Jugendforum Steiermark', 'AT')],
  ['pl', org('pl', 'Fundacja Młodzi', 'PL')],
  ['ua', org('ua', 'Molod Lviv', 'UA')],
  ['it', org('it', 'Cooperativa Sole', 'IT')],
]);
const members = (...pairs: [string, string][]) => pairs.map(([orgId, stageId]) => ({ orgId, stageId, addedAt: '' }));
const PROGRAMME = 'the application is submitted by an organisation from a programme country.';

describe('participation rules as data', () => {
  it('are sourced and dated, keep the Programme Guide’s region names, and match the counting countries', () => {
    expect(CALENDAR.participation.source).toMatch(/Programme Guide/);
    expect(CALENDAR.participation.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(groupName('neighbourhood-east')).toMatch(/^Neighbourhood East/);
    const east = CALENDAR.participation.groups.find((g) => g.id === 'neighbourhood-east')!;
    expect(east.countries.sort()).toEqual(['AM', 'AZ', 'GE', 'MD', 'UA']);
    const associated = CALENDAR.participation.groups.find((g) => g.id === 'associated')!;
    expect(associated.countries.sort()).toEqual(['IS', 'LI', 'MK', 'NO', 'RS', 'TR']);
    expect([...countingCountriesFor('KA220-YOU')].sort()).toEqual([...CALENDAR.countingCountries].sort());
  });

  it('says “check” rather than guess where the sources do not say, and for restricted countries', () => {
    expect(participationOf('KA122-SCH', 'GE')?.partner).toBe('check');
    expect(participationOf('KA220-YOU', 'BY')).toEqual({ apply: 'check', partner: 'check', counts: 'check' });
    expect(participationOf('KA220-YOU', 'DE')).toEqual({ apply: true, partner: true, counts: true });
    expect(participationOf('KA152-YOU', 'GE')).toEqual({ apply: false, partner: true, counts: true });
  });
});

describe('the consortium check for partner countries', () => {
  it('a Georgian applicant in KA220-YOU: may be a partner, does not count, cannot apply; who could coordinate', () => {
    const check = checkConsortium(
      { action: 'KA220-YOU', members: members(['at', 'confirmed'], ['pl', 'contacted'], ['ua', 'confirmed']) },
      orgs,
      { name: 'Youth Bridge Tbilisi', country: 'GE', own: true },
    );
    expect(check.participation[0]).toBe(
      `Your organisation (GE) may take part in KA220-YOU as a partner, but does not count towards the minimum, and cannot apply: ${PROGRAMME}`,
    );
    expect(check.couldCoordinate?.map((m) => m.name)).toEqual(['Jugendforum Steiermark', 'Fundacja Młodzi']);
    expect(check.notCounting.map((o) => o.country)).toEqual(['GE', 'UA']);
    expect(check.countingCountries).toEqual(['AT']);
  });

  it('a Ukrainian partner in KA220-YOU takes part but does not count', () => {
    const check = checkConsortium(
      { action: 'KA220-YOU', members: members(['ua', 'confirmed'], ['pl', 'confirmed']) },
      orgs,
      {
        name: 'Cooperativa Sole',
        country: 'IT',
        own: true,
      },
    );
    expect(check.participation).toEqual([
      `Molod Lviv (UA) may take part in KA220-YOU as a partner, but does not count towards the minimum, and cannot apply: ${PROGRAMME}`,
    ]);
    expect(check.couldCoordinate).toBeUndefined();
    expect(check.missing).toEqual(['1 more confirmed organisation from another programme country (not IT, PL).']);
  });

  it('a Ukrainian partner in KA210-YOU cannot take part at all', () => {
    const check = checkConsortium({ action: 'KA210-YOU', members: members(['ua', 'confirmed']) }, orgs, {
      name: 'Cooperativa Sole',
      country: 'IT',
      own: true,
    });
    expect(check.participation).toEqual([
      'Molod Lviv (UA) cannot take part in KA210-YOU: only organisations from programme countries (EU Member States and third countries associated to the Programme) can.',
    ]);
    expect(check.meetsMinimum).toBe(false);
  });

  it('counts the applicant: KA210 with the user’s organisation and one confirmed partner from another country passes', () => {
    const idea = { action: 'KA210-YOU', members: members(['at', 'confirmed']) };
    expect(checkConsortium(idea, orgs).meetsMinimum).toBe(false);
    const check = checkConsortium(idea, orgs, { name: 'Cooperativa Sole', country: 'IT', own: true });
    expect(check.meetsMinimum).toBe(true);
    expect(check.countingCountries).toEqual(['AT', 'IT']);
    // Same country as the applicant: two organisations, one country.
    expect(checkConsortium(idea, orgs, { name: 'Verein Graz', country: 'AT' }).meetsMinimum).toBe(false);
  });
});
