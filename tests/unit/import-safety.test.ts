/**
 * What an import promises (issue 15, items 5-7): apply refuses when the data changed after the
 * preview; an import of ideas, events or "not the same" pairs alone is counted, announced and
 * refreshes open views; a damaged file is explained in the user's language, not in zod's English.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/store/db';
import { buildExport, envelopeOf, EXPORTED_STORE_NAMES, serialiseExport, type ExportData } from '@/lib/backup/exchange';
import {
  applyImport,
  applyPreviewed,
  describeImportError,
  describeResult,
  ImportError,
  previewImport,
  readBackup,
} from '@/lib/backup/import';
import { DEFAULT_STAGES } from '@/lib/domain/stages';
import { saveExtraction, setStage } from '@/lib/store/repo';
import { generateOrganisations, putRaw } from '@/scripts/bench-data';
import { COMMANDS } from '@/lib/commands/catalogue';
import { createRunner } from '@/lib/commands/runner';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, loadMessages } from './setup';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

const AT = new Date('2026-03-01T09:00:00Z');
const dump = async (db: Database) => serialiseExport(await buildExport(db, 'test', AT));

function fileOf(data: Partial<ExportData>): string {
  const empty = Object.fromEntries(EXPORTED_STORE_NAMES.map((name) => [name, []]));
  return JSON.stringify(envelopeOf({ ...empty, stages: DEFAULT_STAGES, ...data } as ExportData, '0.1.0', AT));
}

async function dbWith(n: number): Promise<Database> {
  const db = await freshDb();
  await putRaw(db, generateOrganisations(n, 5));
  return db;
}

describe('the preview and apply race', () => {
  it('Replace refuses when a tab saved a partner after the preview, and writes nothing', async () => {
    const db = await dbWith(40);
    const backup = readBackup(fileOf(generateOrganisations(3, 8)));
    const preview = await previewImport(db, backup, 'replace');
    expect(preview.removed).toBe(40);
    // Meanwhile a platform page saves a partner (the 41st, in no safety copy).
    await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    const before = await dump(db);
    const refused = applyImport(db, backup, 'replace', preview.revision);
    await expect(refused).rejects.toMatchObject({ problem: 'changed' });
    expect(describeImportError(await refused.catch((error: unknown) => error))).toMatch(
      /Your data changed since the preview.*Review the import again/,
    );
    expect(await dump(db)).toBe(before);
    expect(await db.count('organisations')).toBe(41);
    // Reviewed again, it applies.
    const again = await previewImport(db, backup, 'replace');
    expect(again.removed).toBe(41);
    await expect(applyImport(db, backup, 'replace', again.revision)).resolves.toMatchObject({ removed: 41 });
  });

  it('Merge refuses after a stage change too (nothing added, only edited)', async () => {
    const db = await freshDb();
    const saved = await saveExtraction(db, {
      extraction: otlasExtraction(),
      organisationIndex: 0,
      pageUrl: OTLAS_PAGE,
    });
    const backup = readBackup(fileOf(generateOrganisations(2, 3)));
    const preview = await previewImport(db, backup, 'merge');
    await setStage(db, saved.orgId, 'contacted');
    await expect(applyImport(db, backup, 'merge', preview.revision)).rejects.toBeInstanceOf(ImportError);
    expect(await db.count('organisations')).toBe(1);
  });

  it('hands the options page the fresh preview to review again', async () => {
    const db = await dbWith(3);
    const backup = readBackup(fileOf(generateOrganisations(2, 3)));
    const preview = await previewImport(db, backup, 'replace');
    await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    const fresh = vi.fn();
    await expect(applyPreviewed(db, { backup, mode: 'replace', preview }, fresh)).rejects.toMatchObject({
      problem: 'changed',
    });
    expect(fresh).toHaveBeenCalledWith(expect.objectContaining({ removed: 4 }));
    await expect(
      applyPreviewed(db, { backup, mode: 'replace', preview: fresh.mock.calls[0]![0] }, fresh),
    ).resolves.toMatchObject({ removed: 4 });
  });

  it('an unchanged store applies with the preview’s revision', async () => {
    const db = await dbWith(5);
    const backup = readBackup(fileOf(generateOrganisations(2, 3)));
    const preview = await previewImport(db, backup, 'merge');
    await expect(applyImport(db, backup, 'merge', preview.revision)).resolves.toMatchObject({ written: 2 });
  });
});

describe('an import of ideas, events or “not the same” pairs alone', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is counted, announced and refreshes open views', async () => {
    const db = await dbWith(2);
    const [a, b] = (await db.getAll('organisations')).map((org) => org.id);
    const at = '2026-02-01T10:00:00.000Z';
    const file = fileOf({
      ...(await buildExport(db, 'test', AT)).data,
      ideas: [
        { id: 'idea-1', title: 'Rural youth KA220', remindDaysBefore: 14, members: [], createdAt: at, updatedAt: at },
      ],
      events: [{ id: 'event-1', name: 'Contact seminar Graz', date: '2026-05-04', orgIds: [a!], createdAt: at }],
      notSame: [{ pair: [a!, b!].sort().join('|'), at }],
    });
    let announced = 0;
    const run = createRunner(COMMANDS, { withDb: (use) => use(db), notify: () => void announced++ });
    const backup = readBackup(file);
    const preview = await previewImport(db, backup, 'merge');
    const outcome = await run('import.apply', { backup, mode: 'merge', preview });
    if (!('result' in outcome)) throw new Error('the import was refused');
    const { result } = outcome;
    expect(result.written).toBe(0);
    expect(result.writtenByStore).toMatchObject({ ideas: 1, events: 1, notSame: 1 });
    const said = describeResult(result);
    expect(said).not.toMatch(/Nothing to change/);
    expect(said).toMatch(/1 project idea/);
    expect(said).toMatch(/1 event/);
    expect(announced).toBe(1);
    expect(await db.get('meta', 'changesSinceExport')).toBeGreaterThanOrEqual(3);
  });
});

describe('import messages in German', () => {
  const english = (fakeBrowser.i18n as unknown as { getMessage: unknown }).getMessage;
  afterEach(() => void ((fakeBrowser.i18n as unknown as { getMessage: unknown }).getMessage = english));

  it('name the value and the problem in German words, with no zod English', async () => {
    (fakeBrowser.i18n as unknown as { getMessage: unknown }).getMessage = getMessageFrom(loadMessages('de'));
    const good = JSON.parse(fileOf(generateOrganisations(2, 4)));
    const damaged = JSON.stringify({ ...good, counts: { ...good.counts, organisations: 'two' } });
    let message = '';
    try {
      readBackup(damaged);
    } catch (error) {
      message = describeImportError(error);
    }
    expect(message).toMatch(/beschädigt/);
    expect(message).toContain('Die Anzahl der Einträge sollte eine Zahl sein');
    expect(message).not.toMatch(/Invalid input|expected|received|counts\.organisations/);

    const broken = generateOrganisations(2, 4);
    (broken.organisations[1] as { website?: unknown }).website = 'javascript:alert(1)';
    (broken.organisations[1]!.sources[0] as { savedAt?: unknown }).savedAt = 12;
    delete (broken.organisations[1] as { createdAt?: unknown }).createdAt;
    const backup = readBackup(fileOf(broken));
    const reasons = backup.rejected.flatMap((record) => record.reasons);
    expect(reasons).toEqual([
      'Website ist keine Webadresse (http oder https)',
      'Das Datum in Eintrag 1 sollte ein Text sein',
      'Das Datum fehlt',
    ]);
  });
});
