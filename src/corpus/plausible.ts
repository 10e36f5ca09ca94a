// Is a decoded string a text document? Binary data and random bytes decode "successfully" as
// GB18030 or Big5 more often than not, so a decoding is accepted only when its characters
// look like written text: no control characters, almost no private-use or unassigned code
// points, and (for legacy Chinese encodings) non-ASCII characters that are Han or punctuation,
// the Han mostly among the few thousand frequent ones.
import { frequentHan } from './charsets.js';

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
export const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/u;
export const PRIVATE_OR_UNASSIGNED = /[\p{Co}\p{Cn}\p{Cs}\ufffd]/u;
/** What Chinese documents are written with, besides ASCII. */
const CHINESE_TEXT =
  /[\p{Script=Han}\u00a0-\u00ff\u2000-\u206f\u2100-\u214f\u2160-\u217f\u2190-\u21ff\u2460-\u24ff\u25a0-\u25ff\u2600-\u26ff\u3000-\u303f\uff00-\uffef\u0100-\u024f\u02c7-\u02d9]/u;
const MAX_ODD_SHARE = 0.005;
const MIN_CHINESE_SHARE = 0.95;
/** Share of Han characters that must be common ones (GB2312 level 1 or Big5 level 1). */
const MIN_COMMON_HAN_SHARE = 0.8;
const HAN = /\p{Script=Han}/u;

/** Why `text` does not look like a text document, or undefined when it does. */
export function implausibility(text: string, legacyChinese: boolean): string | undefined {
  if (CONTROL.test(text)) return 'control characters';
  let odd = 0;
  let nonAscii = 0;
  let chinese = 0;
  let kana = 0;
  let han = 0;
  let common = 0;
  const frequent = legacyChinese ? frequentHan() : undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code < 0x80) continue;
    if (code > 0xffff) i++;
    nonAscii++;
    // The CJK Unified Ideographs block is Han and assigned throughout: no test needed.
    if (code >= 0x4e00 && code <= 0x9fff) {
      chinese++;
      if (frequent) {
        han++;
        if (frequent.has(String.fromCharCode(code))) common++;
      }
      continue;
    }
    const ch = String.fromCodePoint(code);
    if (PRIVATE_OR_UNASSIGNED.test(ch)) odd++;
    else if (CHINESE_TEXT.test(ch)) {
      chinese++;
      if (frequent && HAN.test(ch)) {
        han++;
        if (frequent.has(ch)) common++;
      }
    }
    else if (code >= 0x3040 && code <= 0x30ff) kana++;
  }
  if (nonAscii === 0) return undefined;
  if (odd > MAX_ODD_SHARE * nonAscii) return 'private-use or unassigned characters';
  if (!legacyChinese) return undefined;
  // Kana count against a legacy decoding: Big5 read as GB18030 turns common Han into kana.
  if (chinese < MIN_CHINESE_SHARE * nonAscii || kana > 0.01 * nonAscii) return 'characters unlike Chinese text';
  if (common < MIN_COMMON_HAN_SHARE * han) return 'rare Han characters, unlike real text';
  return undefined;
}

const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

/** A well-known binary format recognised by its first bytes. */
export function knownBinaryFormat(bytes: Uint8Array): string | undefined {
  return MAGIC.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0];
}
