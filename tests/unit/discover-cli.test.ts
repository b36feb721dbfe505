/**
 * Discover end to end in Node: generated lists of the real layout → `npm run discover` JSON. The
 * drifted variant of the same file (semicolons, "Funding Year", curly apostrophes, decimal commas)
 * gives the same organisations and ranking.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDiscover } from '@/lib/discover/run';
import { fileInput } from '@/lib/discover/node-input';
import { generateList } from '../../scripts/discover-generate.mjs';

const DIR = join(process.cwd(), '.tmp', 'unit-discover-cli');
const plain = join(DIR, 'ka2.csv');
const drifted = join(DIR, 'ka2-drifted.csv');
const OPTIONS = { query: 'digital inclusion seniors', action: 'KA220-ADU', haveCountries: ['DE', 'IT'], limit: 15 };

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  await generateList(plain, { kind: 'ka2', projects: 600 });
  await generateList(drifted, { kind: 'ka2', projects: 600, drifted: true });
  writeFileSync(join(DIR, 'other.csv'), 'Name;Email\nAnna;anna@example.org\n');
});

describe('discover CLI', () => {
  it('groups every generated organisation once and ranks the drifted file identically', async () => {
    const a = await runDiscover([fileInput(plain)], OPTIONS);
    const b = await runDiscover([fileInput(drifted)], OPTIONS);
    expect(a.files[0]).toEqual({ name: 'ka2.csv', rows: 600, projects: 600, skipped: {} });
    expect(b.organisations).toBe(a.organisations);
    expect(b.results).toEqual(a.results);
    expect(a.results).toHaveLength(15);
    const scores = a.results.map((r) => r.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    expect(a.results[0]!.why.join(' · ')).toMatch(/KA220-ADU as (coordinator|partner)/);
  });

  it('imports an overlapping file idempotently', async () => {
    const once = await runDiscover([fileInput(plain)], OPTIONS);
    const twice = await runDiscover([fileInput(plain), fileInput(drifted)], OPTIONS);
    expect(twice.organisations).toBe(once.organisations);
    expect(twice.results.map((r) => [r.name, r.projects])).toEqual(once.results.map((r) => [r.name, r.projects]));
  });

  it('prints the JSON shape of the issue, and a plain message for a file that is not a project list', () => {
    const run = (...args: string[]) => {
      try {
        return execFileSync('node', ['--import', 'tsx', 'scripts/discover.ts', ...args], { encoding: 'utf8' });
      } catch (error) {
        return (error as { stdout: string }).stdout;
      }
    };
    const output = JSON.parse(
      run(
        plain,
        join(DIR, 'other.csv'),
        '--action',
        'KA220-ADU',
        '--query',
        'digital',
        '--countries',
        'PL,FR',
        '--limit',
        '3',
        '--json',
      ),
    );
    expect(Object.keys(output)).toEqual(['files', 'organisations', 'results']);
    expect(output.files[1].refused).toMatch(/^This is not a project list .*missing columns: Project Identifier/);
    expect(output.results).toHaveLength(3);
    for (const row of output.results) {
      expect(['PL', 'FR']).toContain(row.country);
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining([
          'name',
          'country',
          'type',
          'projects',
          'asCoordinator',
          'actions',
          'lastCallYear',
          'score',
          'why',
        ]),
      );
    }
    expect(run(plain, '--limit', '2')).toMatch(/ka2\.csv: 600 rows, 600 projects\n\d+ organisations/);
  }, 30_000);
});
