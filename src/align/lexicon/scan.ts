// Character classes read by code unit, for scanning texts without regular expressions or a
// string per character: Han characters (what /\p{Script=Han}/u matches, Unicode 15.1 as in
// Node 20's ICU; a test checks the table against the regular expression) and ASCII letters.

/** Code point ranges of the Han script, inclusive. */
const HAN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2e80, 0x2e99], [0x2e9b, 0x2ef3], [0x2f00, 0x2fd5], [0x3005, 0x3005], [0x3007, 0x3007],
  [0x3021, 0x3029], [0x3038, 0x303b], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfa6d],
  [0xfa70, 0xfad9], [0x16fe2, 0x16fe3], [0x16ff0, 0x16ff6], [0x20000, 0x2a6df], [0x2a700, 0x2b81d],
  [0x2b820, 0x2cead], [0x2ceb0, 0x2ebe0], [0x2ebf0, 0x2ee5d], [0x2f800, 0x2fa1d], [0x30000, 0x3134a],
  [0x31350, 0x33479],
];

const BMP_HAN = new Uint8Array(0x10000);
for (const [from, to] of HAN_RANGES) if (from < 0x10000) BMP_HAN.fill(1, from, to + 1);

export function isHanCodePoint(c: number): boolean {
  if (c < 0x10000) return BMP_HAN[c] === 1;
  for (const [from, to] of HAN_RANGES) if (c >= from && c <= to) return true;
  return false;
}

/** Length in code units of the run of Han characters starting at `at` (0 when text[at] is not one). */
export function hanLength(text: string, at: number): number {
  let k = at;
  while (k < text.length) {
    const unit = text.charCodeAt(k);
    if (unit < 0x2e80) break;
    if (unit >= 0xd800 && unit <= 0xdbff && k + 1 < text.length) {
      const low = text.charCodeAt(k + 1);
      if (low < 0xdc00 || low > 0xdfff || !isHanCodePoint(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00))) break;
      k += 2;
    } else if (BMP_HAN[unit] === 1) k += 1;
    else break;
  }
  return k - at;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
