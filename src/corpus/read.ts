// Decoding files: UTF-8 (with or without BOM), UTF-16 (with BOM, or ASCII-heavy without),
// GB18030/GBK and Big5. Binary, empty or undecodable input is an InputError naming the file.
import { readFile, realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { InputError } from '../errors.js';
import type { SourceText } from '../types.js';
import { implausibility, knownBinaryFormat } from './plausible.js';
import { encodingName, locateUndecodable } from './decode-error.js';
import hkscs from './data/big5-hkscs-pua.json' with { type: 'json' };

const HKSCS_PUA = new Map(Object.entries(hkscs.map).map(([hex, letter]) => [String.fromCodePoint(parseInt(hex, 16)), letter]));

export async function readSourceFile(path: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (err) {
    throw new InputError(`cannot read the file (${fsReason(err as NodeJS.ErrnoException)}); check the path and permissions`, { file: path });
  }
  return decodeBytes(bytes, path === '-' ? '<stdin>' : path);
}

/**
 * A document of a corpus folder (`file` relative to it), read as readSourceFile does; refused
 * when a symbolic link takes it outside the folder, as a manifest path outside it is.
 */
export async function readCorpusDocument(corpus: string, file: string): Promise<SourceText> {
  const path = join(corpus, file);
  // Unresolvable paths (missing, a loop, no permission) are left to readSourceFile's messages.
  const [root, real] = await Promise.all([realpath(corpus), realpath(path)]).catch(() => [undefined, undefined]);
  if (root !== undefined && real !== undefined && !real.startsWith(root.endsWith(sep) ? root : root + sep))
    throw new InputError(`a symbolic link leads outside the corpus folder (to ${real}); copy the document into the corpus folder`, { file: path });
  return readSourceFile(path);
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder',
  ELOOP: 'symbolic link loop',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'name too long',
};

/** A file-system error code in words ("permission denied"), for messages. */
export function fsReason(err: NodeJS.ErrnoException): string {
  return (err.code && FS_REASONS[err.code]) ?? err.code ?? String(err);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

interface Decoded {
  text: string;
  encoding: string;
}

export function decodeBytes(bytes: Uint8Array, path: string): SourceText {
  if (bytes.length === 0) throw new InputError('the file is empty; give a text document', { file: path });
  const format = knownBinaryFormat(bytes);
  if (format) throw new InputError(`binary data (${format}), not a text document; give a plain-text file`, { file: path });
  const decoded = decode(bytes);
  if (!decoded) throw undecodable(bytes, path);
  if (decoded.text.trim() === '') throw new InputError('the file has no text (only white space); give a text document', { file: path });
  return { path, text: decoded.text, encoding: decoded.encoding };
}

const NOT_TEXT = 'not a text document in UTF-8, UTF-16, GB18030 or Big5 (binary or undecodable)';

/** Why `bytes` are refused, at the first bad place: line, column, byte offset and what is there. */
function undecodable(bytes: Uint8Array, path: string): InputError {
  const [start, labels] = candidateEncodings(bytes);
  const place = locateUndecodable(bytes, start, labels);
  if (!place) return new InputError(`${NOT_TEXT}; convert it to UTF-8`, { file: path });
  const name = encodingName(place.encoding);
  const readAs = (labels.length === 1 || place.encoding !== 'utf-8') && !place.what.includes(name) ? `, read as ${name}` : '';
  return new InputError(`${place.what} (byte offset ${place.offset}${readAs}): ${NOT_TEXT}; ${place.remedy}`, {
    file: path,
    line: place.line,
    column: place.column,
  });
}

/** Where the text starts (after a BOM) and the encodings decode() tries for these bytes. */
function candidateEncodings(bytes: Uint8Array): [number, string[]] {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return [3, ['utf-8']];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return [2, ['utf-16le']];
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return [2, ['utf-16be']];
  const utf16 = utf16WithoutBom(bytes);
  return utf16 ? [0, [utf16]] : [0, ['utf-8', 'gb18030', 'big5']];
}

function decode(bytes: Uint8Array): Decoded | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return attempt('utf-8', bytes.subarray(3), 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return attempt('utf-16le', bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return attempt('utf-16be', bytes.subarray(2), 'utf-16be');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return attempt(utf16, bytes, utf16);
  if (bytes.includes(0)) return bytes.length % 2 === 0 ? (attempt('utf-16le', bytes, 'utf-16le', true) ?? attempt('utf-16be', bytes, 'utf-16be', true)) : undefined;
  // GB18030 before Big5: Big5 read as GB18030 yields kana, Cyrillic and private-use
  // characters and is rejected, while GB18030 read as Big5 can look like plausible Han.
  return attempt('utf-8', bytes, 'utf-8') ?? attempt('gb18030', bytes, 'gb18030') ?? attempt('big5', bytes, 'big5');
}

/** UTF-16 without a BOM: ASCII-heavy text has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  if (oddZeros > 0.3 * pairs && evenZeros === 0) return 'utf-16le';
  if (evenZeros > 0.3 * pairs && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/** `bytes` (no BOM) decoded with the decoder `label` as the reader decodes; undefined when invalid. */
export function decodeAs(bytes: Uint8Array, label: string): string | undefined {
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return label === 'big5' ? text.replace(/[\uf319-\uf349]/g, (ch) => HKSCS_PUA.get(ch) ?? ch) : text;
}

/** `strict`: the text must look Chinese (legacy encodings, UTF-16 guessed without a BOM). */
function attempt(label: string, bytes: Uint8Array, name: string, strict = false): Decoded | undefined {
  const text = decodeAs(bytes, label);
  if (text === undefined) return undefined;
  const legacy = strict || label === 'gb18030' || label === 'big5';
  return implausibility(text, legacy) === undefined ? { text, encoding: name } : undefined;
}
