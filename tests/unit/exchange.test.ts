import fc from 'fast-check';
import { safeLine } from '@/lib/domain/safe-text';
import { describe, expect, it } from 'vitest';
import { pairKey, withIdentityKeys } from '@/lib/domain/dedupe';
import { DB_VERSION, type Database } from '@/lib/store/db';
import {
  buildExport,
  EXPORTED_META,
  EXPORTED_STORE_NAMES,
  EXPORTED_STORES,
  exportFileName,
  NOT_EXPORTED_STORES,
  ExportEnvelopeSchema,
  markExported,
  serialiseExport,
} from '@/lib/backup/exchange';
import { applyImport, readBackup } from '@/lib/backup/import';
import {
  type NotSame,
  type Organisation,
  type PartnerEvent,
  type PipelineEntry,
  type ProjectIdea,
  type Stage,
} from '@/lib/domain/model';
import { DEFAULT_STAGES } from '@/lib/domain/stages';
import { warning } from '@/lib/domain/warnings';
import { saveExtraction } from '@/lib/store/repo';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

describe('JSON export', () => {
  it('writes a versioned envelope that parses with its schema', async () => {
    const db = await freshDb();
    await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    const envelope = await buildExport(db, '0.1.0', new Date('2026-11-28T10:00:00Z'));
    const parsed = ExportEnvelopeSchema.parse(JSON.parse(JSON.stringify(envelope)));
    expect(parsed).toMatchObject({
      format: 'partner-pipeline-export',
      schemaVersion: DB_VERSION,
      appVersion: '0.1.0',
      exportedAt: '2026-11-28T10:00:00.000Z',
    });
    expect(parsed.counts).toEqual({
      organisations: 1,
      pipeline: 1,
      notSame: 0,
      ideas: 0,
      events: 0,
      templates: 0,
      contactLog: 0,
      introductions: 0,
      stages: 6,
      pageRules: 0,
      me: 1,
      cadence: 3,
      outreachLanguage: 1,
    });
    expect(parsed.data.organisations[0]!.sources[0]!.url).toBe(OTLAS_PAGE);
  });

  it('is deterministic: the same data gives the same bytes', async () => {
    const db = await freshDb();
    for (const [i, name] of ['Zeta', 'Alpha', 'Mu'].entries()) {
      await saveExtraction(db, {
        extraction: otlasExtraction({ name, profileUrl: undefined }),
        organisationIndex: 0,
        pageUrl: `https://www.salto-youth.net/tools/otlas-partner-finding/project/p.${i}/`,
      });
    }
    const at = new Date('2026-01-01T00:00:00Z');
    expect(JSON.stringify(await buildExport(db, '1', at))).toBe(JSON.stringify(await buildExport(db, '1', at)));
  });

  it('records the export for backup nudges', async () => {
    const db = await freshDb();
    await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    await markExported(db, new Date('2026-11-28T10:00:00Z'));
    expect(await db.get('meta', 'lastExportAt')).toBe('2026-11-28T10:00:00.000Z');
    expect(await db.get('meta', 'changesSinceExport')).toBe(0);
  });

  it('names the file after the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5))).toBe('partner-pipeline-2026-01-05.json');
    expect(exportFileName(new Date(2026, 0, 5), 'before-replace')).toBe(
      'partner-pipeline-before-replace-2026-01-05.json',
    );
  });

  it('is driven by the registry: every store and setting is in the file, sorted by its key', async () => {
    const db = await freshDb();
    for (const [i, name] of ['Zeta', 'Alpha', 'Mu'].entries()) {
      await saveExtraction(db, {
        extraction: otlasExtraction({ name, profileUrl: undefined }),
        organisationIndex: 0,
        pageUrl: `https://www.salto-youth.net/p.${i}/`,
      });
    }
    const envelope = await buildExport(db, '1');
    expect(Object.keys(envelope.data)).toEqual([...Object.keys(EXPORTED_STORES), ...Object.keys(EXPORTED_META)]);
    expect(Object.keys(envelope.counts)).toEqual(Object.keys(envelope.data));
    const ids = envelope.data.organisations.map((org) => org.id);
    expect(ids).toEqual([...ids].sort());
    expect(envelope.data.pipeline.map((entry) => entry.orgId)).toEqual([...ids].sort());
    // Every store of the database is in backups, or deliberately not (a new store must choose).
    expect([...db.objectStoreNames].sort()).toEqual([...EXPORTED_STORE_NAMES, ...NOT_EXPORTED_STORES].sort());
    for (const [name, spec] of Object.entries(EXPORTED_STORES)) {
      // The key named in the registry is the store's keyPath.
      expect(db.transaction(name as keyof typeof EXPORTED_STORES).store.keyPath).toBe(spec.key);
    }
  });
});

// ── Round trip: any database → export → import into an empty profile → export → the same ──────

const HOSTILE = [
  "=cmd|' /C calc'!A0",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'مدرسة الأمل للشباب',
  'שלום עולם',
  '🇵🇱 Łódź 🎉 👩🏽‍🏫',
  'Ελλάδα',
  '+48 22 123 45 67',
  '@SUM(A1:A9)',
  '-2+3',
  "Ünïcödé “quotes” and 'apostrophes'",
  'a\u00ADb',
  'line one\nline two',
];
const trimmed = (max: number) =>
  fc
    .oneof(
      fc.constantFrom(...HOSTILE),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
      // What the model keeps: the store never holds control, bidi-override or zero-width characters.
    )
    .map((text) => text.trim())
    .filter((text) => text.length > 0 && text.length <= max && text.isWellFormed() && safeLine(text) === text);
const iso = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const day = iso.map((value) => value.slice(0, 10));
const slug = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const url = fc.oneof(
  fc.constantFrom(
    'https://www.salto-youth.net/tools/otlas-partner-finding/project/x.1/',
    'http://example.org/',
    'https://epale.ec.europa.eu/en/organisations/ąę',
  ),
  fc.tuple(slug, trimmed(20)).map(([host, path]) => `https://${host}.example.org/${encodeURIComponent(path)}`),
);
const email = fc.tuple(slug, slug).map(([a, b]) => `${a}@${b}.eu`);
const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((value) => String(value).padStart(n, '0'));
const country = fc.constantFrom('PL', 'GR', 'AT', 'FR', 'IL', 'TR');

const optionalKeys = <T, K extends keyof T>(required: K[], model: { [P in keyof T]: fc.Arbitrary<T[P]> }) =>
  fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Pick<T, K> & Partial<T>>;

const extracted = optionalKeys(['name'], {
  name: trimmed(300),
  country,
  city: trimmed(200),
  type: trimmed(200),
  website: url,
  email,
  oid: digits(8).map((value) => `E${value}`),
  pic: digits(9),
  role: fc.constantFrom('coordinator', 'partner', 'applicant'),
  profileUrl: url,
});

const source = optionalKeys(['origin', 'pageType', 'savedAt', 'extracted', 'warnings'], {
  origin: fc.constantFrom('epale', 'esep', 'etwinning', 'otlas', 'prp', 'manual'),
  url,
  pageType: fc.constantFrom('organisation', 'partner-request', 'project'),
  savedAt: iso,
  extracted,
  corrections: optionalKeys([], { name: trimmed(300), city: trimmed(200) }),
  opportunity: fc.constant(null),
  warnings: fc.array(
    fc.oneof(
      fc.constant(warning('contactHidden')),
      trimmed(100).map((country) => warning('unknownCountry', { country })),
      fc.integer({ min: 0, max: 500 }).map((count) => warning('withdrawn', { count })),
      trimmed(500).map((text) => warning('legacy', { text })),
    ),
    { maxLength: 2 },
  ),
});

const organisation = fc
  .tuple(
    fc.uuid(),
    optionalKeys(['name'], {
      name: trimmed(300),
      country,
      city: trimmed(200),
      region: trimmed(200),
      type: trimmed(200),
      website: url,
      email,
      phone: trimmed(60),
      oid: digits(8).map((value) => `E${value}`),
      pic: digits(9),
      description: trimmed(2000),
    }),
    fc.array(source, { minLength: 1, maxLength: 3 }),
    fc.uniqueArray(fc.record({ id: fc.uuid(), name: trimmed(200) }), {
      selector: (contact) => contact.id,
      maxLength: 2,
    }),
    iso,
  )
  .map(([id, fields, sources, contacts, at]): Organisation =>
    withIdentityKeys({
      ...fields,
      id,
      platformIds: [`url:https://example.org/org/${id}`],
      sourceUrls: sources.flatMap((s) => (s.url ? [s.url] : [])),
      sources,
      contacts,
      createdAt: at,
      updatedAt: at,
    }),
  );

const entryFor = (orgId: string, stages: Stage[]) =>
  optionalKeys(['stageId', 'tags', 'notes', 'history', 'updatedAt'], {
    stageId: fc.constantFrom(...stages.map((stage) => stage.id)),
    tags: fc.uniqueArray(trimmed(60), { maxLength: 3 }),
    notes: fc.uniqueArray(fc.record({ id: fc.uuid(), at: iso, text: trimmed(20_000) }), {
      selector: (note) => note.id,
      maxLength: 3,
    }),
    nextFollowUp: day,
    history: fc.array(
      optionalKeys(['at', 'kind'], {
        at: iso,
        kind: fc.constantFrom('saved', 'stage', 'note', 'imported'),
        text: fc.string({ maxLength: 40 }),
      }),
      { maxLength: 3 },
    ),
    updatedAt: iso,
  }).map((entry): PipelineEntry => ({ orgId, ...entry }) as PipelineEntry);

const stageList = fc.oneof(
  fc.constant(DEFAULT_STAGES),
  fc.uniqueArray(fc.record({ id: slug, name: trimmed(60), archived: fc.boolean() }), {
    selector: (stage) => stage.id,
    minLength: 1,
    maxLength: 4,
  }),
);

/** A database as the app keeps it: identity keys (OID, PIC, platform ids) are unique. */
const database = stageList.chain((stages) =>
  fc.uniqueArray(organisation, { selector: (org) => org.id, maxLength: 6 }).chain((organisations) => {
    const seen = new Set<string>();
    const unique = organisations.map((org) => {
      const copy = { ...org };
      for (const key of ['oid', 'pic'] as const) {
        if (copy[key] && seen.has(`${key}:${copy[key]}`)) delete copy[key];
        else if (copy[key]) seen.add(`${key}:${copy[key]}`);
      }
      return copy;
    });
    return fc.tuple(
      fc.constant(stages),
      fc.constant(unique),
      fc.tuple(...unique.map((org) => entryFor(org.id, stages))),
      othersFor(
        unique.map((org) => org.id),
        stages,
      ),
    );
  }),
);

/** "Not the same" pairs, project ideas and events that point at the generated organisations. */
function othersFor(ids: string[], stages: Stage[]) {
  const orgIds = ids.length ? fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }) : fc.constant([] as string[]);
  const pairs =
    ids.length > 1
      ? fc.uniqueArray(
          fc
            .tuple(fc.constantFrom(...ids), fc.constantFrom(...ids))
            .filter(([a, b]) => a !== b)
            .map(([a, b]) => pairKey(a, b)),
          { maxLength: 3 },
        )
      : fc.constant([] as string[]);
  const idea = fc
    .record(
      {
        id: fc.uuid(),
        title: trimmed(500),
        description: trimmed(2000),
        remindDaysBefore: fc.integer({ min: 0, max: 365 }),
        members: orgIds,
        createdAt: iso,
        updatedAt: iso,
        deadline: day,
      },
      { requiredKeys: ['id', 'title', 'remindDaysBefore', 'members', 'createdAt', 'updatedAt'] },
    )
    .map((value): ProjectIdea => ({
      ...value,
      members: value.members.map((orgId) => ({ orgId, stageId: stages[0]!.id, addedAt: value.createdAt })),
    }));
  const event = fc.record(
    { id: fc.uuid(), name: trimmed(500), date: day, place: trimmed(200), orgIds, createdAt: iso },
    { requiredKeys: ['id', 'name', 'date', 'orgIds', 'createdAt'] },
  );
  return fc.record({
    notSame: pairs.chain((list) => fc.tuple(...list.map((pair) => iso.map((at): NotSame => ({ pair, at }))))),
    ideas: fc.uniqueArray(idea, { selector: (value) => value.id, maxLength: 2 }),
    events: fc.uniqueArray(event, { selector: (value) => value.id, maxLength: 2 }) as fc.Arbitrary<PartnerEvent[]>,
  });
}

interface Others {
  notSame: NotSame[];
  ideas: ProjectIdea[];
  events: PartnerEvent[];
}

async function seed(
  db: Database,
  stages: Stage[],
  organisations: Organisation[],
  pipeline: PipelineEntry[],
  others: Others,
): Promise<void> {
  const tx = db.transaction(['organisations', 'pipeline', 'meta', 'notSame', 'ideas', 'events'], 'readwrite');
  for (const org of organisations) await tx.objectStore('organisations').put(org);
  for (const entry of pipeline) await tx.objectStore('pipeline').put(entry);
  for (const pair of others.notSame) await tx.objectStore('notSame').put(pair);
  for (const idea of others.ideas) await tx.objectStore('ideas').put(idea);
  for (const event of others.events) await tx.objectStore('events').put(event);
  await tx.objectStore('meta').put(stages, 'stages');
  await tx.done;
}

describe('export → import → export', () => {
  it('reproduces the same state in an empty profile, for any data', async () => {
    const at = new Date('2026-06-01T12:00:00Z');
    await fc.assert(
      fc.asyncProperty(database, async ([stages, organisations, pipeline, others]) => {
        const original = await freshDb();
        await seed(original, stages, organisations, pipeline, others);
        const first = serialiseExport(await buildExport(original, '0.1.0', at));

        const restored = await freshDb();
        const backup = readBackup(first);
        expect(backup.rejected).toEqual([]);
        const result = await applyImport(restored, backup, 'merge');
        expect(result.counts.new).toBe(organisations.length);
        const second = serialiseExport(await buildExport(restored, '0.1.0', at));
        expect(JSON.parse(second)).toStrictEqual(JSON.parse(first));

        // Importing the same file again changes nothing.
        const again = await applyImport(restored, readBackup(first), 'merge');
        expect(again.written).toBe(0);
        expect(again.counts.unchanged).toBe(organisations.length);
        original.close();
        restored.close();
      }),
      { numRuns: 60 },
    );
  });
});
