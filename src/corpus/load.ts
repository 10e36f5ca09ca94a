// The corpus folder: its manifest (optional) and its documents.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { ManifestSchema, type ManifestEntry, type SourceText } from '../types.js';
import { readSourceFile } from './read.js';
import { detectLanguage } from './detect.js';

export interface CorpusEntry {
  entry: ManifestEntry;
  source: SourceText;
}

export async function loadCorpus(dir: string): Promise<CorpusEntry[]> {
  const manifestPath = join(dir, 'manifest.json');
  let raw: string | undefined;
  try {
    raw = await readFile(manifestPath, 'utf8');
  } catch {
    raw = undefined;
  }
  if (raw !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      throw new InputError(`invalid JSON (${(err as Error).message}); fix the manifest`, { file: manifestPath });
    }
    const parsed = ManifestSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`${issue.path.join('.')}: ${issue.message}; fix the manifest`, { file: manifestPath });
    }
    const out: CorpusEntry[] = [];
    for (const entry of parsed.data.documents) out.push({ entry, source: await readSourceFile(join(dir, entry.file)) });
    return out;
  }
  const files = (await readdir(join(dir, 'documents')).catch(() => readdir(dir))).filter((f) => f.endsWith('.txt')).sort();
  const base = files.length && (await readdir(join(dir, 'documents')).catch(() => null)) ? join(dir, 'documents') : dir;
  const out: CorpusEntry[] = [];
  for (const file of files) {
    const source = await readSourceFile(join(base, file));
    const id = file.replace(/\.txt$/, '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
    out.push({ entry: { id, file, language: detectLanguage(source.text), kind: 'other', origin: 'unknown' }, source });
  }
  return out;
}
