/**
 * Display helpers in the user's locale. Intl formatters are costly to build (a list of 500
 * dates built 500 of them per keystroke), so each is made once per locale and kept.
 */

const formatters = new Map<string, { format(value: never): string } | Intl.DisplayNames>();

function cached<T extends object>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter as never);
  }
  return formatter;
}

/** "PL · Poland" in the user's language; the bare code when the browser does not know it. */
export function countryLabel(code: string | undefined, locale = navigator.language): string {
  if (!code) return '';
  try {
    const name = cached(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(code);
    return name && name !== code ? `${code} · ${name}` : code;
  } catch {
    return code;
  }
}

/** 1234 → "1,234" / "1.234" / "1 234": a count in the user's locale. */
export function formatNumber(value: number, locale = navigator.language): string {
  try {
    return cached(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
  } catch {
    return String(value);
  }
}

/** 0.4 → "40%" / "40 %" in the user's locale; null (nothing to divide by yet) → undefined. */
export function formatPercent(rate: number | null, locale = navigator.language): string | undefined {
  if (rate === null) return undefined;
  try {
    return cached(
      `percent:${locale}`,
      () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    ).format(rate);
  } catch {
    return `${Math.round(rate * 100)}%`;
  }
}

export function formatDate(iso: string | undefined, locale = navigator.language): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return cached(
      `date:${locale}`,
      () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }),
    ).format(date);
  } catch {
    return iso;
  }
}
