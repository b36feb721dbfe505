/**
 * Formats and size bounds shared by the zod model (used where data is received) and the
 * plain cleaners in content scripts (which must stay small and so carry no zod).
 */
export const PATTERNS = {
  isoCountry: /^[A-Z]{2}$/,
  oid: /^E\d{8}$/,
  pic: /^\d{9}$/,
  isoDate: /^\d{4}-\d{2}-\d{2}$/,
  partialDate: /^\d{4}-\d{2}(-\d{2})?$/,
  email: /^[^\s@<>()"']+@[^\s@<>()"']+\.[^\s@<>()"']+$/,
} as const;

export const MAX = {
  name: 300,
  place: 200,
  type: 200,
  phone: 60,
  email: 320,
  url: 2000,
  longText: 20_000,
  title: 500,
  code: 100,
  topic: 200,
  list: 100,
  warning: 500,
  warnings: 50,
  organisations: 200,
} as const;

export const ROLES = ['coordinator', 'partner', 'applicant'] as const;
export const OPPORTUNITY_KINDS = ['partner-request', 'project', 'etwinning-project'] as const;

/** True for an absolute http(s) URL: the only links we ever render or store. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
