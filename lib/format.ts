/** Display helpers in the user's locale. */

let regionNames: Intl.DisplayNames | undefined;

/** "PL · Poland" in the user's language; the bare code when the browser does not know it. */
export function countryLabel(code: string | undefined, locale = navigator.language): string {
  if (!code) return '';
  try {
    regionNames ??= new Intl.DisplayNames([locale], { type: 'region' });
    const name = regionNames.of(code);
    return name && name !== code ? `${code} · ${name}` : code;
  } catch {
    return code;
  }
}

export function formatDate(iso: string | undefined, locale = navigator.language): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}
