import { describe, expect, it } from 'vitest';
import { findReader } from '../../lib/platforms/registry';
import { esep } from '../../lib/extractors/esep';
import { extractWith } from './extractor-page';
import { runFixtures } from './fixture-runner';
import { warning } from '@/lib/domain/warnings';

runFixtures('esep');

const HOST = 'https://school-education.ec.europa.eu';
const PROFILE = `${HOST}/en/connect/schools-organisations/test-school`;
const OFFER = `${HOST}/en/networking/partner-finding/test-offer`;
const header = (title: string) => `<div class="ecl-page-header"><h1 class="ecl-page-header__title">${title}</h1></div>`;

describe('esep: which page is this', () => {
  it.each([
    [`${HOST}/en/connect/schools-organisations/erzurum-senkaya-yedinisan-ilkokulu-0`, 'organisation'],
    [`${HOST}/tr/connect/schools-organisations/yahya-kemal-anaokulu-1`, 'organisation'],
    [`${HOST}/en/networking/schools-organisations/srednja-ekonomska-skola-sarajevo`, 'organisation'],
    [`${HOST}/en/connect/schools-organisations?name=Erzurum&sort_by=title`, 'list'],
    [`${HOST}/en/connect/schools-organisations/x/members`, 'unknown'],
    [`${HOST}/en/networking/partner-finding`, 'list'],
    [`${HOST}/en/networking/partner-finding/looking-for-partners`, 'partner-request'],
    [`${HOST}/de/connect/partner-finding/partnersuche`, 'partner-request'],
    [`${HOST}/en/connect/people?name=x&categorized_user_validation_status=All`, 'list'],
    [`${HOST}/en/connect`, 'unknown'],
    [`${HOST}/uk/node/31`, 'unknown'],
    [`${HOST}/en/etwinning/projects/water-around-us`, null], // eTwinning reads these
    [`${HOST}/en/etwinning/schools/123`, null],
    ['https://epale.ec.europa.eu/en/organisations/x', null],
  ])('%s → %s', (url, type) => {
    expect(esep.detect(new URL(url))).toBe(type);
  });

  it('leaves eTwinning pages to the eTwinning reader in the registry', () => {
    expect(findReader(new URL(PROFILE))?.platform).toBe('esep');
    expect(findReader(new URL(`${HOST}/en/etwinning/projects/water-around-us`))?.platform).toBe('etwinning');
    expect(findReader(new URL(`${HOST}/en/etwinning/schools/123`))?.platform).toBe('etwinning');
  });
});

describe('esep: organisation profiles', () => {
  it('turns the EU code EL into GR and drops the "Country abroad" stand-in region', () => {
    const result = extractWith(
      esep,
      PROFILE,
      `${header('Test School')}<dl><dt>Country</dt><dd>EL</dd><dt>Region</dt><dd>Country abroad</dd><dt>City</dt><dd>Patra</dd></dl>`,
    );
    expect(result.organisations).toEqual([{ name: 'Test School', country: 'GR', city: 'Patra', profileUrl: PROFILE }]);
  });

  it.each([
    ['hu', 'Ország', 'Magyarország', 'HU', 'Település', 'Pécs'],
    ['ro', 'Țara', 'România', 'RO', 'Localitate', 'Cluj-Napoca'],
    ['sl', 'Država', 'Slovenija', 'SI', 'Kraj', 'Kranj'],
    ['tr', 'Ülke', 'Türkiye', 'TR', 'Şehir', 'Erzurum'],
    ['lt', 'Šalis', 'Lietuva', 'LT', 'Miestas', 'Kaunas'],
    ['fi', 'Maa', 'Suomi', 'FI', 'Kaupunki', 'Tampere'],
  ])('reads a %s profile with its own labels', (language, countryLabel, countryName, code, cityLabel, city) => {
    const url = `${HOST}/${language}/connect/schools-organisations/test-school`;
    const result = extractWith(
      esep,
      url,
      `${header('Test School')}<table><tr><th>${countryLabel}</th><td>${countryName}</td></tr><tr><th>${cityLabel}</th><td>${city}</td></tr></table>`,
      { lang: language },
    );
    expect(result.organisations).toEqual([{ name: 'Test School', country: code, city, profileUrl: url }]);
  });

  it('never takes the site name as the organisation', () => {
    const result = extractWith(
      esep,
      PROFILE,
      `${header('European School Education Platform')}<dl><dt>Country</dt><dd>Malta</dd></dl>`,
    );
    expect(result.organisations).toEqual([]);
    expect(result.warnings).toEqual([warning('layoutChanged')]);
  });

  it('keeps no hostile or relative website', () => {
    const result = extractWith(
      esep,
      PROFILE,
      `${header('Test School')}<dl><dt>Website</dt><dd><a href="javascript:void(0)">www.test.example</a></dd></dl>`,
    );
    expect(result.organisations[0]?.website).toBeUndefined();
  });
});

describe('esep: partner-finding offers', () => {
  it('takes the offering school from the one profile the offer links when no label names it', () => {
    const result = extractWith(
      esep,
      OFFER,
      `${header('Looking for partners')}<dl><dt>Deadline</dt><dd>31/01/2026</dd><dt>Partner countries</dt><dd>EL, UK, Italy</dd></dl>
      <p>Posted by <a href="/en/connect/schools-organisations/test-school">Test School</a></p>`,
    );
    expect(result.organisations).toEqual([{ name: 'Test School', profileUrl: PROFILE }]);
    expect(result.opportunity).toMatchObject({
      kind: 'partner-request',
      deadline: '2026-01-31',
      countries: ['GR', 'GB', 'IT'],
    });
  });

  it('keeps an action without a code as written, and reads none from a long sentence', () => {
    const named = extractWith(esep, OFFER, `${header('Offer')}<dl><dt>Action</dt><dd>eTwinning project</dd></dl>`);
    expect(named.opportunity?.action).toBe('eTwinning project');
    const coded = extractWith(
      esep,
      OFFER,
      `${header('Offer')}<dl><dt>Key action</dt><dd>Small-scale partnerships in school education (KA210-SCH)</dd></dl>`,
    );
    expect(coded.opportunity?.action).toBe('KA210-SCH');
  });
});

describe('esep: robustness', () => {
  it('does not throw on a malformed address', () => {
    expect(esep.detect(new URL(`${HOST}/en/connect/schools-organisations/bad%E0%A4%A`))).toBe('organisation');
  });
});
