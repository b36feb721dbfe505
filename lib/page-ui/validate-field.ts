import { cleanField } from '@/lib/extractors/clean';
import type { FieldKey } from '@/components/FieldRows';

const HINTS: Partial<Record<FieldKey, string>> = {
  country: 'Use the two-letter code, e.g. DE or PL.',
  website: 'Use a full address starting with https://',
  email: 'This does not look like an e-mail address.',
  oid: 'An OID is E followed by 8 digits.',
  pic: 'A PIC has 9 digits.',
};

/** A plain-words problem with what the user typed, or undefined when it is fine (or empty). */
export function validateField(field: FieldKey, value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return field === 'name' ? 'The name is needed.' : undefined;
  return cleanField(field, trimmed) === undefined ? (HINTS[field] ?? 'This value is too long or cannot be saved.') : undefined;
}
