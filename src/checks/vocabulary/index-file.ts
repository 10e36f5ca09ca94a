// Where the compact English vocabulary index lives: dist/checks/vocabulary/english-index.txt in
// the package (written by the build), else a file in the system's temporary folder.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Change the version whenever build.ts changes what the index holds: stale files are rebuilt. */
export const VOCABULARY_HEADER = '# silkalign english vocabulary v1';
const FILE_NAME = 'english-index.txt';

export function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

function locations(): string[] {
  const root = packageRoot();
  const list = root ? [join(root, 'dist', 'checks', 'vocabulary', FILE_NAME)] : [];
  list.push(join(tmpdir(), `silkalign-${FILE_NAME}`));
  return list;
}

/** The index text if a current one exists, else undefined. */
export function readVocabularyFile(): string | undefined {
  for (const path of locations()) {
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    if (text.startsWith(`${VOCABULARY_HEADER}\n`)) return text;
  }
  return undefined;
}

/** Writes the index to the first writable location (atomically); returns the path or undefined. */
export function writeVocabularyFile(text: string): string | undefined {
  for (const path of locations()) {
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
