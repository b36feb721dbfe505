/**
 * Follow-ups after a message: due a number of days after it was sent (by default 7, 14 and 28),
 * and stopped by any reply. Pure, on ISO dates.
 */
export const DEFAULT_CADENCE = [7, 14, 28] as const;

export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** Days in ascending order, each once; nothing valid → the default. */
export function normaliseCadence(days: readonly number[]): number[] {
  const valid = [...new Set(days.filter((d) => Number.isInteger(d) && d >= 1 && d <= 365))].sort((a, b) => a - b);
  return valid.length ? valid : [...DEFAULT_CADENCE];
}

/** "7, 14, 28" typed by the user → [7, 14, 28]; undefined when it is not a list of whole days 1–365. */
export function parseCadence(text: string): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.length || parts.some((part) => !/^\d{1,3}$/.test(part))) return undefined;
  const days = parts.map(Number);
  return days.every((d) => d >= 1 && d <= 365) ? normaliseCadence(days) : undefined;
}

/**
 * The next follow-up after `today` for a message sent on `sentOn`: the first step of the
 * cadence that falls after today, or null when the partner replied or the cadence is over.
 */
export function nextFollowUp(
  sentOn: string,
  cadence: readonly number[],
  today: string,
  replied: boolean,
): string | null {
  if (replied) return null;
  for (const days of normaliseCadence(cadence)) {
    const due = addDays(sentOn, days);
    if (due > today) return due;
  }
  return null;
}

/** Suggest "no reply" once the whole cadence has passed without an answer. */
export function noReplySuggested(sentOn: string, cadence: readonly number[], today: string, replied: boolean): boolean {
  const steps = normaliseCadence(cadence);
  return !replied && addDays(sentOn, steps[steps.length - 1]!) <= today;
}
