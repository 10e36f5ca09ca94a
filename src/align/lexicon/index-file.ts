// Where the compact lexicon index lives and how it is stored: dist/align/lexicon/cedict-index.bin
// in the package (written by the build), else a file in the system's temporary folder.
//
// build.ts writes the index as text (one headword a line: headword, tab, stems, optional tab and
// pinyin). Stored, it is numbers: every English stem of the glosses numbered in sorted order (the
// stem ids both sides of a bead are matched by), each headword's stem ids, each single
// character's reading, and the headwords' code units sorted (UTF-16) with a table of line starts
// and, per first code unit, the first line. Loading is one file read and no decoding: the
// lexicon reads typed views of the file's bytes and decodes only the strings it is asked for.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Change the version whenever build.ts changes what the index holds: stale files are rebuilt. */
export const INDEX_HEADER = '# silkalign cc-cedict index v10';
const MAGIC = 0x53_4c_58_41; // "SLXA"
const FILE_NAME = 'cedict-index.bin';

/** A list of strings: code units end to end, and where each starts (one more start than strings). */
export interface StringTable {
  units: Uint16Array;
  starts: Int32Array;
}

/** The stored index. Lines are headwords, in UTF-16 code unit order. */
export interface IndexData {
  headwords: StringTable;
  /** Per first code unit c (0…0xFFFF), the first line whose headword starts with c or a later unit; entry 0x10000 is the line count. */
  firstLine: Int32Array;
  /** Line k's stem ids are stemIds[stemStart[k]] … stemIds[stemStart[k+1]-1], in gloss order. */
  stemStart: Int32Array;
  stemIds: Int32Array;
  /** Per line, the number of its reading in `readings` (−1: none; only single characters have one). */
  reading: Int16Array;
  /** The stems, sorted: a stem's id is its position. */
  stems: StringTable;
  readings: StringTable;
  /** English words (sorted) whose stem is one of `stems`, and that stem's id: stemming done at build time. */
  words: StringTable;
  wordStem: Int32Array;
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
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      continue;
    }
    const data = decodeIndex(bytes);
    if (data) return data;
  }
  return undefined;
}

const byUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function stringTable(strings: readonly string[]): StringTable {
  const starts = new Int32Array(strings.length + 1);
  let length = 0;
  strings.forEach((s, k) => {
    length += s.length;
    starts[k + 1] = length;
  });
  const units = new Uint16Array(length);
  strings.forEach((s, k) => {
    for (let u = 0; u < s.length; u += 1) units[starts[k] + u] = s.charCodeAt(u);
  });
  return { units, starts };
}

/** The numbers of the index text written by build.ts; `words` with their `stem` are stored ready-made where the stem is the index's. */
export function indexFromText(text: string, words: readonly string[], stem: (word: string) => string): IndexData {
  const lines = text
    .split('\n')
    .slice(1)
    .filter((line) => line.includes('\t'))
    .map((line) => line.split('\t'));
  lines.sort((a, b) => byUnits(a[0], b[0]));
  const stemList = [...new Set(lines.flatMap(([, stems]) => (stems ? stems.split(' ') : [])))].sort(byUnits);
  const stemNumber = new Map(stemList.map((s, k) => [s, k]));
  const readingList = [...new Set(lines.flatMap(([, , reading]) => (reading ? [reading] : [])))].sort(byUnits);
  const readingNumber = new Map(readingList.map((s, k) => [s, k]));
  const stemStart = new Int32Array(lines.length + 1);
  const ids: number[] = [];
  const reading = new Int16Array(lines.length).fill(-1);
  lines.forEach(([, stems, pinyin], k) => {
    if (stems) for (const s of stems.split(' ')) ids.push(stemNumber.get(s)!);
    stemStart[k + 1] = ids.length;
    if (pinyin) reading[k] = readingNumber.get(pinyin)!;
  });
  const headwords = stringTable(lines.map(([headword]) => headword));
  const firstLine = new Int32Array(0x10001).fill(lines.length);
  for (let line = lines.length - 1; line >= 0; line -= 1) firstLine[headwords.units[headwords.starts[line]]] = line;
  for (let unit = 0xffff; unit >= 0; unit -= 1) firstLine[unit] = Math.min(firstLine[unit], firstLine[unit + 1]);
  const stemmed = [...new Set(words)].sort(byUnits).filter((word) => stemNumber.has(stem(word)));
  return {
    headwords,
    firstLine,
    stemStart,
    stemIds: Int32Array.from(ids),
    reading,
    stems: stringTable(stemList),
    readings: stringTable(readingList),
    words: stringTable(stemmed),
    wordStem: Int32Array.from(stemmed, (word) => stemNumber.get(stem(word))!),
  };
}

/** The typed arrays of the layout, in order: each is its length (u32) then its elements, padded to 4 bytes. */
function sections(data: IndexData): Array<Int32Array | Int16Array | Uint16Array> {
  return [
    data.headwords.units, data.headwords.starts, data.firstLine, data.stemStart, data.stemIds,
    data.reading, data.stems.units, data.stems.starts, data.readings.units, data.readings.starts,
    data.words.units, data.words.starts, data.wordStem,
  ];
}

/** Layout: magic, header length and header (code units, padded), then the sections. */
export function encodeIndex(data: IndexData): Buffer {
  const parts: Buffer[] = [];
  const word = (value: number): void => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(value, 0);
    parts.push(b);
  };
  const array = (values: Int32Array | Int16Array | Uint16Array): void => {
    word(values.length);
    const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
    parts.push(Buffer.from(bytes), Buffer.alloc((4 - (bytes.length % 4)) % 4));
  };
  word(MAGIC);
  array(Uint16Array.from(INDEX_HEADER, (c) => c.charCodeAt(0)));
  for (const section of sections(data)) array(section);
  return Buffer.concat(parts);
}

export function decodeIndex(bytes: Buffer): IndexData | undefined {
  // A copy aligned for the typed views (readFileSync's buffer may sit at any offset of a pool).
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  let at = 0;
  const next = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, size: number): T | undefined => {
    if (at + 4 > aligned.length) return undefined;
    const length = aligned.readUInt32LE(at);
    const bytesLength = length * size;
    if (at + 4 + bytesLength > aligned.length) return undefined;
    const view = make(aligned.buffer as ArrayBuffer, aligned.byteOffset + at + 4, length);
    at += 4 + bytesLength + ((4 - (bytesLength % 4)) % 4);
    return view;
  };
  const i32 = () => next((b, o, n) => new Int32Array(b, o, n), 4);
  const u16 = () => next((b, o, n) => new Uint16Array(b, o, n), 2);
  if (aligned.length < 4 || aligned.readUInt32LE(0) !== MAGIC) return undefined;
  at = 4;
  const header = u16();
  if (!header || String.fromCharCode(...header) !== INDEX_HEADER) return undefined;
  const headwordUnits = u16();
  const headwordStarts = i32();
  const firstLine = i32();
  const stemStart = i32();
  const stemIds = i32();
  const reading = next((b, o, n) => new Int16Array(b, o, n), 2);
  const stemUnits = u16();
  const stemStarts = i32();
  const readingUnits = u16();
  const readingStarts = i32();
  const wordUnits = u16();
  const wordStarts = i32();
  const wordStem = i32();
  if (!wordUnits || !wordStarts || !wordStem) return undefined;
  if (!headwordUnits || !headwordStarts || !firstLine || !stemStart || !stemIds || !reading) return undefined;
  if (!stemUnits || !stemStarts || !readingUnits || !readingStarts || at !== aligned.length) return undefined;
  return {
    headwords: { units: headwordUnits, starts: headwordStarts },
    firstLine,
    stemStart,
    stemIds,
    reading,
    stems: { units: stemUnits, starts: stemStarts },
    readings: { units: readingUnits, starts: readingStarts },
    words: { units: wordUnits, starts: wordStarts },
    wordStem,
  };
}

/** Writes the index to the first writable location (atomically); returns the path or undefined. */
export function writeIndexFile(data: IndexData): string | undefined {
  const bytes = encodeIndex(data);
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
