import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_PERMISSIONS } from './lib/hosts';
import { CALENDAR } from './lib/calls';
import { CallCalendarSchema } from './lib/calls-schema';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  // Firefox gets Manifest V3 too (WXT's default there is MV2): one manifest model for both
  // browsers (action, host_permissions, a background that may stop between events). Firefox has
  // no extension service workers; WXT emits `background.scripts`, which Firefox runs as an
  // event page. Output: .output/firefox-mv3.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The call calendar is data people edit by hand: a mistake must stop the build, not ship.
    'build:before': () => {
      const checked = CallCalendarSchema.safeParse(CALENDAR);
      if (!checked.success) throw new Error(`lib/data/calls.json is invalid: ${checked.error.message}`);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Partner Pipeline for Erasmus+',
    short_name: 'Partner Pipeline',
    description:
      'Save partner organisations from EPALE, ESEP/eTwinning, OTLAS and the Erasmus+ Project Results Platform into a private pipeline.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus'],
    host_permissions: HOST_PERMISSIONS,
    action: { default_title: 'Partner Pipeline' },
    commands: {
      'save-partner': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save partner from this page' },
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
