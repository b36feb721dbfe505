import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { identityKeys, normaliseName, registrableDomain } from '@/lib/domain/dedupe';
import { websiteEvidence } from '@/lib/discover/websites';
import { findProbableDuplicates, markNotSame, mergeOrganisations, undoMerge } from '@/lib/store/merge';
import { addNote, setTags } from '@/lib/store/entries';
import { proposeSave, saveExtraction } from '@/lib/store/repo';
import { DB_VERSION, openDatabase } from '@/lib/store/db';
import type { ExtractionResult } from '@/lib/domain/model';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

const PRP_PAGE = 'https://erasmus-plus.ec.europa.eu/projects/search/details/2023-1-AT01-KA220-YOU-000123456';
function prpExtraction(): ExtractionResult {
  return {
    platform: 'prp',
    pageType: 'project',
    organisations: [
      {
        name: 'JUGENDWERK ALPENLAND e.V.',
        country: 'AT',
        city: 'Graz',
        pic: '949785880',
        role: 'coordinator',
        website: 'https://www.jugendwerk.example.at/en',
      },
      { name: 'Fundacja Młodzi Razem', country: 'PL', city: 'Łódź', pic: '941588119', role: 'partner' },
    ],
    opportunity: {
      kind: 'project',
      title: 'Rural voices',
      url: PRP_PAGE,
      identifier: '2023-1-AT01-KA220-YOU-000123456',
      action: 'KA220-YOU',
      callYear: 2023,
      countries: ['AT', 'PL'],
    },
    warnings: [],
  };
}

describe('identity keys', () => {
  it('ignores case, diacritics, punctuation and legal forms', () => {
    expect(normaliseName('Stowarzyszenie Młodzi Razem')).toBe(normaliseName('MLODZI RAZEM'));
    expect(normaliseName('Jugendwerk Alpenland e.V.')).toBe(normaliseName('Jugendwerk-Alpenland gGmbH'));
    expect(normaliseName('Europa Sp. z o.o.')).toBe('europa');
    expect(identityKeys({ name: 'Jugendwerk', country: 'AT' }).nameKey).not.toBe(
      identityKeys({ name: 'Jugendwerk', country: 'DE' }).nameKey,
    );
  });

  it('takes the registrable domain and ignores shared hosts', () => {
    expect(registrableDomain('https://www.szkola.edu.pl/kontakt')).toBe('szkola.edu.pl');
    expect(registrableDomain('http://youth.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('https://sites.google.com/view/our-ngo')).toBeUndefined();
    expect(registrableDomain('https://myngo.wordpress.com')).toBeUndefined();
  });

  it('knows the same shared hosts as Discover: no two organisations match on a site builder, webmail or a platform', () => {
    // Site builders and mail hosts Discover knew and identity did not: two schools on one would have matched.
    expect(registrableDomain('https://szkola-a.jimdosite.com')).toBeUndefined();
    expect(registrableDomain('https://verein.squarespace.com/kontakt')).toBeUndefined();
    expect(registrableDomain('https://mail.ru/ngo')).toBeUndefined();
    expect(
      registrableDomain('https://www.salto-youth.net/tools/otlas-partner-finding/organisation/x.123/'),
    ).toBeUndefined();
    for (const website of ['https://szkola-a.jimdosite.com', 'https://www.facebook.com/ngo', 'https://otlas.eu/o/1'])
      expect(websiteEvidence(website)?.kind).not.toBe('domain');
  });
});

describe('saving a probable duplicate', () => {
  it('asks before creating, then merges into the saved one with both sources and the past project', async () => {
    const db = await freshDb();
    const first = await saveExtraction(db, {
      extraction: otlasExtraction(),
      organisationIndex: 0,
      pageUrl: OTLAS_PAGE,
    });
    const outcome = await proposeSave(db, { extraction: prpExtraction(), organisationIndex: 0, pageUrl: PRP_PAGE });
    expect(outcome).toEqual({
      probable: [
        {
          orgId: first.orgId,
          name: 'Jugendwerk Alpenland',
          country: 'AT',
          origins: ['OTLAS'],
          stageName: 'To contact',
        },
      ],
    });
    expect(await db.count('organisations')).toBe(1);
    const merged = await proposeSave(db, {
      extraction: prpExtraction(),
      organisationIndex: 0,
      pageUrl: PRP_PAGE,
      resolution: { mergeInto: first.orgId },
    });
    expect(merged).toMatchObject({ saved: { orgId: first.orgId, created: false } });
    const organisation = (await db.get('organisations', first.orgId))!;
    expect(organisation.sources.map((s) => s.origin)).toEqual(['otlas', 'prp']);
    expect(organisation.pic).toBe('949785880');
    expect(organisation.pastProjects).toEqual([
      {
        identifier: '2023-1-AT01-KA220-YOU-000123456',
        title: 'Rural voices',
        url: PRP_PAGE,
        action: 'KA220-YOU',
        callYear: 2023,
        countries: ['AT', 'PL'],
        role: 'coordinator',
      },
    ]);
  });

  it('keeps separate when asked, and remembers not to ask again for that pair', async () => {
    const db = await freshDb();
    await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    const separate = await proposeSave(db, {
      extraction: prpExtraction(),
      organisationIndex: 0,
      pageUrl: PRP_PAGE,
      resolution: { keepSeparate: true },
    });
    expect(separate).toMatchObject({ saved: { created: true } });
    expect(await db.count('organisations')).toBe(2);
    expect(await db.count('notSame')).toBe(1);
    expect(await findProbableDuplicates(db)).toEqual([]);
  });

  it('records the project on organisations of the page that are already saved', async () => {
    const db = await freshDb();
    const partner = await saveExtraction(db, { extraction: prpExtraction(), organisationIndex: 1, pageUrl: PRP_PAGE });
    const coordinator = await saveExtraction(db, {
      extraction: prpExtraction(),
      organisationIndex: 0,
      pageUrl: PRP_PAGE,
    });
    expect(coordinator.orgId).not.toBe(partner.orgId);
    expect((await db.get('organisations', partner.orgId))!.pastProjects!.map((p) => p.role)).toEqual(['partner']);
  });
});

describe('merging and undoing', () => {
  async function twoCopies() {
    const db = await freshDb();
    const a = await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    const b = (await proposeSave(db, {
      extraction: prpExtraction(),
      organisationIndex: 0,
      pageUrl: PRP_PAGE,
      resolution: { keepSeparate: true },
    })) as { saved: { orgId: string } };
    await db.clear('notSame');
    await addNote(db, a.orgId, 'Met at the Vienna contact seminar');
    await addNote(db, b.saved.orgId, 'Coordinated KA220 in 2023');
    await setTags(db, b.saved.orgId, ['rural']);
    return { db, a: a.orgId, b: b.saved.orgId };
  }

  it('lists probable duplicates through the indexes', async () => {
    const { db, a, b } = await twoCopies();
    const groups = await findProbableDuplicates(db);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.organisations.map((o) => o.id).sort()).toEqual([a, b].sort());
    await markNotSame(db, a, b);
    expect(await findProbableDuplicates(db)).toEqual([]);
  });

  it('keeps every source, note, tag and history event, and undo restores both exactly', async () => {
    const { db, a, b } = await twoCopies();
    const before = {
      a: await db.get('organisations', a),
      b: await db.get('organisations', b),
      ea: await db.get('pipeline', a),
      eb: await db.get('pipeline', b),
    };
    const mergeId = await mergeOrganisations(db, a, b);
    const merged = (await db.get('organisations', a))!;
    const entry = (await db.get('pipeline', a))!;
    expect(await db.get('organisations', b)).toBeUndefined();
    expect(merged.sources).toHaveLength(2);
    expect(merged.pastProjects).toHaveLength(1);
    expect(entry.notes.map((n) => n.text).sort()).toEqual([
      'Coordinated KA220 in 2023',
      'Met at the Vienna contact seminar',
    ]);
    expect(entry.tags).toEqual(['rural']);
    expect(entry.history.at(-1)).toMatchObject({ kind: 'merged' });
    await undoMerge(db, mergeId);
    expect({
      a: await db.get('organisations', a),
      b: await db.get('organisations', b),
      ea: await db.get('pipeline', a),
      eb: await db.get('pipeline', b),
    }).toEqual(before);
    await expect(undoMerge(db, mergeId)).rejects.toThrow(/no longer/);
  });

  it('refuses to undo a merge once the merged organisation changed, losing nothing', async () => {
    const { db, a, b } = await twoCopies();
    const mergeId = await mergeOrganisations(db, a, b);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await addNote(db, a, 'Written after the merge');
    await expect(undoMerge(db, mergeId)).rejects.toThrow(/changed since/);
    expect((await db.get('pipeline', a))!.notes.map((n) => n.text)).toContain('Written after the merge');
  });

  it('offers pairs, not the whole group, when one pair of three was called different', async () => {
    const { db, a, b } = await twoCopies();
    const thirdPage = 'https://www.salto-youth.net/tools/otlas-partner-finding/project/third.3/';
    const third = (
      (await proposeSave(db, {
        extraction: otlasExtraction({ profileUrl: undefined, name: 'Jugendwerk Alpenland gGmbH' }),
        organisationIndex: 0,
        pageUrl: thirdPage,
        resolution: { keepSeparate: true },
      })) as { saved: { orgId: string } }
    ).saved;
    await db.clear('notSame');
    await markNotSame(db, a, b);
    const byName = (await findProbableDuplicates(db)).filter((g) => g.reason === 'Same name and country');
    expect(byName.map((g) => g.organisations.map((o) => o.id).sort())).toEqual(
      expect.arrayContaining([[a, third.orgId].sort(), [b, third.orgId].sort()]),
    );
    expect(byName.every((g) => g.organisations.length === 2)).toBe(true);
  });
});

describe('migration from version 1 to the current version', () => {
  it('adds identity keys to existing organisations and the new stores, losing nothing', async () => {
    const name = `v1-${Date.now()}`;
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const organisations = db.createObjectStore('organisations', { keyPath: 'id' });
        for (const [index, path, multiEntry] of [
          ['by-oid', 'oid', false],
          ['by-pic', 'pic', false],
          ['by-platform-id', 'platformIds', true],
          ['by-source-url', 'sourceUrls', true],
          ['by-updated', 'updatedAt', false],
        ] as const)
          organisations.createIndex(index, path, { multiEntry });
        const pipeline = db.createObjectStore('pipeline', { keyPath: 'orgId' });
        pipeline.createIndex('by-stage', 'stageId');
        pipeline.createIndex('by-follow-up', 'nextFollowUp');
        db.createObjectStore('meta');
      },
    });
    const at = '2026-11-01T10:00:00.000Z';
    const organisation = {
      id: 'o1',
      name: 'Fundacja Młodzi Razem',
      country: 'PL',
      website: 'https://www.mlodzi-razem.pl/',
      platformIds: [],
      sourceUrls: [OTLAS_PAGE],
      sources: [
        {
          origin: 'otlas',
          url: OTLAS_PAGE,
          pageType: 'partner-request',
          savedAt: at,
          extracted: { name: 'Fundacja Młodzi Razem' },
          warnings: [],
        },
      ],
      contacts: [],
      createdAt: at,
      updatedAt: at,
    };
    await v1.put('organisations', organisation);
    await v1.put('pipeline', {
      orgId: 'o1',
      stageId: 'contacted',
      tags: ['youth'],
      notes: [],
      history: [],
      updatedAt: at,
    });
    await v1.put('meta', [{ id: 'contacted', name: 'Asked', archived: false }], 'stages');
    v1.close();

    const db = await openDatabase({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('organisations', 'o1')).toEqual({
      ...organisation,
      nameKey: 'PL|mlodzi razem',
      domain: 'mlodzi-razem.pl',
    });
    expect(await db.getAllFromIndex('organisations', 'by-domain', 'mlodzi-razem.pl')).toHaveLength(1);
    expect(await db.get('pipeline', 'o1')).toMatchObject({ stageId: 'contacted', tags: ['youth'] });
    expect(await db.get('meta', 'stages')).toEqual([{ id: 'contacted', name: 'Asked', archived: false }]);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['notSame', 'merges', 'ideas', 'events']));
    db.close();
  });
});
