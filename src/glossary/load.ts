// Reading a glossary file: JSON, validated, cached per path. The default is the package's own
// corpus/glossary.json, found from this file's location (dist/glossary/ or src/glossary/).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import type { GlossaryEntry } from './schema.js';
import { describeProblem, validateGlossaryData } from './validate.js';
import { jsonErrorOffset } from './json-position.js';

export interface Glossary {
  /** Absolute path of the file it was read from (or a label for in-memory data). */
  path: string;
  entries: GlossaryEntry[];
  byId: ReadonlyMap<string, GlossaryEntry>;
}

export const defaultGlossaryPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'glossary.json');

/** The text of a glossary file (default: the curated one) and its absolute path; unreadable is an InputError. */
export function readGlossaryText(path?: string): { file: string; raw: string } {
  const file = resolve(path ?? defaultGlossaryPath);
  try {
    return { file, raw: readFileSync(file, 'utf8') };
  } catch (err) {
    throw new InputError(`cannot read the glossary (${(err as NodeJS.ErrnoException).code ?? String(err)}); give an existing file with --glossary`, { file });
  }
}

/** The library's glossaries, each file read once (the application layer keeps its own, see app/context). */
const cache = new Map<string, Glossary>();

/** Loads and validates a glossary (default: the curated one); an invalid file is an InputError. */
export function loadGlossary(path?: string): Glossary {
  const file = resolve(path ?? defaultGlossaryPath);
  let glossary = cache.get(file);
  if (!glossary) {
    const { raw } = readGlossaryText(file);
    cache.set(file, (glossary = parseGlossary(raw, file)));
  }
  return glossary;
}

/** Parses glossary JSON text; `file` names it in error messages. */
export function parseGlossary(raw: string, file: string): Glossary {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    const message = (err as Error).message;
    const offset = jsonErrorOffset(raw);
    const line = offset === undefined ? undefined : lineAt(raw, offset);
    throw new InputError(`the glossary is not valid JSON: ${message}`, { file, line });
  }
  return glossaryFromData(data, file, raw);
}

/** Every problem of glossary JSON text, each naming its line where it can (for `glossary validate`). */
export function glossaryTextProblems(raw: string, file: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    const offset = jsonErrorOffset(raw);
    const where = offset === undefined ? file : `${file}:${lineAt(raw, offset)}`;
    return [`${where}: not valid JSON: ${(err as Error).message}`];
  }
  const result = validateGlossaryData(data);
  if (result.ok) return [];
  return result.problems.map((p) => {
    const line = p.id ? lineOfId(raw, p.id) : undefined;
    return `${line === undefined ? file : `${file}:${line}`}: ${describeProblem(p)}`;
  });
}

/** Validates already-parsed glossary data. */
export function glossaryFromData(data: unknown, file = '(glossary)', raw?: string): Glossary {
  const result = validateGlossaryData(data);
  if (!result.ok) {
    const first = result.problems[0];
    const line = raw && first.id ? lineOfId(raw, first.id) : undefined;
    const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more problem(s): run \`silkalign glossary validate\`)` : '';
    throw new InputError(`invalid glossary: ${describeProblem(first)}${more}`, { file, line });
  }
  const entries = result.glossary.entries;
  return { path: file, entries, byId: new Map(entries.map((e) => [e.id, e])) };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineOfId(raw: string, id: string): number | undefined {
  const at = raw.indexOf(`"id": "${id}"`);
  return at < 0 ? undefined : lineAt(raw, at);
}
