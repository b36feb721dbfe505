/**
 * The mutation suite: every record fixture (a saved organisation, request or project page) under
 * every kind of meaning-preserving change, read by the same code as `npm run extract`, compared
 * with the fixture's answer (or its documented subset). Precision first: a variant may lose a
 * field (a failure), but a value the answer does not have is "wrong" (the suite's worst outcome).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { ExtractionResult } from '@/lib/domain/model';
import { hasWarning } from '@/lib/domain/warnings';
import { extractHtml } from '../../scripts/extract';
import { KINDS, type Subject } from './kinds';

export const FIXTURES_ROOT = join(process.cwd(), 'tests', 'fixtures');
const RECORD_TYPES = new Set(['organisation', 'partner-request', 'project']);

export interface RecordFixture extends Subject {
  file: string;
  html: string;
}

/** Saved HTML pages whose answer is a record with its core (an organisation or an opportunity). */
export function recordFixtures(root = FIXTURES_ROOT): RecordFixture[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(root, dir.name))
        .filter((f) => /\.html$/.test(f))
        .flatMap((f) => {
          const file = join(root, dir.name, f);
          const answer = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')) as {
            url: string;
            result: ExtractionResult;
          };
          const r = answer.result;
          const isRecord =
            RECORD_TYPES.has(r.pageType) &&
            (r.organisations.length > 0 || r.opportunity !== null) &&
            !hasWarning(r.warnings, 'layoutChanged');
          return isRecord
            ? [
                {
                  platform: dir.name,
                  name: f.replace(/\.html$/, ''),
                  file,
                  url: answer.url,
                  expected: r,
                  html: readFileSync(file, 'utf8'),
                },
              ]
            : [];
        }),
    );
}

export interface Variant {
  platform: string;
  fixture: string;
  kind: string;
  variant: string;
  url: string;
  html: string;
  expected: ExtractionResult;
}

/** Every applicable variant of one fixture, each from its own fresh parse of the page. */
export async function variantsOf(fixture: RecordFixture): Promise<Variant[]> {
  const out: Variant[] = [];
  for (const kind of KINDS) {
    for (const variant of kind.variants) {
      const window = new Window({
        url: fixture.url,
        settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
      });
      try {
        window.document.write(fixture.html);
        const doc = window.document as unknown as Document;
        const outcome = kind.apply(doc, fixture, variant);
        if (!outcome) continue;
        const html = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
        out.push({
          platform: fixture.platform,
          fixture: fixture.name,
          kind: kind.kind,
          variant,
          url: outcome.url ?? fixture.url,
          html: outcome.serialise ? outcome.serialise(html) : html,
          expected: outcome.expect ? outcome.expect(fixture.expected) : fixture.expected,
        });
      } finally {
        await window.happyDOM.close();
      }
    }
  }
  return out;
}

export interface Difference {
  path: string;
  expected: unknown;
  actual: unknown;
  kind: 'lost' | 'wrong';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function compareRecord(
  path: string,
  expected: Record<string, unknown> | null,
  actual: Record<string, unknown> | null,
  out: Difference[],
): void {
  if (!expected && !actual) return;
  if (!actual) return void out.push({ path, expected, actual, kind: 'lost' });
  if (!expected) return void out.push({ path, expected, actual, kind: 'wrong' });
  for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    if (key === 'fieldConfidence') continue;
    const [e, a] = [expected[key], actual[key]];
    if (same(e, a)) continue;
    out.push({ path: `${path}.${key}`, expected: e, actual: a, kind: a === undefined ? 'lost' : 'wrong' });
  }
}

/** Differences between what a variant should give and what it gave. */
export function compare(expected: ExtractionResult, actual: ExtractionResult): Difference[] {
  const out: Difference[] = [];
  if (expected.pageType !== actual.pageType)
    out.push({ path: 'pageType', expected: expected.pageType, actual: actual.pageType, kind: 'wrong' });
  const count = Math.max(expected.organisations.length, actual.organisations.length);
  for (let i = 0; i < count; i++) {
    compareRecord(
      `organisations[${i}]`,
      (expected.organisations[i] ?? null) as never,
      (actual.organisations[i] ?? null) as never,
      out,
    );
  }
  compareRecord('opportunity', expected.opportunity as never, actual.opportunity as never, out);
  const newlyDifferent =
    hasWarning(actual.warnings, 'layoutChanged') && !hasWarning(expected.warnings, 'layoutChanged');
  if (newlyDifferent)
    out.push({ path: 'warnings', expected: 'no "looks different"', actual: 'looks different', kind: 'lost' });
  return out;
}

export interface VariantResult extends Omit<Variant, 'html' | 'expected'> {
  differences: Difference[];
}
export interface SuiteReport {
  variants: number;
  passed: number;
  wrong: number;
  byPlatform: Record<string, { variants: number; passed: number; wrong: number }>;
  failures: VariantResult[];
}

/** Runs every variant of every record fixture (optionally only some platforms). */
export async function runSuite(options: { platforms?: string[]; root?: string } = {}): Promise<SuiteReport> {
  const report: SuiteReport = { variants: 0, passed: 0, wrong: 0, byPlatform: {}, failures: [] };
  const fixtures = recordFixtures(options.root).filter(
    (f) => !options.platforms || options.platforms.includes(f.platform),
  );
  for (const fixture of fixtures) {
    for (const variant of await variantsOf(fixture)) {
      const actual = await extractHtml(variant.html, variant.url);
      const differences = compare(variant.expected, actual);
      const stats = (report.byPlatform[variant.platform] ??= { variants: 0, passed: 0, wrong: 0 });
      const wrong = differences.some((d) => d.kind === 'wrong');
      stats.variants++;
      report.variants++;
      if (!differences.length) {
        stats.passed++;
        report.passed++;
      }
      if (wrong) {
        stats.wrong++;
        report.wrong++;
      }
      if (differences.length) {
        const { html: _html, expected: _expected, ...rest } = variant;
        report.failures.push({ ...rest, differences });
      }
    }
  }
  return report;
}

/** Pass rate in percent with one decimal. */
export const passPct = (s: { variants: number; passed: number }) =>
  s.variants ? Math.round((s.passed / s.variants) * 1000) / 10 : 0;
