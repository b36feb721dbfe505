/**
 * `node --import tsx tests/mutation/cli.ts [platform…] [--failures] [--write DIR]`: the pass rate per
 * platform, the failing variants with their differences, or the variants written out as pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { passPct, recordFixtures, runSuite, variantsOf } from './suite';

const args = process.argv.slice(2);
const platforms = args.filter((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--write');
const writeAt = args.indexOf('--write');
if (writeAt >= 0) {
  const dir = args[writeAt + 1] ?? '.tmp/variants';
  for (const fixture of recordFixtures().filter((f) => !platforms.length || platforms.includes(f.platform))) {
    for (const v of await variantsOf(fixture)) {
      mkdirSync(join(dir, v.platform), { recursive: true });
      const name = `${v.fixture}--${v.kind}--${v.variant}`.replace(/[^a-z0-9.-]+/gi, '_');
      writeFileSync(join(dir, v.platform, `${name}.html`), v.html);
      writeFileSync(
        join(dir, v.platform, `${name}.expected.json`),
        JSON.stringify({ url: v.url, result: v.expected }, null, 2),
      );
    }
  }
} else {
  const report = await runSuite({ platforms: platforms.length ? platforms : undefined });
  if (args.includes('--failures')) {
    for (const f of report.failures) {
      console.log(`${f.platform}/${f.fixture} ${f.kind}:${f.variant}`);
      for (const d of f.differences)
        console.log(
          `   ${d.kind} ${d.path}: expected ${JSON.stringify(d.expected)?.slice(0, 120)} got ${JSON.stringify(d.actual)?.slice(0, 120)}`,
        );
    }
  }
  for (const [platform, stats] of Object.entries(report.byPlatform)) {
    console.log(`${platform}: ${passPct(stats)} % of ${stats.variants} variants (${stats.wrong} with a wrong value)`);
  }
  console.log(`all: ${passPct(report)} % of ${report.variants} variants, ${report.wrong} with a wrong value`);
}
