/**
 * Rules made on one real platform fixture read the others: other languages, other markup
 * (description lists, Drupal fields, tables).
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { applyRules } from '../../../lib/page-rules/apply';
import { pickValue } from '../../../lib/page-rules/pick';
import type { RuleField } from '../../../lib/page-rules/types';

function load(name: string) {
  const expected = JSON.parse(readFileSync(`tests/fixtures/${name}.expected.json`, 'utf8'));
  const window = new Window({ url: expected.url });
  window.document.write(readFileSync(`tests/fixtures/${name}.html`, 'utf8'));
  return {
    doc: window.document as unknown as Document,
    url: new URL(expected.url),
    organisation: expected.result.organisations[0] ?? {},
  };
}

const SOURCE = 'epale/organisation-de-drupal-fields';
const TARGETS = [
  'epale/organisation-en-description-list',
  'esep/organisation-it-drupal-fields',
  'epale/partner-request-pl-table',
  'esep/partner-finding-es-table',
];

/** The rule made by picking the innermost element that holds the expected value on the source page. */
function ruleFromSource(field: RuleField) {
  const source = load(SOURCE);
  const context = {
    doc: source.doc,
    url: source.url,
    platform: 'epale' as const,
    pageType: 'organisation' as const,
    now: '2026-12-04T01:00:00.000Z',
  };
  const picks = Array.from(source.doc.querySelectorAll('main *')).map((el) => pickValue(el, field, context));
  const last = picks
    .filter((pick) => pick.status === 'picked' && pick.value === source.organisation[field] && pick.rule)
    .at(-1);
  if (last?.status !== 'picked' || !last.rule) throw new Error(`nothing to pick for ${field}`);
  return last.rule;
}

describe('a rule picked on the German EPALE page', () => {
  it.each(['country', 'city'] as const)(
    'reads the %s on English, Italian, Polish and Spanish pages of other layouts',
    (field) => {
      const rule = ruleFromSource(field);
      const read = TARGETS.map((name) => {
        const target = load(name);
        const [outcome] = applyRules([rule], target.doc, target.url);
        return outcome?.status === 'read' ? outcome.value : outcome?.status;
      });
      expect(read).toEqual(TARGETS.map((name) => load(name).organisation[field]));
    },
    20_000,
  );
});
