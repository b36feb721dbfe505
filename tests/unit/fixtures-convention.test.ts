/**
 * Every extractor ships with saved pages that prove it: at least five per platform, each with
 * its hand-written answer. This fails the build when a reader is added without them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/platforms/facts';
import { ExtractionResultSchema } from '@/lib/domain/model';
import { expectedPathOf } from '../../scripts/extract';
import { fixtureDir, fixtureInputs } from './fixture-runner';

const MIN_FIXTURES = 5;
const FIXTURES_ROOT = join(process.cwd(), 'tests', 'fixtures');
const platformFolders = existsSync(FIXTURES_ROOT)
  ? readdirSync(FIXTURES_ROOT, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];

describe('fixture convention', () => {
  it.each([...PLATFORMS])(`%s has a fixture folder with at least ${MIN_FIXTURES} saved pages`, (platform) => {
    expect(existsSync(fixtureDir(platform)), `missing folder tests/fixtures/${platform}/`).toBe(true);
    expect(fixtureInputs(platform).length).toBeGreaterThanOrEqual(MIN_FIXTURES);
  });

  it.each(platformFolders)(
    'every input in tests/fixtures/%s has its answer, and every answer its input',
    (platform) => {
      const names = readdirSync(fixtureDir(platform));
      const inputs = fixtureInputs(platform);
      const inputsWithoutAnswer = inputs.filter((name) => !names.includes(expectedPathOf(name)));
      const answersWithoutInput = names
        .filter((name) => name.endsWith('.expected.json'))
        .filter((answer) => !inputs.some((input) => expectedPathOf(input) === answer));
      expect(inputsWithoutAnswer, 'inputs without .expected.json').toEqual([]);
      expect(answersWithoutInput, '.expected.json without an input').toEqual([]);
    },
  );

  it.each(platformFolders)('every answer in tests/fixtures/%s has a url and a valid result', (platform) => {
    for (const name of readdirSync(fixtureDir(platform)).filter((file) => file.endsWith('.expected.json'))) {
      const answer = JSON.parse(readFileSync(join(fixtureDir(platform), name), 'utf8')) as {
        url?: unknown;
        result?: unknown;
      };
      expect(typeof answer.url === 'string' && URL.canParse(answer.url), `${name}: url`).toBe(true);
      expect(ExtractionResultSchema.safeParse(answer.result).success, `${name}: result`).toBe(true);
    }
  });
});
