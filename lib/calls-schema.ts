/** The shape of lib/data/calls.json, checked at build time (wxt.config.ts) and in tests. */
import { z } from 'zod';

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
