import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_VERSION, type Database } from '@/lib/store/db';
import {
  buildExport,
  envelopeOf,
  EXPORTED_STORE_NAMES,
  serialiseExport,
  type ExportData,
  type ExportEnvelope,
} from '@/lib/backup/exchange';
import {
  applyImport,
  describeImportError,
  describeOtherStores,
  describeResult,
  IMPORT_MESSAGES,
  ImportError,
  looksCutOff,
  MAX_IMPORT_BYTES,
  MIGRATIONS,
  previewImport,
  readBackup,
  readBackupFile,
  type ImportProblem,
} from '@/lib/backup/import';
import { type Organisation, type PipelineEntry } from '@/lib/domain/model';
import { DEFAULT_STAGES } from '@/lib/domain/stages';
import { saveExtraction } from '@/lib/store/repo';
import { isQuotaError } from '@/lib/i18n/storage-errors';
import { generateOrganisations, putRaw } from '@/scripts/bench-data';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

const AT = new Date('2026-03-01T09:00:00Z');
/** The whole database as text: equal before and after means byte-for-byte unchanged. */
const dump = async (db: Database) => serialiseExport(await buildExport(db, 'test', AT));

async function populatedDb(n = 4): Promise<Database> {
  const db = await freshDb();
  await putRaw(db, generateOrganisations(n, 3));
  await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
  return db;
}

function backupText(
  data: Partial<ExportData>,
  patch: (envelope: ExportEnvelope) => unknown = (envelope) => envelope,
): string {
  const empty = Object.fromEntries(EXPORTED_STORE_NAMES.map((name) => [name, []]));
  const full = { ...empty, stages: DEFAULT_STAGES, ...data } as ExportData;
  return JSON.stringify(patch(envelopeOf(full, '0.1.0', AT)));
}

/** Everything the options page does with a file, up to writing. */
async function importText(db: Database, text: string): Promise<{ problem?: ImportProblem; message: string }> {
  try {
    const backup = readBackup(text);
    await previewImport(db, backup);
    return { message: describeResult(await applyImport(db, backup)) };
  } catch (error) {
    return { problem: error instanceof ImportError ? error.problem : undefined, message: describeImportError(error) };
  }
}

describe('a file that is not a good backup is refused and changes nothing', () => {
  const sample = generateOrganisations(2, 9);
  const good = backupText(sample);
  const cases: [string, string, ImportProblem, RegExp][] = [
    ['not JSON', 'Name;Stage\nFoo;Bar\n', 'not-json', /not a Partner Pipeline backup: it is not a JSON file/],
    [
      'truncated JSON',
      good.slice(0, Math.floor(good.length / 2)),
      'truncated',
      /not a complete Partner Pipeline backup \(it seems cut off\)/,
    ],
    ['truncated inside a string', good.slice(0, good.indexOf('Saved from') + 4), 'truncated', /seems cut off/],
    [
      'another format',
      JSON.stringify({ format: 'zotero-export', items: [] }),
      'not-backup',
      /^This is not a Partner Pipeline backup/,
    ],
    ['a JSON array', '[1, 2, 3]', 'not-backup', /^This is not a Partner Pipeline backup/],
    ['a JSON string', '"partner-pipeline-export"', 'not-backup', /^This is not a Partner Pipeline backup/],
    ['JSON null', 'null', 'not-backup', /^This is not a Partner Pipeline backup/],
    [
      'a newer version',
      backupText(sample, (e) => ({ ...e, schemaVersion: DB_VERSION + 1 })),
      'newer-version',
      /made by a newer version of Partner Pipeline.*Update the extension first/,
    ],
    [
      'no version',
      backupText(sample, (e) => ({ ...e, schemaVersion: 'one' })),
      'damaged',
      /damaged \(it has no valid data version\)/,
    ],
    [
      'counts that do not match',
      backupText(sample, (e) => ({ ...e, counts: { ...e.counts, organisations: 3 } })),
      'damaged',
      /should hold 3 organisations but holds 2/,
    ],
    [
      'organisations that are not a list',
      backupText(sample, (e) => ({ ...e, data: { ...e.data, organisations: {} } })),
      'damaged',
      /damaged \(“organisations” should be a list\)/,
    ],
    [
      'broken stages',
      backupText(sample, (e) => ({ ...e, data: { ...e.data, stages: [{ id: 'Not An Id', name: '' }] } })),
      'damaged',
      /damaged \(The identifier in entry 1 is not in the expected format/,
    ],
    ['an empty file', '', 'empty', /^This file is empty/],
    ['a file of blanks', ' \n\t\n', 'empty', /^This file is empty/],
    [
      'a file over the size limit',
      ' '.repeat(MAX_IMPORT_BYTES + 1),
      'too-large',
      /^This file is 51 MB, more than the 50 MB a Partner Pipeline backup can be/,
    ],
  ];
  it.each(cases)('%s', async (_name, text, problem, message) => {
    const db = await populatedDb();
    const before = await dump(db);
    const outcome = await importText(db, text);
    expect(outcome.problem).toBe(problem);
    expect(outcome.message).toMatch(message);
    expect(await dump(db)).toBe(before);
  });

  it('refuses an oversized or empty file before reading it', async () => {
    const huge = new Blob([new Uint8Array(MAX_IMPORT_BYTES + 1)]);
    const read = vi.spyOn(huge, 'text');
    await expect(readBackupFile(huge)).rejects.toMatchObject({ problem: 'too-large' });
    expect(read).not.toHaveBeenCalled();
    await expect(readBackupFile(new Blob([]))).rejects.toMatchObject({
      problem: 'empty',
      message: IMPORT_MESSAGES.empty,
    });
  });

  it('reads a file with a byte-order mark', async () => {
    const backup = await readBackupFile(new Blob([`\uFEFF${good}`], { type: 'application/json' }));
    expect(backup.data.organisations).toHaveLength(2);
  });

  it('tells a cut-off file from one that is just not JSON', () => {
    expect(looksCutOff('{"a": [1, 2')).toBe(true);
    expect(looksCutOff('{"a": "b\\"')).toBe(true);
    expect(looksCutOff('{"a": 1}}')).toBe(false);
    expect(looksCutOff('{a: 1}')).toBe(false);
  });

  it('sets aside an organisation with a wrong type deep inside, says which field, and writes nothing for it', async () => {
    const { organisations, pipeline } = generateOrganisations(2, 11);
    const text = backupText({ organisations, pipeline }, (e) => {
      const copy = structuredClone(e) as { data: { organisations: Record<string, unknown>[] } };
      const broken = copy.data.organisations[1]! as { sources: Record<string, unknown>[]; website: unknown };
      broken.sources[0]!.savedAt = 20260101;
      broken.website = 'javascript:alert(1)';
      return copy;
    });
    const backup = readBackup(text);
    expect(backup.data.organisations.map((org) => org.id)).toEqual([organisations[0]!.id]);
    expect(backup.data.pipeline.map((entry) => entry.orgId)).toEqual([organisations[0]!.id]);

    const db = await populatedDb();
    const before = await dump(db);
    const preview = await previewImport(db, backup);
    expect(await dump(db)).toBe(before);
    expect(preview.counts).toMatchObject({ new: 1, rejected: 1 });
    const rejected = preview.rows.find((row) => row.status === 'rejected')!;
    expect(rejected.name).toBe(organisations[1]!.name);
    expect(rejected.reasons).toEqual([
      'Website is not a web address (http or https)',
      'The date in entry 1 should be text',
    ]);

    // Alone in a file, such an organisation imports nothing at all.
    const alone = readBackup(
      backupText({}, (e) => {
        const copy = JSON.parse(text) as ExportEnvelope;
        return {
          ...e,
          counts: { ...e.counts, organisations: 1 },
          data: { ...e.data, organisations: [copy.data.organisations[1]] },
        };
      }),
    );
    const result = await applyImport(db, alone);
    expect(result.written).toBe(0);
    expect(describeResult(result)).toBe('Nothing to change: 1 cannot be imported.');
    expect(await dump(db)).toBe(before);

    // With others, only the valid ones are written.
    const mixed = await applyImport(db, backup);
    expect(mixed.written).toBe(1);
    expect(await db.get('organisations', organisations[0]!.id)).toBeDefined();
    expect(await db.get('organisations', organisations[1]!.id)).toBeUndefined();
  });

  it('rejects a second record with the same id and an entry whose organisation is missing', () => {
    const { organisations, pipeline } = generateOrganisations(2, 12);
    const orphan: PipelineEntry = { ...pipeline[0]!, orgId: 'nobody' };
    const backup = readBackup(
      backupText({
        organisations: [organisations[0]!, organisations[0]!, organisations[1]!],
        pipeline: [...pipeline, orphan],
      }),
    );
    expect(backup.rejected).toEqual([
      {
        store: 'organisations',
        key: organisations[0]!.id,
        name: organisations[0]!.name,
        reasons: ['id: appears twice in the file'],
      },
      { store: 'pipeline', key: 'nobody', reasons: ['orgId: belongs to no organisation in this file'] },
    ]);
  });

  it('rejects an organisation whose pipeline entry is broken', () => {
    const { organisations, pipeline } = generateOrganisations(1, 13);
    const backup = readBackup(backupText({ organisations, pipeline: [{ ...pipeline[0]!, stageId: 'NOT OK' }] }));
    expect(backup.data.organisations).toEqual([]);
    expect(backup.rejected).toEqual([
      {
        store: 'organisations',
        key: organisations[0]!.id,
        name: organisations[0]!.name,
        reasons: ['its pipeline entry: Stage is not in the expected format'],
      },
    ]);
  });
});

// ── Merge ─────────────────────────────────────────────────────────────────────────────────────

const T1 = '2026-01-10T10:00:00.000Z';
const T2 = '2026-02-20T10:00:00.000Z';
function org(
  id: string,
  fields: Partial<Organisation> = {},
  sourceUrl = `https://www.salto-youth.net/tools/otlas-partner-finding/project/${id}.1/`,
): Organisation {
  const name = fields.name ?? `Org ${id}`;
  return {
    name,
    id,
    platformIds: [],
    sourceUrls: [sourceUrl],
    sources: [
      { origin: 'otlas', url: sourceUrl, pageType: 'partner-request', savedAt: T1, extracted: { name }, warnings: [] },
    ],
    contacts: [],
    createdAt: T1,
    updatedAt: T1,
    ...fields,
  };
}
function entry(orgId: string, fields: Partial<PipelineEntry> = {}): PipelineEntry {
  return {
    orgId,
    stageId: 'to-contact',
    tags: [],
    notes: [],
    history: [{ at: T1, kind: 'saved' }],
    updatedAt: T1,
    ...fields,
  };
}
const note = (id: string, text: string, at = T1) => ({ id, at, text });

describe('merge', () => {
  async function existing(): Promise<Database> {
    const db = await freshDb();
    await putRaw(db, {
      organisations: [
        org('a', { city: undefined }),
        org('b', { oid: 'E10000001' }),
        org('c', { pic: '900000001' }),
        org('d', { platformIds: ['url:https://salto-youth.net/org/d'] }),
        org('e'),
        org('f', { country: 'PL' }),
      ],
      pipeline: [
        entry('a', { notes: [note('n1', 'First call')], tags: ['youth'] }),
        entry('b', { stageId: 'contacted' }),
        entry('c'),
        entry('d'),
        entry('e'),
        entry('f', { stageId: 'replied' }),
      ],
    });
    return db;
  }

  const incoming = () =>
    readBackup(
      backupText({
        organisations: [
          // by id: a new source, a filled field, a second note
          org(
            'a',
            { city: 'Łódź', updatedAt: T2 },
            'https://www.salto-youth.net/tools/otlas-partner-finding/project/a.1/',
          ),
          // by OID, under another id: a new source
          org('b-elsewhere', { oid: 'E10000001', name: 'Org b' }, 'https://epale.ec.europa.eu/en/organisation/b'),
          // by PIC
          org('c-elsewhere', { pic: '900000001', name: 'Org c' }, 'https://epale.ec.europa.eu/en/c'),
          // by platform id, nothing new
          org(
            'd-elsewhere',
            { name: 'Org d', platformIds: ['url:https://salto-youth.net/org/d'] },
            'https://www.salto-youth.net/tools/otlas-partner-finding/project/d.1/',
          ),
          // same id, different stage and country: ours win
          org('f', { country: 'DE' }),
          // new
          org('g', { name: 'Fundacja Łódź' }),
        ].map((o) =>
          o.id === 'a'
            ? {
                ...o,
                sources: [
                  ...o.sources,
                  { ...o.sources[0]!, url: 'https://epale.ec.europa.eu/en/a', origin: 'epale' as const },
                ],
                sourceUrls: [...o.sourceUrls, 'https://epale.ec.europa.eu/en/a'],
              }
            : o,
        ),
        pipeline: [
          entry('a', {
            notes: [note('n1', 'First call'), note('n2', 'They replied', T2)],
            tags: ['youth', 'rural'],
            history: [
              { at: T1, kind: 'saved' },
              { at: T2, kind: 'note' },
            ],
            updatedAt: T2,
          }),
          entry('b-elsewhere', { stageId: 'contacted', notes: [note('nb', 'Via EPALE')] }),
          entry('c-elsewhere'),
          entry('d-elsewhere'),
          entry('f', { stageId: 'confirmed' }),
          entry('g'),
        ],
      }),
    );

  it('previews per organisation: new, updated, unchanged, conflicting — and writes nothing', async () => {
    const db = await existing();
    const before = await dump(db);
    const preview = await previewImport(db, incoming());
    expect(await dump(db)).toBe(before);
    expect(preview.counts).toEqual({ new: 1, updated: 3, unchanged: 1, conflicting: 1, rejected: 0 });
    const byFile = Object.fromEntries(preview.rows.map((row) => [row.fileId, row]));
    expect(byFile.a).toMatchObject({ status: 'updated', storedId: 'a', matchedBy: 'id' });
    expect(byFile['b-elsewhere']).toMatchObject({ status: 'updated', storedId: 'b', matchedBy: 'OID' });
    expect(byFile['c-elsewhere']).toMatchObject({ status: 'updated', storedId: 'c', matchedBy: 'PIC' });
    expect(byFile['d-elsewhere']).toMatchObject({ status: 'unchanged', storedId: 'd', matchedBy: 'platform id' });
    expect(byFile.f).toMatchObject({ status: 'conflicting', storedId: 'f' });
    expect(byFile.f!.conflicts).toEqual([
      'country: kept “PL”, the file has “DE”',
      'stage: kept “Replied”, the file has “Confirmed”',
    ]);
    expect(byFile.g).toMatchObject({ status: 'new', storedId: 'g' });
  });

  it('unites sources, notes, tags and history without duplicates, fills empty fields, keeps our stage', async () => {
    const db = await existing();
    const result = await applyImport(db, incoming());
    expect(result.written).toBe(4); // a, b, c updated; g new; f only conflicts, so it is not rewritten
    const a = (await db.get('organisations', 'a'))!;
    expect(a.city).toBe('Łódź');
    expect(a.sources.map((s) => s.url)).toEqual([
      'https://www.salto-youth.net/tools/otlas-partner-finding/project/a.1/',
      'https://epale.ec.europa.eu/en/a',
    ]);
    expect(a.updatedAt).toBe(T2);
    const aEntry = (await db.get('pipeline', 'a'))!;
    expect(aEntry.notes.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(aEntry.tags).toEqual(['youth', 'rural']);
    expect(aEntry.history).toEqual([
      { at: T1, kind: 'saved' },
      { at: T2, kind: 'note' },
    ]);

    // Matched by OID: joined the existing record, no second organisation.
    expect(await db.get('organisations', 'b-elsewhere')).toBeUndefined();
    expect(await db.get('pipeline', 'b-elsewhere')).toBeUndefined();
    const b = (await db.get('organisations', 'b'))!;
    expect(b.sources.map((s) => s.url)).toEqual([
      'https://www.salto-youth.net/tools/otlas-partner-finding/project/b.1/',
      'https://epale.ec.europa.eu/en/organisation/b',
    ]);
    expect((await db.get('pipeline', 'b'))!.notes.map((n) => n.text)).toEqual(['Via EPALE']);

    const f = (await db.get('organisations', 'f'))!;
    expect(f.country).toBe('PL');
    expect((await db.get('pipeline', 'f'))!.stageId).toBe('replied');
    expect(await db.count('organisations')).toBe(7);
    expect(await db.get('meta', 'changesSinceExport')).toBe(4);

    // A second import of the same file changes nothing.
    const before = await dump(db);
    const again = await applyImport(db, incoming());
    expect(again.written).toBe(0);
    expect(again.counts).toEqual({ new: 0, updated: 0, unchanged: 5, conflicting: 1, rejected: 0 });
    expect(await dump(db)).toBe(before);
  });

  // Few keys are looked up one by one, many by walking the index: both must find the same.
  const KINDS = ['id', 'OID', 'PIC', 'platform id'] as const;
  const cases = KINDS.flatMap((kind) => [
    [kind, 'one by one', 40, 2] as const,
    [kind, 'by walking the index', 8, 8] as const,
  ]);
  it.each(cases)('finds matches by %s, %s', async (kind, _how, existingCount, importedCount) => {
    const organisations = generateOrganisations(existingCount, 51).organisations.map((o, i) => ({
      ...o,
      oid: `E${String(30_000_000 + i)}`,
      pic: String(800_000_000 + i),
    }));
    const db = await freshDb();
    await putRaw(db, { organisations, pipeline: organisations.map((o) => entry(o.id)) });
    const copies = organisations.slice(0, importedCount).map((o, i): Organisation => {
      const { oid, pic, ...bare } = o;
      const copy = { ...bare, id: `file-${i}`, platformIds: [] as string[] };
      if (kind === 'id') return { ...copy, id: o.id };
      if (kind === 'OID') return { ...copy, oid };
      if (kind === 'PIC') return { ...copy, pic };
      return { ...copy, platformIds: o.platformIds };
    });
    const preview = await previewImport(
      db,
      readBackup(backupText({ organisations: copies, pipeline: copies.map((o) => entry(o.id)) })),
    );
    expect(preview.rows.map((row) => [row.storedId, row.matchedBy])).toEqual(
      organisations.slice(0, importedCount).map((o) => [o.id, kind]),
    );
  });

  it('joins two records of one file that share an OID', async () => {
    const db = await freshDb();
    const backup = readBackup(
      backupText({
        organisations: [
          org('x1', { oid: 'E20000002' }),
          org('x2', { oid: 'E20000002', name: 'Org x1' }, 'https://epale.ec.europa.eu/x'),
        ],
        pipeline: [entry('x1'), entry('x2')],
      }),
    );
    const result = await applyImport(db, backup);
    expect(result.counts).toMatchObject({ new: 1, updated: 1 });
    expect(await db.count('organisations')).toBe(1);
    expect((await db.get('organisations', 'x1'))!.sources).toHaveLength(2);
  });

  it('takes the file’s stages into an empty profile and adds new ones to a used one', async () => {
    const custom = [
      { id: 'idea', name: 'Idea', archived: false },
      { id: 'to-contact', name: 'Write to them', archived: false },
    ];
    const empty = await freshDb();
    await applyImport(empty, readBackup(backupText({ stages: custom })));
    expect(await empty.get('meta', 'stages')).toEqual(custom);

    const used = await existing();
    const preview = await previewImport(used, readBackup(backupText({ stages: custom })));
    expect(preview.settings).toEqual(['stages']);
    await applyImport(used, readBackup(backupText({ stages: custom })));
    expect(await used.get('meta', 'stages')).toEqual([...DEFAULT_STAGES, custom[0]]);
  });
});

describe('older files and the other stores', () => {
  it('migrates a version 1 file (before “not the same” pairs) and recomputes derived keys', async () => {
    const { organisations, pipeline } = generateOrganisations(2, 41);
    // A version 1 file: no "not the same" pairs, ideas or events; organisations without derived keys.
    const v1 = backupText({ organisations, pipeline }, (e) => {
      const { organisations: orgs, pipeline: entries, stages } = e.data;
      const counts = { organisations: orgs.length, pipeline: entries.length, stages: stages.length };
      return {
        ...e,
        schemaVersion: 1,
        counts,
        data: { organisations: orgs.map(({ nameKey: _n, domain: _d, ...org }) => org), pipeline: entries, stages },
      };
    });
    const backup = readBackup(v1);
    expect(backup.fileVersion).toBe(1);
    expect(backup.data).toMatchObject({ notSame: [], ideas: [], events: [] });
    const db = await freshDb();
    await applyImport(db, backup);
    expect(await db.get('organisations', organisations[0]!.id)).toEqual(organisations[0]);
    expect(await db.getFromIndex('organisations', 'by-name-key', organisations[1]!.nameKey!)).toMatchObject({
      id: organisations[1]!.id,
    });
  });

  it('has a migration step from every older version', () => {
    for (let version = 1; version < DB_VERSION; version += 1)
      expect(MIGRATIONS[version], `MIGRATIONS[${version}]`).toBeTypeOf('function');
  });

  it('merges project ideas and events, following organisations that joined existing ones', async () => {
    const db = await freshDb();
    await putRaw(db, { organisations: [org('b', { oid: 'E10000001' })], pipeline: [entry('b')] });
    await db.put('ideas', {
      id: 'idea',
      title: 'Rural voices',
      remindDaysBefore: 14,
      members: [{ orgId: 'b', stageId: 'to-contact', addedAt: T1 }],
      createdAt: T1,
      updatedAt: T1,
    });
    await db.put('events', { id: 'ev', name: 'Contact seminar', date: '2026-05-04', orgIds: ['b'], createdAt: T1 });
    const backup = readBackup(
      backupText({
        organisations: [org('b-elsewhere', { oid: 'E10000001', name: 'Org b' }), org('c')],
        pipeline: [entry('b-elsewhere'), entry('c')],
        ideas: [
          {
            id: 'idea',
            title: 'Rural voices',
            remindDaysBefore: 14,
            members: [
              { orgId: 'b-elsewhere', stageId: 'contacted', addedAt: T2 },
              { orgId: 'c', stageId: 'to-contact', addedAt: T2 },
            ],
            createdAt: T1,
            updatedAt: T2,
          },
          {
            id: 'idea-2',
            title: 'Green schools',
            remindDaysBefore: 7,
            members: [{ orgId: 'b-elsewhere', stageId: 'to-contact', addedAt: T2 }],
            createdAt: T2,
            updatedAt: T2,
          },
        ],
        events: [
          { id: 'ev', name: 'Contact seminar', date: '2026-05-04', orgIds: ['b-elsewhere', 'c'], createdAt: T1 },
        ],
      }),
    );
    const preview = await previewImport(db, backup);
    expect(preview.stores.ideas).toMatchObject({ new: 1, updated: 1 });
    expect(preview.stores.events).toMatchObject({ updated: 1 });
    expect(describeOtherStores(preview)).toBe('Also: 2 project ideas (1 new, 1 updated); 1 event (1 updated).');
    await applyImport(db, backup);
    expect((await db.get('ideas', 'idea'))!.members).toEqual([
      { orgId: 'b', stageId: 'to-contact', addedAt: T1 },
      { orgId: 'c', stageId: 'to-contact', addedAt: T2 },
    ]);
    expect((await db.get('ideas', 'idea-2'))!.members.map((member) => member.orgId)).toEqual(['b']);
    expect((await db.get('events', 'ev'))!.orgIds).toEqual(['b', 'c']);
  });

  it('keeps “not the same” pairs, pointing at the organisations they joined', async () => {
    const db = await freshDb();
    await putRaw(db, { organisations: [org('b', { oid: 'E10000001' })], pipeline: [entry('b')] });
    await db.put('notSame', { pair: 'b|z', at: T1 });
    const backup = readBackup(
      backupText({
        organisations: [org('b-elsewhere', { oid: 'E10000001', name: 'Org b' }), org('c')],
        pipeline: [entry('b-elsewhere'), entry('c')],
        notSame: [
          { pair: 'b-elsewhere|c', at: T2 },
          { pair: 'b|z', at: T2 },
        ],
      }),
    );
    const preview = await previewImport(db, backup);
    expect(preview.stores.notSame).toMatchObject({ new: 1, conflicting: 1 });
    await applyImport(db, backup);
    expect(await db.getAll('notSame')).toEqual([
      { pair: 'b|c', at: T2 },
      { pair: 'b|z', at: T1 },
    ]);
  });

  it('unites past projects by identifier', async () => {
    const db = await freshDb();
    const project = (identifier: string) => ({ identifier, title: `Project ${identifier}` });
    await putRaw(db, {
      organisations: [org('p', { pastProjects: [project('2023-1-PL01-KA220-ADU-000000001')] })],
      pipeline: [entry('p')],
    });
    await applyImport(
      db,
      readBackup(
        backupText({
          organisations: [
            org('p', {
              pastProjects: [project('2023-1-PL01-KA220-ADU-000000001'), project('2024-2-DE02-KA210-YOU-000000002')],
            }),
          ],
          pipeline: [entry('p')],
        }),
      ),
    );
    expect((await db.get('organisations', 'p'))!.pastProjects!.map((p) => p.identifier)).toEqual([
      '2023-1-PL01-KA220-ADU-000000001',
      '2024-2-DE02-KA210-YOU-000000002',
    ]);
  });
});

describe('replace', () => {
  it('removes what is there and writes the file', async () => {
    const db = await populatedDb(3);
    const { organisations, pipeline } = generateOrganisations(2, 21);
    const stages = [{ id: 'only', name: 'Only stage', archived: false }];
    const backup = readBackup(
      backupText({ organisations, pipeline: pipeline.map((e) => ({ ...e, stageId: 'only' })), stages }),
    );
    const preview = await previewImport(db, backup, 'replace');
    expect(preview).toMatchObject({ mode: 'replace', removed: 4, counts: { new: 2 } });
    const result = await applyImport(db, backup, 'replace');
    expect(describeResult(result)).toBe(
      'Replaced your data (4 organisations removed). Imported 2 organisations: 2 new.',
    );
    expect((await db.getAllKeys('organisations')).sort()).toEqual(organisations.map((o) => o.id).sort());
    expect(await db.get('meta', 'stages')).toEqual(stages);
    const restored = JSON.parse(await dump(db)) as ExportEnvelope;
    expect(restored.data.organisations).toEqual(organisations);
  });

  it('with an empty backup, empties the profile (and the undo log of merges)', async () => {
    const db = await populatedDb(3);
    const [a, b] = await db.getAll('organisations');
    await db.put('merges', {
      id: 'm',
      at: T1,
      survivorId: a!.id,
      absorbedId: b!.id,
      before: [
        { organisation: a!, entry: entry(a!.id) },
        { organisation: b!, entry: entry(b!.id) },
      ],
    });
    await applyImport(db, readBackup(backupText({})), 'replace');
    expect(await db.count('organisations')).toBe(0);
    expect(await db.count('pipeline')).toBe(0);
    expect(await db.count('merges')).toBe(0);
  });
});

// ── Storage faults ────────────────────────────────────────────────────────────────────────────

describe('a storage fault in the middle of an import', () => {
  afterEach(() => vi.restoreAllMocks());

  /** The n-th put (counting from 1) of any store fails the way a full disk does. */
  function failPut(n: number, error: () => unknown) {
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1;
      if (calls === n) throw error();
      return put.apply(this, args);
    });
  }

  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const abortedByQuota = () =>
    Object.assign(new DOMException('The transaction was aborted.', 'AbortError'), { inner: quota() });

  it.each([
    ['QuotaExceededError', quota, 'merge'],
    ['AbortError with a quota error inside', abortedByQuota, 'merge'],
    ['QuotaExceededError while replacing', quota, 'replace'],
  ] as const)('%s: says so in plain words and leaves the database unchanged', async (_name, error, mode) => {
    const db = await populatedDb(3);
    const before = await dump(db);
    const { organisations, pipeline } = generateOrganisations(40, 31);
    const backup = readBackup(backupText({ organisations, pipeline }));
    failPut(25, error);
    const failure = await applyImport(db, backup, mode).catch((caught: unknown) => caught);
    expect(isQuotaError(failure)).toBe(true);
    expect(describeImportError(failure)).toBe(
      'Your disk is full, so nothing was saved. Free some space and try again; your saved partners are untouched.',
    );
    vi.restoreAllMocks();
    expect(await dump(db)).toBe(before);
  });

  it('an aborted transaction writes nothing either', async () => {
    const db = await populatedDb(3);
    const before = await dump(db);
    const { organisations, pipeline } = generateOrganisations(40, 32);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1;
      const request = put.apply(this, args);
      if (calls === 30) this.transaction.abort();
      return request;
    });
    const failure = await applyImport(db, readBackup(backupText({ organisations, pipeline })), 'replace').catch(
      (caught: unknown) => caught,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(describeImportError(failure)).toMatch(/nothing was changed/);
    vi.restoreAllMocks();
    expect(await dump(db)).toBe(before);
  });
});
