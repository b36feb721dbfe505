/** What the hand-entry form holds and checks, apart from how it looks (ManualPartnerForm.tsx). */
import { checkField } from '@/lib/domain/field-check';
import { regionCodes } from '@/lib/domain/regions';

export interface ManualFields {
  name: string;
  country?: string;
  city?: string;
  website?: string;
}

const SKIP = /^(AA|EU|EZ|QO|UN|ZZ|Q[M-Z]|X[A-JL-Z])$/;
let countries: { code: string; name: string }[] | undefined;
/** Every country the browser can name, in the user's language, sorted by name. */
export function countryOptions(locale = navigator.language): { code: string; name: string }[] {
  if (countries) return countries;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const found = regionCodes().flatMap((code) => {
    const name = SKIP.test(code) ? undefined : names.of(code);
    return name && name !== code ? [{ code, name }] : [];
  });
  return (countries = found.sort((x, y) => x.name.localeCompare(y.name, locale)));
}

/** "example.org" → "https://example.org"; anything that is not a web address stays as typed. */
export const withScheme = (raw: string) =>
  raw && !/^[a-z]+:/i.test(raw) && /^[\w-]+(\.[\w-]+)+/.test(raw) ? `https://${raw}` : raw;

export type Draft = Required<ManualFields>;
/** The fields typed in (the country is picked from a list), in the order the form shows them. */
export const TYPED = ['name', 'city', 'website'] as const;
export type TypedKey = (typeof TYPED)[number];
export const EMPTY: Draft = { name: '', country: '', city: '', website: '' };

/** The board's and the panel's own check (lib/domain/field-check.ts): the same values refused in the same words. */
export function checkDraft(draft: Draft): { found: Partial<Record<TypedKey, string>>; fields: ManualFields } {
  const checked = {
    name: checkField('name', draft.name),
    city: checkField('city', draft.city),
    website: checkField('website', withScheme(draft.website.trim())),
  };
  const found = Object.fromEntries(TYPED.flatMap((key) => (checked[key].error ? [[key, checked[key].error]] : [])));
  const fields: ManualFields = { name: checked.name.value };
  if (draft.country) fields.country = draft.country;
  if (checked.city.value) fields.city = checked.city.value;
  if (checked.website.value) fields.website = checked.website.value;
  return { found, fields };
}
