/**
 * House rules, enforced (refined-github style): they keep content scripts small, extractors
 * pure, components presentational and scraped text out of HTML.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSpecifier, specifiersOf } from '../architecture/import-graph';

const ROOT = process.cwd();

function filesUnder(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => pattern.test(file) && statSync(join(ROOT, file)).isFile());
}

const lineCount = (file: string) => readFileSync(join(ROOT, file), 'utf8').split('\n').length;

/** Runtime imports of a module, read by TypeScript's parser (type-only imports vanish at build time). */
const runtimeImports = (file: string): string[] =>
  specifiersOf(file, readFileSync(join(ROOT, file), 'utf8'))
    .filter(({ typeOnly }) => !typeOnly)
    .map(({ specifier }) => specifier);

const isProjectFile = (path: string) => existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isFile();

/** Every project file and package a content script pulls in at run time. */
function runtimeGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of runtimeImports(file)) {
      const resolved = resolveSpecifier(file, specifier, isProjectFile);
      if (resolved) queue.push(resolved);
      else if (!specifier.startsWith('.') && !specifier.startsWith('@/')) packages.add(specifier);
    }
  }
  return { files, packages };
}

const contentEntries = filesUnder('entrypoints').filter((file) => /\.content\/index\.tsx?$/.test(file));

describe('house rules', () => {
  it('has a content script per platform folder', () => {
    expect(contentEntries.length).toBeGreaterThan(0);
  });

  it.each(contentEntries)('%s ships no zod and no model runtime (the background validates)', (entry) => {
    const { files, packages } = runtimeGraph(entry);
    expect([...packages].filter((name) => name === 'zod' || name.startsWith('zod/'))).toEqual([]);
    expect(
      [...files].filter((file) =>
        ['lib/domain/model.ts', 'lib/protocol/messages.ts', 'lib/store/db.ts', 'lib/store/repo.ts'].includes(file),
      ),
    ).toEqual([]);
  });

  it.each(contentEntries)('%s stays thin (≤ 40 lines)', (entry) => {
    expect(lineCount(entry)).toBeLessThanOrEqual(40);
  });

  // File and function sizes: tests/architecture/architecture.test.ts holds them.

  it('keeps extractors pure: no browser APIs, network, or timers', () => {
    const impure = filesUnder('lib/extractors').filter((file) =>
      /\b(browser|chrome)\.\w|\bfetch\(|XMLHttpRequest|setTimeout\(|localStorage|indexedDB/.test(
        readFileSync(join(ROOT, file), 'utf8'),
      ),
    );
    expect(impure).toEqual([]);
  });

  it('never renders page text as HTML', () => {
    const risky = [
      ...filesUnder('components'),
      ...filesUnder('entrypoints'),
      ...filesUnder('lib'),
      ...filesUnder('views'),
    ].filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(
        readFileSync(join(ROOT, file), 'utf8'),
      ),
    );
    expect(risky).toEqual([]);
  });

  it('keeps components presentational: no database, no messaging', () => {
    const coupled = filesUnder('components').filter((file) =>
      runtimeImports(file).some((specifier) => /lib\/(store|background|protocol)\//.test(specifier)),
    );
    expect(coupled).toEqual([]);
  });
});
