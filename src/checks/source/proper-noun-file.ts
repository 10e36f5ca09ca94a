// Where the proper-noun index lives: dist/checks/source/proper-nouns.tsv in the package
// (written by the build), else a file in the system's temporary folder.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Change the version whenever build-proper-nouns.ts changes what the index holds. */
export const PROPER_NOUNS_HEADER = '# silkalign cc-cedict proper nouns v4';
const FILE_NAME = 'proper-nouns.tsv';

function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

function locations(): string[] {
  const root = packageRoot();
  const out = root ? [join(root, 'dist', 'checks', 'source', FILE_NAME)] : [];
  out.push(join(tmpdir(), `silkalign-${FILE_NAME}`));
  return out;
}

export function readProperNounFile(): string | undefined {
  for (const path of locations()) {
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    if (text.startsWith(`${PROPER_NOUNS_HEADER}\n`)) return text;
  }
  return undefined;
}

/** Writes the index to the first writable location (atomically); returns the path or undefined. */
export function writeProperNounFile(text: string): string | undefined {
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
