/**
 * Stage 2's use of page rules (views/page/page-rules-tab.ts › withPageRules): the page's rules run
 * after the reader, what they did is recorded and handed to the panel; a rule that breaks never costs
 * the page its panel.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageRule } from '@/lib/page-rules/types';
import { countryRule } from './fixtures';

const sent: { type: string; outcomes?: unknown[] }[] = [];
vi.mock('@/lib/protocol/send', () => ({
  sendMessage: vi.fn(async (message: { type: string }) => {
    sent.push(message);
    if (message.type === 'pageRules.record') return { ok: true, setAside: [] };
    return { ok: false, error: 'not in this test' };
  }),
}));
const { withPageRules } = await import('@/views/page/page-rules-tab');

const URL_ = new URL('https://epale.ec.europa.eu/en/organisations/org-4711');
const builtIn = {
  platform: 'epale' as const,
  pageType: 'organisation' as const,
  organisations: [{ name: 'Alpha Foundation', city: 'Krakow' }],
  opportunity: null,
  warnings: [{ code: 'layoutChanged' as const, params: {} }],
};
const cityRule = (anchors: unknown[]): PageRule =>
  countryRule({ id: 'epale/organisation/city', field: 'city', shape: 'text', anchors: anchors as PageRule['anchors'] });

afterEach(() => {
  sent.length = 0;
  document.body.innerHTML = '';
});

describe('page rules in stage 2', () => {
  it('runs the rules after the reader, records what they did and tells the panel', async () => {
    document.body.innerHTML = '<main><p><span>Home town:</span><span>Kraków</span></p></main>';
    const rule = cityRule([{ kind: 'label', text: 'Home town', up: 0, next: true, down: [] }]);
    const read = await withPageRules(builtIn, Promise.resolve({ ok: true as const, rules: [rule] }), URL_);
    expect(read.extraction.organisations[0]).toMatchObject({ name: 'Alpha Foundation', city: 'Kraków' });
    expect(read.rules).toEqual({ readByRule: { city: rule.id }, builtIn: { city: 'Krakow' }, setAside: [] });
    expect(sent).toMatchObject([{ type: 'pageRules.record', outcomes: [{ ruleId: rule.id, status: 'read' }] }]);
  });

  it('starts hand entry from what the rules read when no organisation came of it (no name)', async () => {
    document.body.innerHTML = '<main><p><span>Home town:</span><span>Kraków</span></p></main>';
    const rule = cityRule([{ kind: 'label', text: 'Home town', up: 0, next: true, down: [] }]);
    const nothing = { ...builtIn, organisations: [] };
    const read = await withPageRules(nothing, Promise.resolve({ ok: true as const, rules: [rule] }), URL_);
    expect(read.extraction.organisations).toEqual([]);
    expect(read.values).toEqual({ city: 'Kraków' });
  });

  it('keeps the reader’s result when there are no rules, or a rule breaks', async () => {
    const none = await withPageRules(builtIn, Promise.resolve({ ok: true as const, rules: [] }), URL_);
    expect(none).toEqual({ extraction: builtIn });
    document.body.innerHTML = '<main><p><span>Home town:</span><span>Kraków</span></p></main>';
    // A hop without its `down` steps: following it throws.
    const broken = cityRule([{ kind: 'label', text: 'Home town', up: 0, next: true }]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const read = await withPageRules(builtIn, Promise.resolve({ ok: true as const, rules: [broken] }), URL_);
    expect(read).toEqual({ extraction: builtIn });
    expect(warn).toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});
