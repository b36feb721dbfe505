/** One merge, three policies: what each use keeps, fills in, renews and reports. */
import { describe, expect, it } from 'vitest';
import type { Organisation, Source } from '@/lib/domain/model';
import { duplicateMerge, IMPORT_MERGE, joinOrganisations, saveAgainMerge } from '@/lib/domain/organisation-merge';
import { DETAILS_BESIDES_NAME } from '@/lib/domain/organisation-fields';

const source = (url: string | undefined, savedAt: string, name = 'Verein'): Source => ({
  origin: 'epale',
  ...(url ? { url } : {}),
  pageType: 'organisation',
  savedAt,
  extracted: { name },
  warnings: [],
});

const record = (over: Partial<Organisation>): Organisation => ({
  id: 'a',
  name: 'Verein Süd',
  platformIds: ['epale:1'],
  sourceUrls: ['https://epale.ec.europa.eu/en/organisations/1'],
  sources: [source('https://epale.ec.europa.eu/en/organisations/1', '2024-01-01T00:00:00.000Z')],
  contacts: [],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  ...over,
});

describe('joinOrganisations', () => {
  it('fills every missing detail the schema has, whatever the policy', () => {
    const full = Object.fromEntries(DETAILS_BESIDES_NAME.map((field) => [field, `${field}-value`]));
    for (const policy of [
      IMPORT_MERGE,
      duplicateMerge('2025-01-01T00:00:00.000Z'),
      saveAgainMerge('2025-01-01T00:00:00.000Z'),
    ]) {
      const { organisation } = joinOrganisations(record({}), { ...record({ id: 'b' }), ...full }, policy);
      for (const field of DETAILS_BESIDES_NAME) expect(organisation[field], field).toBe(`${field}-value`);
    }
  });

  it('import: keeps ours, reports what really differs, and says "unchanged" by reference', () => {
    const mine = record({ city: 'Graz', website: 'https://verein.at/', email: 'info@verein.at' });
    const theirs = record({
      id: 'b',
      city: 'Wien',
      website: 'https://verein.at',
      email: 'INFO@verein.at',
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
    const joined = joinOrganisations(mine, theirs, IMPORT_MERGE);
    expect(joined.differences).toEqual([{ field: 'city', mine: 'Graz', theirs: 'Wien' }]);
    expect(joined.changed).toBe(false);
    expect(joined.organisation).toBe(mine);
    const added = joinOrganisations(mine, { ...theirs, platformIds: ['epale:2'] }, IMPORT_MERGE);
    expect(added.organisation.platformIds).toEqual(['epale:1', 'epale:2']);
    expect(added.organisation.updatedAt).toBe('2025-01-01T00:00:00.000Z');
  });

  it('save again: the page’s new reading replaces its old one, first saved when it was', () => {
    const mine = record({});
    const again = source(
      'https://epale.ec.europa.eu/en/organisations/1',
      '2025-01-01T00:00:00.000Z',
      'Verein Süd e.V.',
    );
    const joined = joinOrganisations(
      mine,
      { platformIds: [], sourceUrls: [], sources: [again] },
      saveAgainMerge('2025-01-01T00:00:00.000Z'),
    );
    expect(joined.organisation.sources).toHaveLength(1);
    expect(joined.organisation.sources[0]!.extracted.name).toBe('Verein Süd e.V.');
    expect(joined.organisation.sources[0]!.savedAt).toBe('2024-01-01T00:00:00.000Z');
  });

  it('duplicate merge: the survivor’s copies stay, both records’ items are kept once, the earlier creation stays', () => {
    const survivor = record({ contacts: [{ id: 'c1', name: 'Anna' }], createdAt: '2024-02-01T00:00:00.000Z' });
    const absorbed = record({
      id: 'b',
      contacts: [
        { id: 'c1', name: 'Anna B.' },
        { id: 'c2', name: 'Ben' },
      ],
      sources: [source(undefined, '2023-05-05T00:00:00.000Z')],
      createdAt: '2023-05-05T00:00:00.000Z',
    });
    const { organisation } = joinOrganisations(survivor, absorbed, duplicateMerge('2025-01-01T00:00:00.000Z'));
    expect(organisation.contacts.map((c) => c.name)).toEqual(['Anna', 'Ben']);
    expect(organisation.sources).toHaveLength(2);
    expect(organisation.createdAt).toBe('2023-05-05T00:00:00.000Z');
    expect(organisation.updatedAt).toBe('2025-01-01T00:00:00.000Z');
  });
});
