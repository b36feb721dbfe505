/**
 * Hand entry in the panel: what the readers found is offered as "suggested", never as "corrected
 * by you", and it is saved as shown unless the user changes it (issue 11, "a better fallback").
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sent: { type: string; extraction?: { organisations: Record<string, unknown>[] } }[] = [];
vi.mock('@/lib/protocol/send', () => ({
  sendMessage: vi.fn(async (message: { type: string }) => {
    sent.push(message as never);
    if (message.type === 'stages.list') return { ok: true, stages: [] };
    return { ok: false, error: 'not in this test' };
  }),
}));

const { PageApp } = await import('@/views/page/PageApp');

const UNREAD = { platform: null, pageType: 'unknown' as const, organisations: [], opportunity: null, warnings: [] };
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

const markOf = (label: string) => {
  const input = [...host.querySelectorAll('input')].find((el) => el.labels?.[0]?.textContent?.trim() === label);
  return input && host.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent;
};

describe('hand entry pre-filled from the readers’ candidates', () => {
  it('marks pre-filled fields "suggested", leaves the rest "not on the page", and saves what it shows', async () => {
    const prefill = { name: 'Fundacja Młodzi Razem', country: 'PL' };
    await act(async () => {
      render(<PageApp extraction={UNREAD} pageUrl="https://example.org/" prefill={prefill} startOpen />, host);
    });
    expect(markOf('Name')).toBe('suggested, please check');
    expect(markOf('Country')).toBe('suggested, please check');
    expect(markOf('City')).toBe('not on the page');
    expect(host.textContent).not.toContain('corrected by you');

    await act(async () => {
      host.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    });
    const save = sent.find((message) => message.type === 'partners.save');
    expect(save?.extraction?.organisations[0]).toMatchObject(prefill);
  });
});
