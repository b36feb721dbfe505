/**
 * `npm run discover -- <file…> [--action KA220-ADU] [--query "words"] [--countries DE,FR]
 *   [--exclude-countries PL] [--type "…"] [--limit 20] [--json]`
 * Reads project lists of the Project Results Platform with the extension's own library and prints
 * the organisations best suited to the idea, with the reasons in words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

const USAGE = `Usage: npm run discover -- <project list .csv|.xlsx …> [--action KA220-ADU] [--query "words"]
  [--countries DE,FR] [--exclude-countries PL] [--have-countries IT,ES] [--type "school"] [--limit 20] [--json]`;

/** lib/i18n reads browser.i18n: give it the English messages, as the browser would. */
function installEnglish() {
  const text = readFileSync(join(import.meta.dirname, '..', 'locales', 'en.yml'), 'utf8');
  const messages = generateChromeMessages(parseMessagesText(text, 'YAML'));
  const byName = new Map(Object.entries(messages).map(([name, { message }]) => [name.toLowerCase(), message]));
  const getMessage = (name: string, subs?: string | string[]) => {
    const values = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (byName.get(name.toLowerCase()) ?? '').replace(/\$(\$|[1-9])/g, (_, w: string) =>
      w === '$' ? '$' : (values[Number(w) - 1] ?? ''),
    );
  };
  (globalThis as Record<string, unknown>).chrome = { i18n: { getMessage, getUILanguage: () => 'en' }, runtime: {} };
}

function parseArgs(argv: string[]) {
  const files: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') flags.json = true;
    else if (arg.startsWith('--')) flags[arg.slice(2)] = argv[++i] ?? '';
    else files.push(arg);
  }
  return { files, flags };
}

const list = (value: string | true | undefined) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim().toUpperCase())
        .filter(Boolean)
    : undefined;

export async function main(argv: string[]): Promise<number> {
  const { files, flags } = parseArgs(argv);
  if (files.length === 0 || files.some((file) => !existsSync(file))) {
    console.error(files.length ? `No such file: ${files.filter((f) => !existsSync(f)).join(', ')}` : USAGE);
    return 2;
  }
  installEnglish();
  const { runDiscover } = await import('../lib/discover/run');
  const { fileInput } = await import('../lib/discover/node-input');
  const output = await runDiscover(files.map(fileInput), {
    query: typeof flags.query === 'string' ? flags.query : undefined,
    action: typeof flags.action === 'string' ? flags.action.toUpperCase() : undefined,
    countries: list(flags.countries),
    excludeCountries: list(flags['exclude-countries']),
    haveCountries: list(flags['have-countries']),
    types: typeof flags.type === 'string' ? [flags.type] : undefined,
    limit: typeof flags.limit === 'string' ? Number(flags.limit) || 20 : 20,
  });
  if (flags.json) console.log(JSON.stringify(output, null, 2));
  else console.log((await import('../lib/discover/table')).textTable(output));
  return output.files.some((file) => file.refused) ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
