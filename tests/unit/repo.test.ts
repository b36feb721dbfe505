import { describe, expect, it } from 'vitest';
import { saveExtraction, setStage } from '@/lib/store/repo';
import { correctFromPage, findSavedOnPage } from '@/lib/store/page-partners';
import { listPartners } from '@/lib/store/queries';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

describe('saving partners', () => {
  it('creates an organisation with its source and a pipeline entry at the first stage', async () => {
    const db = await freshDb();
    const saved = await saveExtraction(db, {
      extraction: otlasExtraction(),
      organisationIndex: 0,
      pageUrl: OTLAS_PAGE,
    });
    expect(saved).toMatchObject({
      name: 'Jugendwerk Alpenland',
      stageId: 'to-contact',
      stageName: 'To contact',
      created: true,
    });
    const organisation = await db.get('organisations', saved.orgId);
    expect(organisation).toMatchObject({ name: 'Jugendwerk Alpenland', country: 'AT', city: 'Graz' });
    expect(organisation!.sources).toHaveLength(1);
    expect(organisation!.sources[0]).toMatchObject({ origin: 'otlas', url: OTLAS_PAGE, pageType: 'partner-request' });
    expect(organisation!.sources[0]!.opportunity).toMatchObject({ identifier: '20046', action: 'KA220-YOU' });
    const entry = await db.get('pipeline', saved.orgId);
    expect(entry!.history.map((event) => event.kind)).toEqual(['saved']);
    expect(await db.get('meta', 'changesSinceExport')).toBe(1);
  });

  it('never makes a second copy when the same page is saved again', async () => {
    const db = await freshDb();
    const first = await saveExtraction(db, {
      extraction: otlasExtraction(),
      organisationIndex: 0,
      pageUrl: OTLAS_PAGE,
    });
    const again = await saveExtraction(db, {
      extraction: otlasExtraction(),
      organisationIndex: 0,
      pageUrl: `${OTLAS_PAGE}#top`,
    });
    expect(again).toMatchObject({ orgId: first.orgId, created: false });
    expect(await db.count('organisations')).toBe(1);
    expect((await db.get('organisations', first.orgId))!.sources).toHaveLength(1);
  });

  it('joins a second page of the same organisation by its profile link, OID or PIC', async () => {
    const db = await freshDb();
    const first = await saveExtraction(db, {
      extraction: otlasExtraction({ oid: 'E10260330' }),
      organisationIndex: 0,
      pageUrl: OTLAS_PAGE,
    });
    const otherRequest = 'https://www.salto-youth.net/tools/otlas-partner-finding/project/another.20100/';
    const byProfile = await saveExtraction(db, {
      extraction: otlasExtraction({ city: undefined, region: 'Styria' }),
      organisationIndex: 0,
      pageUrl: otherRequest,
    });
    expect(byProfile.orgId).toBe(first.orgId);
    const byOid = await saveExtraction(db, {
      extraction: otlasExtraction({ profileUrl: undefined, name: 'Jugendwerk Alpenland e.V.', oid: 'E10260330' }),
      organisationIndex: 0,
      pageUrl: 'https://www.salto-youth.net/tools/otlas-partner-finding/project/third.20200/',
    });
    expect(byOid.orgId).toBe(first.orgId);
    const organisation = await db.get('organisations', first.orgId);
    expect(organisation!.sources).toHaveLength(3);
    // Details from later pages fill gaps but never overwrite what was known.
    expect(organisation).toMatchObject({ city: 'Graz', region: 'Styria', name: 'Jugendwerk Alpenland' });
  });

  it('keeps two different organisations apart', async () => {
    const db = await freshDb();
    await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    await saveExtraction(db, {
      extraction: otlasExtraction({ name: 'Fundacja Łódź Młodzi', country: 'PL', city: 'Łódź', profileUrl: undefined }),
      organisationIndex: 0,
      pageUrl: 'https://www.salto-youth.net/tools/otlas-partner-finding/project/lodz.30000/',
    });
    const partners = await listPartners(db);
    expect(partners.map((p) => p.name).sort()).toEqual(['Fundacja Łódź Młodzi', 'Jugendwerk Alpenland']);
    expect(partners.every((p) => p.origins.join() === 'otlas')).toBe(true);
  });

  it('rejects an invalid organisation without writing anything', async () => {
    const db = await freshDb();
    const hostile = otlasExtraction({ website: 'javascript:alert(1)' });
    await expect(
      saveExtraction(db, { extraction: hostile, organisationIndex: 0, pageUrl: OTLAS_PAGE }),
    ).rejects.toThrow();
    await expect(
      saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 3, pageUrl: OTLAS_PAGE }),
    ).rejects.toThrow(/no organisation/);
    expect(await db.count('organisations')).toBe(0);
    expect(await db.count('pipeline')).toBe(0);
  });
});

describe('page state and corrections', () => {
  it('reports which organisations of a page are saved, with their stage', async () => {
    const db = await freshDb();
    const extraction = otlasExtraction();
    expect(await findSavedOnPage(db, OTLAS_PAGE, extraction.organisations)).toEqual([null]);
    const saved = await saveExtraction(db, { extraction, organisationIndex: 0, pageUrl: OTLAS_PAGE });
    await setStage(db, saved.orgId, 'contacted');
    expect(await findSavedOnPage(db, OTLAS_PAGE, extraction.organisations)).toEqual([
      {
        orgId: saved.orgId,
        name: 'Jugendwerk Alpenland',
        stageId: 'contacted',
        stageName: 'Contacted',
        created: false,
        fromThisPage: true,
      },
    ]);
    // Another request of the same organisation (same profile link) shows it, saved from elsewhere.
    const otherRequest = 'https://www.salto-youth.net/tools/otlas-partner-finding/project/another.20100/';
    expect(await findSavedOnPage(db, otherRequest, extraction.organisations)).toEqual([
      expect.objectContaining({ orgId: saved.orgId, fromThisPage: false }),
    ]);
    const history = (await db.get('pipeline', saved.orgId))!.history;
    expect(history.at(-1)).toMatchObject({ kind: 'stage', text: 'To contact → Contacted' });
  });

  it('keeps a correction with its source and applies it', async () => {
    const db = await freshDb();
    const saved = await saveExtraction(db, {
      extraction: otlasExtraction(),
      organisationIndex: 0,
      pageUrl: OTLAS_PAGE,
    });
    const corrected = await correctFromPage(db, saved.orgId, OTLAS_PAGE, {
      city: 'Leoben',
      website: 'https://jugendwerk.example.at/',
    });
    expect(corrected.name).toBe('Jugendwerk Alpenland');
    const organisation = await db.get('organisations', saved.orgId);
    expect(organisation).toMatchObject({ city: 'Leoben', website: 'https://jugendwerk.example.at/' });
    expect(organisation!.sources[0]!.extracted.city).toBe('Graz');
    expect(organisation!.sources[0]!.corrections).toEqual({
      city: 'Leoben',
      website: 'https://jugendwerk.example.at/',
    });
  });

  it('refuses a correction from a page the organisation was not saved from, or to an unknown stage', async () => {
    const db = await freshDb();
    const saved = await saveExtraction(db, {
      extraction: otlasExtraction(),
      organisationIndex: 0,
      pageUrl: OTLAS_PAGE,
    });
    await expect(
      correctFromPage(db, saved.orgId, 'https://epale.ec.europa.eu/en/node/1', { city: 'X' }),
    ).rejects.toThrow(/not saved from this page/);
    await expect(setStage(db, saved.orgId, 'no-such-stage')).rejects.toThrow(/Unknown stage/);
    expect((await db.get('organisations', saved.orgId))!.city).toBe('Graz');
  });
});
