import { describe, expect, it } from 'vitest';
import { normaliseWebsite, safeHttpUrl, textOf } from '@/lib/extractors/text';

const element = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html; // test input only: builds the page fragment being read
  return div;
};

describe('reading text from pages', () => {
  it('folds whitespace and ignores script, style and noscript text', () => {
    expect(textOf(element('<h1>  Jugend\n werk  </h1>'))).toBe('Jugend werk');
    expect(
      textOf(
        element('<h1>Fundacja <script>track("x")</script>Razem<style>.a{}</style><noscript>Enable JS</noscript></h1>'),
      ),
    ).toBe('Fundacja Razem');
    expect(textOf(null)).toBe('');
  });

  it('keeps only http(s) links and makes typed websites absolute', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('/org/1', 'https://epale.ec.europa.eu/en/x')).toBe('https://epale.ec.europa.eu/org/1');
    expect(normaliseWebsite('www.mlodzi-razem.pl')).toBe('https://www.mlodzi-razem.pl/');
    expect(normaliseWebsite('not a website')).toBeUndefined();
  });
});
