/**
 * The one check of a detail the user types, wherever they type it: the panel on a platform page
 * (views/page/validate-field.ts) and the board's form (components/detail/DetailFields.tsx). The bounds and
 * patterns are the schema's (lib/domain/limits.ts), so what passes here also passes the store.
 */
import { countryLabel, formatNumber } from '../i18n/format';
import { i18n } from '../i18n';
import { isHttpUrl, MAX, PATTERNS } from './limits';
import type { DetailField } from './organisation-fields';

const LIMITS: Partial<Record<DetailField, number>> = {
  name: MAX.name,
  city: MAX.place,
  region: MAX.place,
  type: MAX.type,
  phone: MAX.phone,
  description: MAX.longText,
};

/** The value as it will be saved (trimmed; codes in capitals, a PIC without spaces). */
export function normaliseField(key: DetailField, raw: string): string {
  const value = raw.trim();
  if (key === 'country' || key === 'oid') return value.toUpperCase();
  if (key === 'pic') return value.replace(/\s+/g, '');
  return value;
}

function problemOf(key: DetailField, value: string): string | undefined {
  const limit = LIMITS[key];
  if (limit && value.length > limit) return i18n.t('validation.tooLong', [formatNumber(limit)]);
  if (key === 'country' && !PATTERNS.isoCountry.test(value)) return i18n.t('validation.countryCode');
  if (key === 'country' && countryLabel(value) === value) return i18n.t('validation.unknownCountry', [value]);
  if (key === 'website' && (value.length > MAX.url || !isHttpUrl(value))) return i18n.t('validation.website');
  if (key === 'email' && (value.length > MAX.email || !PATTERNS.email.test(value))) return i18n.t('validation.email');
  if (key === 'oid' && !PATTERNS.oid.test(value)) return i18n.t('validation.oid');
  if (key === 'pic' && !PATTERNS.pic.test(value)) return i18n.t('validation.pic');
  return undefined;
}

/** The value as it will be saved, and a plain-words problem if it cannot be (empty is fine but for the name). */
export function checkField(key: DetailField, raw: string): { value: string; error?: string } {
  const value = normaliseField(key, raw);
  if (!value) return key === 'name' ? { value, error: i18n.t('validation.nameNeeded') } : { value };
  const error = problemOf(key, value);
  return error ? { value, error } : { value };
}
