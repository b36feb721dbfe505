import { describe, expect, it } from 'vitest';
import { findReader } from '../../lib/platforms/registry';
import { epale } from '../../lib/extractors/epale';
import { documentAt, extractWith } from './extractor-page';
import { runFixtures } from './fixture-runner';
import { warning } from '@/lib/domain/warnings';

runFixtures('epale');

const ORG = 'https://epale.ec.europa.eu/en/organisations/test-centre';
const header = (title: string) => `<div class="ecl-page-header"><h1 class="ecl-page-header__title">${title}</h1></div>`;

describe('epale: which page is this', () => {
  it.each([
    ['https://epale.ec.europa.eu/en/organisations/test-centre', 'organisation'],
    ['https://epale.ec.europa.eu/de/organisations/vhs-beispiel/', 'organisation'],
    ['https://epale.ec.europa.eu/en/organisations', 'list'],
    ['https://epale.ec.europa.eu/en/organisations?country=PL', 'list'],
    ['https://epale.ec.europa.eu/en/organisations/test-centre/edit', 'unknown'],
    ['https://epale.ec.europa.eu/pl/partner-requests/seniorzy-cyfrowo', 'partner-request'],
    ['https://epale.ec.europa.eu/en/partner-search', 'list'],
    ['https://epale.ec.europa.eu/en/partner-search/search', 'list'],
    ['https://epale.ec.europa.eu/en/partner-search/looking-for-ka210-partners', 'partner-request'],
    ['https://epale.ec.europa.eu/en/partner-requests', 'list'],
    ['https://epale.ec.europa.eu/en/node/412345', 'unknown'], // without the page, a node is not known
    ['https://epale.ec.europa.eu/en/blog/how-to-find-partners', 'unknown'],
    ['https://epale.ec.europa.eu/', 'unknown'],
    ['https://ec.europa.eu/epale/en/organisations/test-centre', 'organisation'],
    ['https://ec.europa.eu/info/index_en', null],
    ['https://school-education.ec.europa.eu/en/connect/schools-organisations/x', null],
    ['https://www.salto-youth.net/tools/otlas-partner-finding/project/x.1/', null],
  ])('%s → %s', (url, type) => {
    expect(epale.detect(new URL(url))).toBe(type);
  });

  it('reads a /node/<nid> page as what Drupal or its labels say it is', () => {
    const node = 'https://epale.ec.europa.eu/en/node/1';
    expect(
      epale.detect(
        new URL(node),
        documentAt(node, '<article class="node node--type-organisation"><h1>X</h1></article>'),
      ),
    ).toBe('organisation');
    expect(
      epale.detect(
        new URL(node),
        documentAt(node, '<article class="node node--type-partner-request"><h1>X</h1></article>'),
      ),
    ).toBe('partner-request');
    expect(
      epale.detect(
        new URL(node),
        documentAt(
          node,
          '<dl><dt>Deadline</dt><dd>1 March 2026</dd><dt>Action</dt><dd>KA210-ADU</dd><dt>Country</dt><dd>Malta</dd></dl>',
        ),
      ),
    ).toBe('partner-request');
    // A blog post with a bare "Type" and a country is not an organisation.
    expect(
      epale.detect(
        new URL(node),
        documentAt(node, '<article class="node node--type-blog-post"><p>Type: Blog</p><p>Country: Malta</p></article>'),
      ),
    ).toBe('unknown');
    expect(epale.detect(new URL(node), documentAt(node, '<p>Deadline: 1 March 2026</p>'))).toBe('unknown');
  });

  it('is the extractor the registry picks for EPALE pages', () => {
    expect(findReader(new URL(ORG))?.platform).toBe('epale');
  });
});

describe('epale: organisation pages', () => {
  it('reads a Dutch profile with native labels', () => {
    const result = extractWith(
      epale,
      'https://epale.ec.europa.eu/nl/organisations/leercentrum',
      `${header('Leercentrum Voorbeeld')}
      <dl><dt>Type organisatie</dt><dd>Volwassenenonderwijs</dd><dt>Land</dt><dd>Nederland</dd><dt>Plaats</dt><dd>Utrecht</dd>
      <dt>Website</dt><dd><a href="https://leercentrum.example.nl">leercentrum.example.nl</a></dd><dt>Telefoon</dt><dd>+31 30 000 0000</dd></dl>`,
      { lang: 'nl' },
    );
    expect(result.organisations).toEqual([
      {
        name: 'Leercentrum Voorbeeld',
        type: 'Volwassenenonderwijs',
        country: 'NL',
        city: 'Utrecht',
        website: 'https://leercentrum.example.nl/',
        phone: '+31 30 000 0000',
        profileUrl: 'https://epale.ec.europa.eu/nl/organisations/leercentrum',
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['a javascript: link', '<a href="javascript:alert(1)">www.safe-looking.example</a>'],
    ['javascript: text', 'javascript:alert(1)'],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">site</a>'],
    ['a link back to EPALE', '<a href="/en/node/5">Our page</a>'],
    ['words, not an address', 'on request'],
  ])('keeps no website for %s', (_case, value) => {
    const result = extractWith(
      epale,
      ORG,
      `${header('Test Centre')}<dl><dt>Website</dt><dd>${value}</dd><dt>Country</dt><dd>Malta</dd></dl>`,
    );
    expect(result.organisations[0]).toBeDefined();
    expect(result.organisations[0]?.website).toBeUndefined();
  });

  it('never takes the site name or a menu item as the organisation', () => {
    const siteName = extractWith(epale, ORG, `${header('EPALE')}<dl><dt>Country</dt><dd>Malta</dd></dl>`);
    expect(siteName.organisations).toEqual([]);
    expect(siteName.warnings).toContainEqual(warning('layoutChanged'));
    const headerOnly = extractWith(epale, ORG, '<dl><dt>Country</dt><dd>Malta</dd></dl>', {
      header: '<h1>Electronic Platform for Adult Learning in Europe</h1>',
    });
    expect(headerOnly.organisations).toEqual([]);
  });

  it('reads contact details and says when they are hidden behind EU Login', () => {
    const open = extractWith(
      epale,
      ORG,
      `${header('Test Centre')}<dl><dt>E-mail</dt><dd><a href="mailto:info@test.example.org?subject=Hello">Write to us</a></dd>
      <dt>Phone</dt><dd>on request</dd></dl><p><a href="/en/user/login">Log in</a> to comment.</p>`,
    );
    expect(open.organisations[0]).toMatchObject({ email: 'info@test.example.org' });
    expect(open.organisations[0]?.phone).toBeUndefined();
    expect(open.warnings).not.toContainEqual(warning('contactHidden'));
    const hidden = extractWith(
      epale,
      ORG,
      `${header('Test Centre')}<dl><dt>Country</dt><dd>Malta</dd></dl>
      <section><h2>Contact</h2><p><a href="https://ecas.ec.europa.eu/cas/login">Log in</a> to see the contact details.</p></section>`,
    );
    expect(hidden.warnings).toEqual([warning('contactHidden')]);
    // The header's own "Log in" link is not a login wall.
    expect(extractWith(epale, ORG, `${header('Test Centre')}<dl><dt>Country</dt><dd>Malta</dd></dl>`).warnings).toEqual(
      [],
    );
  });

  it('takes an OID or PIC only from its labelled field, never from free text (issue 15, item 4)', () => {
    const inText = extractWith(
      epale,
      ORG,
      `${header('Test Centre')}<dl><dt>Country</dt><dd>Malta</dd></dl><p>Our OID is E10000001 and our PIC: 900000001.</p>`,
    );
    expect(inText.organisations[0]?.oid).toBeUndefined();
    expect(inText.organisations[0]?.pic).toBeUndefined();
    const labelled = extractWith(
      epale,
      ORG,
      `${header('Test Centre')}<dl><dt>OID</dt><dd>E10000003</dd><dt>PIC</dt><dd>no PIC yet</dd></dl><p>Partner: E10000002</p>`,
    );
    expect(labelled.organisations[0]).toMatchObject({ oid: 'E10000003' });
    expect(labelled.organisations[0]?.pic).toBeUndefined();
    const wrongShape = extractWith(
      epale,
      ORG,
      `${header('Test Centre')}<dl><dt>OID</dt><dd>E1000000</dd><dt>PIC</dt><dd>12345678901</dd></dl>`,
    );
    expect(wrongShape.organisations[0]?.oid).toBeUndefined();
    expect(wrongShape.organisations[0]?.pic).toBeUndefined();
  });

  it('reads the page without changing it, the same way twice', () => {
    const doc = documentAt(ORG, `${header('Test Centre')}<dl><dt>Country</dt><dd>Malta</dd></dl>`);
    const before = doc.documentElement.outerHTML;
    const first = epale.extract(doc, new URL(ORG));
    expect(epale.extract(doc, new URL(ORG))).toEqual(first);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('epale: partner requests', () => {
  const REQUEST = 'https://epale.ec.europa.eu/de/partner-requests/partnersuche-ka220';
  it('reads a German request (Drupal fields) with its organisation from a profile link', () => {
    const result = extractWith(
      epale,
      REQUEST,
      `${header('Partner für KA220-ADU gesucht')}
      <div class="field"><div class="field__label">Einrichtung</div><div class="field__item"><a href="/de/organisations/vhs-beispiel">VHS Beispiel</a></div></div>
      <div class="field"><div class="field__label">Land</div><div class="field__item">Österreich</div></div>
      <div class="field"><div class="field__label">Aktion</div><div class="field__item">KA220-ADU</div></div>
      <div class="field"><div class="field__label">Partnerländer</div><div class="field__items"><div class="field__item">Belgien</div><div class="field__item">Irland</div></div></div>
      <div class="field"><div class="field__label">Bewerbungsfrist</div><div class="field__item">1. März 2026</div></div>`,
      { lang: 'de' },
    );
    expect(result.organisations).toEqual([
      { name: 'VHS Beispiel', country: 'AT', profileUrl: 'https://epale.ec.europa.eu/de/organisations/vhs-beispiel' },
    ]);
    expect(result.opportunity).toEqual({
      kind: 'partner-request',
      title: 'Partner für KA220-ADU gesucht',
      url: REQUEST,
      action: 'KA220-ADU',
      deadline: '2026-03-01',
      countries: ['BE', 'IE'],
    });
  });

  it('says so when it cannot tell which organisation published the request', () => {
    const result = extractWith(
      epale,
      REQUEST,
      `${header('Partner gesucht')}<p>Frist: 1. März 2026</p>
      <p><a href="/de/organisations/a">A</a> und <a href="/de/organisations/b">B</a></p>`,
      { lang: 'de' },
    );
    expect(result.organisations).toEqual([]);
    expect(result.opportunity?.deadline).toBe('2026-03-01');
    expect(result.warnings).toEqual([warning('noPublisher')]);
  });
});
