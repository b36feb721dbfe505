import { describe, expect, it } from 'vitest';
import {
  MAX_RULES_FILE_BYTES,
  readRulesFile,
  readRulesText,
  RULES_FORMAT,
  rulesFileText,
  RulesFileError,
} from '../../../lib/page-rules/file';
import { applyRulesImport, planRulesImport } from '../../../lib/page-rules/plan';
import { countryRule } from './fixtures';

const AT = new Date('2026-12-04T02:00:00.000Z');
const fileWith = (rules: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: RULES_FORMAT, version: 1, exportedAt: AT.toISOString(), rules, ...extra });
const shared = (overrides: Record<string, unknown> = {}) => {
  const { origin: _o, misses: _m, ...rule } = countryRule();
  return { ...rule, ...overrides };
};
const problemOf = (text: string) => {
  try {
    readRulesText(text);
    return 'accepted';
  } catch (error) {
    return error instanceof RulesFileError ? error.problem : `threw ${String(error)}`;
  }
};

describe('a rules file', () => {
  it('round-trips: exported rules read back as imported rules, without this browser’s record', () => {
    const text = rulesFileText([countryRule({ lastWorkedAt: AT.toISOString(), misses: 2 })], AT);
    expect(text).not.toContain('lastWorkedAt');
    expect(readRulesText(text)).toEqual([{ ...countryRule(), origin: 'imported', misses: 0 }]);
  });

  it('is refused when it holds code', () => {
    expect(problemOf(fileWith([shared({ sample: '<script>alert(1)</script>' })]))).toBe('code');
    expect(
      problemOf(fileWith([shared({ anchors: [{ kind: 'selector', selector: 'a[href="javascript:alert(1)"]' }] })])),
    ).toBe('code');
    expect(problemOf(fileWith([shared({ sample: 'x', extract: '(doc) => doc.cookie' })]))).toBe('code');
  });

  it('is refused with unknown fields, in a rule or in the file', () => {
    expect(problemOf(fileWith([shared({ transform: 'upper' })]))).toBe('unknown-field');
    expect(
      problemOf(
        fileWith([shared({ anchors: [{ kind: 'label', text: 'Country', up: 0, next: true, down: [], eval: 'x' }] })]),
      ),
    ).toBe('unknown-field');
    expect(problemOf(fileWith([shared()], { endpoint: 'https://evil.example' }))).toBe('unknown-field');
  });

  it('is refused when a selector throws in the browser’s parser', () => {
    expect(problemOf(fileWith([shared({ anchors: [{ kind: 'selector', selector: 'div[' }] })]))).toBe('selector');
    expect(problemOf(fileWith([shared({ anchors: [{ kind: 'selector', selector: 'div >> p' }] })]))).toBe('selector');
  });

  it('is refused when a rule is for another platform’s host', () => {
    expect(problemOf(fileWith([shared({ host: 'evil.example.com' })]))).toBe('other-host');
    expect(problemOf(fileWith([shared({ host: 'school-education.ec.europa.eu' })]))).toBe('other-host');
  });

  it('is refused above 1 MB before it is read (a 10 MB file)', async () => {
    const big = new Blob(['x'.repeat(10 * 1024 * 1024)]);
    let read = false;
    const file = Object.assign(big, { text: () => ((read = true), Promise.resolve('')) });
    await expect(readRulesFile(file)).rejects.toMatchObject({ problem: 'too-large' });
    expect(read).toBe(false);
    expect(problemOf(`${fileWith([shared()])}${' '.repeat(MAX_RULES_FILE_BYTES)}`)).toBe('too-large');
  });

  it('is refused when it is not a rules file', () => {
    expect(problemOf('')).toBe('empty');
    expect(problemOf('{nope')).toBe('not-json');
    expect(problemOf(JSON.stringify({ format: 'partner-pipeline-export' }))).toBe('not-rules');
    expect(problemOf(fileWith([shared()], { version: 9 }))).toBe('newer');
    expect(problemOf(fileWith([shared(), shared()]))).toBe('duplicate');
    expect(problemOf(fileWith([shared({ field: 'password' })]))).toBe('invalid');
  });
});

describe('importing rules', () => {
  it('adds new rules, replaces imported ones, and asks before replacing the user’s own', () => {
    const mine = countryRule();
    const theirs = {
      ...countryRule({ origin: 'imported' }),
      anchors: [{ kind: 'label' as const, text: 'Nation', up: 0, next: true, down: [] }],
    };
    const city = countryRule({ id: 'epale/organisation/city', field: 'city', shape: 'text', origin: 'imported' });
    const rows = planRulesImport([mine], [theirs, city]);
    expect(rows.map((row) => row.action)).toEqual(['ask', 'add']);
    expect(applyRulesImport([mine], rows).find((rule) => rule.field === 'country')).toBe(mine);
    expect(applyRulesImport([mine], rows, new Set([mine.id])).find((rule) => rule.field === 'country')).toBe(theirs);
    expect(planRulesImport([countryRule({ origin: 'imported' })], [theirs])[0]!.action).toBe('replace');
    expect(planRulesImport([mine], [countryRule({ origin: 'imported' })])[0]!.action).toBe('same');
  });
});
