/**
 * A warning in words: the message `warnings.<code>` with its parameters. Pure over a `Translate`
 * function, so views word it in the user's language (lib/i18n/warnings.ts) and `npm run extract`
 * in English from locales/en.yml (scripts/warning-english.ts).
 */
import type { Warning } from '../domain/warnings';

/** A message by key: substitutions $1…$9 and, for plural messages, the count that picks the form. */
export type Translate = (key: string, substitutions?: string[], count?: number) => string;
/** How a count is written (the user's locale in views, plain digits in the CLI). */
export type FormatCount = (count: number) => string;

const plainCount: FormatCount = (count) => String(count);

/** The warning's message in words; a text already worded (old sentences, the background's reasons) as it is. */
export function warningText(item: Warning, t: Translate, formatCount = plainCount): string {
  const key = `warnings.${item.code}`;
  switch (item.code) {
    case 'legacy':
      return item.params.text;
    case 'serviceError':
      return item.params.message;
    case 'unknownCountry':
      return t(key, [item.params.country]);
    case 'requestMismatch':
      return t(key, [item.params.inAddress, item.params.onPage]);
    case 'dataMismatch':
      return t(key, [item.params.received, item.params.expected]);
    case 'unreadResults':
    case 'withdrawn':
      return t(key, [formatCount(item.params.count)], item.params.count);
    case 'tooMany':
      return t(key, [formatCount(item.params.max)], item.params.max);
    case 'implausible': {
      const left = item.params.left.map(({ reason, value }) => t(`warnings.leftOut.${reason}`, [value]));
      return t(key, [left.join('; ')]);
    }
    default:
      return t(key);
  }
}
