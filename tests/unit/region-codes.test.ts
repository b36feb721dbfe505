/**
 * The plausibility check's country codes come from a list built ahead of time (regions.json), so a
 * page's first read makes no Intl.DisplayNames; without the list they come from Intl, the same codes.
 */
import { describe, expect, it } from 'vitest';
import { regionCodes } from '@/lib/domain/regions';
import { isCountryCode, useRegionCodes } from '@/lib/extractors/plausible';
import { dictionaryFiles } from '@/scripts/dictionaries';

describe('region codes', () => {
  it('are built into regions.json: every country, no made-up code', () => {
    const file = dictionaryFiles().find((f) => f.relativeDest.endsWith('/regions.json'))!;
    const codes = JSON.parse(file.contents) as string[];
    expect(codes).toEqual(regionCodes());
    for (const code of ['AT', 'BO', 'GE', 'UA', 'TR', 'PS']) expect(codes).toContain(code);
    for (const code of ['AB', 'OO', 'ZX']) expect(codes).not.toContain(code);
  });

  it('answer the check from the list once it is loaded', () => {
    useRegionCodes(['AT']);
    expect(isCountryCode('AT')).toBe(true);
    expect(isCountryCode('BO')).toBe(false); // only what the list holds
    expect(isCountryCode('XK')).toBe(true); // Kosovo, which the programme uses
    expect(isCountryCode('EU')).toBe(false); // a group of countries, never one
    useRegionCodes(regionCodes());
    expect(isCountryCode('BO')).toBe(true);
  });
});
