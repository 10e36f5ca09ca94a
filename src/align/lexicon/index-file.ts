// Where the compact lexicon index lives: dist/align/lexicon/cedict-index.tsv in the package
// (written by the build), else a file in the system's temporary folder.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Change the version whenever build.ts changes what the index holds: stale files are rebuilt. */
export const INDEX_HEADER = '# silkalign cc-cedict index v6';
const FILE_NAME = 'cedict-index.tsv';

function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

export function indexLocations(): string[] {
  const root = packageRoot();
  const locations = root ? [join(root, 'dist', 'align', 'lexicon', FILE_NAME)] : [];
  locations.push(join(tmpdir(), `silkalign-${FILE_NAME}`));
  return locations;
}

/** The index text if a current one exists, else undefined. */
export function readIndexFile(): string | undefined {
  for (const path of indexLocations()) {
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    if (text.startsWith(`${INDEX_HEADER}\n`)) return text;
  }
  return undefined;
}

/** Writes the index to the first writable location (atomically); returns the path or undefined. */
export function writeIndexFile(text: string): string | undefined {
  for (const path of indexLocations()) {
    try {
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, path);
      return path;
    } catch {
      // try the next location
    }
  }
  return undefined;
}
