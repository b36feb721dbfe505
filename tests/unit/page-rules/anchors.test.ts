import { describe, expect, it } from 'vitest';
import { applyRules } from '../../../lib/page-rules/apply';
import { findSelectorAnchor, stablePart } from '../../../lib/page-rules/anchors';
import { pickValue, type PickContext } from '../../../lib/page-rules/pick';
import type { PageRule, RuleField } from '../../../lib/page-rules/types';
import { cardHtml, ENGLISH, GERMAN, pageAt } from './pages';

const EN_URL = 'https://epale.ec.europa.eu/en/orgs/alpha';
const DE_URL = 'https://epale.ec.europa.eu/de/orgs/beta';
const context = (doc: Document, url: string): PickContext => ({
  doc,
  url: new URL(url),
  platform: 'epale',
  pageType: 'organisation',
  now: '2026-12-04T01:00:00.000Z',
});

const english = pageAt(
  EN_URL,
  'en',
  cardHtml({
    name: 'Alpha Foundation',
    country: 'Poland',
    city: 'Kraków',
    website: 'https://alpha.example.org/',
    email: 'hello@alpha.example.org',
    labels: ENGLISH,
  }),
);
const german = pageAt(
  DE_URL,
  'de',
  cardHtml({
    name: 'Beta Verein',
    country: 'Österreich',
    city: 'Graz',
    website: 'https://beta.example.at/',
    email: 'info@beta.example.at',
    labels: GERMAN,
    extraRows: '<div class="r-82k1"><span class="k-1">Typ</span><span class="v-2">NGO</span></div>',
  }),
);

/** The value cell of the row whose label is `label`. */
const valueCell = (doc: Document, label: string) =>
  Array.from(doc.querySelectorAll('.k-1')).find((el) => el.textContent === label)!.nextElementSibling!;

function pickRule(field: RuleField, label: string, at = english, url = EN_URL): PageRule {
  const picked = pickValue(valueCell(at, label), field, context(at, url));
  if (picked.status !== 'picked' || !picked.rule) throw new Error(`no rule for ${field}: ${JSON.stringify(picked)}`);
  return picked.rule;
}

describe('a rule made on one page', () => {
  it('takes a picked value in the field’s shape: an ISO code, the http(s) link, the mailto address', () => {
    const values = (['country', 'city', 'website', 'email'] as const).map((field) => {
      const label = { country: 'Country', city: 'City', website: 'Website', email: 'E-mail' }[field];
      const picked = pickValue(valueCell(english, label), field, context(english, EN_URL));
      return picked.status === 'picked' ? picked.value : picked.status;
    });
    expect(values).toEqual(['PL', 'Kraków', 'https://alpha.example.org/', 'hello@alpha.example.org']);
  });

  it('anchors on the label first, with its dictionary key', () => {
    const rule = pickRule('country', 'Country');
    expect(rule.anchors[0]).toMatchObject({
      kind: 'label',
      text: 'Country',
      key: 'country',
      up: 0,
      next: true,
      down: [],
    });
    expect(rule.anchors.map((anchor) => anchor.kind)).toContain('path');
  });

  it('reads the German page of the same type through the dictionary key', () => {
    const rules = [
      pickRule('country', 'Country'),
      pickRule('city', 'City'),
      pickRule('website', 'Website'),
      pickRule('email', 'E-mail'),
    ];
    const outcomes = applyRules(rules, german, new URL(DE_URL));
    expect(
      outcomes.map((outcome) => (outcome.status === 'read' ? [outcome.value, outcome.anchor] : outcome.status)),
    ).toEqual([
      ['AT', 'label'],
      ['Graz', 'label'],
      ['https://beta.example.at/', 'label'],
      ['info@beta.example.at', 'label'],
    ]);
  });

  it('does not take a label that only looks the same in the site chrome (menu, footer)', () => {
    const empty = pageAt(DE_URL, 'de', '<h1>Gamma</h1><p>Nothing here</p>');
    expect(applyRules([pickRule('country', 'Country')], empty, new URL(DE_URL))[0]!.status).toBe('missed');
  });

  it('without its label falls back to the path from the heading', () => {
    const rule = pickRule('city', 'City');
    const relabelled = pageAt(
      EN_URL,
      'en',
      cardHtml({
        name: 'Delta',
        country: 'Spain',
        city: 'Sevilla',
        website: 'https://d.example.es/',
        email: 'd@d.example.es',
        labels: { ...ENGLISH, city: 'Based in' },
      }),
    );
    const [outcome] = applyRules([rule], relabelled, new URL(EN_URL));
    expect(outcome).toMatchObject({ status: 'read', value: 'Sevilla', anchor: 'path' });
  });
});

describe('stable selectors', () => {
  it('use ids, itemprop, data-* and ECL/Drupal classes, never generated classes or ids with numbers', () => {
    const doc = pageAt(
      EN_URL,
      'en',
      `<div id="node-48213" class="css-9a8b7c"><span itemprop="addressCountry" class="x-1">PL</span></div>
      <div id="contact" data-field="city" class="ecl-description-list__definition sc-abc123">Kraków</div>`,
    );
    const [country, city] = [doc.querySelector('[itemprop]')!, doc.querySelector('[data-field]')!];
    expect(stablePart(country)).toBe('span[itemprop="addressCountry"]');
    expect(stablePart(doc.querySelector('#node-48213')!)).toBeUndefined();
    expect(stablePart(city)).toBe('div#contact');
    expect(findSelectorAnchor(country, doc)?.selector).toBe('span[itemprop="addressCountry"]');
  });

  it('use nth-child only on the last step', () => {
    const doc = pageAt(EN_URL, 'en', '<dl class="ecl-description-list"><dd>a</dd><dd>b</dd></dl>');
    const second = doc.querySelectorAll('dd')[1]!;
    expect(findSelectorAnchor(second, doc)?.selector).toBe('dl.ecl-description-list > dd:nth-child(2)');
  });
});
