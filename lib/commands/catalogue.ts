/**
 * Every change to the pipeline database, by name. Each command names its zod-checked arguments,
 * the stores its transaction writes and its work; lib/commands/runner.ts runs them all the same
 * way. A platform page may ask for a few of them by message (lib/protocol/messages.ts, lib/background/handlers.ts);
 * extension pages run them through lib/commands/client.ts.
 */
import { discoverCommands } from './discover';
import { ideaCommands } from './ideas';
import { mergeCommands } from './merges';
import { outreachCommands } from './outreach';
import { pageCommands } from './page';
import { partnerCommands } from './partners';
import { settingsCommands } from './settings';
import { createRunner } from './runner';
import type { Database } from '../store/db';

export const COMMANDS = {
  ...pageCommands,
  ...partnerCommands,
  ...mergeCommands,
  ...ideaCommands,
  ...outreachCommands,
  ...settingsCommands,
  ...discoverCommands,
};

export type Commands = typeof COMMANDS;
export type CommandName = keyof Commands;

/** The runner over a connection the caller already holds (the background's, for a page's message). */
export const runOver = (db: Database) => createRunner(COMMANDS, { withDb: (use) => use(db) });
