/**
 * Which language to write to a partner in: proposed from the partner's country and the page's
 * language, each matched against the languages there are templates for — exact tag first, then
 * its primary subtag ("de-AT" → "de"), else the user's default. Pure.
 */

/** The language an organisation in a country most likely reads (first of its official ones). */
export const COUNTRY_LANGUAGES: Record<string, string> = {
  AT: 'de',
  DE: 'de',
  LI: 'de',
  CH: 'de',
  LU: 'fr',
  BE: 'fr',
  FR: 'fr',
  MC: 'fr',
  ES: 'es',
  IT: 'it',
  SM: 'it',
  VA: 'it',
  PL: 'pl',
  PT: 'pt',
  BR: 'pt-BR',
  NL: 'nl',
  GR: 'el',
  CY: 'el',
  CZ: 'cs',
  SK: 'sk',
  SI: 'sl',
  HR: 'hr',
  HU: 'hu',
  RO: 'ro',
  MD: 'ro',
  BG: 'bg',
  EE: 'et',
  LV: 'lv',
  LT: 'lt',
  FI: 'fi',
  SE: 'sv',
  DK: 'da',
  NO: 'nb',
  IS: 'is',
  IE: 'en',
  MT: 'en',
  GB: 'en',
  MK: 'mk',
  RS: 'sr',
  TR: 'tr',
  GE: 'ka',
  UA: 'uk',
  AM: 'hy',
  AZ: 'az',
  AL: 'sq',
  ME: 'sr',
  BA: 'bs',
  XK: 'sq',
};

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!;

/** One wanted tag against what is available: exact (any case), then same primary subtag, else undefined. */
export function matchLanguage(wanted: string, available: readonly string[]): string | undefined {
  const lower = wanted.toLowerCase();
  return (
    available.find((tag) => tag.toLowerCase() === lower) ?? available.find((tag) => primary(tag) === primary(wanted))
  );
}

export interface LanguageHints {
  country?: string;
  /** The language of the page the partner was saved from, when known. */
  pageLanguage?: string;
}

/** The first hint that matches an available language, else the user's default. */
export function proposeLanguage(hints: LanguageHints, available: readonly string[], userDefault: string): string {
  const wanted = [hints.country ? COUNTRY_LANGUAGES[hints.country] : undefined, hints.pageLanguage].filter(
    (tag): tag is string => !!tag,
  );
  for (const tag of wanted) {
    const found = matchLanguage(tag, available);
    if (found) return found;
  }
  return matchLanguage(userDefault, available) ?? userDefault;
}
