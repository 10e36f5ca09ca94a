// How English forms compare: case-, hyphen-, apostrophe- and spacing-insensitive keys, and the
// character classes the matchers share, so a form in the data and a span in a text agree.

/** Whitespace, hyphens and dashes: any run of them is one separator. */
export function isSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x2d ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2010 && code <= 0x2015) ||
    code === 0x2212 ||
    code === 0x3000 ||
    code === 0x202f
  );
}

/** Apostrophes are ignored inside a word: "Xi'an" = "Xian", "Duchamp's" = "Duchamps". */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x2018;
}

const wordCharCache = new Map<number, boolean>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit: what a name may not be glued to at either end. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  let known = wordCharCache.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code));
    wordCharCache.set(code, known);
  }
  return known;
}

const lowerCache = new Map<number, number>();

export function lowerCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  let lower = lowerCache.get(code);
  if (lower === undefined) {
    const s = String.fromCharCode(code).toLowerCase();
    lower = s.length === 1 ? s.charCodeAt(0) : code;
    lowerCache.set(code, lower);
  }
  return lower;
}

const PLUS = 0x2b;

/**
 * The comparison key of an English form: lower case, apostrophes dropped, each run of spaces,
 * hyphens and dashes one space (none next to "+"), trimmed. "Nur -Sudan" → "nur sudan".
 */
export function formKey(form: string): string {
  let key = '';
  let pendingSeparator = false;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (isSeparator(code)) {
      pendingSeparator = key.length > 0;
      continue;
    }
    if (isApostrophe(code)) continue;
    const lower = lowerCode(code);
    if (pendingSeparator && lower !== PLUS && key.charCodeAt(key.length - 1) !== PLUS) key += ' ';
    pendingSeparator = false;
    key += String.fromCharCode(lower);
  }
  return key;
}

/** Letters only, lower case: for fuzzy comparison ("Dushang Bie" → "dushangbie"). */
export function lettersKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
