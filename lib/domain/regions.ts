/**
 * Which two-letter codes name a region, as the browser's Intl knows them (English: the most complete
 * of its languages). The readers' plausibility check takes them from a file built ahead of time
 * (scripts/dictionaries.ts); the forms' country pickers name them in the user's language.
 */
export function regionCodes(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  const codes: string[] = [];
  for (let first = 65; first <= 90; first += 1)
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      if (names.of(code) !== code) codes.push(code);
    }
  return codes;
}
