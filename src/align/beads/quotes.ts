// Quotation state at segment boundaries: whether the text after segment k is inside a quotation
// (its last quotation mark within a few segments opens one). Dialogue survives translation, so
// a bead boundary inside a quotation on one side and outside it on the other is suspect: the
// translator's sentence ends where the speech does ('Go out and rob?' closes what the Chinese
// sentence before it closed).

/** A quotation left open longer than this many segments is taken as closed (a missing mark). */
const OPEN_SPAN = 4;

/** +1 when the segment's last quotation mark opens one, −1 when it closes one, 0 without marks. */
function lastMarkChinese(text: string): number {
  for (let k = text.length - 1; k >= 0; k -= 1) {
    switch (text.charCodeAt(k)) {
      case 0x201c: // “
      case 0x300c: // 「
      case 0x300e: // 『
      case 0x2018: // ‘
        return 1;
      case 0x201d: // ”
      case 0x300d: // 」
      case 0x300f: // 』
      case 0x2019: // ’
        return -1;
    }
  }
  return 0;
}

/** ASCII letters and digits: what a word's apostrophe sits between. */
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** English: “ ‘ open, ” ’ close; a straight ' or " opens before a word, closes after one; it's is no mark. */
function lastMarkEnglish(text: string): number {
  for (let k = text.length - 1; k >= 0; k -= 1) {
    const c = text.charCodeAt(k);
    if (c === 0x201c) return 1; // “
    if (c === 0x201d) return -1; // ”
    if (c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x22) {
      const before = k > 0 && isLetter(text.charCodeAt(k - 1));
      const after = k + 1 < text.length && isLetter(text.charCodeAt(k + 1));
      if (before && after) continue; // an apostrophe inside a word
      if (c === 0x2018) return 1;
      return after ? 1 : -1;
    }
  }
  return 0;
}

function boundaryStates(texts: readonly string[], lastMark: (text: string) => number): Uint8Array {
  const inside = new Uint8Array(texts.length + 1);
  let open = false;
  let since = 0;
  for (let k = 0; k < texts.length; k += 1) {
    const mark = lastMark(texts[k]);
    if (mark !== 0) {
      open = mark > 0;
      since = 0;
    } else if (open && ++since >= OPEN_SPAN) open = false;
    inside[k + 1] = open ? 1 : 0;
  }
  return inside;
}

/** For k = 0…N, 1 when the text after k segments is inside a quotation. */
export function chineseQuoteStates(zh: readonly string[]): Uint8Array {
  return boundaryStates(zh, lastMarkChinese);
}

export function englishQuoteStates(en: readonly string[]): Uint8Array {
  return boundaryStates(en, lastMarkEnglish);
}

