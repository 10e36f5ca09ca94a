// Writing text back as it was read: in the encoding and with the byte-order mark the file was
// decoded from (read.ts), so that `fix --write` changes only the bytes of the fixed characters.
// GB18030 and Big5 are encoded with iconv-lite (Node decodes them but cannot encode them),
// loaded only when such a file is written; every result is checked by decoding it again.
import { decodeAs } from './read.js';

/** A character (at a UTF-16 index of its text) that stops the text being written back. */
export interface EncodingObstacle {
  index: number;
  /** Empty: the end of the file (bytes after the last character). */
  char: string;
  /** The decoder label of the file's encoding. */
  encoding: string;
}

export type Reencoded =
  /** The bytes to write: BOM (as the original had one) and text. */
  | { bytes: Uint8Array }
  /** A character of the new text that the encoding cannot hold. */
  | { unencodable: EncodingObstacle }
  /** A character of the original whose bytes would not be written back as they were. */
  | { irreproducible: EncodingObstacle };

const BOMS: Record<string, number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };

type Encoder = (text: string) => Uint8Array;

async function encoderFor(label: string): Promise<Encoder> {
  switch (label) {
    case 'utf-8':
      return (text) => Buffer.from(text, 'utf8');
    case 'utf-16le':
      return (text) => Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return (text) => Buffer.from(text, 'utf16le').swap16();
    default: {
      const { default: iconv } = await import('iconv-lite');
      return (text) => iconv.encode(text, label);
    }
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);

/**
 * `text` encoded as `original` is: `original` are a file's bytes that decoded to `originalText`
 * in `encoding` (SourceText.encoding: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, big5).
 */
export async function encodeLike(original: Uint8Array, encoding: string, originalText: string, text: string): Promise<Reencoded> {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  const bomBytes = BOMS[label];
  const bom = bomBytes && bomBytes.every((b, i) => original[i] === b) ? original.subarray(0, bomBytes.length) : new Uint8Array();
  const encode = await encoderFor(label);
  const body = original.subarray(bom.length);
  // Unchanged characters must come back as the very bytes they were read from.
  if (!sameBytes(encode(originalText), body)) {
    let at = 0;
    let index = 0;
    for (const char of originalText) {
      const bytes = encode(char);
      if (!sameBytes(bytes, body.subarray(at, at + bytes.length))) return { irreproducible: { index, char, encoding: label } };
      at += bytes.length;
      index += char.length;
    }
    return { irreproducible: { index, char: '', encoding: label } };
  }
  const bytes = encode(text);
  if (decodeAs(bytes, label) !== text) {
    let index = 0;
    for (const char of text) {
      if (decodeAs(encode(char), label) !== char) return { unencodable: { index, char, encoding: label } };
      index += char.length;
    }
  }
  return { bytes: Buffer.concat([bom, bytes]) };
}
