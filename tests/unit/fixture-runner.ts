/**
 * Runs every saved page in tests/fixtures/<platform>/ through the same code as `npm run extract`
 * and compares the result with the hand-written answer next to it:
 *   <name>.html | <name>.json  →  <name>.expected.json  { "url": "https://…", "result": ExtractionResult }
 * Call it inside a test file: runFixtures('otlas').
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionResultSchema } from '@/lib/domain/model';
import { expectedPathOf, extractFile, isDataFile } from '../../scripts/extract';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures');
export const fixtureDir = (platform: string, root = FIXTURES) => join(root, platform);

/** Saved inputs (pages and data responses) in a platform's fixture folder, sorted by name. */
export function fixtureInputs(platform: string, root = FIXTURES): string[] {
  const dir = fixtureDir(platform, root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.html?$/i.test(name) || isDataFile(name))
    .sort();
}

/** `root`: another folder of platform fixtures (a test's made-up platform keeps its own). */
export function runFixtures(platform: string, root = FIXTURES): void {
  describe(`${platform} fixtures`, () => {
    const inputs = fixtureInputs(platform, root);
    it('has fixtures', () => expect(inputs.length).toBeGreaterThan(0));
    for (const name of inputs) {
      it(name, async () => {
        const file = join(fixtureDir(platform, root), name);
        const expectedFile = expectedPathOf(file);
        expect(existsSync(expectedFile), `${name} needs its answer ${expectedPathOf(name)}`).toBe(true);
        const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { url: string; result: unknown };
        const result = await extractFile(file, expected.url);
        expect(() => ExtractionResultSchema.parse(result)).not.toThrow();
        // Compared as the JSON `npm run extract` prints: exactly the fields the answer lists, no more.
        // Confidence is compared only where an answer states it (tests/unit/extractors.confidence.test.ts checks it).
        const printed = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
        if (!('fieldConfidence' in (expected.result as object))) delete printed.fieldConfidence;
        expect(printed).toStrictEqual(expected.result);
      });
    }
  });
}
