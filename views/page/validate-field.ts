/** The panel's hand entry checks a field with the board's own rule (lib/domain/field-check.ts): same values, same words. */
import { checkField, normaliseField } from '@/lib/domain/field-check';
import type { PanelField } from '@/lib/domain/organisation-fields';

/** A plain-words problem with what the user typed, or undefined when it is fine (or empty). */
export const validateField = (field: PanelField, value: string): string | undefined => checkField(field, value).error;

/** What the panel sends for a typed value: as the check saw it (codes in capitals), or nothing. */
export const typedValue = (field: PanelField, value: string): string | undefined =>
  normaliseField(field, value) || undefined;
