// The shape of src/: one folder per stage (and the application layer, the run machinery, the
// queue, the CLI and the library's checked functions above them), each with one public entry, index.ts. A folder imports another
// only through that entry, never a file inside it; no two files import each other in a circle,
// not even for types; and the folders depend on each other in one direction only. Every import
// is read with TypeScript's own pre-processor (static, type-only, re-exports and import()).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const src = join(repoRoot, 'src');

/** Every folder of src/ and its public entry: what other folders may import. */
const PUBLIC_ENTRIES: Record<string, string> = {
  corpus: 'corpus/index.ts',
  normalize: 'normalize/index.ts',
  segment: 'segment/index.ts',
  glossary: 'glossary/index.ts',
  align: 'align/index.ts',
  checks: 'checks/index.ts',
  fix: 'fix/index.ts',
  export: 'export/index.ts',
  app: 'app/index.ts',
  pipeline: 'pipeline/index.ts',
  queue: 'queue/index.ts',
  cli: 'cli/index.ts',
  // The library's functions with their arguments checked: what src/index.ts exports.
  api: 'api/index.ts',
};

/**
 * The application layer's use cases are each public on their own, so a command loads only the one
 * it runs (`align` would otherwise load the checker, the fixer and the exporters at start-up).
 */
const USE_CASE_ENTRIES = ['app/align.ts'];

/** Modules at the top of src/ that every folder may import: shared definitions, and the library API. */
const SHARED = ['types.ts', 'errors.ts', 'scores.ts', 'escape.ts', 'wording.ts', 'profile.ts', 'index.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Each file (relative to src/, POSIX) → the files it imports (relative specifiers only). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((f) => f.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => relative(src, resolve(dirname(file), spec.replace(/\.js$/, '.ts'))).split('\\').join('/'));
    graph.set(relative(src, file).split('\\').join('/'), targets);
  }
  return graph;
}

const folderOf = (file: string): string | undefined => (file.includes('/') ? file.split('/')[0] : undefined);

const graph = importGraph();

describe('the folders of src/', () => {
  it('are the stages listed here, each with its public entry', () => {
    const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory()).sort();
    expect(folders).toEqual(Object.keys(PUBLIC_ENTRIES).sort());
    for (const entry of Object.values(PUBLIC_ENTRIES)) expect(graph.has(entry), entry).toBe(true);
    const shared = [...graph.keys()].filter((f) => !f.includes('/')).sort();
    expect(shared).toEqual([...SHARED].sort());
  });

  it('import one another only through the public entry', () => {
    const past: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const folder = folderOf(target);
        if (folder === undefined || folder === folderOf(file)) continue;
        if (target !== PUBLIC_ENTRIES[folder] && !USE_CASE_ENTRIES.includes(target)) past.push(`${file} imports ${target}`);
      }
    }
    expect(past).toEqual([]);
  });

  it('import only files that exist', () => {
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !graph.has(t) && !t.endsWith('.json')).map((t) => `${file} imports ${t}`));
    expect(missing).toEqual([]);
  });

  it('have no circle of imports between files, type-only imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('depend on each other in one direction only', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = folderOf(file) ?? file;
      const to = targets.map((t) => folderOf(t) ?? t).filter((f) => f !== from);
      folders.set(from, [...new Set([...(folders.get(from) ?? []), ...to])]);
    }
    // The library API (index.ts at the top) imports every folder; nothing imports it.
    folders.delete('index.ts');
    for (const [from, to] of folders) folders.set(from, to.filter((t) => t !== 'index.ts'));
    expect(cycles(folders)).toEqual([]);
  });
});

/** The strongly connected components of more than one node (Tarjan), each sorted. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}
