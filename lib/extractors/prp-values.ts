/**
 * The Project Results Platform's values as its JSON service and its pages write them: one-line
 * strings, dates (Brussels days, partial dates), grants in euro, years and lists. Pure; an
 * unreadable value is undefined, never guessed.
 */
import { parsePartialDate } from './dates';

/** A trimmed one-line string from a string or number; undefined when blank or another type. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  return v.replace(/\s+/g, ' ').trim() || undefined;
}

const BRUSSELS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
function brusselsDay(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const part = (type: string) => BRUSSELS.formatToParts(date).find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
function ymd(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * YYYY-MM-DD from what the service may send: epoch ms/s (read as the calendar day in Brussels,
 * where the service lives, so a CET midnight is not shifted a day back), "dd/mm/yyyy",
 * "dd.mm.yyyy", ISO dates and date-times; then the shared page-date reader ("1 December 2023").
 */
export function parsePrpDate(v: unknown): string | undefined {
  const s = typeof v === 'number' ? String(v) : str(v);
  if (!s) return undefined;
  if (/^\d{9,13}$/.test(s)) return brusselsDay(new Date(Number(s) * (s.length <= 11 ? 1000 : 1)));
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) return brusselsDay(new Date(s));
  m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  // What the rendered page may print instead: "1 December 2023", "December 2023".
  return parsePartialDate(s);
}

/** EUR amount from 250000, "250,000.00", "250.000,00", "€ 60 000", "1234,5"; undefined if unclear. */
export function parseGrantEur(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.replace(/EUR|€|euros?/gi, '').replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return undefined;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let cut = -1;
  if (lastComma >= 0 && lastDot >= 0) cut = Math.max(lastComma, lastDot);
  else if (lastComma + lastDot > -2) {
    const sep = lastComma >= 0 ? ',' : '.';
    // One separator followed by exactly three digits is a thousands separator ("250,000").
    if (s.split(sep).length === 2 && s.length - Math.max(lastComma, lastDot) - 1 !== 3)
      cut = Math.max(lastComma, lastDot);
  }
  const whole = cut >= 0 ? s.slice(0, cut) : s;
  const fraction = cut >= 0 ? s.slice(cut + 1) : '';
  if (!/^\d*$/.test(fraction) || !/^(\d+|\d{1,3}(\.\d{3})+|\d{1,3}(,\d{3})+)$/.test(whole)) return undefined;
  const amount = Number(`${whole.replace(/[.,]/g, '')}.${fraction || '0'}`);
  return Number.isFinite(amount) ? amount : undefined;
}

/** A year 1990–2100 from 2021, "2021" or "Call 2021". */
export function parseYear(v: unknown): number | undefined {
  const m = /\b(19\d{2}|20\d{2}|2100)\b/.exec(str(v) ?? '');
  return m ? Number(m[1]) : undefined;
}

/** A list from an array or a string joined by | ; or new lines (never commas: topic names contain them). */
export function list(v: unknown, separators = /[|;\n]/): string[] {
  const items = Array.isArray(v) ? v.map(str) : typeof v === 'string' ? v.split(separators).map(str) : [];
  return [...new Set(items.filter((s): s is string => !!s))];
}
