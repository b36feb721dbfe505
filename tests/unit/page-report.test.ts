/**
 * "Report this page" (issue 11): a report made from every fixture page is read by `npm run extract`'s
 * own function like the page — the same kind of page and records, each field it still finds either as
 * read or as the redaction's same-shape placeholder, never one it did not read before — and holds no
 * e-mail address, person's or organisation's name of the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { makePageReport } from '@/views/page/page-report';
import { redactHref } from '../../lib/extractors/redact';
import { reportDataOf, reportFileName, reportUrlOf } from '../../lib/extractors/report-file';
import type { ExtractionResult } from '@/lib/domain/model';
import type { PageRule } from '../../lib/page-rules/types';
import { extractHtml } from '../../scripts/extract';

const PLATFORMS = ['epale', 'esep', 'etwinning', 'otlas', 'prp'] as const;
/** Where the redaction loses the record's core, and why (the report then still shows the page's structure). */
const LOSES_CORE: Record<string, string> = {
  'esep/changed-layout-de': 'the name is found only by agreeing with the address slug, which placeholder text cannot',
  'otlas/organisation-redesigned': 'the same: the name is witnessed only by the slug',
  'otlas/request-unreadable-layout':
    'the page is unreadable because its title is the site name; placeholder text is not',
  'prp/not-loaded-shell': 'a "not loaded yet" message is recognised by its words',
  'prp/rendered-ka220-sch': 'the card is recognised by its running-text labels',
};
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;

function fixtures(platform: string) {
  const dir = `tests/fixtures/${platform}`;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const html = readFileSync(`${dir}/${name}`, 'utf8');
      const { url } = JSON.parse(readFileSync(`${dir}/${name.replace('.html', '.expected.json')}`, 'utf8')) as {
        url: string;
      };
      return { id: `${platform}/${name.replace('.html', '')}`, html, url };
    });
}

async function reportOf(
  html: string,
  url: string,
  extraction: ExtractionResult,
  rules: PageRule[] = [],
): Promise<string> {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
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
  const placeholder = (char: string) =>
    /\p{Lu}/u.test(char) ? 'X' : /\p{L}/u.test(char) ? 'x' : /\p{Nd}/u.test(char) ? '0' : char;
  return (
    a.length === b.length &&
    a.every((char, i) => b[i] === char || b[i] === placeholder(char) || (b[i] === 'E' && char === 'E'))
  );
}

/** Field by field: a field the copy still has is the page's (or its placeholder); none is new. */
function compareRecord(label: string, original: object | null, copy: object | null): string[] {
  const problems: string[] = [];
  const before = (original ?? {}) as Record<string, unknown>;
  for (const [field, value] of Object.entries((copy ?? {}) as Record<string, unknown>)) {
    if (!(field in before)) problems.push(`${label}.${field} is new: ${JSON.stringify(value)}`);
    else if (!sameOrRedacted(before[field], value))
      problems.push(`${label}.${field}: ${JSON.stringify(before[field])} → ${JSON.stringify(value)}`);
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
    if (original.opportunity && original.opportunity.title.length > 12)
      expect(report).not.toContain(original.opportunity.title);

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

describe('what a report says beside the page', () => {
  const FIXTURE = 'tests/fixtures/otlas/request-ka220-austria';
  const html = readFileSync(`${FIXTURE}.html`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${FIXTURE}.expected.json`, 'utf8')) as { url: string };
  const rule = (field: string, sample: string, extra: Partial<PageRule> = {}) =>
    ({
      id: `otlas/partner-request/${field}`,
      platform: 'otlas',
      pageType: 'partner-request',
      field,
      sample,
      anchors: [{ kind: 'label', text: 'E-mail', up: 0, next: true, down: [] }],
      shape: field === 'country' ? 'country' : 'email',
      createdAt: '2026-12-01T00:00:00.000Z',
      version: 1,
      host: 'www.salto-youth.net',
      origin: 'mine',
      misses: 0,
      ...extra,
    }) as PageRule;

  it("holds the page's rules as a rules file, the sample values redacted, other pages' rules left out", async () => {
    const original = await extractHtml(html, url);
    const rules = [
      rule('email', 'anna.kowalska@example.pl'),
      rule('country', 'AT'),
      { ...rule('city', 'Graz'), platform: 'epale', id: 'epale/partner-request/city' } as PageRule,
    ];
    const report = await reportOf(html, url, original, rules);
    expect(report).not.toContain('anna.kowalska');
    const data = reportDataOf(report)!;
    const file = data.pageRules as { format: string; rules: { id: string; sample: string }[] };
    expect(file.format).toBe('partner-pipeline-page-rules');
    expect(file.rules.map((r) => [r.id, r.sample])).toEqual([
      ['otlas/partner-request/email', 'name@example.org'],
      ['otlas/partner-request/country', 'AT'],
    ]);
  });

  it("holds the reader's result with placeholders and its explanation without values", async () => {
    const original = await extractHtml(html, url);
    const data = reportDataOf(await reportOf(html, url, original))!;
    const result = data.result as ExtractionResult;
    expect(result.organisations[0]!.country).toBe('AT');
    expect(result.organisations[0]!.name).not.toBe(original.organisations[0]!.name);
    expect(result.organisations[0]!.name).toHaveLength(original.organisations[0]!.name.length);
    expect(result.opportunity?.deadline).toBe(original.opportunity?.deadline);
    const rows = data.explanation as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows)
      expect(Object.keys(row).sort()).toEqual(['alternatives', 'confidence', 'field', 'layer', 'record']);
  });

  it('cannot be broken out of by what the page said', async () => {
    const original = await extractHtml(html, url);
    const hostile = {
      ...original,
      opportunity: { ...original.opportunity!, action: '</script><script>alert(1)</script><!--' },
    };
    const report = await reportOf(html, url, hostile);
    expect(report).not.toContain('<script>alert(1)');
    expect((reportDataOf(report)!.result as ExtractionResult).opportunity?.action).toBe(hostile.opportunity.action);
    const plain = await reportOf(html, url, original);
    expect(report.match(/<script\b/g)).toHaveLength(plain.match(/<script\b/g)!.length);
  });

  it('is named by platform and the local date', () => {
    expect(reportFileName('otlas', new Date(2026, 11, 4, 23, 59))).toBe(
      'partner-pipeline-report-otlas-2026-12-04.html',
    );
    expect(reportFileName(null, new Date(2026, 0, 2))).toBe('partner-pipeline-report-page-2026-01-02.html');
  });
});

describe('the copy loads and runs nothing when opened', () => {
  it('keeps scripts empty, without sources, and no event handler or javascript: link', async () => {
    const page =
      '<html><head><script src="https://tracker.example/t.js"></script></head><body onload="steal()">' +
      '<a href="javascript:steal()" onclick="steal()">Link</a><iframe src="https://evil.example/"></iframe></body></html>';
    const report = await reportOf(page, 'https://www.salto-youth.net/tools/otlas-partner-finding/', {
      platform: 'otlas',
      pageType: 'unknown',
      organisations: [],
      opportunity: null,
      warnings: [],
    });
    expect(report).not.toMatch(/tracker\.example|evil\.example|steal|onload|onclick|javascript:/);
  });
});

describe('npm run extract reads a report file as it is', () => {
  it('takes the address from the file (no --url, no .expected.json) and prints what the page gives', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const FIXTURE = 'tests/fixtures/epale/partner-request-fr-label-text';
    const html = readFileSync(`${FIXTURE}.html`, 'utf8');
    const { url } = JSON.parse(readFileSync(`${FIXTURE}.expected.json`, 'utf8')) as { url: string };
    const report = await reportOf(html, url, await extractHtml(html, url));
    mkdirSync('.tmp', { recursive: true });
    const file = `.tmp/partner-pipeline-report-epale-test-${process.pid}.html`;
    writeFileSync(file, report);
    const stdout = execFileSync('node', ['--import', 'tsx', 'scripts/extract.ts', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(await extractHtml(report, url))));
    expect(JSON.parse(stdout).organisations[0].country).toBe('FR');
  }, 30_000);
});
