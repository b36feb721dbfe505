import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { extractData, extractPage, detectPlatformOfUrl, findReader } from '../../lib/platforms/registry';
import { otlas, readOtlasTiles } from '../../lib/extractors/otlas';
import { ExtractionResultSchema, type ExtractionResult } from '@/lib/domain/model';
import { runFixtures } from './fixture-runner';
import { warning } from '@/lib/domain/warnings';

runFixtures('otlas');

const TOOL = 'https://www.salto-youth.net/tools/otlas-partner-finding';
const REQUEST_URL = `${TOOL}/project/test-request.4242/`;

function documentAt(url: string, body: string, title = 'Otlas - Partner Finding - SALTO-YOUTH'): Document {
  const window = new Window({ url });
  window.document.write(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

/** A partner-request page in the known layout, with the parts a test wants to vary. */
function requestPage(
  parts: { link?: string; basedIn?: string; deadline?: string; description?: string; h1?: string } = {},
): string {
  const link = parts.link ?? `<a href="${TOOL}/organisation/test-org.77/">Test Organisation</a>`;
  return `<div id="content">
    <h1>${parts.h1 ?? 'Test request'}</h1>
    <div class="organisation-name-haslogo">${link}</div>
    <div class="based-in">${parts.basedIn ?? 'a Non-profit/ non-governmental organisation based in Austria (Graz)'}</div>
    ${parts.deadline === undefined ? '' : `<div class="project-deadline">Deadline for partner requests: ${parts.deadline}</div>`}
    <div class="running-text">${parts.description ?? '<p>Text.</p>'}</div>
  </div>`;
}

function read(body: string, url = REQUEST_URL, title?: string): ExtractionResult {
  const result = extractPage(documentAt(url, body, title), new URL(url));
  expect(() => ExtractionResultSchema.parse(result)).not.toThrow();
  return result;
}

describe('otlas: which page is this', () => {
  it.each([
    [
      'https://www.salto-youth.net/tools/otlas-partner-finding/project/rural-voices-looking-for-partners.20046/',
      '20046',
    ],
    [
      'https://www.salto-youth.net/tools/otlas-partner-finding/project/rural-voices-looking-for-partners.20046',
      '20046',
    ],
    ['https://salto-youth.net/tools/otlas-partner-finding/project/acticipation-empowering-youth.15735', '15735'],
    ['https://www.salto-youth.net/tools/otlas-partner-finding/project/ka2.0-ideas-v1.5.295/', '295'],
    ['https://www.otlas.eu/tools/otlas-partner-finding/project/together-4-each-other.295/?utm=x#contact', '295'],
  ])('reads the request id after the last dot of %s', (url, id) => {
    const result = read(requestPage(), url);
    expect(result.pageType).toBe('partner-request');
    expect(result.opportunity?.identifier).toBe(id);
    expect(result.opportunity?.url).not.toMatch(/[?#]/);
  });

  it.each([
    [`${TOOL}/organisation/some-org.123/`, 'organisation'],
    [`${TOOL}/projects/?b_browse=Search+projects&b_offset=10`, 'list'],
    [`${TOOL}/projects`, 'list'],
    [`${TOOL}/`, 'unknown'],
    [`${TOOL}/help/`, 'unknown'],
  ] as const)('routes %s to %s', (url, pageType) => {
    expect(otlas.detect(new URL(url))).toBe(pageType);
  });

  it('is not OTLAS elsewhere on SALTO-YOUTH or on other sites', () => {
    expect(
      otlas.detect(new URL('https://www.salto-youth.net/tools/european-training-calendar/training/x.123/')),
    ).toBeNull();
    expect(otlas.detect(new URL('https://example.org/tools/otlas-partner-finding/project/x.1/'))).toBeNull();
    expect(
      otlas.detect(new URL('https://salto-youth.net.evil.example/tools/otlas-partner-finding/project/x.1/')),
    ).toBeNull();
    expect(detectPlatformOfUrl('https://example.org/')).toBeNull();
    expect(detectPlatformOfUrl('not a url')).toBeNull();
    expect(detectPlatformOfUrl(`${TOOL}/project/x.1/`)).toBe('otlas');
    expect(findReader(new URL(`${TOOL}/`))?.platform).toBe('otlas');
  });

  it('treats a page of result tiles as a list even at an unexpected address', () => {
    const tile = `<div class="tool-item"><div class="organisation-name-haslogo"><a href="/x">Tile Org</a></div></div>`;
    expect(otlas.detect(new URL(`${TOOL}/latest/`), documentAt(`${TOOL}/latest/`, tile))).toBe('list');
  });

  it('leaves unknown hosts unread', () => {
    const result = read(requestPage(), 'https://example.org/some/page');
    expect(result).toEqual({ platform: null, pageType: 'unknown', organisations: [], opportunity: null, warnings: [] });
  });
});

describe('otlas: dates', () => {
  it.each([
    ['15 February 2025', '2025-02-15'],
    ['2025-02-15', '2025-02-15'],
    ['15/02/2025', '2025-02-15'],
    ['15.02.2025', '2025-02-15'],
    ['February 15, 2025', '2025-02-15'],
    ['1st March 2026', '2026-03-01'],
    ['3 Sept 2025', '2025-09-03'],
  ])('reads the deadline "%s"', (text, iso) => {
    expect(read(requestPage({ deadline: text })).opportunity?.deadline).toBe(iso);
  });

  it.each(['31 February 2025', '2025-13-01', '2025-02', 'soon', 'ASAP (15 Febr)'])(
    'leaves an impossible or vague deadline "%s" empty',
    (text) => {
      expect(read(requestPage({ deadline: text })).opportunity).not.toHaveProperty('deadline');
    },
  );

  it('reads start and end as months or days', () => {
    const body = requestPage().replace(
      '</h1>',
      '</h1><div class="project-dates">This project takes place: from 2027-01 till 2027-12-31</div>',
    );
    expect(read(body).opportunity).toMatchObject({ startDate: '2027-01', endDate: '2027-12-31' });
  });
});

describe('otlas: where the organisation is based', () => {
  const organisationOf = (basedIn: string) => read(requestPage({ basedIn })).organisations[0];

  it('reads a non-ASCII city', () => {
    expect(organisationOf('a Non-profit/ non-governmental organisation based in Poland (Łódź)')).toMatchObject({
      type: 'Non-profit/ non-governmental organisation',
      country: 'PL',
      city: 'Łódź',
    });
  });

  it('leaves the city out when the line has none', () => {
    const organisation = organisationOf('a Non-profit/ non-governmental organisation based in Türkiye');
    expect(organisation).toMatchObject({ country: 'TR' });
    expect(organisation).not.toHaveProperty('city');
  });

  it('copes with a missing closing parenthesis and extra spaces', () => {
    expect(organisationOf('an  Informal group of young people   based in   Czechia (Brno')).toMatchObject({
      type: 'Informal group of young people',
      country: 'CZ',
      city: 'Brno',
    });
  });

  it('says so instead of guessing an unknown country', () => {
    const result = read(
      requestPage({ basedIn: 'a Non-profit/ non-governmental organisation based in Atlantis (Poseidonia)' }),
    );
    expect(result.organisations[0]).not.toHaveProperty('country');
    expect(result.organisations[0]).toMatchObject({ city: 'Poseidonia' });
    expect(result.warnings).toContainEqual(warning('unknownCountry', { country: 'Atlantis' }));
  });

  it('warns when the "based in" line is gone', () => {
    const body = requestPage().replace(/<div class="based-in">.*?<\/div>/, '');
    const result = read(body);
    expect(result.organisations[0]).toEqual({
      name: 'Test Organisation',
      role: 'applicant',
      profileUrl: `${TOOL}/organisation/test-org.77/`,
    });
    // The record's core (title, organisation) is there, so the page does not "look different" (issue 11).
    expect(result.warnings).toEqual([warning('noBasedIn')]);
  });
});

describe('otlas: action codes', () => {
  const actionOf = (text: string) =>
    read(requestPage().replace('</h1>', `</h1><div class="project-action">and relates to: ${text}</div>`)).opportunity
      ?.action;

  it.each([
    ['Erasmus+ Cooperation Partnerships in Youth (KA220-YOU)', 'KA220-YOU'],
    ['Erasmus+ Youth Exchanges (KA152)', 'KA152-YOU'],
    ['Erasmus+ Small-scale Partnerships (KA210-ADU)', 'KA210-ADU'],
    ['European Solidarity Corps Volunteering Projects (ESC51)', 'ESC51'],
  ])('reads "%s" as %s', (text, code) => expect(actionOf(text)).toBe(code));

  it('does not guess a code from a name: the activity is kept as written', () => {
    expect(actionOf('Erasmus+ Youth Participation Activities')).toBe('Erasmus+ Youth Participation Activities');
  });
});

describe('otlas: hostile and broken pages', () => {
  it('never turns a javascript: link into a profile address', () => {
    const result = read(requestPage({ link: '<a href="javascript:alert(document.cookie)">Test Organisation</a>' }));
    expect(result.organisations[0]?.name).toBe('Test Organisation');
    expect(result.organisations[0]).not.toHaveProperty('profileUrl');
  });

  it('takes no profile address from a link that leaves OTLAS', () => {
    const result = read(requestPage({ link: '<a href="https://phishing.example/login">Test Organisation</a>' }));
    expect(result.organisations[0]).not.toHaveProperty('profileUrl');
  });

  it('bounds a huge description to the model limit', () => {
    const result = read(requestPage({ description: `<p>${'very long text '.repeat(100_000)}</p>` }));
    expect(result.opportunity?.description?.length).toBeLessThanOrEqual(20_000);
    expect(result.opportunity?.description?.endsWith('…')).toBe(true);
  });

  it('drops a "name" too long to be one and says the organisation was not found', () => {
    const result = read(requestPage({ link: `<a href="/x">${'A'.repeat(5000)}</a>` }));
    expect(result.organisations).toEqual([]);
    expect(result.warnings).toContainEqual(warning('noOrganisation'));
  });

  it('does not read scripts or styles as text', () => {
    const result = read(
      requestPage({
        link: `<a href="/tools/otlas-partner-finding/organisation/o.1/">Real Name<script>var injected = "Fake Name";</script><style>.x{}</style></a>`,
        description: '<p>Visible.</p><script>document.write("hidden payload")</script><noscript>enable js</noscript>',
      }),
    );
    expect(result.organisations[0]?.name).toBe('Real Name');
    expect(result.opportunity?.description).toBe('Visible.');
  });

  it('never takes the site name or a menu link for the organisation', () => {
    const body = `<header><h1>SALTO-YOUTH</h1><nav><div class="organisation-name-haslogo"><a href="/">Otlas</a></div></nav></header>
      <div id="content"><div class="organisation-name-haslogo"><a href="/">SALTO-YOUTH</a></div></div>`;
    const result = read(body);
    expect(result.organisations).toEqual([]);
    expect(result.warnings).toContainEqual(warning('layoutChanged'));
    expect(result.warnings).toContainEqual(warning('noOrganisation'));
  });

  it('does not take the organisation of a related request tile (it links to another request)', () => {
    const body = `<div id="content"><h1>Redesigned request</h1>
      <div class="tool-item"><h2 class="project-title"><a href="${TOOL}/project/other.4343/">Other</a></h2>
      <div class="organisation-name-haslogo"><a href="/o.2/">Someone Else</a></div>
      <div class="based-in">a Public body based in Italy (Roma)</div><div class="project-deadline">Deadline: 1 May 2025</div></div></div>`;
    const result = read(body);
    expect(result.organisations).toEqual([]);
    expect(result.opportunity).not.toHaveProperty('deadline');
  });

  it('falls back to the document title for the request title, without the site name', () => {
    const result = read(
      '<main><p>Nothing known here</p></main>',
      REQUEST_URL,
      'Otlas - Partner Finding - Rivers of Europe - SALTO-YOUTH',
    );
    expect(result.opportunity).toEqual({
      kind: 'partner-request',
      title: 'Rivers of Europe',
      url: REQUEST_URL,
      identifier: '4242',
    });
    expect(result.warnings).toContainEqual(warning('noOrganisation'));
  });

  it('reads the record when div.tool-item wraps the record itself (issue 11, cause 1)', () => {
    const result = read(`<div id="content"><div class="tool-item">${requestPage()}</div></div>`);
    expect(result.organisations[0]?.name).toBe('Test Organisation');
    expect(result.warnings).not.toContainEqual(warning('layoutChanged'));
  });

  it('gives no opportunity when neither heading nor title names the request', () => {
    const result = read('<main></main>', REQUEST_URL, 'SALTO-YOUTH');
    expect(result.opportunity).toBeNull();
    expect(result.warnings).toContainEqual(warning('noTitle'));
  });

  it('reads a deadline from a "Deadline" label when the known class is gone', () => {
    const body = requestPage().replace(
      '</h1>',
      '</h1><dl><dt>Deadline</dt><dd>1 March 2026</dd></dl><p>Deadline extended!</p>',
    );
    expect(read(body).opportunity?.deadline).toBe('2026-03-01');
    const vague = requestPage().replace('</h1>', '</h1><p>Deadline extended!</p><p>Runs 2026-05-01 to 2026-06-01</p>');
    expect(read(vague).opportunity).not.toHaveProperty('deadline');
  });

  it('reads a labelled website on a profile, but never a SALTO link', () => {
    const profile = (
      href: string,
    ) => `<div id="content"><h1>Org Name</h1><div class="based-in">a Public body based in Malta</div>
      <dl><dt>Website:</dt><dd><a href="${href}">site</a></dd></dl></div>`;
    const url = `${TOOL}/organisation/org-name.5/`;
    expect(read(profile('www.org-name.example.mt'), url).organisations[0]).toMatchObject({
      website: 'https://www.org-name.example.mt/',
      country: 'MT',
    });
    expect(read(profile('https://www.salto-youth.net/tools/'), url).organisations[0]).not.toHaveProperty('website');
    expect(read(profile('javascript:alert(1)'), url).organisations[0]).not.toHaveProperty('website');
  });

  it('notices the login gate even when "login" is a link', () => {
    const body =
      requestPage() +
      '<p>Please <a href="/login">login</a> to your MySALTO account to see the contact details of this project</p>';
    expect(read(body).warnings).toContainEqual(warning('contactHidden'));
  });

  it('warns when the short URL names another request', () => {
    const body =
      requestPage() +
      '<p>Short URL to this project: <a href="http://otlas-project.salto-youth.net/999">http://otlas-project.salto-youth.net/999</a></p>';
    const result = read(body);
    expect(result.opportunity?.identifier).toBe('4242');
    expect(result.warnings).toContainEqual(warning('requestMismatch', { inAddress: '4242', onPage: '999' }));
  });

  it('does not change the page it reads', () => {
    const doc = documentAt(REQUEST_URL, requestPage({ deadline: '15 February 2025' }));
    const before = doc.documentElement.outerHTML;
    otlas.extract(doc, new URL(REQUEST_URL));
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('otlas: search result tiles', () => {
  const LIST_URL = `${TOOL}/projects/?b_browse=Search+projects`;
  const tile = (id: number, org: string, extra = '') => `<div class="tool-item">
    <h2 class="project-title"><a href="/tools/otlas-partner-finding/project/request-${id}.${id}/?from=search">Request ${id}</a></h2>
    <div class="organisation-name-haslogo"><a href="/tools/otlas-partner-finding/organisation/org-${id}.${id}/">${org}</a></div>
    <div class="based-in">a Non-profit/ non-governmental organisation based in Slovenia (Maribor)</div>
    <div class="project-summary">Summary ${id}</div>
    <div class="project-dates">This project takes place: from 2026-05 till 2026-06</div>
    <div class="project-action">and relates to: Erasmus+ Mobility of youth workers (KA153)</div>${extra}
  </div>`;

  it('pairs each tile organisation with its request, in page order', () => {
    const doc = documentAt(LIST_URL, `<div id="content">${tile(1, 'First Org')}${tile(2, 'Second Org')}</div>`);
    const tiles = readOtlasTiles(doc, new URL(LIST_URL));
    expect(tiles.map((t) => t.organisation.name)).toEqual(['First Org', 'Second Org']);
    expect(tiles[1]!.tile).toBe(doc.querySelectorAll('div.tool-item')[1]);
    expect(otlas.anchors!(doc, new URL(LIST_URL))).toEqual(tiles.map((t) => t.tile));
    expect(tiles[1]).toEqual({
      tile: tiles[1]!.tile,
      organisation: {
        name: 'Second Org',
        type: 'Non-profit/ non-governmental organisation',
        country: 'SI',
        city: 'Maribor',
        role: 'applicant',
        profileUrl: `${TOOL}/organisation/org-2.2/`,
      },
      opportunity: {
        kind: 'partner-request',
        title: 'Request 2',
        url: `${TOOL}/project/request-2.2/`,
        identifier: '2',
        action: 'KA153-YOU',
        startDate: '2026-05',
        endDate: '2026-06',
        description: 'Summary 2',
      },
    });
  });

  it('keeps the organisation when its request link is unsafe, and skips tiles without an organisation', () => {
    const unsafe = tile(3, 'Third Org').replace(
      /href="\/tools\/otlas-partner-finding\/project\/[^"]*"/,
      'href="javascript:void(0)"',
    );
    const orgless =
      '<div class="tool-item"><h2 class="project-title"><a href="/tools/otlas-partner-finding/project/x.9/">Orphan</a></h2></div>';
    const result = read(`<div id="content">${unsafe}${orgless}</div>`, LIST_URL);
    expect(readOtlasTiles(documentAt(LIST_URL, unsafe), new URL(LIST_URL))[0]?.opportunity).toBeNull();
    expect(result.organisations.map((o) => o.name)).toEqual(['Third Org']);
    expect(result.warnings).toEqual([warning('unreadResults', { count: 1 })]);
  });

  it('flags a results page whose tiles are gone', () => {
    const result = read(
      '<div id="content"><p>We found 12 projects matching your search!</p><article>…</article></div>',
      LIST_URL,
    );
    expect(result.organisations).toEqual([]);
    expect(result.warnings).toEqual([warning('layoutChanged'), warning('noSearchResults')]);
  });

  it('reads tiles that sit inside the search form', () => {
    const result = read(
      `<div id="content"><form action="/tools/otlas-partner-finding/projects/">${tile(4, 'Form Org')}</form></div>`,
      LIST_URL,
    );
    expect(result.organisations.map((o) => o.name)).toEqual(['Form Org']);
  });

  it('does not flag an honest empty search', () => {
    expect(read('<div id="content"><p>We found 0 projects matching your search!</p></div>', LIST_URL).warnings).toEqual(
      [],
    );
  });
});

describe('extractData routing', () => {
  it('explains that OTLAS has no data service to read', () => {
    const result = extractData({ anything: true }, new URL(REQUEST_URL));
    expect(result).toMatchObject({ platform: 'otlas', pageType: 'unknown', organisations: [], opportunity: null });
    expect(result.warnings).toHaveLength(1);
  });

  it('reads nothing for an unknown address', () => {
    expect(extractData({}, new URL('https://example.org/data.json'))).toMatchObject({
      platform: null,
      pageType: 'unknown',
    });
  });
});
