#!/usr/bin/env node
/**
 * `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, offline) on the Firefox build,
 * the checks addons.mozilla.org runs on upload. Any error fails; warnings and notices are listed.
 *
 *   npx wxt build -b firefox && node scripts/lint-firefox.mjs [dir] [--json]
 *
 * dir defaults to .output/firefox-mv3 (wxt.config.ts targets Manifest V3 for Firefox too).
 * Exits 1 on any error (or when it cannot run). It prints no "N passed, N failed" line: that
 * line is npm test's closing line, which CI reads, and counts this lint as one check.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const sourceDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(ROOT, '.output/firefox-mv3'));
const shown = relative(ROOT, sourceDir).startsWith('..') ? sourceDir : relative(ROOT, sourceDir);

if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`No Firefox build in ${shown}: run \`npx wxt build -b firefox\` first.`);
  process.exit(1);
}

let report;
try {
  // output "none": the linter returns its report instead of printing it and exiting.
  report = await webExt.cmd.lint(
    { sourceDir, artifactsDir: join(ROOT, '.tmp/web-ext-artifacts'), output: 'none', boring: true, selfHosted: false },
    { shouldExitProgram: false },
  );
} catch (error) {
  console.error(`web-ext lint could not run: ${error?.stack ?? error}`);
  process.exit(1);
}

const { errors = [], warnings = [], notices = [] } = report ?? {};
if (asJson) {
  console.log(
    JSON.stringify(
      {
        sourceDir,
        summary: { errors: errors.length, warnings: warnings.length, notices: notices.length },
        errors,
        warnings,
        notices,
      },
      null,
      2,
    ),
  );
} else {
  const where = (message) =>
    [message.file, message.line, message.column]
      .filter((part) => part !== undefined && part !== null && part !== '')
      .join(':');
  console.log(`web-ext lint ${shown}: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
  for (const [label, list] of [
    ['error', errors],
    ['warning', warnings],
    ['notice', notices],
  ]) {
    // Group repeats (one code in many bundled files) to keep the log readable.
    const byCode = new Map();
    for (const message of list) {
      const key = `${message.code}\u0000${message.message}`;
      if (!byCode.has(key)) byCode.set(key, { message, places: [] });
      byCode.get(key).places.push(where(message));
    }
    for (const { message, places } of byCode.values()) {
      console.log(
        `  ${label} ${message.code}: ${message.message} (${places.filter(Boolean).join(', ') || 'manifest'})`,
      );
    }
  }
}
if (errors.length > 0)
  console.error(`web-ext lint: ${errors.length} error(s) in the Firefox build; addons.mozilla.org would reject it.`);
process.exit(errors.length > 0 ? 1 : 0);
