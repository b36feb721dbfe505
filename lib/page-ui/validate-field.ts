import { cleanField } from '@/lib/extractors/clean';
import type { FieldKey } from '@/components/FieldRows';
import { i18n } from '@/lib/i18n';

const HINTS: Partial<Record<FieldKey, () => string>> = {
  country: () => i18n.t('page.hint.country'),
  website: () => i18n.t('page.hint.website'),
  email: () => i18n.t('page.hint.email'),
  oid: () => i18n.t('page.hint.oid'),
  pic: () => i18n.t('page.hint.pic'),
};

/** A plain-words problem with what the user typed, or undefined when it is fine (or empty). */
export function validateField(field: FieldKey, value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return field === 'name' ? i18n.t('validation.nameNeeded') : undefined;
  return cleanField(field, trimmed) === undefined ? (HINTS[field]?.() ?? i18n.t('page.hint.tooLong')) : undefined;
}
