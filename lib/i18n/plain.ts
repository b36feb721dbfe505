/**
 * Messages without substitutions or plural forms, straight from the browser: all that stage 1 shows
 * (issue 13: the ≤ 4 KB that runs on every matched page has no room for the i18n library). The same
 * typed keys as `i18n.t` in ./index.ts.
 */
import type { GeneratedI18nStructure } from '#i18n';

type Key = keyof GeneratedI18nStructure & string;

export const i18n = {
  t: (key: Key): string => {
    try {
      // The browser's own typing knows only its predefined @@ messages; ours are checked by `Key`.
      return browser.i18n.getMessage(key.replaceAll('.', '_') as '@@ui_locale');
    } catch {
      return key; // outside an extension (a benchmark bundle, a Node script)
    }
  },
};

/** The browser's UI language ("de", "pt-BR"), or '' where there is none. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage().replace('_', '-');
  } catch {
    return '';
  }
}

/**
 * The language of the texts on screen, for `<html lang>`: the browser's UI language (with its
 * region, "pt-BR") when the translation in use is in that language, otherwise the language of the
 * translation the browser fell back to (`meta.language`, e.g. "en"), so screen readers never read
 * English words with another language's voice.
 */
export function pageLanguage(): string {
  const shown = i18n.t('meta.language');
  const ui = uiLanguage();
  if (ui && (!shown || ui.split('-')[0]!.toLowerCase() === shown.toLowerCase())) return ui;
  return shown || ui || 'en';
}
