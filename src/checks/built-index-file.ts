// Where an index the build writes lives: dist/checks/<folder>/<file> in the package, else a file in
// the system's temporary folder (built on first use). A file is current when it starts with its
// header line, whose version changes whenever its builder changes what the index holds.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

export interface BuiltIndexFile {
  /** The index text if a current one exists, else undefined. */
  read(): string | undefined;
  /** Writes the index to the first writable location (atomically); returns the path or undefined. */
  write(text: string): string | undefined;
}

export function builtIndexFile(folder: string, fileName: string, header: string): BuiltIndexFile {
  const locations = (): string[] => {
    const root = packageRoot();
    const list = root ? [join(root, 'dist', 'checks', folder, fileName)] : [];
    list.push(join(tmpdir(), `silkalign-${fileName}`));
    return list;
  };
  return {
    read() {
      for (const path of locations()) {
        if (!existsSync(path)) continue;
        const text = readFileSync(path, 'utf8');
        if (text.startsWith(`${header}\n`)) return text;
      }
      return undefined;
    },
    write(text) {
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
    },
  };
}
