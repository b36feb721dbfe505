/**
 * Warnings are codes with parameters (issue 17, item 5): the catalogue and its schema, the old
 * English sentences mapped to codes, the words per code, the panel's one message (issue 11), the
 * database upgrade to version 6 and the import of an older backup.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openDatabase } from '@/lib/store/db';
import { buildExport, serialiseExport } from '@/lib/backup/exchange';
import { applyImport, readBackup } from '@/lib/backup/import';
import { migrateFile } from '@/lib/backup/import-read';
import { OrganisationSchema, SourceSchema, type Organisation } from '@/lib/domain/model';
import { pageNotice } from '@/lib/i18n/page-notice';
import { saveExtraction } from '@/lib/store/repo';
import { translate } from '@/lib/i18n/warnings';
import { WarningSchema } from '@/lib/domain/warning-schema';
import { warningText } from '@/lib/i18n/warning-text';
import { WARNING_CODES, warning, type Warning } from '@/lib/domain/warnings';
import { warningFromSentence } from '@/lib/domain/warnings-legacy';
import { inEnglish, warningInEnglish } from '../../scripts/warning-english';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

/** A warning of each code that has parameters. */
const PARAMS: Partial<Record<string, Warning>> = {
  unknownCountry: warning('unknownCountry', { country: 'Atlantis' }),
  requestMismatch: warning('requestMismatch', { inAddress: '4242', onPage: '999' }),
  unreadResults: warning('unreadResults', { count: 3 }),
  withdrawn: warning('withdrawn', { count: 1 }),
  dataMismatch: warning('dataMismatch', { received: '2023-1-AT01', expected: '101128627' }),
  tooMany: warning('tooMany', { max: 200 }),
  implausible: warning('implausible', {
    left: [
      { reason: 'person', value: 'Dr. Anna' },
      { reason: 'platformWebsite', value: 'x.europa.eu' },
    ],
  }),
  serviceError: warning('serviceError', { message: 'The data service did not answer.' }),
  legacy: warning('legacy', { text: 'Something an old version wrote.' }),
};
/** One warning of every code. */
const EVERY: Warning[] = [
  ...WARNING_CODES.filter((code) => !PARAMS[code]).map((code) => ({ code, params: {} }) as Warning),
  ...Object.values(PARAMS).filter((item): item is Warning => !!item),
];

/** The English sentences versions ≤ 5 wrote, and the warning each is now. */
const OLD_SENTENCES: [string, Warning][] = [
  [
    'This page looks different from what Partner Pipeline knows, so some details may be missing or wrong. Please check them before saving.',
    warning('layoutChanged'),
  ],
  ['Contact details are hidden on this page (login required).', warning('contactHidden')],
  ['Could not find the organisation on this page.', warning('noOrganisation')],
  ['Could not recognise the country "Atlantis".', warning('unknownCountry', { country: 'Atlantis' })],
  [
    'The page address says request 4242 but the page shows request 999.',
    warning('requestMismatch', { inAddress: '4242', onPage: '999' }),
  ],
  ['Could not read the organisation of 1 result on this page.', warning('unreadResults', { count: 1 })],
  ['Could not read the organisation of 12 results on this page.', warning('unreadResults', { count: 12 })],
  ['1 organisation that withdrew from the project was left out.', warning('withdrawn', { count: 1 })],
  ['3 organisations that withdrew from the project were left out.', warning('withdrawn', { count: 3 })],
  [
    'The data received is for project 2023-1-AT01, not for 101128627. Please check before saving.',
    warning('dataMismatch', { received: '2023-1-AT01', expected: '101128627' }),
  ],
  ['Only the first 200 organisations were read.', warning('tooMany', { max: 200 })],
  ['The project identifier could not be read.', warning('noProjectId')],
  [
    'Some details on this page did not look right and were left out: "EPALE" is the site\'s or a menu\'s name; a website on the platform itself (epale.ec.europa.eu).',
    warning('implausible', {
      left: [
        { reason: 'siteName', value: 'EPALE' },
        { reason: 'platformWebsite', value: 'epale.ec.europa.eu' },
      ],
    }),
  ],
];

describe('the warning catalogue', () => {
  it('has a schema that accepts one warning of every code and refuses unknown codes or parameters', () => {
    expect(EVERY.map((item) => item.code).sort()).toEqual([...WARNING_CODES].sort());
    for (const item of EVERY) expect(WarningSchema.parse(item), item.code).toEqual(item);
    expect(WarningSchema.safeParse({ code: 'somethingNew', params: {} }).success).toBe(false);
    expect(WarningSchema.safeParse({ code: 'layoutChanged', params: { extra: 1 } }).success).toBe(false);
    expect(WarningSchema.safeParse({ code: 'unknownCountry', params: {} }).success).toBe(false);
    expect(WarningSchema.safeParse({ code: 'unknownCountry', params: { country: 'x'.repeat(101) } }).success).toBe(
      false,
    );
  });

  it('words every code in English without a placeholder or key left over', () => {
    for (const item of EVERY) {
      const text = warningInEnglish(item);
      expect(text, item.code).not.toMatch(/\$\d|warnings\.|notice\./);
    }
    expect(warningInEnglish(PARAMS.unknownCountry!)).toBe('Could not recognise the country "Atlantis".');
    expect(warningInEnglish(PARAMS.unreadResults!)).toBe('Could not read the organisation of 3 results on this page.');
    expect(warningInEnglish(PARAMS.withdrawn!)).toBe('1 organisation that withdrew from the project was left out.');
    expect(warningInEnglish(PARAMS.implausible!)).toBe(
      'Some details on this page did not look right and were left out: "Dr. Anna" is a person; a website on the platform itself (x.europa.eu).',
    );
    expect(warningInEnglish(PARAMS.legacy!)).toBe('Something an old version wrote.');
  });

  it('gives every code the same words in the browser as in the CLI (each key is in the views’ table)', () => {
    for (const item of EVERY) expect(warningText(item, translate, String), item.code).toBe(warningInEnglish(item));
  });

  it('has a message for every code in every language (en.yml and the seven translations)', () => {
    const keysOf = (locale: string) => readFileSync(join(process.cwd(), 'locales', `${locale}.yml`), 'utf8');
    for (const locale of ['en', 'de', 'fr', 'es', 'it', 'pl', 'ka', 'uk']) {
      const text = keysOf(locale);
      const warnings = text.slice(text.search(/^warnings:/m), text.search(/^notice:/m));
      const missing = WARNING_CODES.filter((code) => code !== 'legacy' && code !== 'serviceError').filter(
        (code) => !new RegExp(`^  ${code}:`, 'm').test(warnings),
      );
      expect(missing, locale).toEqual([]);
    }
  });
});

describe('npm run extract', () => {
  it('prints the result with codes, and the warnings in English words', () => {
    const file = 'tests/fixtures/otlas/request-unreadable-layout.html';
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).warnings).toEqual([
      warning('layoutChanged'),
      warning('noTitle'),
      warning('noOrganisation'),
    ]);
    expect(run.stderr.trim().split('\n')).toEqual([
      `warning: ${OLD_LAYOUT}`,
      'warning: Could not find the title of this partner request.',
      'warning: Could not find the organisation on this page.',
    ]);
  }, 30_000);
});

describe('old English sentences', () => {
  it.each(OLD_SENTENCES)('"%s" becomes its code', (sentence, expected) => {
    expect(warningFromSentence(sentence)).toEqual(expected);
    // Worded again, it says what the old version said (except the typography of the implausible list).
    expect(warningInEnglish(expected)).toBe(sentence);
  });

  it('keeps a sentence no code matches as `legacy` text, never losing it', () => {
    const text = 'Die Projektdaten konnten nicht geladen werden.';
    expect(warningFromSentence(text)).toEqual(warning('legacy', { text }));
  });

  it('are read as codes wherever a source is parsed (a stored or sent old source)', () => {
    const source = SourceSchema.parse({
      origin: 'otlas',
      pageType: 'partner-request',
      savedAt: '2026-01-01T10:00:00.000Z',
      extracted: { name: 'Jugendwerk Alpenland' },
      warnings: ['Contact details are hidden on this page (login required).', { code: 'noBasedIn', params: {} }],
    });
    expect(source.warnings).toEqual([warning('contactHidden'), warning('noBasedIn')]);
  });
});

const words = {
  t: inEnglish,
  list: (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
};

describe("the panel's one message (issue 11)", () => {
  it('says once what could not be read in hand entry, instead of three warnings saying it', () => {
    const stacked = [warning('layoutChanged'), warning('noOrganisation'), warning('noBasedIn')];
    expect(pageNotice(stacked, { handEntry: true, check: true }, words)).toEqual({
      message: "We could not read the organisation's name and country on this page. Please check the fields below.",
    });
  });

  it('names the parts of a request that could not be read, and keeps one secondary line', () => {
    const notice = pageNotice(
      [warning('layoutChanged'), warning('noTitle'), warning('noOrganisation'), warning('contactHidden')],
      { handEntry: true, check: true },
      words,
    );
    expect(notice).toEqual({
      message:
        "We could not read the title of this partner request and the organisation's name on this page. Please check the fields below.",
      secondary: 'Contact details are hidden on this page (login required).',
    });
  });

  it('on a page that was read, says it looks different first, then the most useful other line', () => {
    const notice = pageNotice(
      [warning('contactHidden'), warning('layoutChanged'), warning('withdrawn', { count: 2 })],
      { handEntry: false, check: true },
      words,
    );
    expect(notice?.message).toBe(warningInEnglish(warning('layoutChanged')));
    expect(notice?.secondary).toBe('Contact details are hidden on this page (login required).');
  });

  it('says nothing when nothing is wrong, and never the same line twice', () => {
    expect(pageNotice([], { handEntry: false, check: true }, words)).toBeUndefined();
    const notice = pageNotice(
      [warning('legacy', { text: 'Same.' }), warning('legacy', { text: 'Same.' })],
      { handEntry: false, check: false },
      words,
    );
    expect(notice).toEqual({ message: 'Same.' });
  });
});

/** A version 5 database as lib/store/db.ts created it (stores and indexes), holding `organisations`. */
async function versionFive(name: string, organisations: unknown[]): Promise<void> {
  const v5 = await openDB(name, 5, {
    upgrade(db) {
      const orgs = db.createObjectStore('organisations', { keyPath: 'id' });
      for (const [index, path] of [
        ['by-oid', 'oid'],
        ['by-pic', 'pic'],
        ['by-name-key', 'nameKey'],
        ['by-domain', 'domain'],
      ]) {
        orgs.createIndex(index!, path!);
      }
      orgs.createIndex('by-platform-id', 'platformIds', { multiEntry: true });
      orgs.createIndex('by-source-url', 'sourceUrls', { multiEntry: true });
      db.createObjectStore('pipeline', { keyPath: 'orgId' });
      db.createObjectStore('meta');
      db.createObjectStore('notSame', { keyPath: 'pair' });
      db.createObjectStore('merges', { keyPath: 'id' }).createIndex('by-at', 'at');
      db.createObjectStore('ideas', { keyPath: 'id' });
      const events = db.createObjectStore('events', { keyPath: 'id' });
      events.createIndex('by-date', 'date');
      events.createIndex('by-org', 'orgIds', { multiEntry: true });
      db.createObjectStore('templates', { keyPath: 'id' }).createIndex('by-language', 'language');
      const log = db.createObjectStore('contactLog', { keyPath: 'id' });
      log.createIndex('by-org', 'orgId');
      log.createIndex('by-at', 'at');
      db.createObjectStore('introductions', { keyPath: 'orgId' }).createIndex('by-introducer', 'introducedBy');
      const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
      summaries.createIndex('by-updated', 'updatedAt');
      summaries.createIndex('by-stage-updated', ['stageId', 'updatedAt']);
      summaries.createIndex('by-follow-up', 'nextFollowUp');
    },
  });
  for (const organisation of organisations) await v5.put('organisations', organisation as never);
  await v5.put('meta', 5, 'schemaVersion');
  v5.close();
}

const OLD_LAYOUT = OLD_SENTENCES[0]![0];
const OLD_COUNTRY = 'Could not recognise the country "Atlantis".';
const FOREIGN = 'Der Datendienst hat nicht geantwortet.';

/** A partner as version 5 stored it: its sources' warnings in English sentences. */
async function oldOrganisation(): Promise<Organisation> {
  const db = await freshDb();
  const saved = await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
  const organisation = (await db.get('organisations', saved.orgId))!;
  db.close();
  const [source] = organisation.sources;
  return { ...organisation, sources: [{ ...source!, warnings: [OLD_LAYOUT, OLD_COUNTRY, FOREIGN] as never }] };
}

describe('stored old warnings migrate', () => {
  it('a version 5 database opens at version 6 with every sentence a code, unknown ones kept as legacy', async () => {
    const old = await oldOrganisation();
    const untouched = { ...old, id: 'no-warnings', sources: [{ ...old.sources[0]!, warnings: [] }] };
    const name = `v5-${Date.now()}`;
    await versionFive(name, [old, untouched]);

    const db = await openDatabase({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(6);
    const upgraded = (await db.get('organisations', old.id))!;
    expect(upgraded.sources[0]!.warnings).toEqual([
      warning('layoutChanged'),
      warning('unknownCountry', { country: 'Atlantis' }),
      warning('legacy', { text: FOREIGN }),
    ]);
    // Nothing else changed, and the record is one the model accepts.
    expect({ ...upgraded, sources: [{ ...upgraded.sources[0]!, warnings: [] }] }).toEqual({
      ...old,
      sources: [{ ...old.sources[0]!, warnings: [] }],
    });
    expect(OrganisationSchema.parse(upgraded)).toEqual(upgraded);
    expect(await db.get('organisations', 'no-warnings')).toEqual(untouched);
    expect(await db.get('meta', 'schemaVersion')).toBe(6);
    db.close();
  });

  it('an imported version 5 backup with sentence warnings is read and stored with codes', async () => {
    const db = await freshDb();
    await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    const file = JSON.parse(serialiseExport(await buildExport(db, '0.1.0')));
    db.close();
    file.schemaVersion = 5;
    file.data.organisations[0].sources[0].warnings = [OLD_COUNTRY, FOREIGN];

    // The file's own migration step maps them (the schema would too: a sentence is never refused).
    const migrated = migrateFile(file, 5) as { data: { organisations: Organisation[] } };
    expect(migrated.data.organisations[0]!.sources[0]!.warnings).toEqual([
      warning('unknownCountry', { country: 'Atlantis' }),
      warning('legacy', { text: FOREIGN }),
    ]);

    const backup = readBackup(JSON.stringify(file));
    expect(backup.fileVersion).toBe(5);
    expect(backup.rejected).toEqual([]);
    const expected = [warning('unknownCountry', { country: 'Atlantis' }), warning('legacy', { text: FOREIGN })];
    expect(backup.data.organisations[0]!.sources[0]!.warnings).toEqual(expected);

    const target = await freshDb();
    await applyImport(target, backup, 'merge');
    const [stored] = await target.getAll('organisations');
    expect(stored!.sources[0]!.warnings).toEqual(expected);
    target.close();
  });
});
