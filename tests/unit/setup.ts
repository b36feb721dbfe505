// Shared vitest setup: fake-indexeddb is loaded by vitest.config.ts before this file.
//
// WXT's fake browser has no browser.i18n. Give it the real thing's behaviour over the English
// messages: locales/en.yml turned into _locales/en/messages.json exactly as the build does it
// (@wxt-dev/i18n/build), and getMessage as Chrome and Firefox answer it — case-insensitive names,
// $1…$9 replaced by the substitutions (a missing one by nothing), $$ → $, '' for an unknown name.
// @wxt-dev/i18n's plural forms (" | ") and named substitutions work on top of that unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useEveryLanguage } from '@/lib/extractors/label-tables';

// The readers' labels of every language, as everything but a page's stage 2 has them.
useEveryLanguage();

export const UI_LANGUAGE = 'en-US';

const PREDEFINED: Record<string, string> = {
  '@@extension_id': 'test-extension-id',
  '@@ui_locale': 'en_US',
  '@@bidi_dir': 'ltr',
  '@@bidi_reversed_dir': 'rtl',
  '@@bidi_start_edge': 'left',
  '@@bidi_end_edge': 'right',
};

/** The messages a browser would load for `locale` (messages.json shape, names lower-cased). */
export function loadMessages(locale = 'en'): Map<string, string> {
  const text = readFileSync(join(process.cwd(), 'locales', `${locale}.yml`), 'utf8');
  const messages = generateChromeMessages(parseMessagesText(text, 'YAML'));
  return new Map(Object.entries(messages).map(([name, { message }]) => [name.toLowerCase(), message]));
}

/** browser.i18n.getMessage over `messages`, substituting as the browsers do. */
export function getMessageFrom(messages: Map<string, string>) {
  return (name: string, substitutions?: string | number | (string | number)[]): string => {
    const key = name.toLowerCase();
    const message = PREDEFINED[key] ?? messages.get(key);
    if (message === undefined) return '';
    const values =
      substitutions === undefined ? [] : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
    if (values.length > 9) throw new Error('browser.i18n.getMessage takes at most 9 substitutions.');
    return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
      which === '$' ? '$' : (values[Number(which) - 1] ?? ''),
    );
  };
}

const i18nApi = fakeBrowser.i18n as unknown as Record<string, unknown>;
i18nApi.getMessage = getMessageFrom(loadMessages('en'));
i18nApi.getUILanguage = () => UI_LANGUAGE;
i18nApi.getAcceptLanguages = async () => [UI_LANGUAGE, 'en'];
