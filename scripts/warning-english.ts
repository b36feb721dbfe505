/**
 * Warnings in English for `npm run extract`: the same messages the extension shows
 * (`warnings.<code>` in locales/en.yml), read from the file as the build does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { warningText, type Translate } from '../lib/i18n/warning-text';
import type { Warning } from '../lib/domain/warnings';

let messages: Map<string, string> | undefined;

/** locales/en.yml (npm runs scripts from the project's root) by messages.json name (dots → underscores). */
function english(): Map<string, string> {
  if (messages) return messages;
  const text = readFileSync(join(process.cwd(), 'locales', 'en.yml'), 'utf8');
  const chrome = generateChromeMessages(parseMessagesText(text, 'YAML'));
  messages = new Map(Object.entries(chrome).map(([name, { message }]) => [name.toLowerCase(), message]));
  return messages;
}

/** As the browser and @wxt-dev/i18n answer: $1…$9 substituted, then the plural form picked (English: 1 / n). */
export const inEnglish: Translate = (key, substitutions = [], count) => {
  const message = english().get(key.replaceAll('.', '_').toLowerCase()) ?? key;
  const substitute = (which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''));
  const text = message.replace(/\$(\$|[1-9])/g, (_, which: string) => substitute(which));
  if (count === undefined) return text;
  const forms = text.split(' | ');
  return forms[count === 1 ? 0 : forms.length - 1]!;
};

/** One warning as the extension shows it in English. */
export const warningInEnglish = (item: Warning): string => warningText(item, inEnglish);
