import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildCsv,
  CSV_COLUMNS,
  csvFileName,
  defaultDelimiter,
  FORMULA_START,
  type CsvDelimiter,
} from '@/lib/backup/csv';
import { readAllData } from '@/lib/backup/exchange';
import { type Organisation, type PipelineEntry } from '@/lib/domain/model';
import { DEFAULT_STAGES } from '@/lib/domain/stages';
import { saveExtraction } from '@/lib/store/repo';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

const T = '2026-02-03T04:05:06.000Z';
function org(id: string, fields: Partial<Organisation> = {}): Organisation {
  const name = fields.name ?? `Org ${id}`;
  return {
    name,
    id,
    platformIds: [],
    sourceUrls: [],
    sources: [
      {
        origin: 'otlas',
        url: `https://www.salto-youth.net/tools/otlas-partner-finding/project/${id}.1/`,
        pageType: 'partner-request',
        savedAt: T,
        extracted: { name },
        warnings: [],
      },
    ],
    contacts: [],
    createdAt: T,
    updatedAt: T,
    ...fields,
  };
}
const entry = (orgId: string, fields: Partial<PipelineEntry> = {}): PipelineEntry => ({
  orgId,
  stageId: 'contacted',
  tags: [],
  notes: [],
  history: [],
  updatedAt: T,
  ...fields,
});

/** Parses the file back as a spreadsheet would: header row, then one object per row. */
function parse(text: string, delimiter: CsvDelimiter) {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const result = Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result;
}

describe('CSV export', () => {
  const organisations = [
    org('1', {
      name: 'Fundacja Rozwoju Łódź',
      country: 'PL',
      city: 'Łódź',
      type: 'Foundation; non-profit',
      website: 'https://fundacja.example.pl/',
      oid: 'E10000001',
      pic: '900000001',
      email: 'biuro@fundacja.example.pl',
      phone: '+48 42 123 45 67',
    }),
    org('2', {
      name: 'Σύλλογος Νέων Ελλάδα',
      country: 'GR',
      city: 'Αθήνα',
      sources: [
        {
          origin: 'epale',
          url: 'https://epale.ec.europa.eu/el/x',
          pageType: 'organisation',
          savedAt: T,
          extracted: { name: 'x' },
          warnings: [],
        },
        { origin: 'otlas', pageType: 'organisation', savedAt: T, extracted: { name: 'x' }, warnings: [] },
      ],
    }),
  ];
  const pipeline = [
    entry('1', {
      tags: ['youth', 'rural'],
      notes: [
        { id: 'a', at: '2026-01-01T00:00:00.000Z', text: 'Old note' },
        { id: 'b', at: '2026-02-01T00:00:00.000Z', text: 'Latest, with "quotes"\nand a second line' },
      ],
      nextFollowUp: '2026-03-15',
      updatedAt: '2026-02-10T00:00:00.000Z',
    }),
  ];
  const data = { organisations, pipeline, stages: DEFAULT_STAGES };

  it('has a plain-English header, one row per organisation and every value intact', () => {
    const { data: rows, meta } = parse(buildCsv(data, ','), ',');
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      Name: 'Fundacja Rozwoju Łódź',
      Stage: 'Contacted',
      Tags: 'youth, rural',
      Platforms: 'OTLAS',
      OID: 'E10000001',
      PIC: '900000001',
      Website: 'https://fundacja.example.pl/',
      Country: 'PL',
      City: 'Łódź',
      Type: 'Foundation; non-profit',
      Email: 'biuro@fundacja.example.pl',
      Phone: "'+48 42 123 45 67",
      'Last note': 'Latest, with "quotes"\nand a second line',
      'Next follow-up': '2026-03-15',
      'Saved from': 'https://www.salto-youth.net/tools/otlas-partner-finding/project/1.1/',
      Updated: '2026-02-10',
    });
    // No pipeline entry: empty stage; sources from two platforms; Greek intact.
    expect(rows[1]).toMatchObject({
      Name: 'Σύλλογος Νέων Ελλάδα',
      City: 'Αθήνα',
      Stage: '',
      Platforms: 'EPALE, OTLAS',
      'Saved from': 'https://epale.ec.europa.eu/el/x',
      Updated: '2026-02-03',
    });
  });

  it('uses CRLF line ends and a byte-order mark', () => {
    const text = buildCsv(data, ',');
    expect(text.startsWith('\uFEFFName,Stage,Tags,')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes semicolon files that parse back to the same columns', () => {
    const text = buildCsv(data, ';');
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(';')}`);
    const { data: rows } = parse(text, ';');
    expect(rows[0]!.Type).toBe('Foundation; non-profit');
    expect(rows[0]!.Tags).toBe('youth, rural');
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
  });

  const FORMULA_CASES: [string, string][] = [
    ['equals', "=cmd|' /C calc'!A0"],
    ['plus', '+1+1'],
    ['minus', "-2+3+cmd|' /C calc'!A0"],
    ['at', "@SUM(1+1)*cmd|' /C calc'!A0"],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
    ['line feed', '\n=1+1'],
    ['a formula over two lines', '=HYPERLINK("http://evil.example";"x")\nsecond line'],
  ];

  it.each(FORMULA_CASES)('neutralises a cell starting with %s in every column', (_name, hostile) => {
    const bad = org('x', { name: hostile, city: hostile, type: hostile, phone: hostile, region: hostile });
    const csv = buildCsv(
      {
        organisations: [bad],
        pipeline: [entry('x', { tags: [hostile], notes: [{ id: 'n', at: T, text: hostile }], stageId: hostile })],
        stages: DEFAULT_STAGES,
      },
      ';',
    );
    const [row] = parse(csv, ';').data;
    for (const column of ['Name', 'City', 'Type', 'Phone', 'Tags', 'Last note', 'Stage'])
      expect(row![column], column).toBe(`'${hostile}`);
  });

  it('leaves every other text as it was (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.constantFrom<CsvDelimiter>(',', ';'),
        (text, delimiter) => {
          const csv = buildCsv(
            {
              organisations: [org('p', { name: text || 'x', city: text || undefined })],
              pipeline: [],
              stages: DEFAULT_STAGES,
            },
            delimiter,
          );
          const [row] = Papa.parse<Record<string, string>>(csv.slice(1), {
            header: true,
            delimiter,
            skipEmptyLines: 'greedy',
          }).data;
          const expected = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
          expect(row!.Name).toBe(expected(text || 'x'));
          expect(row!.City).toBe(text ? expected(text) : '');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sorts rows by name, diacritics folded', () => {
    const names = ['Zespół Szkół', 'Ąkademia', 'Bridge', 'école'];
    const csv = buildCsv(
      { organisations: names.map((name, i) => org(String(i), { name })), pipeline: [], stages: DEFAULT_STAGES },
      ',',
    );
    expect(parse(csv, ',').data.map((row) => row.Name)).toEqual(['Ąkademia', 'Bridge', 'école', 'Zespół Szkół']);
  });

  it('reads the organisation, stage name and source from the database', async () => {
    const db = await freshDb();
    await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
    const [row] = parse(buildCsv(await readAllData(db), ','), ',').data;
    expect(row).toMatchObject({
      Name: 'Jugendwerk Alpenland',
      Stage: 'To contact',
      Platforms: 'OTLAS',
      Country: 'AT',
      City: 'Graz',
      'Saved from': OTLAS_PAGE,
    });
  });

  it('takes the separator from the locale’s decimal sign', () => {
    expect(defaultDelimiter('en-GB')).toBe(',');
    expect(defaultDelimiter('en-US')).toBe(',');
    expect(defaultDelimiter('de-DE')).toBe(';');
    expect(defaultDelimiter('pl-PL')).toBe(';');
    expect(defaultDelimiter('fr-FR')).toBe(';');
    expect(defaultDelimiter('el-GR')).toBe(';');
    expect(defaultDelimiter('not a locale!')).toBe(',');
  });

  it('names the file after the date', () => {
    expect(csvFileName('2026-01-05')).toBe('partner-pipeline-2026-01-05.csv');
  });
});
