/**
 * The project's import graph, read with TypeScript's own parser: every `import`, `export … from` and
 * dynamic `import()` of every source file, type-only ones included (they are marked, because a
 * type-only import vanishes at build time but still couples two files and can close a cycle).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
}

export interface SourceFileInfo {
  path: string;
  text: string;
}

const SOURCE = /\.(ts|tsx|mts|mjs)$/;
const SKIP_DIRS = new Set(['node_modules', '.output', '.wxt', '.tmp', '.git', 'fixtures']);

/** Project source files under the given top-level folders, as paths relative to the root. */
export function listSources(root: string, folders: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(join(root, dir))) return;
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(path);
      } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(path);
    }
  };
  for (const folder of folders) walk(folder);
  return found.sort();
}

/** Every module specifier in a file, with whether it is type-only. */
export function specifiersOf(path: string, text: string): { specifier: string; typeOnly: boolean }[] {
  const kind = path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, kind);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const namedTypes =
        clause?.namedBindings &&
        ts.isNamedImports(clause.namedBindings) &&
        !clause.name &&
        clause.namedBindings.elements.length > 0 &&
        clause.namedBindings.elements.every((element) => element.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: !!clause?.isTypeOnly || !!namedTypes });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A project file for a specifier (`@/` is the root), or undefined for packages and assets. */
export function resolveSpecifier(
  from: string,
  specifier: string,
  exists: (path: string) => boolean,
): string | undefined {
  const bare = specifier.replace(/\?.*$/, '');
  if (!bare.startsWith('.') && !bare.startsWith('@/')) return undefined;
  const base = bare.startsWith('@/') ? bare.slice(2) : join(dirname(from), bare);
  const stem = base.replace(/\.(js|mjs)$/, '');
  const candidates = [
    base,
    `${stem}.ts`,
    `${stem}.tsx`,
    `${stem}.mts`,
    `${stem}.mjs`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ];
  return candidates
    .map((candidate) => relative('.', candidate))
    .find((candidate) => SOURCE.test(candidate) && exists(candidate));
}

/** The graph of the given files: edges only between the files themselves. */
export function buildGraph(files: SourceFileInfo[]): ImportEdge[] {
  const known = new Set(files.map((file) => file.path));
  const edges: ImportEdge[] = [];
  for (const file of files) {
    for (const { specifier, typeOnly } of specifiersOf(file.path, file.text)) {
      const to = resolveSpecifier(file.path, specifier, (path) => known.has(path));
      if (to) edges.push({ from: file.path, to, typeOnly });
    }
  }
  return edges;
}

/** Reads the files from disk (paths relative to the root). */
export function readSources(root: string, paths: string[]): SourceFileInfo[] {
  return paths
    .filter((path) => statSync(resolve(root, path)).isFile())
    .map((path) => ({ path, text: readFileSync(resolve(root, path), 'utf8') }));
}

/** Strongly connected groups of more than one file, or a file importing itself (Tarjan). */
export function findCycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (next.get(node) ?? []).includes(node)) cycles.push(group.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) connect(node);
  return cycles;
}
