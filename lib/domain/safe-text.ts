/**
 * Characters a hostile page or file can use to make text lie about itself: control characters
 * (C0, DEL, C1), bidi overrides and isolates (an unterminated U+202E reverses the rest of a line
 * in a notification or a CSV cell), and invisible zero-width characters and marks. They are
 * removed wherever text enters the store: messages, imports and the zod model (lib/domain/model.ts).
 * Tab and newline survive only in free text (descriptions, notes), where they mean something.
 */
const INVISIBLE = '\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
/** Everything unsafe, tab and newline included: for one-line fields (names, places, tags). */
const UNSAFE_IN_LINE = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F${INVISIBLE}]`, 'g');
/** The same, but tab and newline stay (a carriage return goes: "\r\n" becomes "\n"). */
const UNSAFE_IN_TEXT = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F${INVISIBLE}]`, 'g');
const LINE_BREAKS = /[\t\n\r]+/g;

/** One-line text: breaks and tabs become a space, every other unsafe character goes. */
export function safeLine(value: string): string {
  return value.replace(LINE_BREAKS, ' ').replace(UNSAFE_IN_LINE, '');
}

/** Free text: keeps tabs and line breaks, removes every other unsafe character. */
export function safeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(UNSAFE_IN_TEXT, '');
}

/** Whether a text still holds a character safeLine would remove. */
export function hasUnsafeCharacters(value: string): boolean {
  UNSAFE_IN_LINE.lastIndex = 0;
  return UNSAFE_IN_LINE.test(value);
}
