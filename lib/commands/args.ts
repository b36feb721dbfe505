/** Argument shapes the commands share. */
import { z } from '../domain/zod';
import { IsoDateSchema, StageSchema } from '../domain/model';

export const Id = z.string().min(1).max(64);
export const Ids = z.array(Id).max(10_000);
export const StageId = StageSchema.shape.id;
export const LocalDate = IsoDateSchema;

/**
 * A record handed back for an undo or built by a form, that the store function validates itself
 * with the model's schema when it writes: here only "is an object", so the exact record returns.
 */
export const record = <T>(what: string) =>
  z.custom<T>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
    message: `${what} expected`,
  });

/** The writes of one partner: organisations and entries move with their summaries (lib/store/summaries.ts). */
export const PARTNER_STORES = ['organisations', 'pipeline', 'summaries', 'meta'] as const;

/** Every store: an import (or a replace) may touch any of them. */
export const ALL_STORES = [
  'organisations',
  'summaries',
  'notSame',
  'merges',
  'ideas',
  'events',
  'pipeline',
  'meta',
  'templates',
  'contactLog',
  'introductions',
] as const;
