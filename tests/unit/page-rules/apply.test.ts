import { describe, expect, it } from 'vitest';
import { applyRules, rulesForPage, type RuleOutcome } from '../../../lib/page-rules/apply';
import { mergeRuleValues } from '../../../lib/page-rules/merge';
import { checkShape } from '../../../lib/page-rules/shapes';
import { recordOutcomes } from '../../../lib/page-rules/state';
import { emptyResult } from '../../../lib/extractors/types';
import { warning } from '@/lib/domain/warnings';
import type { PageRule } from '../../../lib/page-rules/types';
import { countryRule } from './fixtures';
import { pageAt } from './pages';

const URL_EN = new URL('https://epale.ec.europa.eu/en/orgs/a');
const row = (label: string, value: string) => `<div><span>${label}</span><span>${value}</span></div>`;
const page = (rows: string) => pageAt(URL_EN.href, 'en', `<h1>Alpha</h1>${rows}`);

describe('shape checks', () => {
  it('turn a country into its ISO code and refuse what is no country', () => {
    expect([
      checkShape('country', 'Polska'),
      checkShape('country', 'Deutschland'),
      checkShape('country', 'EL'),
      checkShape('country', 'Kraków'),
    ]).toEqual(['PL', 'DE', 'GR', undefined]);
  });
  it('keep websites to http(s) on another host than the platform', () => {
    expect(checkShape('website', 'www.alpha.org')).toBe('https://www.alpha.org/');
    expect(checkShape('website', 'javascript:alert(1)')).toBeUndefined();
    expect(checkShape('website', 'ftp://alpha.org')).toBeUndefined();
    expect(checkShape('website', 'https://epale.ec.europa.eu/en/orgs/a', { pageUrl: URL_EN })).toBeUndefined();
  });
  it('check OID, PIC, e-mail and phone shapes', () => {
    expect([
      checkShape('oid', 'e10012345'),
      checkShape('oid', 'E1001234'),
      checkShape('pic', '949 123 456'),
      checkShape('pic', '94912345'),
    ]).toEqual(['E10012345', undefined, '949123456', undefined]);
    expect([
      checkShape('email', 'mailto:a%40b.org?subject=x'),
      checkShape('email', 'not an address'),
      checkShape('phone', '+48 12 345 67 89'),
      checkShape('phone', 'call us'),
    ]).toEqual(['a@b.org', undefined, '+48 12 345 67 89', undefined]);
  });
  it('refuse a name that spans several lines', () => {
    expect(checkShape('text', 'Alpha\nStreet 1')).toBeUndefined();
  });
});

describe('applying rules', () => {
  it('does not use a value that fails the shape check', () => {
    const [outcome] = applyRules([countryRule()], page(row('Country', 'Somewhere nice')), URL_EN);
    expect(outcome).toMatchObject({ status: 'bad-shape', found: 'Somewhere nice' });
  });

  it('survives a selector that throws, and tries the next anchor', () => {
    const rule = countryRule({
      anchors: [
        { kind: 'selector', selector: 'div[' },
        { kind: 'label', text: 'Country', up: 0, next: true, down: [] },
      ],
    });
    expect(applyRules([rule], page(row('Country', 'Polska')), URL_EN)[0]).toMatchObject({
      status: 'read',
      value: 'PL',
    });
  });

  it('reads "Label: value" in one element', () => {
    const rule = countryRule({
      anchors: [{ kind: 'label', text: 'Country', key: 'country', inline: true, up: 0, next: false, down: [] }],
    });
    expect(applyRules([rule], page('<p>Country: Italia</p>'), URL_EN)[0]).toMatchObject({
      status: 'read',
      value: 'IT',
    });
  });

  it('runs only the rules of the page’s platform and type that are not set aside', () => {
    const rules = [
      countryRule(),
      countryRule({ id: 'otlas/organisation/country', platform: 'otlas' }),
      countryRule({ id: 'x', setAside: { at: '2026-12-04T01:00:00.000Z', reason: 'misses' } }),
    ];
    expect(rulesForPage(rules, 'epale', 'organisation').map((rule) => rule.id)).toEqual(['epale/organisation/country']);
  });
});

describe('set aside', () => {
  const at = (n: number) => `2026-12-04T0${n}:00:00.000Z`;
  it('after matching nothing on three pages in a row, with a notice for the user', () => {
    let rules: PageRule[] = [countryRule()];
    const notices = [1, 2, 3].map((n) => {
      const outcomes = applyRules(
        rulesForPage(rules, 'epale', 'organisation'),
        page(row('Phone', '+48 1234567')),
        URL_EN,
      );
      const recorded = recordOutcomes(rules, outcomes, at(n));
      rules = recorded.rules;
      return recorded.setAside;
    });
    expect(notices).toEqual([[], [], [{ ruleId: 'epale/organisation/country', field: 'country', reason: 'misses' }]]);
    expect(rulesForPage(rules, 'epale', 'organisation')).toEqual([]);
  });

  it('counts misses in a row only: a page it reads starts again, and says when it last worked', () => {
    const missed: RuleOutcome = { ruleId: 'epale/organisation/country', field: 'country', status: 'missed' };
    const read: RuleOutcome = {
      ruleId: 'epale/organisation/country',
      field: 'country',
      status: 'read',
      value: 'PL',
      anchor: 'label',
    };
    let rules = [countryRule()];
    for (const outcome of [missed, missed, read, missed, missed]) rules = recordOutcomes(rules, [outcome], at(1)).rules;
    expect(rules[0]).toMatchObject({ misses: 2, lastWorkedAt: at(1) });
    expect(rules[0]!.setAside).toBeUndefined();
  });

  it('at once after a value of the wrong shape', () => {
    const outcome: RuleOutcome = {
      ruleId: 'epale/organisation/country',
      field: 'country',
      status: 'bad-shape',
      found: 'x',
    };
    expect(recordOutcomes([countryRule()], [outcome], at(1)).setAside).toEqual([
      { ruleId: 'epale/organisation/country', field: 'country', reason: 'shape' },
    ]);
  });
});

describe('merging with the built-in reader', () => {
  const read = (field: 'country' | 'city' | 'name', value: string): RuleOutcome => ({
    ruleId: `r-${field}`,
    field,
    status: 'read',
    value,
    anchor: 'label',
  });
  const built = { ...emptyResult('epale', 'organisation'), organisations: [{ name: 'Alpha', country: 'DE' }] };

  it('fills missing fields and marks them read by the rule, keeping the reader’s confident values', () => {
    const merged = mergeRuleValues(built, [read('country', 'PL'), read('city', 'Kraków')]);
    expect(merged.result.organisations[0]).toEqual({ name: 'Alpha', country: 'DE', city: 'Kraków' });
    expect(merged.readByRule).toEqual({ city: 'r-city' });
  });

  it('wins over a weaker built-in value', () => {
    expect(mergeRuleValues(built, [read('country', 'PL')], { country: 'low' }).result.organisations[0]!.country).toBe(
      'PL',
    );
    const redesigned = { ...built, warnings: [warning('layoutChanged')] };
    expect(mergeRuleValues(redesigned, [read('country', 'PL')]).readByRule).toEqual({ country: 'r-country' });
  });

  it('makes the organisation on a page the reader could not read, when a rule read its name', () => {
    const merged = mergeRuleValues(emptyResult('epale', 'unknown'), [read('name', 'Beta'), read('country', 'AT')]);
    expect(merged.result.organisations).toEqual([{ name: 'Beta', country: 'AT' }]);
    expect(mergeRuleValues(emptyResult('epale', 'unknown'), [read('country', 'AT')]).result.organisations).toEqual([]);
  });
});
