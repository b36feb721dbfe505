/**
 * scripts/ensure-browsers.mjs decides what `npm run demo`, `npm test` and .ci/run install: only
 * the decision is tested here (nothing is installed, dpkg and PATH are probed through stand-ins).
 */
import { describe, expect, it } from 'vitest';
import { decide, missingPackages } from '../../scripts/ensure-browsers.mjs';

const debian = (installed: string[]) => ({
  env: {},
  installed: (name: string) => installed.includes(name),
  onPath: () => false,
});

describe('which browser packages are missing', () => {
  it('none when every package of the tests is installed', () => {
    const all = ['chromium', 'chromium-l10n', 'firefox-esr', 'firefox-esr-l10n-ka'];
    expect(missingPackages('test', debian(all))).toEqual([]);
  });

  it('lists what the tests lack, language packs included', () => {
    const missing = missingPackages('test', debian(['chromium', 'firefox-esr']));
    expect(missing).toEqual(['chromium-l10n', 'firefox-esr-l10n-ka']);
  });

  it('asks only for Chromium for the demo', () => {
    expect(missingPackages('demo', debian([]))).toEqual(['chromium']);
    expect(missingPackages('demo', debian(['chromium']))).toEqual([]);
  });

  it('counts a browser named by CHROMIUM_PATH or FIREFOX_PATH as present', () => {
    const probe = { ...debian([]), env: { CHROMIUM_PATH: '/opt/chrome/chrome', FIREFOX_PATH: '/opt/firefox/firefox' } };
    expect(missingPackages('test', probe)).toEqual([]);
  });

  it('without dpkg, looks for the browsers on PATH and cannot ask for language packs', () => {
    const found = (names: string[]) => names.includes('firefox');
    expect(missingPackages('test', { env: {}, installed: () => null, onPath: found })).toEqual(['chromium']);
  });
});

describe('what to do about them', () => {
  it('nothing, and says nothing, when nothing is missing', () => {
    expect(decide({ missing: [], root: false, aptGet: false, dpkg: false })).toEqual({ install: [], message: null });
  });

  it('installs as root with apt-get, and says so', () => {
    const plan = decide({ missing: ['chromium', 'firefox-esr-l10n-ka'], root: true, aptGet: true, dpkg: true });
    expect(plan.install).toEqual(['chromium', 'firefox-esr-l10n-ka']);
    expect(plan.message).toBe('Installing Debian packages for the browsers: chromium firefox-esr-l10n-ka');
  });

  it('installs nothing when not root, and prints the one command to run', () => {
    const plan = decide({ missing: ['chromium-l10n'], root: false, aptGet: true, dpkg: true });
    expect(plan.install).toEqual([]);
    expect(plan.message).toBe('Missing Debian packages for the browsers: run `sudo apt-get install -y chromium-l10n`');
  });

  it('installs nothing without apt-get, even as root, and names the browser and its variable', () => {
    const plan = decide({ missing: ['chromium'], root: true, aptGet: false, dpkg: false });
    expect(plan.install).toEqual([]);
    expect(plan.message).toBe('Missing browser: install chromium (or set CHROMIUM_PATH to one you have)');
  });
});
