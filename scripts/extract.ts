/**
 * `npm run extract -- <file> [--url <url>]`: reads a saved platform page (.html) or a saved
 * data-service response (.json) and prints the ExtractionResult exactly as the extension sees it.
 * The maintainer's tool after a redesign; the fixture tests use `extractFile` too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { extractData, extractPage } from '../lib/platforms/registry';
import type { ExtractionResult } from '../lib/model';

const USAGE = `Usage: npm run extract -- <saved page .html | saved data .json> [--url <address of the page>]
Without --url, the address is read from <file>.expected.json next to the file.`;

/** The sibling fixture answer: tests/fixtures/otlas/request.html → request.expected.json. */
export const expectedPathOf = (file: string) => file.replace(/\.(?:html?|json)$/i, '') + '.expected.json';
export const isDataFile = (file: string) => /\.json$/i.test(file) && !/\.expected\.json$/i.test(file);

/** Parses HTML as a browser would at `url` (no scripts run, nothing is fetched) and reads it. */
export async function extractHtml(html: string, url: string): Promise<ExtractionResult> {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true } });
  try {
    window.document.write(html);
    return extractPage(window.document as unknown as Document, new URL(url));
  } finally {
    await window.happyDOM.close();
  }
}

/** Reads one saved file: HTML through the page readers, JSON through the data readers. */
export async function extractFile(file: string, url: string): Promise<ExtractionResult> {
  const content = readFileSync(file, 'utf8');
  return isDataFile(file) ? extractData(JSON.parse(content), new URL(url)) : extractHtml(content, url);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function urlFromExpected(file: string): string | undefined {
  const expectedFile = expectedPathOf(file);
  if (!existsSync(expectedFile)) return undefined;
  const url: unknown = JSON.parse(readFileSync(expectedFile, 'utf8'))?.url;
  return typeof url === 'string' ? url : undefined;
}

async function main(args: string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) return void console.log(USAGE);
  const urlIndex = args.findIndex((arg) => arg === '--url' || arg.startsWith('--url='));
  const urlArg = urlIndex < 0 ? undefined : args[urlIndex]!.startsWith('--url=') ? args[urlIndex]!.slice(6) : args[urlIndex + 1];
  const file = args.find((arg, i) => !arg.startsWith('--') && !(urlIndex >= 0 && i === urlIndex + 1 && args[urlIndex] === '--url'));
  if (!file) fail(`No file given.\n${USAGE}`);
  if (!existsSync(file)) fail(`File not found: ${file}`);
  if (urlIndex >= 0 && !urlArg) fail(`--url needs an address.\n${USAGE}`);
  const url = urlArg ?? urlFromExpected(file);
  if (!url) fail(`No address for ${file}: pass --url <address of the page>.\n${USAGE}`);
  if (!URL.canParse(url)) fail(`Not a web address: ${url}`);
  let result: ExtractionResult;
  try {
    result = await extractFile(file, url);
  } catch (error) {
    fail(`Could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

// Run only as a command, not when the tests import the helpers above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
