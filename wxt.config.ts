import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { platformManifest } from './lib/platforms/manifest';
import { CALENDAR } from './lib/domain/calls';
import { CallCalendarSchema } from './lib/domain/calls-schema';
import { DICTIONARY_DIR, dictionaryFiles } from './scripts/dictionaries';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  // Firefox gets Manifest V3 too (WXT's default there is MV2): one manifest model for both
  // browsers (action, host_permissions, a background that may stop between events). Firefox has
  // no extension service workers; WXT emits `background.scripts`, which Firefox runs as an
  // event page. Output: .output/firefox-mv3.
  manifestVersion: 3,
  // Every user-visible text comes from locales/<language>.yml (English is the default and the
  // source for translators); the manifest uses the same messages through __MSG_…__.
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The call calendar is data people edit by hand: a mistake must stop the build, not ship.
    'build:before': () => {
      const checked = CallCalendarSchema.safeParse(CALENDAR);
      if (!checked.success) throw new Error(`lib/domain/data/calls.json is invalid: ${checked.error.message}`);
    },
    // The readers' dictionaries, folded ahead of time and split per language (issue 13).
    'build:publicAssets': (_wxt, files) => void files.push(...dictionaryFiles()),
  },
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_manifest_name__',
    short_name: '__MSG_manifest_shortName__',
    description: '__MSG_manifest_description__',
    // activeTab: the popup reads the address of the tab it was opened on (no host permission for pages).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', 'activeTab'],
    // "Report this page" (page-report.js) and Pick on page (page-pick.js) are loaded by stage 2 only on click.
    ...platformManifest(browser, ['page-report.js', 'page-pick.js', `${DICTIONARY_DIR}/*.json`]),
    action: { default_title: '__MSG_manifest_actionTitle__' },
    commands: {
      'save-partner': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_manifest_saveCommand__' },
    },
    // Firefox: a fixed add-on id (required for MV3 signing; it also keeps the storage across
    // updates) and the built-in data-consent declaration, a key Firefox supports from 140 on
    // desktop (an ESR line) and 142 on Android — hence those minimum versions.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'partner-pipeline@erasmus.tools',
              strict_min_version: '140.0',
              // No data is collected or transmitted: the pipeline stays in the browser (the one
              // request made asks the Project Results Platform about the project page being viewed).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
