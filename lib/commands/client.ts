/**
 * How an extension page (popup, board, options) changes anything: `command(name, args)`. It runs
 * the catalogue's command in the page with the one runner — the same code and checks the
 * background uses for page messages — and the runner tells every open view. The catalogue (and
 * zod) load on the first write, so a first paint never waits for them.
 */
import type { Database } from '../store/db';
import type { CommandName, Commands } from './catalogue';
import type { CommandArgs, CommandResult } from './runner';

export type RunCommand = <N extends CommandName>(
  name: N,
  args: CommandArgs<Commands, N>,
) => Promise<CommandResult<Commands, N>>;

let runner: Promise<RunCommand> | undefined;

const loadRunner = async (db?: Database): Promise<RunCommand> => {
  const [{ COMMANDS }, { createRunner }] = await Promise.all([import('./catalogue'), import('./runner')]);
  return createRunner(COMMANDS, db ? { withDb: (use) => use(db) } : {}) as RunCommand;
};

export const command: RunCommand = async (name, args) => {
  runner ??= loadRunner();
  return (await runner)(name, args) as never;
};

/** The runner over a connection the caller already holds (e.g. a backup of a database an upgrade left as it was). */
export const commandsOver = (db: Database): Promise<RunCommand> => loadRunner(db);
