// The five seed documents of the embedded corpus, read through the repository's manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.js';
import type { Language } from '../../src/types.js';

export interface Seed {
  id: string;
  path: string;
  language: Language;
  text: string;
}

const manifest = JSON.parse(readFileSync(join(repoRoot, 'corpus', 'manifest.json'), 'utf8')) as {
  documents: Array<{ id: string; file: string; language: Language }>;
};

export const seeds: Seed[] = manifest.documents.map((d) => {
  const path = join(repoRoot, 'corpus', d.file);
  return { id: d.id, path, language: d.language, text: readFileSync(path, 'utf8') };
});

export function seed(id: string): Seed {
  const s = seeds.find((x) => x.id === id);
  if (!s) throw new Error(`no seed ${id}`);
  return s;
}

export const goldenPath = (id: string) => join(repoRoot, 'tests', 'golden', 'normalize', `${id}.txt`);
