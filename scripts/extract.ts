/**
 * `npm run extract -- <file> [--url <url>]`: reads a saved platform page (.html) or a saved
 * data-service response (.json) and prints the ExtractionResult exactly as the extension sees it.
 * The maintainer's tool after a redesign; the fixture tests use `extractFile` too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { extractData, extractPage } from '../lib/platforms/registry';
import type { ExtractionResult } from '../lib/domain/model';
import { explainFields, type FieldExplanation } from '../lib/extractors/confidence';
import { redactDocument } from '../lib/extractors/redact';
import { reportUrlOf } from '../lib/extractors/report-file';
import { extractFileWithRules, rulesArgument } from './extract-rules';
import { warningInEnglish } from './warning-english';

const USAGE = `Usage: npm run extract -- <saved page .html | saved data .json> [--url <address of the page>]
  [--rules <page-rules .json>] [--explain | --redact]
Without --url, the address is read from <file>.expected.json next to the file, or from the file itself
when it is a page report (the panel's "Report this page").
--explain  prints, per field, which layer of the page gave the value, its confidence and what else was considered.
--redact   prints a redacted copy of the page (structure, classes and labels kept, other text replaced) for a bug report.`;

/** The sibling fixture answer: tests/fixtures/otlas/request.html → request.expected.json. */
export const expectedPathOf = (file: string) => file.replace(/\.(?:html?|json)$/i, '') + '.expected.json';
export const isDataFile = (file: string) => /\.json$/i.test(file) && !/\.expected\.json$/i.test(file);

/** Parses HTML as a browser would at `url` (no scripts run, nothing is fetched) and reads it. */
export async function extractHtml(html: string, url: string): Promise<ExtractionResult> {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  try {
    window.document.write(html);
    return extractPage(window.document as unknown as Document, new URL(url));
  } finally {
    await window.happyDOM.close();
  }
}

/** The page's result and, per field, the layer that gave it and what else was considered. */
export async function explainHtml(
  html: string,
  url: string,
): Promise<{ result: ExtractionResult; fields: FieldExplanation[] }> {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    const result = extractPage(doc, new URL(url));
    return { result, fields: explainFields(result, doc, new URL(url)) };
  } finally {
    await window.happyDOM.close();
  }
}

/** A redacted copy of a saved page ("Report this page"), as HTML. */
export async function redactHtml(html: string, url: string): Promise<string> {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  try {
    window.document.write(html);
    return redactDocument(window.document as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}

function printExplanation({ result, fields }: { result: ExtractionResult; fields: FieldExplanation[] }): void {
  const lines = [
    `${result.platform ?? 'no platform'} · ${result.pageType}`,
    ...result.warnings.map((w) => `warning: ${warningInEnglish(w)}`),
  ];
  for (const row of fields) {
    lines.push(
      `${row.record}.${row.field} = ${JSON.stringify(row.value).slice(0, 100)}  [${row.layer}, ${row.confidence}]`,
    );
    if (row.considered.length)
      lines.push(
        `    also considered: ${row.considered
          .slice(0, 5)
          .map((c) => JSON.stringify(c.slice(0, 60)))
          .join(', ')}`,
      );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
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

async function main(all: string[]): Promise<void> {
  const { rulesFile, rest: args } = rulesArgument(all);
  if (args.includes('--help') || args.includes('-h')) return void console.log(USAGE);
  const urlIndex = args.findIndex((arg) => arg === '--url' || arg.startsWith('--url='));
  const urlArg =
    urlIndex < 0 ? undefined : args[urlIndex]!.startsWith('--url=') ? args[urlIndex]!.slice(6) : args[urlIndex + 1];
  const file = args.find(
    (arg, i) => !arg.startsWith('--') && !(urlIndex >= 0 && i === urlIndex + 1 && args[urlIndex] === '--url'),
  );
  if (!file) fail(`No file given.\n${USAGE}`);
  if (!existsSync(file)) fail(`File not found: ${file}`);
  if (urlIndex >= 0 && !urlArg) fail(`--url needs an address.\n${USAGE}`);
  const url =
    urlArg ?? urlFromExpected(file) ?? (isDataFile(file) ? undefined : reportUrlOf(readFileSync(file, 'utf8')));
  if (!url) fail(`No address for ${file}: pass --url <address of the page>.\n${USAGE}`);
  if (!URL.canParse(url)) fail(`Not a web address: ${url}`);
  if (args.includes('--redact'))
    return void process.stdout.write(`${await redactHtml(readFileSync(file, 'utf8'), url)}\n`);
  if (args.includes('--explain') && !isDataFile(file))
    return printExplanation(await explainHtml(readFileSync(file, 'utf8'), url));
  let result: ExtractionResult;
  try {
    if (rulesFile !== undefined) return await printWithRules(file, url, rulesFile);
    result = await extractFile(file, url);
  } catch (error) {
    fail(`Could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  printWarnings(result);
}

/** The warnings in words, to stderr: stdout stays the result exactly (codes, as the contract says). */
function printWarnings(result: ExtractionResult): void {
  for (const item of result.warnings) console.error(`warning: ${warningInEnglish(item)}`);
}

/** The result with the rules applied; which fields the rules read goes to stderr. */
async function printWithRules(file: string, url: string, rulesFile: string): Promise<void> {
  if (!rulesFile) fail(`--rules needs a page-rules file.\n${USAGE}`);
  if (!existsSync(rulesFile)) fail(`Rules file not found: ${rulesFile}`);
  const { result, readByRule, outcomes } = await extractFileWithRules(file, url, rulesFile);
  for (const outcome of outcomes)
    console.error(`rule ${outcome.ruleId}: ${outcome.status}${readByRule[outcome.field] ? ' (used)' : ''}`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  printWarnings(result);
}

// Run only as a command, not when the tests import the helpers above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
