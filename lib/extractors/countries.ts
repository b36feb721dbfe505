/**
 * Country names in any EU language → ISO 3166-1 alpha-2. The table is generated from
 * Intl.DisplayNames (no hand-kept translations) on first use and cached per realm.
 */
import { normaliseCountryCode } from './ids';

/** Languages the platforms publish in: the EU's 24, plus those of associated countries. */
export const PLATFORM_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
  'is',
  'nb',
  'mk',
  'sr',
  'tr',
  'uk',
  'sq',
] as const;

/** Programme countries and the wider neighbourhood that appears as partners on the platforms. */
const REGION_CODES = (
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE ' +
  'IS LI NO MK RS TR GB CH AL BA ME XK UA MD GE AM AZ BY RU IL PS LB JO EG TN MA DZ LY SY ' +
  'US CA BR AR MX CL CO PE IN CN JP KR AU NZ ZA NG KE GH SN CM ET UG TZ RW ID PH VN TH MY SG ' +
  'PK BD LK NP KZ UZ KG TJ TM MN AF IR IQ SA AE QA KW OM YE FO GL AD MC SM VA GI IM JE GG'
).split(' ');

/** Spellings the platforms use that Intl does not produce. */
const EXTRA_NAMES: Record<string, string> = {
  'the netherlands': 'NL',
  holland: 'NL',
  turkey: 'TR',
  turkiye: 'TR',
  'czech republic': 'CZ',
  macedonia: 'MK',
  'former yugoslav republic of macedonia': 'MK',
  'republic of north macedonia': 'MK',
  'kosovo * un resolution': 'XK',
  'kosovo*': 'XK',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'russian federation': 'RU',
  'republic of moldova': 'MD',
  'moldova, republic of': 'MD',
  palestine: 'PS',
  'bosnia and herzegovina': 'BA',
  'bosnia & herzegovina': 'BA',
  'slovak republic': 'SK',
  vatican: 'VA',
  belarus: 'BY',
  // SALTO's own spellings (platforms.md, Round 2): the Belgian communities are Belgium.
  'belgium - fl': 'BE',
  'belgium - fr': 'BE',
  'belgium - de': 'BE',
  kosovo: 'XK',
  türkiye: 'TR',
};

let table: Map<string, string> | undefined;

/** Lower case, no diacritics, no punctuation: "Česko" and "cesko" meet. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}*]+/gu, ' ')
    .trim();
}

function buildTable(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, code] of Object.entries(EXTRA_NAMES)) map.set(foldName(name), code);
  for (const language of PLATFORM_LANGUAGES) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const code of REGION_CODES) {
      const local = names.of(code);
      if (local && !map.has(foldName(local))) map.set(foldName(local), code);
    }
  }
  return map;
}

/** The folded-name table as plain data, built ahead of time by the build (scripts/dictionaries.ts). */
export const countryTable = (): Record<string, string> => Object.fromEntries((table ??= buildTable()));
/** Starts with a table built ahead of time instead of asking Intl for ~3,700 names on first use. */
export function useCountryTable(entries: Record<string, string>): void {
  table = new Map(Object.entries(entries));
}

/** ISO code for a country name in any platform language, or an ISO/EU code; undefined if unknown. */
export function countryToIso(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const trimmed = raw.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = normaliseCountryCode(trimmed);
    return code && (REGION_CODES.includes(code) || trimmed === trimmed.toUpperCase()) ? code : undefined;
  }
  table ??= buildTable();
  return table.get(foldName(trimmed));
}
