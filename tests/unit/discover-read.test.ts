/**
 * Discover: reading project lists — column mapping tolerant of header drift, unpivoting, and bad
 * input (not a project list, empty, cut off, broken rows counted under their reason).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldHeader, mapColumns, missingColumns } from '@/lib/discover/columns';
import { readProjectList } from '@/lib/discover/read-list';
import { fileInput } from '@/lib/discover/node-input';
import { blobInput } from '@/lib/discover/inputs';
import { cityFromAddress, isNaturalPerson, parseCountries, parseGrant } from '@/lib/discover/values';
import { ImportRefused } from '@/lib/discover/types';
import { headers, projectRow, organisationPool } from '../../scripts/discover-generate.mjs';

const DIR = join(process.cwd(), '.tmp', 'unit-discover');
mkdirSync(DIR, { recursive: true });
let n = 0;
function file(text: string | Uint8Array) {
  const path = join(DIR, `list-${process.pid}-${n++}.csv`);
  writeFileSync(path, text);
  return fileInput(path);
}

const REAL = [
  'Programme',
  'Key Action',
  'Action Type',
  'Call year',
  'Project Identifier',
  'Project Title',
  'Topics',
  'Project Summary',
  'Project Status',
  'EU Grant award in euros (This amount represents the grant awarded …)',
  'Project Website',
  'Results Platform Project Card',
  'Participating countries',
  'Coordinating organisation name',
  'Coordinating organisation type',
  "Coordinator's address",
  "Coordinator's region",
  "Coordinator's country",
  "Coordinator's website",
  'Partner 1 name',
  'Partner 1 organisation type',
  'Partner 1 address',
  'Partner 1 region',
  'Partner 1 country',
  'Partner 1 website',
];

const csv = (rows: string[][], delimiter = ',') =>
  '\uFEFF' +
  rows.map((r) => r.map((c) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)).join('\r\n') +
  '\r\n';

const ROW = [
  'Erasmus+',
  'KA2',
  'KA220-ADU',
  '2023',
  '2023-1-DE02-KA220-ADU-000111222',
  'Digital seniors',
  'Digital inclusion',
  'Seniors learn online.',
  'Ongoing',
  '1,234.56',
  '',
  'https://erasmus-plus.ec.europa.eu/projects/search/details/2023-1-DE02-KA220-ADU-000111222',
  'DE,EL',
  'Volkshochschule Leipzig',
  'Adult education',
  'Löhrstraße 3, 04105 Leipzig',
  'Sachsen',
  'DE',
  'www.vhs-leipzig.de',
  'Dimos Patras',
  'Local Public body',
  'Maizonos 10, 26221 Patra',
  '',
  'EL',
  '',
];

describe('column mapping', () => {
  it('maps the real header row by name', () => {
    const map = mapColumns(REAL);
    expect(map.project.identifier).toBe(4);
    expect(map.project.grant).toBe(9);
    expect(map.project.countries).toBe(12);
    expect(map.organisations[0]).toEqual({
      role: 'coordinator',
      columns: { name: 13, type: 14, address: 15, region: 16, country: 17, website: 18 },
    });
    expect(map.organisations[1]).toEqual({
      role: 'partner',
      columns: { name: 19, type: 20, address: 21, region: 22, country: 23, website: 24 },
    });
    expect(missingColumns(map)).toEqual([]);
  });

  it('maps the drifted headers of other years to the same fields, extra columns ignored', () => {
    const drifted = REAL.map((h) =>
      h
        .replace('Call year', 'Funding Year')
        .replace("'", '\u2019')
        .replace('Participating countries', 'Participating Countries')
        .replace('Project Status', 'Project or accreditation status'),
    );
    const shuffled = ['Is Good Practice', ...drifted.slice(0, 10), 'Results Available', ...drifted.slice(10)];
    const map = mapColumns(shuffled);
    const plain = mapColumns(REAL);
    expect(map.project.callYear).toBe(plain.project.callYear! + 1);
    expect(map.project.status).toBeDefined();
    expect(map.organisations[0]!.columns.country).toBe(plain.organisations[0]!.columns.country! + 2);
    expect(foldHeader('\uFEFFCoordinator\u2019s  Country ')).toBe("coordinator's country");
  });

  it('maps 38 (and 100) partner groups in order', () => {
    const layout = headers({ partners: 100, extras: ['Is Good Practice', 'Is Success Story'], drifted: false });
    expect(layout).toHaveLength(621);
    const map = mapColumns(layout);
    expect(map.organisations).toHaveLength(101);
    expect(map.organisations[100]!.columns.website).toBe(618);
  });

  it('says what is missing from a table that is not a project list', () => {
    expect(missingColumns(mapColumns(['Name', 'Email', 'Country']))).toEqual([
      'Project Identifier',
      'Project Title',
      'Coordinating organisation name',
    ]);
  });
});

describe('cells', () => {
  it('reads grants written either way', () => {
    expect(parseGrant('1,234.56')).toBe(1234.56);
    expect(parseGrant('1234,56')).toBe(1234.56);
    expect(parseGrant('1.234.567,00')).toBe(1234567);
    expect(parseGrant('250,000')).toBe(250000);
    expect(parseGrant('n/a')).toBeUndefined();
  });
  it('reads the programme country codes (EL, UK) and names', () => {
    expect(parseCountries('LI,DE,BE')).toEqual(['LI', 'DE', 'BE']);
    expect(parseCountries('EL; UK; Germany')).toEqual(['GR', 'GB', 'DE']);
  });
  it('recognises organisation types that denote natural persons, in several languages', () => {
    expect(['Natural person', 'Persona física', 'Natürliche Person', 'Osoba fizyczna'].map(isNaturalPerson)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(isNaturalPerson('Non-governmental organisation/association/social enterprise')).toBe(false);
  });

  it('takes the town from an address only where a postcode marks it', () => {
    expect(cityFromAddress('Löhrstraße 3, 04105 Leipzig')).toBe('Leipzig');
    expect(cityFromAddress('ul. Długa 5, 00-950 Warszawa')).toBe('Warszawa');
    expect(cityFromAddress('Somewhere near the river')).toBeUndefined();
  });
});

describe('reading a list', () => {
  it('unpivots coordinator and partners, keeps no street address', async () => {
    const read = await readProjectList(file(csv([REAL, ROW])), { fileId: 'f1' });
    const project = read.projects.get('2023-1-DE02-KA220-ADU-000111222')!;
    expect(project).toMatchObject({
      action: 'KA220-ADU',
      callYear: 2023,
      grantEur: 1234.56,
      countries: ['DE', 'GR'],
      files: ['f1'],
    });
    expect(project.organisations.map((o) => [o.name, o.role, o.country, o.city])).toEqual([
      ['Volkshochschule Leipzig', 'coordinator', 'DE', 'Leipzig'],
      ['Dimos Patras', 'partner', 'GR', 'Patra'],
    ]);
    expect(project.organisations[0]!.website).toBe('https://www.vhs-leipzig.de');
    expect(JSON.stringify(project)).not.toContain('Löhrstraße');
  });

  it('reads the semicolon, decimal-comma, curly-apostrophe variant the same', async () => {
    const drifted = REAL.map((h) => h.replace('Call year', 'Funding Year').replace("'", '\u2019'));
    const plain = await readProjectList(file(csv([REAL, ROW])), { fileId: 'f' });
    const other = await readProjectList(file(csv([drifted, ROW.map((c) => c.replace('1,234.56', '1234,56'))], ';')), {
      fileId: 'f',
    });
    expect([...other.projects.values()]).toEqual([...plain.projects.values()]);
  });

  it('reads a Blob the way the worker does', async () => {
    const text = csv([REAL, ROW]);
    const read = await readProjectList(blobInput(new Blob([text]), 'list.csv'), { fileId: 'b' });
    expect(read.projects.size).toBe(1);
  });

  it('counts each kind of skipped row under its reason and imports the rest', async () => {
    const short = ROW.slice(0, 20);
    const noId = ROW.map((c, i) => (i === 4 ? '' : c));
    const person = ROW.map((c, i) => (i === 14 ? 'Natural person' : c)).map((c, i) =>
      i === 4 ? '2023-1-DE02-KA220-ADU-000111333' : c,
    );
    const second = ROW.map((c, i) => (i === 4 ? '2023-1-DE02-KA220-ADU-000111444' : c));
    const broken = ROW.map((c, i) => (i === 4 ? '2023-1-DE02-KA220-ADU-000111555' : c)).map((c) =>
      c === 'Seniors learn online.' ? '"Seniors "learn" online"' : c,
    );
    const body = csv([REAL, ROW, short, noId, person]) + broken.join(',') + '\r\n' + csv([second]).slice(1);
    const read = await readProjectList(file(body), { fileId: 'f' });
    expect(read.skipped).toMatchObject({ wrongColumnCount: 1, missingIdentifier: 1, naturalPerson: 1 });
    expect(read.skipped.brokenQuote).toBe(1);
    expect(read.rows).toBe(6);
    expect(read.projects.has('2023-1-DE02-KA220-ADU-000111444')).toBe(true);
    expect(read.projects.has('2023-1-DE02-KA220-ADU-000111222')).toBe(true);
    // The natural person's project stays, without the person.
    expect(read.projects.get('2023-1-DE02-KA220-ADU-000111333')!.organisations.map((o) => o.name)).toEqual([
      'Dimos Patras',
    ]);
  });

  it('refuses a file that is not a project list, an empty one, a PDF and a cut-off download', async () => {
    const refusal = (input: ReturnType<typeof file>) =>
      readProjectList(input, { fileId: 'x' }).then(
        () => 'read',
        (e) => (e instanceof ImportRefused ? e.reason : String(e)),
      );
    expect(await refusal(file('Name,Email\nAnna,anna@example.org\n'))).toBe('notProjectList');
    expect(await refusal(file(''))).toBe('empty');
    expect(await refusal(file('\uFEFF   \r\n'))).toBe('empty');
    expect(await refusal(file('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('binary');
    const full = csv([REAL, ROW, ROW.map((c, i) => (i === 4 ? '2023-1-DE02-KA220-ADU-000111999' : c))]);
    expect(await refusal(file(full.slice(0, full.length - 40)))).toBe('truncated');
    expect(await refusal(file(full.slice(0, full.lastIndexOf('"DE,') + 3)))).toBe('truncated');
  });

  it('reads generated rows of the real layout', async () => {
    const options = { kind: 'ka2', partners: 38, extras: [], drifted: false, pool: organisationPool(11, 50), seed: 11 };
    const rows = [headers(options), projectRow(0, options), projectRow(1, options)];
    const read = await readProjectList(file(csv(rows)), { fileId: 'g' });
    expect(read.projects.size).toBe(2);
    expect(read.skipped).toEqual({});
  });
});
