/**
 * The extension's words. Every user-visible text is a message in locales/<language>.yml (English,
 * locales/en.yml, is the default and what translators start from), read with @wxt-dev/i18n: it
 * calls browser.i18n.getMessage, so pages and content scripts carry no translations and the
 * browser picks the language (its own UI language when we ship it, else English).
 *
 *   i18n.t('board.title')                           → "Partner Pipeline"
 *   i18n.t('board.announce.moved', [name, stage])   → "Moved Fundacja to Contacted"   ($1, $2)
 *   i18n.t('board.partners', n, [formatNumber(n)])  → "1 partner" / "1,234 partners" (plural: 1 / n forms)
 *
 * Counts are passed formatted (formatNumber) so digits follow the user's locale.
 */
import { i18n as generated } from '#i18n';
import { pageLanguage } from './plain';

export { pageLanguage, uiLanguage } from './plain';

type Translate = typeof generated.t;

/**
 * `i18n.t` with the generated, type-checked keys. Outside an extension (a benchmark bundle on a
 * web page, a Node script) there is no browser.i18n: the key itself comes back instead of a throw.
 */
/**
 * Plural forms are split on " | " AFTER the substitutions are made, so a name holding " | "
 * would pick the wrong form or none (and show the key). In plural messages the separator in
 * substituted text is disguised (no-break space) and restored once the form is chosen.
 */
const PLURAL_SEPARATOR = ' | ';
const GUARDED_SEPARATOR = ' |\u00A0';
const guardSubstitutions = (arg: unknown) =>
  Array.isArray(arg) ? arg.map((value) => String(value).replaceAll(PLURAL_SEPARATOR, GUARDED_SEPARATOR)) : arg;

/** Messages without substitutions never change while a page is open: look each up once. */
const plain = new Map<string, string>();

export const i18n: { t: Translate } = {
  t: ((...args: unknown[]) => {
    const key = args.length === 1 ? String(args[0]) : undefined;
    const known = key === undefined ? undefined : plain.get(key);
    if (known !== undefined) return known;
    const plural = args.some((arg) => typeof arg === 'number');
    let text: string;
    try {
      text = (generated.t as (...parts: unknown[]) => string)(...(plural ? args.map(guardSubstitutions) : args));
    } catch {
      return String(args[0]);
    }
    if (key !== undefined) plain.set(key, text);
    return plural ? text.replaceAll(GUARDED_SEPARATOR, PLURAL_SEPARATOR) : text;
  }) as Translate,
};

/** Marks an extension page with the language (and direction) of its texts, and sets its title. */
export function localisePage(title: string, doc: Document = document): void {
  doc.documentElement.lang = pageLanguage();
  const dir = i18n.t('@@bidi_dir');
  if (dir === 'rtl' || dir === 'ltr') doc.documentElement.dir = dir;
  doc.title = title;
}
