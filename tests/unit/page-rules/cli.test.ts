import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesFileText } from '../../../lib/page-rules/file';
import { pickValue } from '../../../lib/page-rules/pick';
import type { RuleField } from '../../../lib/page-rules/types';
import { cardHtml, ENGLISH, GERMAN, pageAt } from './pages';

const EN_URL = 'https://epale.ec.europa.eu/en/orgs/alpha';
const DE_URL = 'https://epale.ec.europa.eu/de/orgs/beta';
const page = (lang: string, main: string) =>
  `<!DOCTYPE html><html lang="${lang}"><body><main>${main}</main></body></html>`;
const alpha = {
  name: 'Alpha Foundation',
  country: 'Poland',
  city: 'Kraków',
  website: 'https://alpha.example.org/',
  email: 'a@alpha.example.org',
  labels: ENGLISH,
};
const beta = {
  name: 'Beta Verein',
  country: 'Österreich',
  city: 'Graz',
  website: 'https://beta.example.at/',
  email: 'b@beta.example.at',
  labels: GERMAN,
};

function rulesFrom(fields: [RuleField, string][]) {
  const doc = pageAt(EN_URL, 'en', cardHtml(alpha));
  const cell = (label: string) =>
    Array.from(doc.querySelectorAll('.k-1')).find((el) => el.textContent === label)!.nextElementSibling!;
  const name = pickValue(doc.querySelector('h1')!, 'name', {
    doc,
    url: new URL(EN_URL),
    platform: 'epale',
    pageType: 'unknown',
    now: '2026-12-04T01:00:00.000Z',
  });
  const rules = fields.map(([field, label]) =>
    pickValue(cell(label), field, {
      doc,
      url: new URL(EN_URL),
      platform: 'epale',
      pageType: 'unknown',
      now: '2026-12-04T01:00:00.000Z',
    }),
  );
  return [name, ...rules]
    .map((picked) => (picked.status === 'picked' && picked.rule ? picked.rule : undefined))
    .filter((rule) => rule !== undefined);
}

function run(args: string[]): { stdout: string; stderr: string; code: number } {
  try {
    const stdout = execFileSync('node', ['--import', 'tsx', 'scripts/extract.ts', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { stdout, stderr: '', code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; status: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.status };
  }
}

describe('npm run extract -- <page> --url <u> --rules <file>', () => {
  mkdirSync('.tmp', { recursive: true });
  const dir = mkdtempSync(join('.tmp', 'rules-cli-'));
  const german = join(dir, 'beta.html');
  writeFileSync(german, page('de', cardHtml(beta)));

  it('reads a page the readers do not know with the rules made on another language’s page', () => {
    const rules = rulesFrom([
      ['country', 'Country'],
      ['city', 'City'],
      ['website', 'Website'],
    ]);
    expect(rules.map((rule) => rule.field)).toEqual(['name', 'country', 'city', 'website']);
    const file = join(dir, 'rules.json');
    writeFileSync(file, rulesFileText(rules, new Date('2026-12-04T02:00:00Z')));
    const out = run([german, '--url', DE_URL, '--rules', file]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).organisations).toEqual([
      { name: 'Beta Verein', country: 'AT', city: 'Graz', website: 'https://beta.example.at/' },
    ]);
  }, 30_000);

  it('refuses a hostile rules file and prints why', () => {
    const file = join(dir, 'hostile.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'partner-pipeline-page-rules',
        version: 1,
        exportedAt: '2026-12-04T02:00:00.000Z',
        rules: [{ code: 'fetch("https://evil.example")' }],
      }),
    );
    const out = run([german, '--url', DE_URL, '--rules', file]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/Could not read .*unknown-field: code/);
  }, 30_000);
});
