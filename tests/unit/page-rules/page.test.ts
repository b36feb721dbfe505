import { describe, expect, it } from 'vitest';
import { emptyResult } from '../../../lib/extractors/types';
import { readWithRules } from '../../../lib/page-rules/page';
import { countryRule } from './fixtures';
import { pageAt } from './pages';

const row = '<h1>Alpha</h1><div><span>Country</span><span>Polska</span></div>';

describe('reading a page with the user’s rules', () => {
  it('runs the rules of the page’s platform and type and marks what they read', () => {
    const url = new URL('https://epale.ec.europa.eu/en/orgs/a');
    const read = readWithRules(
      { ...emptyResult('epale', 'organisation'), organisations: [{ name: 'Alpha' }] },
      pageAt(url.href, 'en', row),
      url,
      [countryRule()],
    );
    expect(read.result.organisations).toEqual([{ name: 'Alpha', country: 'PL' }]);
    expect(read.readByRule).toEqual({ country: 'epale/organisation/country' });
  });

  it('never runs a rule on another platform’s site, whatever it says about itself', () => {
    const url = new URL('https://www.salto-youth.net/tools/otlas-partner-finding/organisation/a');
    const read = readWithRules(
      { ...emptyResult(null, 'organisation'), organisations: [{ name: 'Alpha' }] },
      pageAt(url.href, 'en', row),
      url,
      [countryRule()],
    );
    expect(read.outcomes).toEqual([]);
    expect(read.result.organisations).toEqual([{ name: 'Alpha' }]);
  });

  it('gives the rules of an unknown page to the site’s general platform (ESEP, not eTwinning)', () => {
    const url = new URL('https://school-education.ec.europa.eu/en/somewhere/new');
    const rule = countryRule({
      id: 'esep/unknown/country',
      platform: 'esep',
      pageType: 'unknown',
      host: 'school-education.ec.europa.eu',
    });
    const read = readWithRules(emptyResult(null, 'unknown'), pageAt(url.href, 'en', row), url, [rule]);
    expect(read.values).toEqual({ country: 'PL' });
    expect(read.result.platform).toBe('esep');
  });
});
