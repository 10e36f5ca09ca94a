// The corpus folder: its manifest (optional) and its documents. Without a manifest every
// .txt file of documents/ (or of the folder itself) is taken, its language detected and its
// date read from a leading YYYY-MM-DD in the file name.
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { ManifestSchema, type Manifest, type ManifestEntry, type SourceText } from '../types.js';
import { fsReason, readCorpusDocument } from './read.js';
import { detectLanguage } from './detect.js';
import { fileNameDate } from './file-date.js';

export interface CorpusEntry {
  entry: ManifestEntry;
  source: SourceText;
}

export async function loadCorpus(dir: string): Promise<CorpusEntry[]> {
  const manifestPath = join(dir, 'manifest.json');
  const raw = await readFile(manifestPath, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw new InputError(`cannot read the manifest (${err.code ?? String(err)})`, { file: manifestPath });
  });
  if (raw === undefined) return loadByDetection(dir);
  const manifest = parseManifest(raw, manifestPath);
  const out: CorpusEntry[] = [];
  for (const entry of manifest.documents) out.push({ entry, source: await readCorpusDocument(dir, entry.file) });
  return out;
}

/** The corpus's manifest, validated, without reading the documents; undefined when it has none. */
export async function readManifest(dir: string): Promise<Manifest | undefined> {
  const manifestPath = join(dir, 'manifest.json');
  const raw = await readFile(manifestPath, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw new InputError(`cannot read the manifest (${fsReason(err)})`, { file: manifestPath });
  });
  return raw === undefined ? undefined : parseManifest(raw, manifestPath);
}

/** Validates a manifest: schema, unique ids and files, files inside the corpus folder. */
export function parseManifest(raw: string, manifestPath: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new InputError(`invalid JSON (${(err as Error).message}); fix the manifest`, { file: manifestPath });
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${issue.path.join('.') || '(top level)'}: ${issue.message}; fix the manifest`, {
      file: manifestPath,
      line: lineOf(raw, issue.path),
    });
  }
  if (parsed.data.documents.length === 0) throw new InputError('documents: the manifest lists no document; list the corpus\'s documents in it', { file: manifestPath });
  const ids = new Set<string>();
  const files = new Set<string>();
  for (const [i, entry] of parsed.data.documents.entries()) {
    const where = { file: manifestPath, line: lineOf(raw, ['documents', i, 'file']) };
    if (ids.has(entry.id)) throw new InputError(`documents.${i}.id: "${entry.id}" is used twice; give each document its own id`, where);
    ids.add(entry.id);
    // Resolved against a stand-in root: the check does not depend on where the corpus is.
    const rel = resolve('/corpus', entry.file);
    if (isAbsolute(entry.file) || !rel.startsWith('/corpus/'))
      throw new InputError(`documents.${i}.file: "${entry.file}" points outside the corpus folder; give a path inside it`, where);
    if (files.has(rel)) throw new InputError(`documents.${i}.file: "${entry.file}" is listed twice`, where);
    files.add(rel);
  }
  const byId = new Map(parsed.data.documents.map((d) => [d.id, d]));
  for (const [i, entry] of parsed.data.documents.entries()) {
    if (entry.counterpart === undefined) continue;
    const other = byId.get(entry.counterpart);
    const where = { file: manifestPath, line: lineOf(raw, ['documents', i, 'file']) };
    if (!other || other.language === entry.language || (other.counterpart !== undefined && other.counterpart !== entry.id))
      throw new InputError(`documents.${i}.counterpart: "${entry.counterpart}" is not a document of the other language that names this one back; fix the manifest`, where);
  }
  return parsed.data;
}

/** The line of a manifest where a path's value (roughly) starts: the n-th "file"/"id" key. */
function lineOf(raw: string, path: PropertyKey[]): number | undefined {
  const index = path.find((p) => typeof p === 'number');
  const key = [...path].reverse().find((p) => typeof p === 'string');
  if (index === undefined || typeof key !== 'string') return undefined;
  const re = new RegExp(`"${key}"\\s*:`, 'g');
  let m: RegExpExecArray | null = null;
  for (let k = 0; k <= index; k++) {
    m = re.exec(raw);
    if (!m) return undefined;
  }
  return m ? raw.slice(0, m.index).split(/\r\n|\r|\n/).length : undefined;
}

/** The id of a document a corpus without a manifest holds, from its file name. */
export const documentIdFromName = (name: string): string => name.replace(/\.txt$/, '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '');

async function loadByDetection(dir: string): Promise<CorpusEntry[]> {
  const documentsDir = join(dir, 'documents');
  // documents/ when there is one; an existing but unreadable one is an error, not "no documents".
  const base = (await readdir(documentsDir).then(() => true).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return false;
    throw new InputError(`cannot read the documents folder (${fsReason(err)}); check the path and permissions`, { file: documentsDir });
  })) ? documentsDir : dir;
  const names = (await readdir(base).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read the corpus folder (${fsReason(err)}); check the path`, { file: dir });
  })).filter((f) => f.endsWith('.txt')).sort();
  if (names.length === 0) {
    throw new InputError(`no documents: the corpus folder has no .txt file${base === dir ? '' : ' in documents/'}; put the documents (UTF-8 text, NAME.zh.txt and NAME.en.txt) there`, { file: dir });
  }
  const out: CorpusEntry[] = [];
  for (const name of names) {
    const source = await readCorpusDocument(dir, relative(dir, join(base, name)));
    const id = documentIdFromName(name);
    const date = fileNameDate(name);
    const entry: ManifestEntry = {
      id,
      file: relative(dir, join(base, name)).split('\\').join('/'),
      language: detectLanguage(source.text),
      kind: 'other',
      origin: 'unknown',
      ...(date ? { date } : {}),
    };
    out.push({ entry, source });
  }
  return out;
}
