/**
 * The house plan, enforced with TypeScript's own parser (not regexes):
 * - every import goes from a layer to one it may use (tests/architecture/layers.ts);
 * - no cycles, type-only imports included;
 * - view and reader files, and the functions in them, stay small.
 * Known exceptions are listed with their reason and may only shrink.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, findCycles, listSources, readSources, type ImportEdge, type SourceFileInfo } from './import-graph';
import { ALLOWED, ALLOWED_TYPES, KNOWN_LEAKS, layerOf } from './layers';
import { functionSizes, lineCount } from './sizes';

const ROOT = process.cwd();
const FILES = readSources(ROOT, listSources(ROOT, ['lib', 'views', 'components', 'entrypoints', 'scripts', 'tests']));

function forbiddenEdges(edges: ImportEdge[]): ImportEdge[] {
  return edges.filter(({ from, to, typeOnly }) => {
    const source = layerOf(from);
    const target = layerOf(to);
    if (!source || !target || source === target) return false;
    if (ALLOWED[source].includes(target)) return false;
    return !(typeOnly && ALLOWED_TYPES[source]?.includes(target));
  });
}

const describeEdge = ({ from, to, typeOnly }: ImportEdge) => `${from} → ${to}${typeOnly ? ' (type)' : ''}`;
const isKnown = (edge: ImportEdge) => KNOWN_LEAKS.some((leak) => leak.from === edge.from && leak.to === edge.to);

const VIEW = /^(components\/|views\/|entrypoints\/(?!background\.ts|[^/]+\.content\/))/;
const READER = /^lib\/extractors\//;
const CAPS = { viewFileLines: 150, readerFileLines: 250, functionLines: 80 };

function oversize(files: SourceFileInfo[]): { key: string; lines: number; cap: number }[] {
  const found: { key: string; lines: number; cap: number }[] = [];
  for (const file of files) {
    const isView = VIEW.test(file.path);
    if (!isView && !READER.test(file.path)) continue;
    const fileCap = isView ? CAPS.viewFileLines : CAPS.readerFileLines;
    const lines = lineCount(file.text);
    if (lines > fileCap) found.push({ key: file.path, lines, cap: fileCap });
    for (const fn of functionSizes(file.path, file.text)) {
      if (fn.lines > CAPS.functionLines)
        found.push({ key: `${file.path}#${fn.name}`, lines: fn.lines, cap: CAPS.functionLines });
    }
  }
  return found;
}

describe('import graph', () => {
  const edges = buildGraph(FILES);

  it('is read from the whole tree', () => {
    expect(FILES.length).toBeGreaterThan(150);
    expect(edges.length).toBeGreaterThan(500);
  });

  it('puts every file in a layer: the folders are the layers', () => {
    expect(FILES.map((file) => file.path).filter((path) => !layerOf(path))).toEqual([]);
  });

  it('has no import from a layer to one it may not use', () => {
    expect(
      forbiddenEdges(edges)
        .filter((edge) => !isKnown(edge))
        .map(describeEdge),
    ).toEqual([]);
  });

  it('lists only known leaks that still exist', () => {
    const present = forbiddenEdges(edges);
    const gone = KNOWN_LEAKS.filter((leak) => !present.some((edge) => edge.from === leak.from && edge.to === leak.to));
    expect(gone).toEqual([]);
  });

  it('has no cycles, type-only imports included', () => {
    expect(findCycles(edges)).toEqual([]);
  });

  it('catches a forbidden import when one is added', () => {
    const evil = {
      path: 'components/Evil.tsx',
      text: "import { openDatabase } from '@/lib/store/db';\nexport const x = openDatabase;\n",
    };
    const reader = {
      path: 'lib/extractors/evil.ts',
      text: "import { sendMessage } from '../protocol/send';\nexport const y = sendMessage;\n",
    };
    const found = forbiddenEdges(buildGraph([...FILES, evil, reader])).map(describeEdge);
    expect(found).toContain('components/Evil.tsx → lib/store/db.ts');
    expect(found).toContain('lib/extractors/evil.ts → lib/protocol/send.ts');
  });

  it('catches an extension page that writes around the command runner (issue 17: one write path)', () => {
    const page = {
      path: 'views/popup/Evil.tsx',
      text: "import { setStage } from '@/lib/store/repo';\nimport { openDatabase } from '@/lib/store/db';\nexport const x = [setStage, openDatabase];\n",
    };
    const hook = {
      path: 'views/live/useEvil.ts',
      text: "import { addNote } from '@/lib/store/entries';\nexport const y = addNote;\n",
    };
    const found = forbiddenEdges(buildGraph([...FILES, page, hook])).map(describeEdge);
    expect(found).toContain('views/popup/Evil.tsx → lib/store/repo.ts');
    expect(found).toContain('views/popup/Evil.tsx → lib/store/db.ts');
    expect(found).toContain('views/live/useEvil.ts → lib/store/entries.ts');
    // The ways that are meant: the command client, the read-only queries, the shapes as types.
    const fine = {
      path: 'views/popup/Fine.tsx',
      text:
        "import { command } from '@/lib/commands/client';\nimport { readDatabase } from '@/lib/reads';\n" +
        "import type { Database } from '@/lib/store/db';\nexport const z: Database | undefined = undefined;\n" +
        'export const w = [command, readDatabase];\n',
    };
    expect(
      forbiddenEdges(buildGraph([...FILES, fine]))
        .map(describeEdge)
        .filter((e) => e.startsWith('views/popup/Fine')),
    ).toEqual([]);
  });

  it('catches a cycle closed by a type-only import', () => {
    const a = { path: 'lib/cycle-a.ts', text: "import type { B } from './cycle-b';\nexport type A = B[];\n" };
    const b = {
      path: 'lib/cycle-b.ts',
      text: "import { helper } from './cycle-a';\nexport type B = string;\nhelper;\n",
    };
    expect(findCycles(buildGraph([a, b]))).toEqual([['lib/cycle-a.ts', 'lib/cycle-b.ts']]);
  });
});

describe('sizes of view and reader files', () => {
  const found = oversize(FILES);

  it(`keeps view files ≤ ${CAPS.viewFileLines} lines, reader files ≤ ${CAPS.readerFileLines}, functions ≤ ${CAPS.functionLines}`, () => {
    expect(found.map(({ key, lines }) => `${key}: ${lines}`)).toEqual([]);
  });

  it('measures a function by TypeScript’s parser', () => {
    const text = `export function long() {\n${'  work();\n'.repeat(90)}}\n`;
    expect(oversize([{ path: 'components/Long.tsx', text }]).map(({ key }) => key)).toEqual([
      'components/Long.tsx#long',
    ]);
  });
});
