#!/usr/bin/env node
/**
 * The browsers `npm run demo` and `npm test` drive, on a fresh machine: Debian's Chromium (and its
 * language packs for the German, Polish and Ukrainian tests), Firefox ESR and its Georgian
 * language pack. When one is missing and this machine can install it (root with apt-get), it is
 * installed and we say so; otherwise one line says exactly what to install.
 *
 *   node scripts/ensure-browsers.mjs demo   # Chromium only
 *   node scripts/ensure-browsers.mjs test   # everything the tests need (also .ci/run)
 *
 * Exit status: 0 all there (or installed), 1 something missing that we may not install,
 * 2 the installation failed. No dependencies: .ci/run calls it before `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Debian packages per purpose, and the browser each belongs to (a *_PATH variable replaces it). */
export const PACKAGES = [
  { name: 'chromium', browser: 'chromium', for: ['demo', 'test'] },
  { name: 'chromium-l10n', browser: 'chromium', for: ['test'] },
  { name: 'firefox-esr', browser: 'firefox', for: ['test'] },
  { name: 'firefox-esr-l10n-ka', browser: 'firefox', for: ['test'] },
];

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** What to tell the user when the browsers live elsewhere: each *_PATH variable. */
const PATH_VARIABLES = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };

/**
 * The decision, without side effects.
 * @param {{ missing: string[], root: boolean, aptGet: boolean, dpkg: boolean }} machine
 * @returns {{ install: string[], message: string | null }}
 */
export function decide({ missing, root, aptGet, dpkg }) {
  if (missing.length === 0) return { install: [], message: null };
  const list = missing.join(' ');
  if (root && aptGet) return { install: missing, message: `Installing Debian packages for the browsers: ${list}` };
  const command = `sudo apt-get install -y ${list}`;
  if (aptGet || dpkg) return { install: [], message: `Missing Debian packages for the browsers: run \`${command}\`` };
  const variables = missingVariables(missing).join(' / ');
  return { install: [], message: `Missing browser: install ${list} (or set ${variables} to one you have)` };
}

function missingVariables(missing) {
  const browsers = new Set(PACKAGES.filter((p) => missing.includes(p.name)).map((p) => p.browser));
  return [...browsers].map((browser) => PATH_VARIABLES[browser]);
}

/**
 * The packages of `purpose` this machine lacks. With dpkg, its package status decides; without
 * (not Debian), only the browser itself can be looked for on PATH, so language packs are not asked.
 * A browser named by its *_PATH variable is the user's choice and counts as present.
 * @param {'demo' | 'test'} purpose
 * @param {{
 *   env?: Record<string, string | undefined>,
 *   installed?: (name: string) => boolean | null,
 *   onPath?: (names: string[]) => boolean,
 * }} [probe]
 */
export function missingPackages(purpose, probe = {}) {
  const { env = process.env, installed = dpkgInstalled, onPath = anyOnPath } = probe;
  const wanted = PACKAGES.filter((p) => p.for.includes(purpose) && !env[PATH_VARIABLES[p.browser]]);
  return wanted
    .filter((p) => {
      const status = installed(p.name);
      if (status !== null) return !status;
      if (p.name === 'chromium') return !onPath(CHROMIUM_NAMES);
      if (p.name === 'firefox-esr') return !onPath(['firefox-esr', 'firefox']);
      return false;
    })
    .map((p) => p.name);
}

/** true / false from dpkg, or null when there is no dpkg to ask. */
function dpkgInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  if (result.error) return null;
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/** Where the harnesses also look outside PATH (macOS and Windows installs). */
const KNOWN_APPS = {
  chromium: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
  firefox: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
};

function anyOnPath(names) {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const exe = process.platform === 'win32' ? ['.exe', ''] : [''];
  const found = dirs.some((dir) => names.some((name) => exe.some((ext) => isExecutable(join(dir, name + ext)))));
  const app = names.includes('firefox') ? KNOWN_APPS.firefox : names.includes('chromium') ? KNOWN_APPS.chromium : [];
  return found || app.some((path) => isExecutable(path));
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const hasCommand = (name) => anyOnPath([name]);

/**
 * Checks, installs where allowed, and reports in one line.
 * @param {'demo' | 'test'} purpose
 * @returns {0 | 1 | 2} the exit status described above
 */
/**
 * @param {'demo' | 'test'} purpose
 * @param {(line: string) => void} [say] where the one line goes (the bench keeps stdout for its JSON)
 */
export function ensureBrowsers(purpose, say = console.log) {
  const machine = {
    missing: missingPackages(purpose),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    aptGet: hasCommand('apt-get'),
    dpkg: hasCommand('dpkg-query'),
  };
  const { install, message } = decide(machine);
  if (message) say(message);
  if (install.length === 0) return machine.missing.length === 0 ? 0 : 1;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env };
  const ok =
    spawnSync('apt-get', ['update', '-qq'], quiet).status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', ...install], quiet).status === 0;
  const list = install.join(' ');
  if (!ok) say(`Could not install ${list}: run \`apt-get install -y ${list}\` as root`);
  return ok ? 0 : 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const purpose = process.argv[2] === 'demo' ? 'demo' : 'test';
  process.exit(ensureBrowsers(purpose));
}
