// Where a file that is not text goes wrong: the first bad byte sequence or character, with its
// line, column and byte offset and what it is (NUL byte, invalid UTF-8 sequence 0xC3 0x28,
// control character U+0007), so that a user can find it in an editor or a hex dump. Only on
// the error path: the file is decoded again one byte at a time, in the encoding it most
// likely has.
import { lineStarts } from './lines.js';
import { CONTROL, PRIVATE_OR_UNASSIGNED, implausibility } from './plausible.js';

export interface UndecodablePlace {
  /** What is there: "invalid UTF-8 sequence 0xC3 0x28", "NUL byte", "control character U+0007". */
  what: string;
  /** 0-based byte offset of its first byte. */
  offset: number;
  line: number;
  /** 1-based, in UTF-16 code units as check's columns. */
  column: number;
  /** The encoding the file was read in to find it (a decoder label). */
  encoding: string;
  remedy: string;
}

const NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030', big5: 'Big5' };

export function encodingName(label: string): string {
  return NAMES[label] ?? label;
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first bad place of `bytes` (text from `start`, after a BOM), read in the one encoding of
 * `labels` it most likely has; undefined when every character is fine (the file was refused
 * for its mix of characters, which has no single place).
 */
export function locateUndecodable(bytes: Uint8Array, start: number, labels: readonly string[]): UndecodablePlace | undefined {
  // The first 64 KB tell the encoding as well as the whole file would, at a bounded cost.
  const label = labels.length === 1 ? labels[0] : likelyEncoding(bytes.subarray(start, start + 65_536), labels);
  const skip = skipToProblem(bytes, start, label);
  return skip === null ? undefined : firstBadPlace(bytes, label, skip ?? { offset: start, line: 1, column: 1, oddOnly: false });
}

interface WalkStart {
  offset: number;
  line: number;
  column: number;
  /** No hard problem anywhere: the first odd character is the answer. */
  oddOnly: boolean;
}

/**
 * UTF-8 and UTF-16, whose byte length of a valid prefix is known without an encoder: finds the
 * first problem in one decoding of the whole file (the byte walk costs ~0.3 µs a byte), so the
 * walk starts there. null: no problem at all; undefined: walk from the start (legacy encodings).
 */
function skipToProblem(bytes: Uint8Array, start: number, label: string): WalkStart | null | undefined {
  const bytesOf = label === 'utf-8' ? (s: string) => Buffer.byteLength(s, 'utf8') : label.startsWith('utf-16') ? (s: string) => 2 * s.length : undefined;
  if (!bytesOf) return undefined;
  const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(start));
  const at = (index: number, oddOnly: boolean): WalkStart => {
    const prefix = text.slice(0, index);
    const starts = lineStarts(prefix);
    return { offset: start + bytesOf(prefix), line: starts.length, column: index - starts[starts.length - 1] + 1, oddOnly };
  };
  const hard = new RegExp(`\\ufffd|${CONTROL.source}`, 'gu');
  for (const m of text.matchAll(hard)) {
    const place = at(m.index, false);
    // A U+FFFD the file really holds is odd, not hard.
    if (m[0] !== '\ufffd' || !isLiteral(bytes.subarray(place.offset, place.offset + bytesOf('\ufffd')), label)) return place;
  }
  const odd = new RegExp(PRIVATE_OR_UNASSIGNED.source, 'u').exec(text);
  return odd ? at(odd.index, true) : null;
}

/**
 * UTF-8, unless a legacy Chinese encoding has fewer bad places and, those aside, reads as
 * Chinese text (a GB18030 file is full of invalid UTF-8; a UTF-8 file rarely reads as Chinese).
 */
function likelyEncoding(bytes: Uint8Array, labels: readonly string[]): string {
  const bad = new RegExp(`\\ufffd|${CONTROL.source}|${PRIVATE_OR_UNASSIGNED.source}`, 'gu');
  const faults = (text: string) => text.match(bad)?.length ?? 0;
  let best = labels.includes('utf-8') ? 'utf-8' : labels[0];
  let fewest = faults(new TextDecoder(best, { ignoreBOM: true }).decode(bytes));
  for (const label of labels) {
    if (label === best) continue;
    const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
    const count = faults(text);
    const clean = text.replace(bad, '');
    if (count < fewest && /\p{Script=Han}/u.test(clean) && implausibility(clean, true) === undefined) [best, fewest] = [label, count];
  }
  return best;
}

/** The bytes of one decoded character (or of an invalid sequence) and where it starts. */
interface Place {
  ch: string;
  bytes: Uint8Array;
  offset: number;
  line: number;
  column: number;
}

function firstBadPlace(bytes: Uint8Array, label: string, from: WalkStart): UndecodablePlace | undefined {
  const decoder = new TextDecoder(label, { ignoreBOM: true });
  const name = encodingName(label);
  let { line, column } = from;
  let afterCr = false;
  let charStart = from.offset;
  let firstOdd: UndecodablePlace | undefined;
  // Judges one character; returns a hard problem (an odd character is kept for the end).
  const judge = (place: Place, cutOff: boolean): UndecodablePlace | undefined => {
    const at = { offset: place.offset, line: place.line, column: place.column, encoding: label };
    const { ch } = place;
    if (ch === '\ufffd' && !isLiteral(place.bytes, label)) {
      const sequence = label.startsWith('utf-16') ? utf16Fault(place.bytes, label) : `invalid ${name} sequence ${hex(place.bytes)}`;
      const remedy = label === 'utf-8' ? 'delete or retype the character there' : 'delete or retype the character there, or convert the file to UTF-8';
      return { ...at, what: cutOff ? `${sequence} cut off at the end of the file` : sequence, remedy };
    }
    if (ch === '\u0000') return { ...at, what: 'NUL byte', remedy: 'remove it (text has none: is this a binary file?)' };
    if (CONTROL.test(ch)) return { ...at, what: `control character ${codePoint(ch)}`, remedy: 'remove it' };
    if (!firstOdd && (ch === '\ufffd' || PRIVATE_OR_UNASSIGNED.test(ch))) {
      const kind = ch === '\ufffd' ? 'replacement character' : /\p{Co}/u.test(ch) ? 'private-use character' : 'unassigned code point';
      firstOdd = { ...at, what: `${kind} ${codePoint(ch)}`, remedy: 'replace it with the character meant' };
      if (from.oddOnly) return firstOdd;
    }
    return undefined;
  };
  // Walks the characters one decode call returned, `end` the offset after the bytes it consumed.
  // Every character but a bad one is whole bytes [charStart, end); at a bad one the walk stops,
  // its bytes shown up to the byte that broke the sequence.
  const walk = (text: string, end: number, cutOff = false): UndecodablePlace | undefined => {
    for (const ch of text) {
      const problem = judge({ ch, bytes: bytes.subarray(charStart, end), offset: charStart, line, column }, cutOff);
      if (problem) return problem;
      if (ch === '\n') {
        if (!afterCr) {
          line++;
          column = 1;
        }
      } else if (ch === '\r') {
        line++;
        column = 1;
      } else column += ch.length;
      afterCr = ch === '\r';
    }
    if (text) charStart = end;
    return undefined;
  };
  for (let i = from.offset; i < bytes.length; i++) {
    const problem = walk(decoder.decode(bytes.subarray(i, i + 1), { stream: true }), i + 1);
    if (problem) return problem;
  }
  return walk(decoder.decode(), bytes.length, true) ?? firstOdd;
}

/** A UTF-16 decoding fault: a surrogate without its other half, or a last byte on its own. */
function utf16Fault(bytes: Uint8Array, label: string): string {
  if (bytes.length < 2) return `odd last byte ${hex(bytes)} (UTF-16 text has an even number of bytes)`;
  const unit = label === 'utf-16le' ? bytes[0] | (bytes[1] << 8) : (bytes[0] << 8) | bytes[1];
  return `unpaired UTF-16 surrogate 0x${unit.toString(16).toUpperCase()}`;
}

/** A U+FFFD that the file really holds, encoded, rather than one the decoder put for bad bytes. */
function isLiteral(bytes: Uint8Array, label: string): boolean {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes) === '\ufffd';
  } catch {
    return false;
  }
}
