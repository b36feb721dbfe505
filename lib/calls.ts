/**
 * The call calendar: Erasmus+ actions with their consortium minimums and the call rounds with
 * their deadlines, as dated data with its source (lib/data/calls.json). Validated by
 * CallCalendarSchema in a unit test and when the extension is built (wxt.config.ts).
 */
import { z } from 'zod';
import calendarJson from './data/calls.json';

const ActionCodeSchema = z.string().regex(/^KA\d{3}(-[A-Z]{3})?$/);

export const CallCalendarSchema = z.object({
  source: z.string().min(10),
  sourceUrl: z.url(),
  asOf: z.iso.date(),
  note: z.string(),
  rounds: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(3), deadline: z.iso.date(), actions: z.array(z.string().regex(/^KA\d{3}$/)).min(1) }))
    .min(1)
    .refine((rounds) => new Set(rounds.map((r) => r.id)).size === rounds.length, 'round ids must be unique'),
  actions: z
    .array(z.object({ code: ActionCodeSchema, name: z.string().min(3), minOrganisations: z.number().int().min(1), minCountries: z.number().int().min(1) }))
    .min(1)
    .refine((actions) => new Set(actions.map((a) => a.code)).size === actions.length, 'action codes must be unique'),
  countingCountries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(27),
});
export type CallCalendar = z.infer<typeof CallCalendarSchema>;
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

/** Whole days from `today` to `deadline` (negative once it has passed). */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
