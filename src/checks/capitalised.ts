// The capitalised words of a document (names, sentence starts, headings), found once per
// document and shared by the checks that read names: near misses, pinyin, given names.
export interface CapitalisedWord {
  start: number;
  /** End of the word as written, a possessive ("Tashkent's") included. */
  end: number;
  text: string;
}

// The capital comes first and the look-behind after it, so the scan skips other characters fast.
const CAPITALISED = /\p{Lu}(?<![\p{L}\p{N}'’-]\p{Lu})[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?![\p{L}\p{N}])/gu;
const perDocument = new WeakMap<object, CapitalisedWord[]>();

export function capitalisedWords(ctx: { text: string }): CapitalisedWord[] {
  let words = perDocument.get(ctx);
  if (!words) {
    words = [];
    for (const m of ctx.text.matchAll(CAPITALISED)) words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    perDocument.set(ctx, words);
  }
  return words;
}
