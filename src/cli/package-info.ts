// Reads the package's own version and root folder (for the default glossary and corpus).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: two levels above this compiled file (dist/cli/ or src/cli/). */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let version: string | undefined;
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string })
    .version;
  return version;
}
