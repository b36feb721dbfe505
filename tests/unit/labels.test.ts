import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { countryOf, organisationFields } from '../../lib/extractors/ecl-fields';
import { foldLabel, matchLabel, matchMachineName } from '../../lib/extractors/labels';
import { readLabelledFields } from '../../lib/extractors/labelled-fields';
import { dictionaryConflicts } from '../../lib/extractors/label-tables';
import { LABEL_KEYS, LABELS, type LabelKey } from '../../lib/extractors/labels-dictionary';

const EU_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
];
const MORE_LANGUAGES = ['tr', 'mk', 'sr', 'is', 'nb'];
const KEY_FIELDS: LabelKey[] = [
  'orgName',
  'legalName',
  'country',
  'city',
  'region',
  'type',
  'website',
  'email',
  'phone',
  'oid',
  'pic',
  'address',
  'deadline',
  'action',
  'startDate',
  'endDate',
  'description',
  'sector',
];
const terms = (key: LabelKey, language: string) => (LABELS[key][language] ?? '').split('|').filter(Boolean);

function body(html: string): Element {
  const window = new Window({ url: 'https://epale.ec.europa.eu/en/organisations/x' });
  window.document.write(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return window.document.body as unknown as Element;
}
const read = (html: string, language = 'en') => readLabelledFields(body(html), language);
const values = (html: string, language = 'en') =>
  Object.fromEntries([...read(html, language)].map(([key, field]) => [key, field.value]));

describe('label dictionary', () => {
  it('covers every key field in all 24 EU languages and tr, mk, sr, is, nb', () => {
    const missing = [...EU_LANGUAGES, ...MORE_LANGUAGES].flatMap((language) =>
      KEY_FIELDS.filter((key) => terms(key, language).length === 0).map((key) => `${language}:${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no term that means two fields in one language', () => {
    matchLabel('Country'); // builds the tables
    expect(dictionaryConflicts()).toEqual([]);
  });

  it.each([...EU_LANGUAGES, ...MORE_LANGUAGES])('every %s term is recognised in that language', (language) => {
    const wrong = LABEL_KEYS.flatMap((key) =>
      terms(key, language)
        .filter((term) => matchLabel(term, language) !== key)
        .map((term) => `${term} → ${matchLabel(term, language)} (want ${key})`),
    );
    expect(wrong).toEqual([]);
  });

  it('knows all known machine names and none of the unknown ones', () => {
    expect(matchMachineName('field field--name-field-country field--label-inline')).toBe('country');
    expect(matchMachineName('field field--name-body field--label-hidden')).toBe('description');
    expect(matchMachineName('field field--name-field-organisation_type')).toBe('type');
    expect(matchMachineName('field field--name-field-tags')).toBeUndefined();
  });
});

describe('matchLabel', () => {
  it.each([
    ['Country', 'en', 'country'],
    ['Country:', 'en', 'country'],
    ['Country *', 'en', 'country'],
    ['COUNTRY', 'en', 'country'],
    ['Land', 'de', 'country'],
    ['Pays :', 'fr', 'country'],
    ['Χώρα', 'el', 'country'],
    ['Ülke', 'tr', 'country'],
    ['Țara', 'ro', 'country'],
    ['Type d’organisation', 'fr', 'type'],
    ["Type d'organisation", 'fr', 'type'],
    ['Art der Einrichtung', 'de', 'type'],
    ['E-Mail', 'de', 'email'],
    ['El. paštas', 'lt', 'email'],
    ['Website (URL)', 'en', 'website'],
    ['Organisation ID (OID)', 'en', 'oid'],
    ['Termin zgłoszeń', 'pl', 'deadline'],
    ['Fecha límite', 'es', 'deadline'],
    ['Προθεσμία', 'el', 'deadline'],
    ['Kraj', 'pl', 'country'],
    ['Kraj', 'cs', 'region'],
    ['Kraj', 'sl', 'city'],
    ['Kraj', 'hr', 'endDate'],
    ['Country', 'de', 'country'], // untranslated English strings on a German page
  ] as const)('%s (%s) → %s', (label, language, key) => {
    expect(matchLabel(label, language)).toBe(key);
  });

  it('matches whole labels only, never parts of a sentence', () => {
    for (const label of ['Country of birth', 'Countryside', 'Our website is new', 'Type', 'By', 'Name'])
      expect(matchLabel(label, 'en')).not.toBe('country');
    expect(matchLabel('Country of birth', 'en')).toBeUndefined();
    expect(matchLabel('Our website is new', 'en')).toBeUndefined();
    expect(matchLabel('By', 'en')).toBeUndefined(); // Danish "By" (city) is not English
  });

  it('without a page language uses only terms that mean one field everywhere', () => {
    expect(matchLabel('Kraj')).toBeUndefined();
    expect(matchLabel('Χώρα')).toBe('country');
    expect(foldLabel('  Tipo di organizzazione * : ')).toBe('tipo di organizzazione');
  });
});

describe('readLabelledFields: the markup variants', () => {
  it('reads ECL description lists, also with div groups and several dd', () => {
    expect(
      values(`<dl class="ecl-description-list"><dt>Country</dt><dd>Ireland</dd><dt>City</dt><dd>Galway</dd></dl>
      <dl><div><dt>Region</dt><dd>West</dd></div></dl>`),
    ).toEqual({ country: 'Ireland', city: 'Galway', region: 'West' });
    const fields = read('<dl><dt>Partner countries</dt><dd>Italy</dd><dd>Spain</dd></dl>');
    expect(fields.get('partnerCountries')?.values).toEqual(['Italy', 'Spain']);
  });

  it('reads Drupal fields by label and, when the label is hidden, by machine name', () => {
    const fields = read(
      `<div class="field field--name-field-x"><div class="field__label">Stadt</div><div class="field__item">Leipzig</div></div>
      <div class="field field--name-field-country field--label-hidden"><div class="field__item">Deutschland</div></div>
      <div class="field field--name-field-topics"><div class="field__label">Themen</div><div class="field__items"><div class="field__item">Sprachen</div><div class="field__item">Kunst</div></div></div>`,
      'de',
    );
    expect(fields.get('city')?.value).toBe('Leipzig');
    expect(fields.get('country')?.value).toBe('Deutschland');
    expect(fields.get('topics')?.values).toEqual(['Sprachen', 'Kunst']);
  });

  it('reads two-cell table rows but not the rows of a result table', () => {
    expect(values('<table><tr><th>Miasto</th><td>Lublin</td></tr></table>', 'pl')).toEqual({ city: 'Lublin' });
    expect(
      values(
        '<table><thead><tr><th>Kraj</th><th>Szkoła</th></tr></thead><tbody><tr><td>Polska</td><td>SP 1</td></tr></tbody></table>',
        'pl',
      ),
    ).toEqual({});
  });

  it('reads a label element followed by its value element', () => {
    expect(
      values('<div class="fact"><span class="k">Ciudad</span><span class="v">Valencia</span></div>', 'es'),
    ).toEqual({ city: 'Valencia' });
  });

  it('reads "Label: value" text, split at <br>, with French spacing', () => {
    expect(values('<p><strong>Pays&nbsp;:</strong> France<br><strong>Ville :</strong> Lyon</p>', 'fr')).toEqual({
      country: 'France',
      city: 'Lyon',
    });
    expect(values('<ul><li>Χώρα: Ελλάδα</li><li>Πόλη: Πάτρα</li></ul>', 'el')).toEqual({
      country: 'Ελλάδα',
      city: 'Πάτρα',
    });
  });

  it('reads the prose under a heading up to the next heading or labelled block', () => {
    const fields = read(
      '<h2>About us</h2><p>One.</p><p>Two.</p><dl><dt>City</dt><dd>Cork</dd></dl><h2>Other</h2><p>Three.</p>',
    );
    expect(fields.get('description')?.value).toBe('One.\nTwo.');
    expect(
      read('<h2>Description</h2><p>Text.</p><div class="ecl-notification">Log in to see more.</div>').get('description')
        ?.value,
    ).toBe('Text.');
  });

  it('keeps the links of a value', () => {
    const fields = read('<dl><dt>Website</dt><dd><a href="https://example.org">example.org</a></dd></dl>');
    expect(fields.get('website')?.links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org']);
  });

  it('skips site chrome: header, menus, breadcrumbs, footer, cookie banner, forms', () => {
    expect(
      values(`<header class="ecl-site-header"><p>Country: Belgium</p></header>
      <nav><p>City: Brussels</p></nav><div id="cookie-consent-banner"><p>E-mail: cookies@example.eu</p></div>
      <form><label>Country</label><select><option>Poland</option></select></form>
      <main><p>Region: West</p></main><footer class="ecl-site-footer"><p>Phone: +32 2 000 00 00</p></footer>`),
    ).toEqual({ region: 'West' });
  });

  it('takes the first occurrence, structured markup before free text', () => {
    expect(
      values('<p>Country: Spain</p><dl><dt>Country</dt><dd>Portugal</dd></dl><dl><dt>Country</dt><dd>Italy</dd></dl>'),
    ).toEqual({ country: 'Portugal' });
  });

  it('does not take the next label as the value of an empty field', () => {
    expect(values('<div><span>Website</span><span>City</span></div>')).toEqual({});
    expect(values('<dl><dt>Website</dt><dd></dd><dt>City</dt><dd>Cork</dd></dl>')).toEqual({ city: 'Cork' });
    // …but a value that happens to be a label word, in a cell of its own, is a value.
    expect(values('<table><tr><th>Tipologia</th><td>Ente</td></tr></table>', 'it')).toEqual({ type: 'Ente' });
  });
});

describe('labels in every language, end to end', () => {
  // A labelled profile per language: the first country and city terms, a country name as Intl writes it there.
  it.each([...EU_LANGUAGES, ...MORE_LANGUAGES])('%s: country and city are read', (language) => {
    const countryName = new Intl.DisplayNames([language], { type: 'region' }).of('AT')!;
    const root = body(`<main><dl><dt>${terms('country', language)[0]}</dt><dd>${countryName}</dd>
      <dt>${terms('city', language)[0]}</dt><dd>Graz</dd><dt>${terms('website', language)[0]}</dt><dd>www.example.at</dd></dl></main>`);
    const organisation = organisationFields(readLabelledFields(root, language));
    expect(organisation).toMatchObject({ country: 'AT', city: 'Graz', website: 'https://www.example.at/' });
  });

  it('maps the EU codes EL and UK to ISO GR and GB', () => {
    expect(countryOf('EL')).toBe('GR');
    expect(countryOf('UK')).toBe('GB');
    expect(countryOf('Ελλάδα')).toBe('GR');
    expect(countryOf('Deutschland (DE)')).toBe('DE');
  });
});
