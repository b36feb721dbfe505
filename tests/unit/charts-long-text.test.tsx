/**
 * The statistics charts are SVG, where text neither wraps nor pushes its neighbours: long step
 * names (Georgian, Ukrainian, or a user's own stage names) and long month names (Ukrainian Intl:
 * "лист. 2025 р.") must still fit. Checked against a lower bound of the drawn width (0.55 em per
 * character), so a chart that leaves the old fixed room fails.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FunnelChart } from '@/components/ideas/FunnelChart';
import { MonthlyChart } from '@/components/ideas/MonthlyChart';
import type { Funnel } from '@/lib/domain/stats';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

const atLeastWide = (text: string, fontPx: number) => [...text].length * fontPx * 0.55;
const number = (element: Element, name: string) => Number(element.getAttribute(name));
const colours = { contacted: '#6d28d9', replied: '#b45309', confirmed: '#15803d' };
const funnel: Funnel = { total: 12, contacted: 10, replied: 4, confirmed: 2, replyRate: 0.4, confirmRate: 0.2 };

describe('charts with long words', () => {
  it('the funnel makes room left of its bars for Georgian step names', () => {
    const labels = { contacted: 'დავუკავშირდით', replied: 'გვიპასუხა', confirmed: 'დადასტურებული' };
    act(() => render(<FunnelChart title="ყველა პარტნიორი" funnel={funnel} colours={colours} labels={labels} />, root));
    const names = [...root.querySelectorAll('text.ii-chart__label')];
    expect(names.map((t) => t.textContent)).toEqual(Object.values(labels));
    // Right-aligned at x: the name starts x minus its width from the left edge, which must be ≥ 0.
    for (const name of names) expect(number(name, 'x')).toBeGreaterThanOrEqual(atLeastWide(name.textContent!, 13));
    const bars = [...root.querySelectorAll('rect')];
    for (const bar of bars) expect(number(bar, 'x')).toBeGreaterThan(number(names[0]!, 'x'));
    const [, , width] = root.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    expect(root.querySelector('svg')!.getAttribute('width')).toBe(String(width));
  });

  it('keeps English charts as wide as before', () => {
    const labels = { contacted: 'Contacted', replied: 'Replied', confirmed: 'Confirmed' };
    act(() => render(<FunnelChart title="All partners" funnel={funnel} colours={colours} labels={labels} />, root));
    expect(Number(root.querySelector('svg')!.getAttribute('width'))).toBeLessThanOrEqual(430);
  });

  it('the monthly chart spaces Ukrainian month names so they neither overlap nor leave the chart', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('uk-UA');
    const rows = ['2025-11', '2025-12', '2026-01'].map((month) => ({ month, contacted: 2, replied: 1, confirmed: 1 }));
    const labels = { contacted: 'Зв’язалися', replied: 'Відповіли', confirmed: 'Підтвердили' };
    act(() => render(<MonthlyChart rows={rows} colours={colours} labels={labels} />, root));
    const months = [...root.querySelectorAll('text.ii-chart__small')].filter((t) => /\d{4}/.test(t.textContent ?? ''));
    expect(months.map((t) => t.textContent)).toEqual(['лист. 2025 р.', 'груд. 2025 р.', 'січ. 2026 р.']);
    const spans = months.map((t) => {
      const half = atLeastWide(t.textContent!, 11) / 2;
      return [number(t, 'x') - half, number(t, 'x') + half] as const;
    });
    expect(spans[0]![0]).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    const width = Number(root.querySelector('svg')!.getAttribute('width'));
    expect(spans.at(-1)![1]).toBeLessThanOrEqual(width);
  });
});
