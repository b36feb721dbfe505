/** "Report this page" (a redacted copy) and the maintainer's explanation with per-field confidence. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeholderOf } from '../../lib/extractors/redact';
import { explainHtml, extractHtml, redactHtml } from '../../scripts/extract';

const FIXTURE = 'tests/fixtures/epale/partner-request-fr-label-text.html';
const URL_OF = JSON.parse(readFileSync(FIXTURE.replace('.html', '.expected.json'), 'utf8')).url as string;

describe('redacted copy of a page', () => {
  it('keeps structure, classes and labels, and replaces names, e-mails and free text with text of the same shape', async () => {
    const html = readFileSync(FIXTURE, 'utf8');
    const redacted = await redactHtml(html, URL_OF);
    expect(redacted).not.toContain('Ateliers du Savoir');
    expect(redacted).not.toMatch(/contact@ateliers/);
    expect(redacted).not.toContain('inclusion numérique');
    expect(redacted).toContain('class="ecl-page-header__title"');
    expect(redacted).toMatch(/Pays(?:\s|&nbsp;)*:/);
    expect(redacted).toContain('France'); // a country is not personal data and the readers need it
    expect(placeholderOf('Fundacja Młodzi 12, 2026-03-05')).toBe('Xxxxxxxx Xxxxxx 00, 2026-03-05');
    // A kept word ("a", "and") is kept only as a whole word, also after a letter beyond ASCII.
    expect(placeholderOf('Szkoła Podstawowa and a Łódź')).toBe('Xxxxxx Xxxxxxxxxx and a Xxxx');
  });

  it('is read by npm run extract like the page: the same page type, platform and shape of record', async () => {
    const html = readFileSync(FIXTURE, 'utf8');
    const original = await extractHtml(html, URL_OF);
    const copy = await extractHtml(await redactHtml(html, URL_OF), URL_OF);
    expect(copy.pageType).toBe(original.pageType);
    expect(copy.organisations).toHaveLength(1);
    expect(copy.organisations[0]?.country).toBe('FR');
    expect(copy.organisations[0]?.name).toBe(placeholderOf(original.organisations[0]!.name));
    expect(copy.opportunity?.title).toBe(placeholderOf(original.opportunity!.title));
  });
});

describe('explanation and confidence', () => {
  it('says per field which layer gave it, with a confidence that ranks labels above running text', async () => {
    const html = readFileSync('tests/fixtures/esep/organisation-en-description-list.html', 'utf8');
    const url = 'https://school-education.ec.europa.eu/en/connect/schools-organisations/placeholder-anadolu-lisesi-0';
    const { result, fields } = await explainHtml(html, url);
    const row = (field: string) => fields.find((f) => f.record === 'organisations[0]' && f.field === field)!;
    expect(row('name').layer).toMatch(/structured|heading/);
    expect(row('name').confidence).toBeGreaterThanOrEqual(0.9); // the slug agrees
    expect(row('city').layer).toBe('label');
    expect(row('profileUrl').layer).toBe('url');
    expect(result.fieldConfidence?.organisations[0]?.city).toBe(row('city').confidence);
  });

  it('ranks a value found only in running text below a labelled one, and a name its profile link witnesses high', async () => {
    const html = readFileSync('tests/fixtures/otlas/request-round2-aside-labels.html', 'utf8');
    const url = 'https://www.salto-youth.net/tools/otlas-partner-finding/project/rivers-without-borders.23871/';
    const { fields } = await explainHtml(html, url);
    const row = (field: string) => fields.find((f) => f.record === 'organisations[0]' && f.field === field)!;
    expect(row('type').layer).toBe('text');
    expect(row('type').confidence).toBeLessThan(0.8);
    expect(row('name').confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('gives no confidence on a list (no single record)', async () => {
    const html = readFileSync('tests/fixtures/esep/list-schools-organisations-en.html', 'utf8');
    const url = JSON.parse(readFileSync('tests/fixtures/esep/list-schools-organisations-en.expected.json', 'utf8')).url;
    expect((await extractHtml(html, url)).fieldConfidence).toBeUndefined();
  });
});
