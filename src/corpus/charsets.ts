// The Han characters of the two national character sets, read off the decoders' own tables
// (no data file): GB2312 holds Simplified, Big5 Traditional. Their frequent first levels tell
// real text from random bytes; the sets' differences tell the scripts apart.

const HAN = /\p{Script=Han}/u;

function decodeRange(label: string, leads: [number, number], trails: Array<[number, number]>, last: number): Set<string> {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++)
    for (const [lo, hi] of trails)
      for (let trail = lo; trail <= hi; trail++) if ((lead << 8) + trail <= last) bytes.push(lead, trail);
  const set = new Set<string>();
  for (const ch of new TextDecoder(label).decode(new Uint8Array(bytes))) if (HAN.test(ch)) set.add(ch);
  return set;
}

const BIG5_TRAILS: Array<[number, number]> = [
  [0x40, 0x7e],
  [0xa1, 0xfe],
];

let gb2312: Set<string> | undefined;
let big5: Set<string> | undefined;
let frequent: Set<string> | undefined;

/** All 6,763 Han characters of GB2312 (levels 1 and 2). */
export function gb2312Han(): Set<string> {
  gb2312 ??= decodeRange('gb18030', [0xb0, 0xf7], [[0xa1, 0xfe]], 0xf7fe);
  return gb2312;
}

/** All 13,060 Han characters of Big5 (levels 1 and 2). */
export function big5Han(): Set<string> {
  big5 ??= decodeRange('big5', [0xa4, 0xf9], BIG5_TRAILS, 0xf9d5);
  return big5;
}

/** The frequent Han characters: GB2312 level 1 (3,755) and Big5 level 1 (5,401). */
export function frequentHan(): Set<string> {
  if (!frequent) {
    frequent = decodeRange('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]], 0xd7f9);
    for (const ch of decodeRange('big5', [0xa4, 0xc6], BIG5_TRAILS, 0xc67e)) frequent.add(ch);
  }
  return frequent;
}
