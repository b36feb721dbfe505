/** Rules as tests need them: one made by Pick on page on an English EPALE page. */
import type { PageRule } from '../../../lib/page-rules/types';

export const countryRule = (overrides: Partial<PageRule> = {}): PageRule => ({
  id: 'epale/organisation/country',
  platform: 'epale',
  pageType: 'organisation',
  field: 'country',
  anchors: [
    { kind: 'label', text: 'Country', key: 'country', up: 0, next: true, down: [] },
    { kind: 'selector', selector: 'span[itemprop="addressCountry"]' },
  ],
  sample: 'PL',
  shape: 'country',
  createdAt: '2026-12-04T01:00:00.000Z',
  version: 1,
  host: 'epale.ec.europa.eu',
  origin: 'mine',
  misses: 0,
  ...overrides,
});
