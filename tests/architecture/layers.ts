/**
 * The layers of the tree and what each may import: the data flows one way,
 * page → reader → message → background → store → views. A file's layer comes from its path.
 */
export type Layer =
  | 'content-script'
  | 'background'
  | 'view'
  | 'page-ui'
  | 'component'
  | 'reader'
  | 'rules'
  | 'platforms'
  | 'protocol'
  | 'store'
  | 'commands'
  | 'command-client'
  | 'query'
  | 'domain'
  | 'script'
  | 'test';

/** Ordered: the first rule that fits a path names its layer. The folders are the layers. */
const LAYER_OF: [RegExp, Layer][] = [
  [/^entrypoints\/[^/]+\.content\//, 'content-script'],
  // Stage 2 of a content script (issue 13): imported by it at run time, in its world.
  [/^entrypoints\/[a-z]+-reader\.ts$/, 'content-script'],
  // "Report this page" and Pick on page: imported by stage 2 only when the user asks, in its world.
  [/^entrypoints\/page-(report|pick)\.ts$/, 'content-script'],
  // The panel framed into platform pages (issue 15): the page's UI, as an extension page.
  [/^entrypoints\/panel\//, 'page-ui'],
  [/^entrypoints\/background\.ts$/, 'background'],
  [/^entrypoints\//, 'view'],
  // What a content script and the framed panel show in a platform page.
  [/^views\/page\//, 'page-ui'],
  // The containers of the extension pages, and the hooks they share (one load loop, one write queue).
  [/^views\//, 'view'],
  [/^components\//, 'component'],
  [/^lib\/extractors\//, 'reader'],
  [/^lib\/page-rules\//, 'rules'],
  [/^lib\/platforms\//, 'platforms'],
  [/^lib\/protocol\//, 'protocol'],
  // The one write path (lib/commands): the catalogue and its runner; pages reach it through the client.
  [/^lib\/commands\/client\.ts$/, 'command-client'],
  [/^lib\/commands\//, 'commands'],
  // What extension pages read through (read-only connections, the backup file); changes go through the client.
  [/^lib\/reads\//, 'query'],
  // The database and what runs over it: the store's operations, export and import.
  [/^lib\/(store|backup)\//, 'store'],
  // The background's message handling, its network call and its reminders.
  [/^lib\/background\//, 'background'],
  // Features with parts in several layers: their store side, the rest is domain.
  [/^lib\/outreach\/(log|settings|referral)\.ts$/, 'store'],
  // The browser's own helpers every surface may use (a download), pure otherwise.
  [/^lib\/(domain|i18n|dom|discover|outreach)\//, 'domain'],
  [/^scripts\//, 'script'],
  [/^tests\//, 'test'],
];

export function layerOf(path: string): Layer | undefined {
  return LAYER_OF.find(([pattern]) => pattern.test(path))?.[1];
}

/** What each layer may import (its own layer always). Tests may import anything. */
export const ALLOWED: Record<Layer, Layer[]> = {
  // Thin entrypoints: the site definition and the page UI.
  'content-script': ['page-ui', 'platforms', 'domain', 'reader', 'rules', 'protocol'],
  background: ['store', 'commands', 'protocol', 'domain', 'platforms', 'reader', 'rules'],
  // Extension pages: read through the query modules, change through commands, show components.
  view: ['component', 'query', 'command-client', 'protocol', 'domain', 'platforms', 'rules'],
  // The page's own UI: talks to the background by message, never to the store.
  'page-ui': ['component', 'protocol', 'platforms', 'reader', 'rules', 'domain'],
  component: ['domain', 'platforms'],
  // Readers are pure: the model and their own helpers.
  reader: ['domain'],
  // Page rules: the user's own readers, as data; pure, over the readers' labels and countries.
  rules: ['reader', 'domain', 'platforms'],
  platforms: ['reader', 'domain'],
  // The message catalogue: zod shapes of the model.
  protocol: ['domain', 'platforms', 'rules'],
  // The background's message handling runs page messages as commands.
  store: ['commands', 'protocol', 'domain', 'platforms', 'reader', 'rules'],
  commands: ['store', 'protocol', 'domain', 'platforms', 'reader', 'rules'],
  // The client loads the catalogue and the runner on first use.
  'command-client': ['commands', 'domain'],
  query: ['store', 'commands', 'command-client', 'protocol', 'domain', 'platforms', 'reader', 'rules'],
  domain: ['platforms'],
  script: ['platforms', 'reader', 'rules', 'store', 'commands', 'command-client', 'query', 'protocol', 'domain'],
  test: [
    'content-script',
    'background',
    'view',
    'page-ui',
    'component',
    'reader',
    'rules',
    'platforms',
    'protocol',
    'store',
    'commands',
    'command-client',
    'query',
    'domain',
    'script',
  ],
};

/** Type-only imports a layer may make beyond ALLOWED: the shapes of what it is handed. */
export const ALLOWED_TYPES: Partial<Record<Layer, Layer[]>> = {
  component: ['store', 'rules', 'query', 'commands'],
  'page-ui': ['store'],
  // The shapes of records and results a page is handed (never a value of the store).
  view: ['store', 'commands'],
  'command-client': ['store'],
};

/** Known leaks, each with the reason it is still there; the test fails once one is gone, so the list only shrinks. */
export const KNOWN_LEAKS: { from: string; to: string; why: string }[] = [
  {
    from: 'scripts/bench-pipeline.ts',
    to: 'tests/e2e/harness.mjs',
    why: 'the browser harness is to move out of tests/',
  },
  {
    from: 'scripts/bench-discover.ts',
    to: 'tests/e2e/harness.mjs',
    why: 'the browser harness is to move out of tests/',
  },
  {
    from: 'lib/discover/values.ts',
    to: 'lib/extractors/countries.ts',
    why: 'country names in every language live with the readers',
  },
  { from: 'scripts/bench.ts', to: 'tests/e2e/harness.mjs', why: 'the browser harness is to move out of tests/' },
  {
    from: 'scripts/bench-cold-start.ts',
    to: 'tests/e2e/harness.mjs',
    why: 'the browser harness is to move out of tests/',
  },
  { from: 'scripts/demo.mjs', to: 'tests/e2e/harness.mjs', why: 'the browser harness is to move out of tests/' },
  { from: 'scripts/screenshots.mjs', to: 'tests/e2e/harness.mjs', why: 'the browser harness is to move out of tests/' },
  {
    from: 'scripts/test.mjs',
    to: 'tests/e2e-firefox/harness.mjs',
    why: 'the browser harness is to move out of tests/',
  },
  {
    from: 'scripts/bench-robustness.ts',
    to: 'tests/mutation/suite.ts',
    why: 'the bench reports the mutation suite’s pass rate',
  },
];
