#!/usr/bin/env node
// `npm test`: type-check, the formatter's check, unit tests (vitest), build, end-to-end tests in real Chromium (node:test),
// the Firefox build with web-ext lint and end-to-end tests in real Firefox ESR, then one plain line
// "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';

mkdirSync('.tmp', { recursive: true });
// A fresh machine: install the browsers where we may (root with apt-get), else one line says what
// to install; the browser tests then fail or skip with their own message.
if (process.env.SKIP_E2E !== '1') ensureBrowsers('test');
const run = (command, args, extraEnv = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } }).status ?? 1;

let passed = 0;
let failed = 0;

// Type errors count as one failure: they would break the build anyway.
if (run('npx', ['tsc', '--noEmit']) === 0) passed += 1;
else failed += 1;

// The formatter decides line breaks (.prettierrc.json): code not as it formats counts as one failure.
if (run('npx', ['prettier', '--check', '--log-level', 'warn', '.']) === 0) passed += 1;
else failed += 1;

rmSync('.tmp/vitest-results.json', { force: true });
const vitestStatus = run('npx', ['vitest', 'run']);
const vitest = existsSync('.tmp/vitest-results.json')
  ? JSON.parse(readFileSync('.tmp/vitest-results.json', 'utf8'))
  : null;
passed += vitest?.numPassedTests ?? 0;
failed += vitest?.numFailedTests ?? 0;
// A file that fails to load has no failed test in it, but must still count.
if (vitestStatus !== 0 && !vitest?.numFailedTests) failed += Math.max(1, vitest?.numFailedTestSuites ?? 1);

if (process.env.SKIP_E2E === '1') {
  console.log('End-to-end tests skipped (SKIP_E2E=1).');
} else if (run('npx', ['wxt', 'build']) !== 0) {
  failed += 1;
} else {
  rmSync('.tmp/e2e.tap', { force: true });
  run('node', [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    '--test-reporter-destination=.tmp/e2e.tap',
    'tests/e2e/',
  ]);
  const tap = existsSync('.tmp/e2e.tap') ? readFileSync('.tmp/e2e.tap', 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? NaN);
  if (Number.isNaN(count('pass'))) failed += 1;
  else {
    passed += count('pass');
    failed += count('fail');
  }
}

// Firefox: build (.output/firefox-mv3), Mozilla's add-on linter (one check: zero errors), then the
// end-to-end tests in Debian's firefox-esr (node:test + puppeteer-core over WebDriver BiDi).
if (run('npx', ['wxt', 'build', '-b', 'firefox']) !== 0) {
  failed += 1;
} else {
  if (run('node', ['scripts/lint-firefox.mjs']) === 0) passed += 1;
  else failed += 1;

  // The harness's own rule: $FIREFOX_PATH, /usr/bin/firefox-esr, firefox-esr or firefox on PATH.
  const firefox = await import('../tests/e2e-firefox/harness.mjs').then(
    (harness) => harness.firefoxPath(),
    (error) => error,
  );
  if (firefox instanceof Error) {
    console.log(`Firefox end-to-end harness failed to load: ${firefox.message}`);
    failed += 1;
  } else if (process.env.SKIP_E2E === '1') {
    console.log('Firefox end-to-end tests skipped (SKIP_E2E=1).');
  } else if (!firefox) {
    const install = '`apt-get install -y firefox-esr firefox-esr-l10n-ka`';
    console.log(`Firefox end-to-end tests skipped: no Firefox found. Install it with ${install} or set FIREFOX_PATH.`);
  } else {
    rmSync('.tmp/e2e-firefox.tap', { force: true });
    run('node', [
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      '--test-reporter-destination=.tmp/e2e-firefox.tap',
      'tests/e2e-firefox/',
    ]);
    const tap = existsSync('.tmp/e2e-firefox.tap') ? readFileSync('.tmp/e2e-firefox.tap', 'utf8') : '';
    const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? NaN);
    if (Number.isNaN(count('pass'))) failed += 1;
    else {
      passed += count('pass');
      failed += count('fail');
    }
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
