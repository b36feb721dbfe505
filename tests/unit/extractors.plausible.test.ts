/** Values of the right shape that look wrong are left out, and the result says so (issue 11). */
import { describe, expect, it } from 'vitest';
import { cleanResult } from '../../lib/extractors/clean';
import { warning } from '@/lib/domain/warnings';

const request = {
  kind: 'partner-request',
  title: 'Rivers of Europe',
  url: 'https://www.salto-youth.net/tools/otlas-partner-finding/project/r.1/',
};
const resultWith = (organisations: object[], opportunity: object | null = request) =>
  cleanResult({ platform: 'otlas', pageType: 'partner-request', organisations, opportunity, warnings: [] });

describe('implausible values', () => {
  it.each(['SALTO-YOUTH', 'EPALE', 'European School Education Platform', 'Log in', 'Partner requests', 'Home'])(
    'drops an organisation named "%s" (the site or a menu)',
    (name) => {
      const result = resultWith([{ name, country: 'PL' }]);
      expect(result.organisations).toEqual([]);
      expect(result.warnings).toEqual([warning('implausible', { left: [{ reason: 'siteName', value: name }] })]);
    },
  );

  it("drops the request's own title as the organisation's name", () => {
    const result = resultWith([{ name: 'Rivers  of Europe' }]);
    expect(result.organisations).toEqual([]);
    expect(result.warnings).toEqual([
      warning('implausible', { left: [{ reason: 'pageTitle', value: 'Rivers of Europe' }] }),
    ]);
  });

  it('drops a person (a courtesy title) as the organisation', () => {
    expect(resultWith([{ name: 'Dr. Anna Placeholder' }]).organisations).toEqual([]);
  });

  it("keeps the organisation but not a website on the platform's own host", () => {
    const result = resultWith([
      { name: 'Fundacja Młodzi Razem', website: 'https://epale.ec.europa.eu/en/organisations/x' },
    ]);
    expect(result.organisations).toEqual([{ name: 'Fundacja Młodzi Razem' }]);
    expect(result.warnings).toEqual([
      warning('implausible', { left: [{ reason: 'platformWebsite', value: 'epale.ec.europa.eu' }] }),
    ]);
  });

  it('keeps real names that merely contain such words, and says nothing', () => {
    const result = resultWith([{ name: 'Home for Youth Association', website: 'https://home-youth.example.org/' }]);
    expect(result.organisations).toHaveLength(1);
    expect(result.warnings).toEqual([]);
  });

  it('never keeps an OID, PIC or country of the wrong shape', () => {
    const result = resultWith([{ name: 'Test', oid: 'E1234567', pic: '12345678', country: 'Poland' }]);
    expect(result.organisations).toEqual([{ name: 'Test' }]);
  });
});

describe('implausible values the first review missed (issue 11, "values that look wrong")', () => {
  it.each([
    'Otlas - Partner Finding - Youth Voices in Small Municipalities - SALTO-YOUTH',
    'Jugendwerk Alpenland | EPALE',
  ])('drops a tab title as the organisation\'s name: "%s"', (name) => {
    const result = resultWith([{ name, country: 'AT' }]);
    expect(result.organisations).toEqual([]);
    const left = [{ reason: 'tabTitle', value: name.slice(0, 60) }];
    expect(result.warnings[0]).toEqual({ code: 'implausible', params: { left } });
  });

  it.each(['Help', 'Create an account', 'MySALTO login', 'Search organisations'])(
    'drops the menu entry "%s"',
    (name) => {
      expect(resultWith([{ name }]).organisations).toEqual([]);
    },
  );

  it('keeps a real name with a dash that is no site name', () => {
    expect(resultWith([{ name: 'Centrum Kultury - Dom Sztuki' }]).organisations).toHaveLength(1);
  });

  it.each(['XX', 'EU', 'ZZ', 'QO', 'XA'])('drops the country "%s": two capitals, but no country', (country) => {
    const result = resultWith([{ name: 'Fundacja Młodzi Razem', country, city: 'Łódź' }]);
    expect(result.organisations).toEqual([{ name: 'Fundacja Młodzi Razem', city: 'Łódź' }]);
    expect(result.warnings[0]).toEqual({
      code: 'implausible',
      params: { left: [{ reason: 'notACountry', value: country }] },
    });
  });

  it("reads the platforms' EU codes as ISO (EL → GR, UK → GB) and keeps Kosovo", () => {
    const result = resultWith([
      { name: 'A', country: 'EL' },
      { name: 'B', country: 'UK' },
      { name: 'C', country: 'XK' },
    ]);
    expect(result.organisations.map((o) => o.country)).toEqual(['GR', 'GB', 'XK']);
    expect(result.warnings).toEqual([]);
  });

  it("keeps only real countries among a request's partner countries", () => {
    const result = resultWith([], { ...request, countries: ['IT', 'EU', 'EL', 'XX', 'IT'] });
    expect(result.opportunity?.countries).toEqual(['IT', 'GR']);
  });

  it.each(['https://epale.ec.europa.eu./en/organisations/x', 'https://www.etwinning.net/en/pub/profile.cfm?s=1'])(
    "drops a website on the platform's own host: %s",
    (website) => {
      expect(resultWith([{ name: 'Fundacja Młodzi Razem', website }]).organisations).toEqual([
        { name: 'Fundacja Młodzi Razem' },
      ]);
    },
  );
});
