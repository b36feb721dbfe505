/**
 * The reader's per-field confidence is kept with each saved source, travels through the JSON backup
 * without loss, and marks on the board what only a low-confidence reading stands behind (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { buildExport, serialiseExport } from '@/lib/backup/exchange';
import { applyImport, previewImport, readBackup } from '@/lib/backup/import';
import { lowConfidenceFields } from '@/lib/domain/confidence-marks';
import { OrganisationSchema, type ExtractionResult, type Organisation } from '@/lib/domain/model';
import { saveExtraction } from '@/lib/store/repo';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

const AT = new Date('2026-12-04T04:00:00Z');
const SCORES = { name: 0.95, country: 0.8, city: 0.65, type: 0.5, website: 0.9 };
const withScores = (): ExtractionResult => ({ ...otlasExtraction(), fieldConfidence: { organisations: [SCORES] } });

describe('confidence kept with the source', () => {
  it('is stored for the fields the reader read (none for a field it did not)', async () => {
    const db = await freshDb();
    const saved = await saveExtraction(db, { extraction: withScores(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    const stored = (await db.get('organisations', saved.orgId))!;
    expect(stored.sources[0]!.confidence).toEqual({ name: 0.95, country: 0.8, city: 0.65, type: 0.5 });
    expect([...lowConfidenceFields(stored)].sort()).toEqual(['city', 'type']);
  });

  it('survives a JSON backup and its import into another browser', async () => {
    const db = await freshDb();
    const saved = await saveExtraction(db, { extraction: withScores(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    const text = serialiseExport(await buildExport(db, 'test', AT));
    const other = await freshDb();
    const backup = readBackup(text);
    await previewImport(other, backup);
    await applyImport(other, backup);
    const [imported] = await other.getAll('organisations');
    const original = (await db.get('organisations', saved.orgId))!;
    expect(imported!.sources.map((s) => s.confidence)).toEqual(original.sources.map((s) => s.confidence));
    expect(imported!.sources[0]!.confidence?.city).toBe(0.65);
  });

  it('is optional: a record saved before it existed stays valid and is marked nowhere', async () => {
    const db = await freshDb();
    const saved = await saveExtraction(db, {
      extraction: otlasExtraction(),
      organisationIndex: 0,
      pageUrl: OTLAS_PAGE,
    });
    const stored = (await db.get('organisations', saved.orgId))!;
    expect(stored.sources[0]!.confidence).toBeUndefined();
    expect(OrganisationSchema.safeParse(stored).success).toBe(true);
    expect(lowConfidenceFields(stored).size).toBe(0);
  });
});

describe('what the board marks "read with low confidence"', () => {
  const source = (extracted: object, confidence?: object, corrections?: object) =>
    ({
      origin: 'otlas',
      pageType: 'partner-request',
      savedAt: AT.toISOString(),
      extracted,
      warnings: [],
      confidence,
      corrections,
    }) as Organisation['sources'][number];
  const org = (sources: Organisation['sources'], city = 'Graz') =>
    ({
      id: 'o1',
      name: 'Jugendwerk',
      city,
      platformIds: [],
      sourceUrls: [],
      sources,
      contacts: [],
      createdAt: AT.toISOString(),
      updatedAt: AT.toISOString(),
    }) as Organisation;

  it('a value only a low reading stands behind', () => {
    expect([
      ...lowConfidenceFields(org([source({ name: 'Jugendwerk', city: 'Graz' }, { name: 0.9, city: 0.5 })])),
    ]).toEqual(['city']);
  });
  it('not once the user corrected it to that value, or another page stated it surely', () => {
    expect(
      lowConfidenceFields(org([source({ name: 'Jugendwerk', city: 'Graz' }, { city: 0.5 }, { city: 'Graz' })])).has(
        'city',
      ),
    ).toBe(false);
    const sure = source({ name: 'Jugendwerk', city: 'Graz' }, { city: 0.85 });
    expect(
      lowConfidenceFields(org([source({ name: 'Jugendwerk', city: 'Graz' }, { city: 0.5 }), sure])).has('city'),
    ).toBe(false);
  });
  it('not when the saved value is not the one read with low confidence', () => {
    expect(lowConfidenceFields(org([source({ name: 'Jugendwerk', city: 'Gratz' }, { city: 0.5 })], 'Graz')).size).toBe(
      0,
    );
  });
});
