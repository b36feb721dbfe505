import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanField, cleanOrganisation, cleanResult } from '@/lib/extractors/clean';
import { ExtractionResultSchema, PAGE_TYPES, PLATFORMS } from '@/lib/domain/model';
import { warning, type Warning } from '@/lib/domain/warnings';

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    '   ',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    '=HYPERLINK("x")',
    'E1234567',
    'E12345678',
    '123456789',
    'EL',
    'gr',
    'https://ok.example/',
    'a@b.co',
    '<img src=x onerror=alert(1)>',
    '\u202Eevil',
    'x'.repeat(25_000),
  ),
);
const looseValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(hostileString, { maxLength: 3 }),
);
const looseOrganisation = fc.dictionary(
  fc.constantFrom(
    'name',
    'country',
    'city',
    'region',
    'type',
    'website',
    'email',
    'phone',
    'oid',
    'pic',
    'description',
    'role',
    'profileUrl',
    'extra',
  ),
  looseValue,
);
const looseOpportunity = fc.dictionary(
  fc.constantFrom(
    'kind',
    'title',
    'url',
    'identifier',
    'action',
    'startDate',
    'endDate',
    'deadline',
    'callYear',
    'grantEur',
    'topics',
    'countries',
    'description',
  ),
  fc.oneof(
    looseValue,
    fc.constantFrom('partner-request', 'project', '2026-03-05', '2026-03', 2025, 1e6, -5, Number.NaN),
  ),
);

/** Warnings whose values come from the page: any text at all. */
const hostileWarning: fc.Arbitrary<Warning> = fc.oneof(
  fc.constant(warning('layoutChanged')),
  hostileString.map((country) => warning('unknownCountry', { country })),
  fc
    .tuple(hostileString, hostileString)
    .map(([inAddress, onPage]) => warning('requestMismatch', { inAddress, onPage })),
  hostileString.map((value) => warning('implausible', { left: [{ reason: 'person', value }] })),
  hostileString.map((text) => warning('legacy', { text })),
);

describe('cleaning extractor output', () => {
  it('always yields a result the background accepts, whatever the page held', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLATFORMS, null),
        fc.constantFrom(...PAGE_TYPES),
        fc.array(looseOrganisation, { maxLength: 5 }),
        fc.option(looseOpportunity),
        fc.array(hostileWarning, { maxLength: 4 }),
        (platform, pageType, organisations, opportunity, warnings) => {
          const result = cleanResult({
            platform,
            pageType,
            organisations: organisations as never,
            opportunity: opportunity as never,
            warnings,
          });
          expect(ExtractionResultSchema.safeParse(result).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('drops what does not fit instead of guessing', () => {
    expect(
      cleanOrganisation({
        name: '  Stowarzyszenie   Łódź ',
        website: 'javascript:alert(1)',
        country: 'Poland',
        pic: '12345678',
        oid: 'E12345678',
      }),
    ).toEqual({
      name: 'Stowarzyszenie Łódź',
      oid: 'E12345678',
    });
    expect(cleanOrganisation({ name: '   ' })).toBeUndefined();
    expect(cleanField('email', 'not an email')).toBeUndefined();
    expect(cleanField('website', 'https://example.org/')).toBe('https://example.org/');
  });
});
