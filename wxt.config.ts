import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_PERMISSIONS } from './lib/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
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
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'partner-pipeline@erasmus.tools', strict_min_version: '140.0' },
          },
        }
      : {}),
  }),
});
