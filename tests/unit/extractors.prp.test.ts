import { describe, expect, it } from 'vitest';
import { extractData, extractPage, findReader } from '../../lib/platforms/registry';
import { parseGrantEur, parsePrpDate, parseYear } from '../../lib/extractors/prp-values';
import { prp, prpIdentifierFromUrl } from '../../lib/extractors/prp';
import { ExtractionResultSchema } from '@/lib/domain/model';
import { runFixtures } from './fixture-runner';
import { warning } from '@/lib/domain/warnings';

runFixtures('prp');

const u = (href: string) => new URL(href);
const DETAILS = 'https://erasmus-plus.ec.europa.eu/projects/search/details/';

describe('prpIdentifierFromUrl', () => {
  it.each([
    [`${DETAILS}2023-2-LI01-KA220-HED-000178579`, '2023-2-LI01-KA220-HED-000178579'],
    [`${DETAILS}2017-1-FR01-KA202-037441`, '2017-1-FR01-KA202-037441'],
    [`${DETAILS}101128627`, '101128627'],
    [`${DETAILS}101128627/`, '101128627'],
    [`${DETAILS}2025-3-IT03-KA153-YOU-000382840?lang=fr#top`, '2025-3-IT03-KA153-YOU-000382840'],
    [`${DETAILS}2023-2-li01-ka220-hed-000178579`, '2023-2-LI01-KA220-HED-000178579'],
    [`${DETAILS}2023-2-LI01-KA220-HED-000178579%20`, '2023-2-LI01-KA220-HED-000178579'],
    [`${DETAILS}%32%30%32%33-2-LI01-KA220-HED-000178579`, '2023-2-LI01-KA220-HED-000178579'],
    [`${DETAILS}586205-EPP-1-2017-1-DE-EPPKA2-CBHE-JP`, '586205-EPP-1-2017-1-DE-EPPKA2-CBHE-JP'],
    [
      'https://ec.europa.eu/programmes/erasmus-plus/projects/eplus-project-details/#project/2017-1-FR01-KA202-037441',
      '2017-1-FR01-KA202-037441',
    ],
    [
      'https://ec.europa.eu/programmes/erasmus-plus/projects/eplus-project-details/#project/2014-1-FI01-KA204-000843',
      '2014-1-FI01-KA204-000843',
    ],
    [
      'https://erasmus-plus.ec.europa.eu/projects/eplus-project-details#project/2020-1-DE03-KA229-077534',
      '2020-1-DE03-KA229-077534',
    ],
    ['https://erasmus-plus.ec.europa.eu/projects/eplus-project-details#project/101128627', '101128627'],
  ])('%s → %s', (href, id) => {
    expect(prpIdentifierFromUrl(u(href))).toBe(id);
  });

  it.each([
    `${DETAILS}`,
    `${DETAILS}not-an-identifier`,
    `${DETAILS}12345`,
    `${DETAILS}%3Cscript%3Ealert(1)%3C%2Fscript%3E`,
    `${DETAILS}%E0%A4%A`, // malformed percent-encoding
    'https://erasmus-plus.ec.europa.eu/projects/eplus-project-details#results/2017-1-FR01-KA202-037441',
    'https://ec.europa.eu/programmes/erasmus-plus/projects/eplus-project-details/',
    'https://example.org/projects/search/details/101128627',
    'https://ec.europa.eu/projects/search/details/101128627',
  ])('no identifier in %s', (href) => {
    expect(prpIdentifierFromUrl(u(href))).toBeUndefined();
  });
});

describe('prp.detect', () => {
  it.each([
    [`${DETAILS}2023-2-LI01-KA220-HED-000178579`, 'project'],
    [
      'https://ec.europa.eu/programmes/erasmus-plus/projects/eplus-project-details/#project/2017-1-FR01-KA202-037441',
      'project',
    ],
    ['https://erasmus-plus.ec.europa.eu/projects/eplus-project-details#project/101128627', 'project'],
    ['https://erasmus-plus.ec.europa.eu/projects/search/', 'list'],
    ['https://erasmus-plus.ec.europa.eu/projects/search?keyword=youth', 'list'],
    ['https://erasmus-plus.ec.europa.eu/projects', 'unknown'],
    ['https://erasmus-plus.ec.europa.eu/projects/terms-use', 'unknown'],
    [`${DETAILS}garbage`, 'unknown'],
    ['https://ec.europa.eu/programmes/erasmus-plus/projects/', 'unknown'],
    ['https://erasmus-plus.ec.europa.eu/programme-guide/part-b', null],
    ['https://ec.europa.eu/programmes/service/es/project/projectCard?projectId=x', null],
    ['https://www.salto-youth.net/tools/otlas-partner-finding/', null],
    ['https://example.org/projects/search/details/101128627', null],
  ])('%s → %s', (href, type) => {
    expect(prp.detect(u(href))).toBe(type);
  });

  it('is registered for PRP addresses', () => {
    expect(findReader(u(`${DETAILS}101128627`))?.platform).toBe('prp');
  });
});

describe('parsePrpDate', () => {
  it.each([
    ['01/11/2021', '2021-11-01'],
    ['1/2/2024', '2024-02-01'],
    ['31.10.2024', '2024-10-31'],
    ['2024-10-31', '2024-10-31'],
    ['2024-10-31T00:00:00', '2024-10-31'],
    // Midnight in Brussels, sent as UTC: still the Brussels calendar day.
    ['2021-10-31T23:00:00.000Z', '2021-11-01'],
    [1635721200000, '2021-11-01'], // 2021-11-01 00:00 CET in epoch ms
    ['1635721200000', '2021-11-01'],
    [1635724800000, '2021-11-01'], // 2021-11-01 00:00 UTC
    [1635721200, '2021-11-01'], // epoch seconds
    ['1 December 2023', '2023-12-01'],
    ['2024-03', '2024-03'],
  ])('%s → %s', (raw, iso) => {
    expect(parsePrpDate(raw)).toBe(iso);
  });

  it.each(['31/02/2024', '2024-13-01', '', '   ', 'soon', null, undefined, {}, true, Number.NaN])(
    'rejects %s',
    (raw) => {
      expect(parsePrpDate(raw)).toBeUndefined();
    },
  );
});

describe('parseGrantEur', () => {
  it.each([
    ['250,000.00', 250000],
    ['250.000,00', 250000],
    ['250000', 250000],
    ['250,000', 250000],
    ['250.000', 250000],
    ['1,234,567.89', 1234567.89],
    ['1.234.567,89', 1234567.89],
    ['€ 60 000,00', 60000],
    ['60\u00a0000 EUR', 60000],
    ['1234,5', 1234.5],
    ['99.5', 99.5],
    [250000, 250000],
    [799850.5, 799850.5],
    [0, 0],
  ])('%s → %s', (raw, amount) => {
    expect(parseGrantEur(raw)).toBe(amount);
  });

  it.each(['', 'n/a', '-5', '1,2,3', '12.34.5', '250,000.00.00', -1, Number.POSITIVE_INFINITY, null, {}])(
    'rejects %s',
    (raw) => {
      expect(parseGrantEur(raw)).toBeUndefined();
    },
  );

  it('reads call years', () => {
    expect(parseYear('2021')).toBe(2021);
    expect(parseYear(2014)).toBe(2014);
    expect(parseYear('Call 2022 Round 1')).toBe(2022);
    expect(parseYear('next year')).toBeUndefined();
  });
});

function card(overrides: { project?: object; coordinating?: unknown; partners?: unknown } = {}) {
  return {
    project: { identifier: '2023-1-AT01-KA220-HED-000154321', title: 'A project', ...overrides.project },
    coordinating: 'coordinating' in overrides ? overrides.coordinating : { name: 'Coordinator', country: 'AT' },
    partners: overrides.partners ?? [],
  };
}
const at = u(`${DETAILS}2023-1-AT01-KA220-HED-000154321`);

describe('prp.extractData', () => {
  it('drops a javascript: or data: website and keeps HTML in names as text', () => {
    const result = extractData(
      card({
        coordinating: { name: '<img src=x onerror=alert(1)>School', website: 'javascript:alert(1)', country: 'AT' },
        partners: [
          {
            name: 'Partner <script>x()</script>',
            website: 'data:text/html,<b>x</b>',
            email: 'javascript:alert(1)@x',
            country: 'UK',
          },
          { name: 'Ok', website: 'JaVaScRiPt:alert(1)//example.org', pic: '12345678', country: 'Narnia' },
        ],
      }),
      at,
    );
    expect(result.organisations).toEqual([
      { name: '<img src=x onerror=alert(1)>School', country: 'AT', role: 'coordinator' },
      { name: 'Partner <script>x()</script>', country: 'GB', role: 'partner' },
      { name: 'Ok', role: 'partner' },
    ]);
    expect(() => ExtractionResultSchema.parse(result)).not.toThrow();
  });

  it('keeps only http(s) links and makes bare addresses absolute', () => {
    const result = extractData(
      card({
        partners: [
          { name: 'A', website: 'www.a.example.org' },
          { name: 'B', website: 'ftp://b.example.org' },
          { name: 'C', website: 'not a site' },
        ],
      }),
      at,
    );
    expect(result.organisations.map((o) => o.website)).toEqual([
      undefined,
      'https://www.a.example.org/',
      undefined,
      undefined,
    ]);
  });

  it('puts the coordinator first even when the service lists it last', () => {
    const result = extractData(
      {
        projectName: '2023-1-AT01-KA220-HED-000154321',
        projectTitle: 'T',
        organisations: [
          { organisationName: 'P1', organisationRole: 'PARTNER' },
          { organisationName: 'C', organisationRole: 'Coordinator' },
          { organisationName: 'P2', organisationRole: 'PARTNER' },
        ],
      },
      at,
    );
    expect(result.organisations.map((o) => [o.name, o.role])).toEqual([
      ['C', 'coordinator'],
      ['P1', 'partner'],
      ['P2', 'partner'],
    ]);
  });

  it('drops invalid optional fields rather than failing', () => {
    const long = 'x'.repeat(400);
    const result = extractData(
      card({
        project: {
          callYear: 'unknown',
          grantedAmount: 'a lot',
          startDate: '99/99/2024',
          countries: 'Atlantis,EL',
          tags: ['Ok', long],
        },
        coordinating: { name: 'C', city: long, pic: '9876543210', email: 'x@y.example' },
        partners: [{ name: long }, { name: '   ' }, null, 'text'],
      }),
      at,
    );
    expect(result.organisations).toEqual([{ name: 'C', email: 'x@y.example', role: 'coordinator' }]);
    expect(result.opportunity).toEqual({
      kind: 'project',
      title: 'A project',
      url: `${DETAILS}2023-1-AT01-KA220-HED-000154321`,
      identifier: '2023-1-AT01-KA220-HED-000154321',
      action: 'KA220-HED',
      topics: ['Ok'],
      countries: ['GR'],
    });
    expect(result.warnings).toContainEqual(warning('nameless'));
    expect(() => ExtractionResultSchema.parse(result)).not.toThrow();
  });

  it('says so when the coordinator or the title is missing', () => {
    const result = extractData(card({ project: { title: '' }, coordinating: null, partners: [{ name: 'P' }] }), at);
    expect(result.opportunity).toBeNull();
    expect(result.organisations).toEqual([{ name: 'P', role: 'partner' }]);
    expect(result.warnings).toEqual([warning('noCoordinator'), warning('noProjectTitle')]);
  });

  it('warns when the data is about another project than the page', () => {
    const result = extractData(card(), u(`${DETAILS}101128627`));
    expect(result.opportunity?.identifier).toBe('2023-1-AT01-KA220-HED-000154321');
    expect(result.warnings[0]).toEqual(
      warning('dataMismatch', { received: '2023-1-AT01-KA220-HED-000154321', expected: '101128627' }),
    );
  });

  it('reads the action from the level-3 label when the identifier has none', () => {
    const result = extractData(
      {
        project: { identifier: '101128627', title: 'T', level3Label: 'KA220-YOU: Cooperation partnerships in youth' },
        coordinating: { name: 'C' },
      },
      u(`${DETAILS}101128627`),
    );
    expect(result.opportunity?.action).toBe('KA220-YOU');
  });

  it.each([null, 'text', [], {}, { total: 0, projectDocuments: [] }, { project: 'x' }])(
    'does not guess from %j',
    (data) => {
      const result = prp.extractData!(data, at);
      expect(result).toEqual({
        platform: 'prp',
        pageType: 'unknown',
        organisations: [],
        opportunity: null,
        warnings: [warning('layoutChanged')],
      });
    },
  );
});

describe('prp.extract (rendered page fallback)', () => {
  const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('reads export-style flat labels and keeps link text safe', () => {
    const doc = page(`<main><h1>Flat Project</h1><table>
      <tr><th>Project Identifier</th><td>2023-1-AT01-KA220-HED-000154321</td></tr>
      <tr><th>Coordinating organisation name</th><td>Coord &lt;b&gt;One&lt;/b&gt;</td></tr>
      <tr><th>Coordinator's country</th><td>Österreich</td></tr>
      <tr><th>Coordinator's website</th><td><a href="javascript:alert(1)">javascript:alert(1)</a></td></tr>
      <tr><th>Partner 1 name</th><td>First Partner</td></tr>
      <tr><th>Partner 1 country</th><td>EL</td></tr>
      <tr><th>Partner 2 name</th><td>Second Partner</td></tr>
      <tr><th>Partner 2 website</th><td><a href="https://second.example.eu">site</a></td></tr>
    </table></main>`);
    const result = extractPage(doc, at);
    expect(result.organisations).toEqual([
      { name: 'Coord <b>One</b>', country: 'AT', role: 'coordinator' },
      { name: 'First Partner', country: 'GR', role: 'partner' },
      { name: 'Second Partner', website: 'https://second.example.eu/', role: 'partner' },
    ]);
    expect(result.opportunity).toMatchObject({
      title: 'Flat Project',
      identifier: '2023-1-AT01-KA220-HED-000154321',
      action: 'KA220-HED',
    });
    expect(result.warnings).toEqual([]);
  });

  it('reads "Label:" text pairs and warns when the organisation sections are missing', () => {
    const doc = page(
      `<main><h1>Colon Project</h1><p><strong>Call year:</strong> 2024</p><p><b>EU Grant:</b> 60,000.00</p></main>`,
    );
    const result = extractPage(doc, at);
    expect(result.opportunity).toMatchObject({ title: 'Colon Project', callYear: 2024, grantEur: 60000 });
    expect(result.organisations).toEqual([]);
    expect(result.warnings).toContainEqual(warning('layoutChanged'));
  });

  it('tells an empty app shell from a changed layout', () => {
    expect(extractPage(page('<main><div id="app"></div></main>'), at).warnings).toEqual([warning('notLoaded')]);
    expect(extractPage(page('<main><div>2023-1-AT01-KA220-HED-000154321</div></main>'), at).warnings).toEqual([
      warning('layoutChanged'),
    ]);
  });

  it('does not mutate the document', () => {
    const doc = page('<main><h1>T</h1><dl><dt>Project Identifier</dt><dd>101128627</dd></dl></main>');
    const before = doc.documentElement.outerHTML;
    prp.extract(doc, u(`${DETAILS}101128627`));
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('prp.extractData without an identifier', () => {
  it('does not invent one', () => {
    const result = extractData(
      { project: { title: 'T' }, coordinating: { name: 'C' } },
      u('https://erasmus-plus.ec.europa.eu/projects/search/details/unknown-id'),
    );
    expect(result.opportunity).toBeNull();
    expect(result.organisations).toEqual([{ name: 'C', role: 'coordinator' }]);
    expect(result.warnings).toEqual([warning('noProjectId')]);
  });
});

describe('prp.extract ignores site chrome', () => {
  it('does not read labels from the header or footer', () => {
    const doc = new DOMParser().parseFromString(
      `<header class="ecl-site-header"><dl><dt>Project Identifier</dt><dd>101000000</dd></dl></header>
       <main><div id="app"></div></main>
       <footer><dl><dt>Partner 1 name</dt><dd>Footer Org</dd></dl></footer>`,
      'text/html',
    );
    expect(extractPage(doc, at)).toEqual({
      platform: 'prp',
      pageType: 'project',
      organisations: [],
      opportunity: null,
      warnings: [warning('notLoaded')],
    });
  });
});
