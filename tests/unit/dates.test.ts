import { describe, expect, it } from 'vitest';
import { PLATFORM_LANGUAGES } from '../../lib/extractors/countries';
import { isoDate, monthFromName, parseDate, parsePartialDate } from '../../lib/extractors/dates';

describe('parseDate: the forms the platforms print', () => {
  it.each([
    ['15/03/2026', '2026-03-15'],
    ['15.03.2026', '2026-03-15'],
    ['15. 3. 2026', '2026-03-15'],
    ['15-03-2026', '2026-03-15'],
    ['2026-03-15', '2026-03-15'],
    ['2026-03-15T23:59:00+01:00', '2026-03-15'],
    ['2026. 03. 15.', '2026-03-15'],
    ['2026/03/15', '2026-03-15'],
    ['15 March 2026', '2026-03-15'],
    ['March 15, 2026', '2026-03-15'],
    ['15th March 2026', '2026-03-15'],
    ['Sunday, 15 March 2026', '2026-03-15'],
    ['15 mars 2026', '2026-03-15'],
    ['15. März 2026', '2026-03-15'],
    ['15 de marzo de 2026', '2026-03-15'],
    ['15 de março de 2026', '2026-03-15'],
    ['15 marzo 2026', '2026-03-15'],
    ['15 maart 2026', '2026-03-15'],
    ['15 marca 2026', '2026-03-15'],
    ['15. března 2026', '2026-03-15'],
    ['15 Μαρτίου 2026', '2026-03-15'],
    ['15 март 2026 г.', '2026-03-15'],
    ['2026. március 15.', '2026-03-15'],
    ['2026 m. kovo 15 d.', '2026-03-15'],
    ['2026. gada 15. marts', '2026-03-15'],
    ['15. maaliskuuta 2026', '2026-03-15'],
    ['15 ta’ Marzu 2026', '2026-03-15'],
    ['15 Márta 2026', '2026-03-15'],
    ['7 Meán Fómhair 2026', '2026-09-07'],
    ['15 Mart 2026', '2026-03-15'],
    ['Deadline: 15.3.2026, 23:59 CET', '2026-03-15'],
  ])('%s → %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it('reads every platform language as Intl (CLDR) writes it, in long, medium and full style', () => {
    const failures: string[] = [];
    for (const language of PLATFORM_LANGUAGES) {
      for (let month = 1; month <= 12; month += 1) {
        const date = new Date(Date.UTC(2026, month - 1, 7));
        const want = `2026-${String(month).padStart(2, '0')}-07`;
        for (const dateStyle of ['long', 'medium', 'full'] as const) {
          const text = new Intl.DateTimeFormat(language, { dateStyle, timeZone: 'UTC' }).format(date);
          if (parseDate(text, language) !== want) failures.push(`${language} ${dateStyle}: ${text}`);
        }
        const monthYear = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
          date,
        );
        if (parsePartialDate(monthYear, language) !== want.slice(0, 7))
          failures.push(`${language} month: ${monthYear}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('never invents a date', () => {
    for (const text of [
      '31/02/2026',
      '2026-13-01',
      '32.01.2026',
      'soon',
      '',
      'KA220-ADU 2026',
      '15 Blah 2026',
      '1850-01-01',
      '03/15/2026',
    ]) {
      expect(parseDate(text), text).toBeUndefined();
    }
    expect(parseDate(null)).toBeUndefined();
    expect(parseDate(undefined)).toBeUndefined();
  });

  it('trusts a month name that differs between languages only when the page language is known', () => {
    // "listopad" is November in Polish and Czech, October in Croatian.
    expect(parseDate('15 listopada 2026')).toBeUndefined();
    expect(parseDate('15 listopada 2026', 'pl')).toBe('2026-11-15');
    expect(parseDate('15. listopada 2026.', 'hr')).toBe('2026-10-15');
    expect(parseDate('15. listopadu 2026', 'cs')).toBe('2026-11-15');
    expect(monthFromName('srpen', 'cs')).toBe(8);
    expect(monthFromName('srpanj', 'hr')).toBe(7);
    expect(monthFromName('März')).toBe(3);
    expect(monthFromName('sept.')).toBe(9);
    expect(monthFromName('gada')).toBeUndefined();
  });
});

describe('parsePartialDate', () => {
  it.each([
    ['June 2026', '2026-06'],
    ['juin 2026', '2026-06'],
    ['Juni 2026', '2026-06'],
    ['czerwiec 2026', '2026-06'],
    ['junio de 2026', '2026-06'],
    ['2026. június', '2026-06'],
    ['06/2026', '2026-06'],
    ['2026-06', '2026-06'],
    ['1 June 2026', '2026-06-01'],
  ])('%s → %s', (text, expected) => {
    expect(parsePartialDate(text)).toBe(expected);
  });

  it('does not read a school year as a month', () => {
    expect(parsePartialDate('2025-2026')).toBeUndefined();
    expect(parsePartialDate('School year 2026')).toBeUndefined();
  });
});

describe('isoDate', () => {
  it('checks the calendar', () => {
    expect(isoDate(2028, 2, 29)).toBe('2028-02-29');
    expect(isoDate(2026, 2, 29)).toBeUndefined();
    expect(isoDate(2026, 4)).toBe('2026-04');
    expect(isoDate(1989, 4, 1)).toBeUndefined();
  });
});
