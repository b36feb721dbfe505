/**
 * The call calendar: Erasmus+ actions with their consortium minimums and the call rounds with
 * their deadlines, as dated data with its source (lib/domain/data/calls.json). Validated by
 * CallCalendarSchema (lib/domain/calls-schema.ts) in a unit test and when the extension is built, so
 * the pages that show it need no zod.
 */
import calendarJson from './data/calls.json';
import type { CallCalendar } from './calls-schema';

export type { CallCalendar } from './calls-schema';
export type CallRound = CallCalendar['rounds'][number];
export type ActionRule = CallCalendar['actions'][number];

/** Typed view of the bundled file (its validity is proven at build time and in tests). */
export const CALENDAR: CallCalendar = calendarJson as CallCalendar;

export function actionRule(code: string | undefined): ActionRule | undefined {
  return code ? CALENDAR.actions.find((action) => action.code === code) : undefined;
}

/** Rounds an action can be submitted to ("KA220-YOU" → rounds listing KA220). */
export function roundsForAction(code: string | undefined): CallRound[] {
  const family = code?.slice(0, 5);
  return CALENDAR.rounds.filter((round) => !family || round.actions.includes(family));
}

/** The deadline that applies to an idea: the user's own, else its round's from the calendar. */
export function ideaDeadline(idea: { deadline?: string; roundId?: string }): string | undefined {
  return idea.deadline ?? CALENDAR.rounds.find((round) => round.id === idea.roundId)?.deadline;
}

/** Whole days from `today` to `deadline` (negative once it has passed). */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
