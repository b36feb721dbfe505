/**
 * "Report this page" (issue 11): a report made from every fixture page is read by `npm run extract`'s
 * own function like the page — the same kind of page and records, each field it still finds either as
 * read or as the redaction's same-shape placeholder, never one it did not read before — and holds no
 * e-mail address, person's or organisation's name of the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { makePageReport } from '../../lib/page-ui/page-report';
import { redactHref } from '../../lib/extractors/redact';
import { reportDataOf, reportFileName, reportUrlOf } from '../../lib/extractors/report-file';
import type { ExtractionResult } from '../../lib/model';
import type { PageRule } from '../../lib/page-rules/types';
import { extractHtml } from '../../scripts/extract';

const PLATFORMS = ['epale', 'esep', 'etwinning', 'otlas', 'prp'] as const;
/** Where the redaction loses the record's core, and why (the report then still shows the page's structure). */
const LOSES_CORE: Record<string, string> = {
  'esep/changed-layout-de': 'the name is found only by agreeing with the address slug, which placeholder text cannot',
  'otlas/organisation-redesigned': 'the same: the name is witnessed only by the slug',
  'otlas/request-unreadable-layout': 'the page is unreadable because its title is the site name; placeholder text is not',
  'prp/not-loaded-shell': 'a "not loaded yet" message is recognised by its words',
  'prp/rendered-ka220-sch': 'the card is recognised by its running-text labels',
};
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;

function fixtures(platform: string) {
  const dir = `tests/fixtures/${platform}`;
  return readdirSync(dir).filter((name) => name.endsWith('.html')).map((name) => {
    const html = readFileSync(`${dir}/${name}`, 'utf8');
    const { url } = JSON.parse(readFileSync(`${dir}/${name.replace('.html', '.expected.json')}`, 'utf8')) as { url: string };
    return { id: `${platform}/${name.replace('.html', '')}`, html, url };
  });
}

async function reportOf(html: string, url: string, extraction: ExtractionResult, rules: PageRule[] = []): Promise<string> {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true } });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    return makePageReport({ doc, url: new URL(url), extraction, rules, at: new Date('2026-12-04T05:00:00Z') });
  } finally {
    await window.happyDOM.close();
  }
}

/** The copy's value is the page's as read, or what the redaction makes of it. */
function sameOrRedacted(original: unknown, copy: unknown): boolean {
  if (JSON.stringify(original) === JSON.stringify(copy)) return true;
  if (Array.isArray(original) && Array.isArray(copy)) {
    return original.length === copy.length && original.every((value, i) => sameOrRedacted(value, copy[i]));
  }
  if (typeof original !== 'string' || typeof copy !== 'string') return false;
  const href = redactHref(original);
  return sameShape(original, copy) || copy === href || (URL.canParse(href) && copy === new URL(href).href);
}

/** Character by character as written, or the placeholder of its kind (X, x, 0); the e-mail stand-in for an address. */
function sameShape(original: string, copy: string): boolean {
  const a = [...original.replace(/[^\s@<>()"':;,]+@[^\s@<>()"':;,]+\.[a-z]{2,}/gi, 'name@example.org')];
  const b = [...copy];
  const placeholder = (char: string) => (/\p{Lu}/u.test(char) ? 'X' : /\p{L}/u.test(char) ? 'x' : /\p{Nd}/u.test(char) ? '0' : char);
  return a.length === b.length && a.every((char, i) => b[i] === char || b[i] === placeholder(char) || (b[i] === 'E' && char === 'E'));
}

/** Field by field: a field the copy still has is the page's (or its placeholder); none is new. */
function compareRecord(label: string, original: object | null, copy: object | null): string[] {
  const problems: string[] = [];
  const before = (original ?? {}) as Record<string, unknown>;
  for (const [field, value] of Object.entries((copy ?? {}) as Record<string, unknown>)) {
    if (!(field in before)) problems.push(`${label}.${field} is new: ${JSON.stringify(value)}`);
    else if (!sameOrRedacted(before[field], value)) problems.push(`${label}.${field}: ${JSON.stringify(before[field])} → ${JSON.stringify(value)}`);
  }
  return problems;
}

/** People the page names: people-profile links (eTwinning's founders and members). */
const peopleOf = (html: string) =>
  [...html.matchAll(/href="[^"]*\/(?:etwinners|people)\/\d+[^"]*"[^>]*>([^<]{3,})</g)].map((m) => m[1]!.trim());

describe.each(PLATFORMS)('a report made from each %s fixture', (platform) => {
  it.each(fixtures(platform).map((f) => [f.id, f] as const))('%s', async (id, { html, url }) => {
    const original = await extractHtml(html, url);
    const report = await reportOf(html, url, original);
    expect(reportUrlOf(report)).toBe(url.split('#')[0]);
    const copy = await extractHtml(report, reportUrlOf(report)!);

    for (const email of new Set(html.match(EMAIL) ?? [])) expect(report, `${id} keeps ${email}`).not.toContain(email);
    for (const person of peopleOf(html)) expect(report, `${id} names ${person}`).not.toContain(person);
    for (const org of original.organisations) expect(report, `${id} names ${org.name}`).not.toContain(org.name);
    if (original.opportunity && original.opportunity.title.length > 12) expect(report).not.toContain(original.opportunity.title);

    const core = (result: ExtractionResult) => [result.pageType, result.organisations.length, !!result.opportunity];
    // The list only shrinks: an entry whose page now keeps its core fails here.
    if (LOSES_CORE[id]) return void expect(core(copy), LOSES_CORE[id]).not.toEqual(core(original));
    expect(copy.platform).toBe(original.platform);
    expect(copy.pageType).toBe(original.pageType);
    expect(copy.organisations).toHaveLength(original.organisations.length);
    expect(!!copy.opportunity).toBe(!!original.opportunity);
    const problems = [
      ...original.organisations.flatMap((org, i) => compareRecord(`organisations[${i}]`, org, copy.organisations[i]!)),
      ...compareRecord('opportunity', original.opportunity, copy.opportunity),
    ];
    expect(problems).toEqual([]);
    // Where the page states a country, the copy reads the same country.
    original.organisations.forEach((org, i) => org.country && expect(copy.organisations[i]?.country).toBe(org.country));
  });
});
