/**
 * A page's stage 2 (entrypoints/<site>-reader.ts, imported on every record page) loads the label
 * dictionaries as data (views/page/dictionary-loader.ts): it must not bundle their ~40 KB source,
 * nor the builder that folds it (issue 13: stage 2 ≤ 20 KB gzip). Type-only imports vanish in the build.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, listSources, readSources } from './import-graph';

const ROOT = process.cwd();
const EDGES = buildGraph(readSources(ROOT, listSources(ROOT, ['lib', 'views', 'components', 'entrypoints']))).filter(
  (edge) => !edge.typeOnly,
);
const NOT_IN_STAGE_2 = [
  'lib/extractors/labels-dictionary.ts',
  'lib/extractors/label-tables.ts',
  'lib/platforms/registry.ts',
  // Pick on page's overlay and rule maker: loaded on click (entrypoints/page-pick.ts).
  'lib/page-rules/overlay.ts',
  'lib/page-rules/pick.ts',
];

/** Every file `entry` reaches at run time, each with the file that first imported it. */
function reach(entry: string): Map<string, string> {
  const via = new Map<string, string>([[entry, entry]]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const edge of EDGES) {
      if (edge.from !== file || via.has(edge.to)) continue;
      via.set(edge.to, file);
      queue.push(edge.to);
    }
  }
  return via;
}

describe('stage 2 of the content scripts', () => {
  const entries = EDGES.map((edge) => edge.from).filter(
    (path, index, all) => /^entrypoints\/[a-z]+-reader\.ts$/.test(path) && all.indexOf(path) === index,
  );

  it('exists for every site', () => {
    expect(entries.sort()).toEqual([
      'entrypoints/epale-reader.ts',
      'entrypoints/esep-reader.ts',
      'entrypoints/otlas-reader.ts',
      'entrypoints/prp-reader.ts',
    ]);
  });

  it('imports no dictionary source, its builder, the registry of all sites or the picking code', () => {
    const found = entries.flatMap((entry) => {
      const via = reach(entry);
      return NOT_IN_STAGE_2.filter((file) => via.has(file)).map(
        (file) => `${entry} reaches ${file} (through ${via.get(file)})`,
      );
    });
    expect(found).toEqual([]);
  });
});
