import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '@/lib/domain/identity';
import { saveExtraction } from '@/lib/store/repo';
import type { ExtractionResult } from '@/lib/domain/model';
import { freshDb } from './test-data';

describe('page addresses', () => {
  it('compare equal across revisits: anchors, www and trailing slashes do not matter', () => {
    const page = 'https://www.salto-youth.net/tools/otlas-partner-finding/project/rural-voices.20046/';
    expect(canonicalUrl(`${page}#top`)).toBe(canonicalUrl(page.replace('www.', '').replace(/\/$/, '')));
  });

  it('keep a hash that is a route: each old Project Results Platform project is its own page', () => {
    const base = 'https://ec.europa.eu/programmes/erasmus-plus/projects/eplus-project-details/';
    expect(canonicalUrl(`${base}#project/2017-1-FR01-KA202-037441`)).not.toBe(
      canonicalUrl(`${base}#project/2018-1-PT01-KA202-047123`),
    );
    expect(canonicalUrl(`${base}#project/2017-1-FR01-KA202-037441`)).toBe(
      `https://ec.europa.eu/programmes/erasmus-plus/projects/eplus-project-details#project/2017-1-FR01-KA202-037441`,
    );
  });

  it('saving an organisation from two old-style project pages keeps both sources', async () => {
    const db = await freshDb();
    const project = (id: string): ExtractionResult => ({
      platform: 'prp',
      pageType: 'project',
      organisations: [{ name: 'Escola Profissional do Minho', country: 'PT', pic: '941588119', role: 'partner' }],
      opportunity: {
        kind: 'project',
        title: `Project ${id}`,
        url: `https://erasmus-plus.ec.europa.eu/projects/search/details/${id}`,
        identifier: id,
      },
      warnings: [],
    });
    const base = 'https://ec.europa.eu/programmes/erasmus-plus/projects/eplus-project-details/#project/';
    const first = await saveExtraction(db, {
      extraction: project('2017-1-FR01-KA202-037441'),
      organisationIndex: 0,
      pageUrl: `${base}2017-1-FR01-KA202-037441`,
    });
    await saveExtraction(db, {
      extraction: project('2018-1-PT01-KA202-047123'),
      organisationIndex: 0,
      pageUrl: `${base}2018-1-PT01-KA202-047123`,
    });
    const organisation = (await db.get('organisations', first.orgId))!;
    expect(organisation.sources.map((s) => s.opportunity?.identifier)).toEqual([
      '2017-1-FR01-KA202-037441',
      '2018-1-PT01-KA202-047123',
    ]);
    expect(organisation.pastProjects!.map((p) => p.identifier)).toEqual([
      '2017-1-FR01-KA202-037441',
      '2018-1-PT01-KA202-047123',
    ]);
  });
});
