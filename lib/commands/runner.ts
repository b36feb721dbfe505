/**
 * The one runner every change goes through, from the background (page messages) and from the
 * extension pages alike: check the arguments, open the database, run the command over a guarded
 * handle (its declared stores, one readwrite transaction), close, and broadcast one change event
 * when it wrote something. A command that fails broadcasts nothing; its transaction was aborted.
 */
import type { z } from '../domain/zod';
import type { OpenOptions, Database } from '../store/db';
import { notifyChanged } from '../protocol/changes';
import { i18n } from '../i18n';
import { withDb } from '../store/with-db';
import type { Command } from './define';
import { guardWithCount } from './guard';

/** Any command, as the runner sees it (its arguments come checked by its own schema). */
export interface AnyCommand {
  args: z.ZodType;
  stores: Command['stores'];
  run: (db: Database, args: never) => Promise<unknown>;
  changed?: (result: never) => boolean;
  manyTransactions?: string;
}
export type Catalogue = Record<string, AnyCommand>;

/** Arguments that do not fit the command: said in plain words, nothing is opened or written. */
export class CommandArgumentError extends Error {
  override readonly name = 'CommandArgumentError';
  constructor(
    readonly command: string,
    readonly issues: readonly { path: PropertyKey[]; message: string }[],
  ) {
    super(i18n.t('commands.badArguments', [command]));
  }
}

export interface RunnerDeps {
  /** The database for this command; default: the pipeline database, closed afterwards. */
  withDb?: <T>(use: (db: Database) => Promise<T>) => Promise<T>;
  notify?: () => void;
  openOptions?: OpenOptions;
}

export type CommandName<C extends Catalogue> = keyof C & string;
export type CommandArgs<C extends Catalogue, N extends CommandName<C>> = z.input<C[N]['args']>;
// The result of the command's own work (each entry keeps its precise type in the catalogue).
export type CommandResult<C extends Catalogue, N extends CommandName<C>> = Awaited<ReturnType<C[N]['run']>>;

export function createRunner<C extends Catalogue>(catalogue: C, deps: RunnerDeps = {}) {
  const useDb = deps.withDb ?? (<T>(use: (db: Database) => Promise<T>) => withDb(use, deps.openOptions));
  const notify = deps.notify ?? notifyChanged;
  return async function run<N extends CommandName<C>>(name: N, raw: CommandArgs<C, N>): Promise<CommandResult<C, N>> {
    const command = catalogue[name];
    if (!command) throw new CommandArgumentError(String(name), [{ path: [], message: 'unknown command' }]);
    const parsed = command.args.safeParse(raw);
    if (!parsed.success) throw new CommandArgumentError(name, parsed.error.issues.slice(0, 5));
    const options = { stores: command.stores, manyTransactions: command.manyTransactions !== undefined };
    let written = () => 0;
    const result = await useDb((db) => {
      const guarded = guardWithCount(db, options);
      written = guarded.written;
      return command.run(guarded.db, parsed.data as never);
    });
    if (command.changed?.(result as never) ?? written() > 0) notify();
    return result as CommandResult<C, N>;
  };
}
