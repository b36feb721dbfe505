/** What a command is: a name, zod-checked arguments, the stores it writes, and its work. */
import type { z } from '../domain/zod';
import type { Database } from '../store/db';
import type { StoreName } from './guard';

export interface Command<Args extends z.ZodType = z.ZodType, Result = unknown> {
  args: Args;
  /** Every store its one readwrite transaction names (organisations/pipeline come with summaries). */
  stores: readonly StoreName[];
  run: (db: Database, args: z.output<Args>) => Promise<Result>;
  /** Whether the result changed anything other views show (default: whether the command wrote). */
  changed?: (result: Result) => boolean;
  /** Why it needs more than one readwrite transaction (each step undoable on its own). */
  manyTransactions?: string;
}

export function defineCommand<Args extends z.ZodType, Result>(command: Command<Args, Result>): Command<Args, Result> {
  return command;
}
