/**
 * Page rules in the panel (PageApp): a picked value fills its field at once and its rule is saved
 * with the partner; fields read by a rule are marked, Undo puts the reader's value back, Forget asks
 * the background to delete the rule; rules set aside are said, never silent.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countryRule } from './fixtures';

type Sent = { type: string; [key: string]: unknown };
const sent: Sent[] = [];
let pickAnswer: unknown = { status: 'cancelled' };
vi.mock('@/lib/protocol/send', () => ({
  sendMessage: vi.fn(async (message: Sent) => {
    sent.push(message);
    if (message.type === 'stages.list') return { ok: true, stages: [] };
    if (message.type === 'pageRules.pick') return { ok: true, result: pickAnswer };
    if (message.type === 'pageRules.save') return { ok: true, saved: (message.rules as unknown[]).length };
    if (message.type === 'pageRules.forget') return { ok: true };
    if (message.type === 'partners.lookup') return { ok: true, saved: [null] };
    if (message.type === 'partners.save') {
      const saved = { orgId: 'o1', name: 'Alpha', stageId: 'to-contact', stageName: 'To contact', created: true };
      return { ok: true, saved };
    }
    return { ok: false, error: 'not in this test' };
  }),
}));

const { PageApp } = await import('@/views/page/PageApp');

const LAYOUT = { code: 'layoutChanged' as const, params: {} };
const NOTHING = {
  platform: 'epale' as const,
  pageType: 'organisation' as const,
  organisations: [],
  opportunity: null,
  warnings: [LAYOUT],
};
const PAGE = 'https://epale.ec.europa.eu/en/o';
let host: HTMLElement;

beforeEach(() => {
  sent.length = 0;
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const input = (label: string) =>
  [...host.querySelectorAll('input')].find((el) => el.labels?.[0]?.textContent?.trim() === label)!;
const button = (name: string) =>
  [...host.querySelectorAll('button')].find((el) => (el.getAttribute('aria-label') ?? el.textContent) === name)!;
const click = (name: string) => act(async () => button(name).click());
const submit = async () => {
  await act(async () => {
    host.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
  });
  // The save and then the rules' save are two answers in a row.
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
};

describe('Pick on page in the panel', () => {
  it('fills the field with the picked value and saves its rule with the partner', async () => {
    await act(async () => render(<PageApp extraction={NOTHING} pageUrl={PAGE} startOpen />, host));
    pickAnswer = {
      status: 'picked',
      value: 'Alpha',
      rule: countryRule({ id: 'epale/organisation/name', field: 'name' }),
    };
    await click('Pick Name on the page');
    expect(sent.find((m) => m.type === 'pageRules.pick')).toMatchObject({ field: 'name', fieldLabel: 'Name' });
    expect(input('Name').value).toBe('Alpha');
    expect(host.textContent).toContain('Picked on the page; kept as a rule when you save.');

    pickAnswer = { status: 'bad-shape', found: 'Kraków' };
    await click('Pick Country on the page');
    expect(input('Country').value).toBe('');
    expect(host.textContent).toContain('That is not a valid value for Country.');

    await submit();
    expect(sent.find((m) => m.type === 'partners.save')).toBeDefined();
    const saved = sent.find((m) => m.type === 'pageRules.save');
    expect(saved?.rules).toMatchObject([{ id: 'epale/organisation/name' }]);
    const both = 'Saved Alpha to your pipeline. Partner Pipeline will read this field on pages like this one.';
    expect(host.textContent).toContain(both);
    expect(host.textContent).not.toContain('Picked on the page');
  });

  it('saves no rule when nothing was picked', async () => {
    const read = { ...NOTHING, warnings: [], organisations: [{ name: 'Alpha' }] };
    await act(async () => render(<PageApp extraction={read} pageUrl={PAGE} startOpen />, host));
    await submit();
    expect(sent.some((m) => m.type === 'pageRules.save')).toBe(false);
  });

  it('marks fields read by a rule, with Undo and Forget this rule, and says which rules were set aside', async () => {
    const read = { ...NOTHING, organisations: [{ name: 'Beta', city: 'Graz', country: 'AT' }] };
    const rules = {
      readByRule: { city: 'epale/organisation/city', country: 'epale/organisation/country' },
      builtIn: { city: 'Gratz' },
      setAside: [{ ruleId: 'epale/organisation/website', field: 'website' as const, reason: 'misses' as const }],
    };
    await act(async () => render(<PageApp extraction={read} pageUrl={PAGE} rules={rules} startOpen />, host));
    expect(host.querySelectorAll('.pp-read-by-rule').length).toBe(2);
    expect(host.textContent).toContain('Your rule for Website was set aside');
    // A rule's value counts as read, not "please check", on a page that looks different.
    const mark = host.querySelector(`#${input('City').getAttribute('aria-describedby')}`)!.textContent;
    expect(mark).toBe('read from the page');

    await click('Undo the value your rule read for City');
    expect(input('City').value).toBe('Gratz');
    await click('Forget your rule for Country');
    expect(sent.find((m) => m.type === 'pageRules.forget')).toMatchObject({ ruleId: 'epale/organisation/country' });
    expect(host.querySelectorAll('.pp-read-by-rule').length).toBe(0);
    expect(input('Country').value).toBe('AT');
  });
});
