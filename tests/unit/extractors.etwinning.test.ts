import { describe, expect, it } from 'vitest';
import { etwinning } from '../../lib/extractors/etwinning';
import { extractWith } from './extractor-page';
import { runFixtures } from './fixture-runner';
import { warning } from '@/lib/domain/warnings';

runFixtures('etwinning');

const HOST = 'https://school-education.ec.europa.eu';
const PROJECT = `${HOST}/de/etwinning/projects/unsere-baeume`;
const header = (title: string) => `<div class="ecl-page-header"><h1 class="ecl-page-header__title">${title}</h1></div>`;

describe('etwinning: which page is this', () => {
  it.each([
    [`${HOST}/en/etwinning/projects/water-around-us`, 'project'],
    [`${HOST}/en/etwinning/projects`, 'list'],
    [`${HOST}/en/etwinning/projects/water-around-us/twinspace`, 'unknown'],
    [`${HOST}/en/etwinning/projects/water-around-us/twinspace/pages/home`, 'unknown'],
    [`${HOST}/tr/etwinning/schools/2000101`, 'organisation'],
    [`${HOST}/en/etwinning/schools/not-a-number`, 'unknown'],
    [`${HOST}/en/etwinning/etwinners/100001`, 'unknown'],
    [`${HOST}/en/etwinning/group/teachers-of-physics`, 'unknown'],
    [`${HOST}/en/etwinning/labels/etwinning-school-label/winners-list?period=2026-2027&page=2`, 'list'],
    [`${HOST}/en/etwinning`, 'unknown'],
    [`${HOST}/en/connect/schools-organisations/x`, null],
    ['https://epale.ec.europa.eu/en/etwinning/projects/x', null],
  ])('%s → %s', (url, type) => {
    expect(etwinning.detect(new URL(url))).toBe(type);
  });
});

describe('etwinning: project pages', () => {
  it('marks the schools under a "Gründer" heading as coordinators (German page)', () => {
    const result = extractWith(
      etwinning,
      PROJECT,
      `${header('Unsere Bäume')}
      <dl><dt>Startdatum</dt><dd>1. Oktober 2025</dd><dt>Fächer</dt><dd>Biologie, Kunst</dd></dl>
      <h2>Gründer</h2><ul><li><a href="/de/etwinning/schools/1">Grundschule Beispiel</a> · Deutschland</li></ul>
      <h2>Mitglieder</h2><ul><li><a href="/de/etwinning/schools/2">Scoil Sampla</a> · Irland · Cork</li></ul>`,
      { lang: 'de' },
    );
    expect(result.organisations).toEqual([
      {
        name: 'Grundschule Beispiel',
        country: 'DE',
        role: 'coordinator',
        profileUrl: `${HOST}/de/etwinning/schools/1`,
      },
      {
        name: 'Scoil Sampla',
        country: 'IE',
        city: 'Cork',
        role: 'partner',
        profileUrl: `${HOST}/de/etwinning/schools/2`,
      },
    ]);
    expect(result.opportunity).toEqual({
      kind: 'etwinning-project',
      title: 'Unsere Bäume',
      url: PROJECT,
      startDate: '2025-10-01',
      topics: ['Biologie', 'Kunst'],
    });
  });

  it('calls every school a partner when no founder is stated', () => {
    const result = extractWith(
      etwinning,
      PROJECT,
      `${header('Unsere Bäume')}<ul><li><a href="/de/etwinning/schools/1">A</a></li><li><a href="/de/etwinning/schools/2">B</a></li></ul>`,
      { lang: 'de' },
    );
    expect(result.organisations.map((o) => o.role)).toEqual(['partner', 'partner']);
  });

  it('says so when the member schools cannot be found', () => {
    const result = extractWith(etwinning, PROJECT, `${header('Unsere Bäume')}<p>Ein Projekt über Bäume.</p>`, {
      lang: 'de',
    });
    expect(result.organisations).toEqual([]);
    expect(result.warnings).toEqual([warning('noSchools')]);
    expect(result.opportunity?.title).toBe('Unsere Bäume');
  });

  it('ignores teachers (eTwinner profiles) and TwinSpace links', () => {
    const result = extractWith(
      etwinning,
      PROJECT,
      `${header('Unsere Bäume')}<a href="/de/etwinning/etwinners/5">Frau Muster</a>
      <a href="/de/etwinning/projects/unsere-baeume/twinspace">TwinSpace</a><a href="/de/etwinning/schools/9">Schule Neun</a>`,
      { lang: 'de' },
    );
    expect(result.organisations.map((o) => o.name)).toEqual(['Schule Neun']);
  });
});
