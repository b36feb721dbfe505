/** The shape of lib/domain/data/calls.json, checked at build time (wxt.config.ts) and in tests. */
import { z } from './zod';

const ActionCodeSchema = z.string().regex(/^KA\d{3}(-[A-Z]{3})?$/);
const CountrySchema = z.string().regex(/^[A-Z]{2}$/);
/** A group of countries (lib/domain/data/calls.json → participation.groups), or "any-third": any third country not associated. */
const GroupIdSchema = z.string().regex(/^[a-z-]+$/);
/** "check": our sources do not say; the user is sent to the Programme Guide rather than told a guess. */
const WhoSchema = z.union([z.array(GroupIdSchema).min(1), z.literal('check')]);

export const ParticipationRuleSchema = z.object({
  /** Who may apply (coordinate). */
  apply: WhoSchema,
  /** Who may take part as a partner. */
  partner: WhoSchema,
  /** Whose organisations count towards the minimum. */
  counts: WhoSchema,
});

export const CallCalendarSchema = z
  .object({
    source: z.string().min(10),
    sourceUrl: z.url(),
    asOf: z.iso.date(),
    note: z.string(),
    rounds: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          label: z.string().min(3),
          deadline: z.iso.date(),
          actions: z.array(z.string().regex(/^KA\d{3}$/)).min(1),
        }),
      )
      .min(1)
      .refine((rounds) => new Set(rounds.map((r) => r.id)).size === rounds.length, 'round ids must be unique'),
    actions: z
      .array(
        z.object({
          code: ActionCodeSchema,
          name: z.string().min(3),
          minOrganisations: z.number().int().min(1),
          minCountries: z.number().int().min(1),
          participation: ParticipationRuleSchema.optional(),
        }),
      )
      .min(1)
      .refine((actions) => new Set(actions.map((a) => a.code)).size === actions.length, 'action codes must be unique'),
    countingCountries: z.array(CountrySchema).min(27),
    participation: z.object({
      source: z.string().min(10),
      sourceUrl: z.url(),
      asOf: z.iso.date(),
      note: z.string(),
      /** The Programme Guide's groups and region names: EU Member States, associated countries, regions of the others. */
      groups: z
        .array(z.object({ id: GroupIdSchema, name: z.string().min(3), countries: z.array(CountrySchema).min(1) }))
        .min(2),
      /** Countries the Programme Guide restricts or treats as exceptions: always "check the Programme Guide". */
      checkCountries: z.array(CountrySchema),
    }),
  })
  .superRefine((calendar, context) => {
    const known = new Set([...calendar.participation.groups.map((g) => g.id), 'any-third']);
    for (const action of calendar.actions) {
      for (const who of Object.values(action.participation ?? {})) {
        if (who === 'check') continue;
        for (const id of who)
          if (!known.has(id))
            context.addIssue({ code: 'custom', message: `${action.code}: unknown country group ${id}` });
      }
    }
  });

export type CallCalendar = z.infer<typeof CallCalendarSchema>;
export type ParticipationRule = z.infer<typeof ParticipationRuleSchema>;
