/**
 * Cell readers for project lists: each returns undefined rather than a guess (precision first).
 */
import { countryToIso } from '../extractors/countries';
import { isHttpUrl } from '../domain/limits';
import { foldText } from '../domain/identity';

/** Cells are plain text: trimmed, control characters dropped, bounded. */
export function cellText(value: unknown, max = 500): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim();
  if (!text) return undefined;
  return text.length > max ? text.slice(0, max).trimEnd() : text;
}

/** "1,234.56", "1234,56", "1.234,56", "1 234,56 €" → 1234.56. */
export function parseGrant(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  let text = raw.replace(/[€\s\u00A0\u202F]|EUR/gi, '');
  if (!/^\d[\d.,']*$/.test(text)) return undefined;
  text = text.replace(/'/g, '');
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  const decimal = lastComma > lastDot ? ',' : '.';
  const decimals = text.length - Math.max(lastComma, lastDot) - 1;
  // "1,234" or "1.234" alone: a thousands separator, since grants are whole euros or have cents.
  const separatorOnlyThousands = (lastComma < 0 || lastDot < 0) && decimals === 3;
  if (separatorOnlyThousands) text = text.replace(/[.,]/g, '');
  else text = text.replace(decimal === ',' ? /\./g : /,/g, '').replace(',', '.');
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function parseYear(raw: string | undefined): number | undefined {
  const match = raw ? /^(?:\D*)((?:19|20)\d{2})\b/.exec(raw.trim()) : null;
  return match ? Number(match[1]) : undefined;
}

/** "LI,DE,BE", "EL; UK", "Germany, France" → ISO codes (EL → GR, UK → GB). */
export function parseCountries(raw: string | undefined): string[] {
  if (!raw) return [];
  const codes = raw
    .split(/[,;|/]+/)
    .map((part) => countryToIso(part.trim()))
    .filter((c): c is string => !!c);
  return [...new Set(codes)];
}

export function parseCountry(raw: string | undefined): string | undefined {
  return raw ? countryToIso(raw.trim()) : undefined;
}

/** Topics are listed with semicolons (or bars, or new lines); commas may be inside a topic. */
export function parseTopics(raw: string | undefined): string[] {
  if (!raw) return [];
  const parts = raw
    .split(/\s*[;|\n]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  return [...new Set(parts.map((part) => part.slice(0, 200)))].slice(0, 30);
}

/** KA220-ADU from the action type or the identifier ("2023-1-DE02-KA220-ADU-000123456"). */
export function parseAction(actionType: string | undefined, identifier: string | undefined): string | undefined {
  for (const text of [identifier, actionType]) {
    const fromId = text ? /\b(KA\d{3})-([A-Z]{3})\b/.exec(text) : null;
    if (fromId) return `${fromId[1]}-${fromId[2]}`;
  }
  for (const text of [identifier, actionType]) {
    const code = text ? /\bKA\d{3}\b/.exec(text) : null;
    if (code) return code[0];
  }
  return undefined;
}

/** Types that denote a person, not an organisation: such rows hold personal data we do not keep. */
const NATURAL_PERSON = new RegExp(
  '\\b(natural person|individual|private person|physical person|persona fisica|' +
    'personne physique|naturliche person|osoba fizyczna)\\b',
  'i',
);
export const isNaturalPerson = (type: string | undefined) => !!type && NATURAL_PERSON.test(foldText(type));

/** A website cell as an absolute http(s) URL ("www.example.org" gets https://), else undefined. */
export function parseWebsite(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const first = raw.trim().split(/\s+/)[0]!;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(first);
  const candidate = hasScheme ? first : /^[\w-]+(\.[\w-]+)+/.test(first) ? `https://${first}` : '';
  if (!candidate || !isHttpUrl(candidate)) return undefined;
  return candidate.length > 2000 ? undefined : candidate;
}

/** Postcode then place ("00-950 Warszawa", "A-1010 Wien") or place then postcode ("Dublin D02 X285"). */
const POSTCODE_FIRST = /^(?:[A-Z]{1,2}[- ]?)?(?:\d{2}-\d{3}|\d{3,6})(?:[- ]\d{2,4})?\s+(\p{L}[\p{L}\s.'’-]{1,60})$/u;
const POSTCODE_LAST = /^(\p{L}[\p{L}\s.'’-]{1,60}?)\s+(?:[A-Z]{1,2}[- ]?)?\d{3,6}(?:[- ]?\w{2,4})?$/u;

/**
 * The town of a street address, only when a postcode marks it: the address itself is not stored.
 */
export function cityFromAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const parts = address.split(/\s*[,\n]\s*/).filter(Boolean);
  for (const part of parts.reverse()) {
    const match = POSTCODE_FIRST.exec(part) ?? POSTCODE_LAST.exec(part);
    if (match) return match[1]!.trim();
  }
  return undefined;
}

/** A short, one-way mark of an address: tells two sightings at one address apart from others. */
export function placeMark(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const folded = foldText(address).replace(/[^\p{L}\p{N}]+/gu, '');
  if (folded.length < 6) return undefined;
  let hash = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) {
    hash ^= folded.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
