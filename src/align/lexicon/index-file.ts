// Where the compact lexicon index lives and how it is stored: dist/align/lexicon/cedict-index.bin
// in the package (written by the build), else a file in the system's temporary folder.
//
// The index is the text of build.ts (one headword a line: headword, tab, stems, optional tab and
// pinyin; lines sorted by UTF-16 code units) stored as UTF-16 code units after a table of line
// starts and tab positions, so that loading is one file read and no decoding: the lexicon reads
// code units straight from the file's bytes and decodes only the stems it looks up.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Change the version whenever build.ts changes what the index holds: stale files are rebuilt. */
export const INDEX_HEADER = '# silkalign cc-cedict index v8';
const MAGIC = 0x53_4c_58_37; // "SLX7"
const FILE_NAME = 'cedict-index.bin';

/** The stored index: code units of the text, and per line the offsets (in code units) of its start and its first tab. */
export interface IndexData {
  units: Uint16Array;
  starts: Int32Array;
  tabs: Int32Array;
  /** Decodes code units [from, to) of the text. */
  slice(from: number, to: number): string;
}

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

/** The index if a current one exists, else undefined. */
export function readIndexFile(): IndexData | undefined {
  for (const path of indexLocations()) {
    if (!existsSync(path)) continue;
    const data = decodeIndex(readFileSync(path));
    if (data) return data;
  }
  return undefined;
}

/** Layout: magic, line count, code unit count, header length (code units), starts, tabs, header + text. */
export function encodeIndex(text: string): Buffer {
  const header = text.slice(0, text.indexOf('\n') + 1);
  const starts: number[] = [];
  const tabs: number[] = [];
  for (let at = header.length; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', at);
    if (tab > at && tab < end) {
      starts.push(at);
      tabs.push(tab);
    }
    at = end + 1;
  }
  const head = Buffer.alloc(16);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(starts.length, 4);
  head.writeUInt32LE(text.length, 8);
  head.writeUInt32LE(header.length, 12);
  const table = (values: number[]) => Buffer.from(Int32Array.from(values).buffer);
  return Buffer.concat([head, table(starts), table(tabs), Buffer.from(text, 'utf16le')]);
}

export function decodeIndex(bytes: Buffer): IndexData | undefined {
  if (bytes.length < 16 || bytes.readUInt32LE(0) !== MAGIC) return undefined;
  const lines = bytes.readUInt32LE(4);
  const unitCount = bytes.readUInt32LE(8);
  const headerLength = bytes.readUInt32LE(12);
  const textAt = 16 + 8 * lines;
  if (bytes.length !== textAt + 2 * unitCount) return undefined;
  // A copy aligned for the typed views (readFileSync's buffer may sit at any offset of a pool).
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const base = aligned.byteOffset;
  const units = new Uint16Array(aligned.buffer, base + textAt, unitCount);
  const header = aligned.toString('utf16le', textAt, textAt + 2 * headerLength);
  if (header !== `${INDEX_HEADER}\n`) return undefined;
  return {
    units,
    starts: new Int32Array(aligned.buffer, base + 16, lines),
    tabs: new Int32Array(aligned.buffer, base + 16 + 4 * lines, lines),
    slice: (from, to) => aligned.toString('utf16le', textAt + 2 * from, textAt + 2 * to),
  };
}

/** Writes the index to the first writable location (atomically); returns the path or undefined. */
export function writeIndexFile(text: string): string | undefined {
  const bytes = encodeIndex(text);
  for (const path of indexLocations()) {
    try {
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, bytes);
      renameSync(temporary, path);
      return path;
    } catch {
      // try the next location
    }
  }
  return undefined;
}
