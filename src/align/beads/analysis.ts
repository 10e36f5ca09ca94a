// Each segment's lexical tokens as numbers, for the bead search: English content words (stems),
// capitalised words also as romanised names, Chinese dictionary words (maximum matching) with
// the stem ids of their translations and their romanised form, Latin words among the Chinese,
// and anchors (numbers, dates, speech and person marks). One scan of each text's code units;
// strings are built only for words (an English word and its stem, once per distinct word) and
// anchors. Tokens are stored flat (typed arrays) so that 100,000-sentence documents fit.
import { chineseAnchors, englishAnchors } from '../lexicon/anchors.js';
import { isStopword, stem } from '../lexicon/english.js';
import type { IndexedLexicon } from '../lexicon/lexicon.js';
import { hanLength, isAsciiLetter } from '../lexicon/scan.js';
import { namesTable } from './names-table.js';
import { IntList, TableBuilder, type TokenTable } from './tables.js';

export { TokenTable } from './tables.js';

/** Each segment's lexical tokens, computed once and regrouped for the coarse pass over chunks. */
export interface SegmentAnalysis {
  zh: TokenTable;
  /** Romanised forms of the Chinese characters runs: matched by English names, never counted. */
  zhNames: TokenTable;
  en: TokenTable;
  /** Ids are below this: the lexicon's stems, then the pair's own forms (names, anchors, stems the lexicon lacks). */
  idCount: number;
}

export function analyseSegments(zh: readonly string[], en: readonly string[], lexicon: IndexedLexicon): SegmentAnalysis {
  // Ids: the lexicon's stem ids, then the pair's own forms numbered as they first appear.
  const own = new Map<string, number>();
  const idOf = (form: string): number => {
    const id = lexicon.stemId(form);
    if (id >= 0) return id;
    let fresh = own.get(form);
    if (fresh === undefined) own.set(form, (fresh = lexicon.stemCount + own.size));
    return fresh;
  };
  const english = englishTable(en, lexicon, idOf);
  const idCount = lexicon.stemCount + own.size;
  // A Chinese form counts only if some English token has it.
  const present = new Uint8Array(idCount);
  for (const id of english.ids) present[id] = 1;
  const knownId = (id: number): number => (id >= 0 && id < idCount && present[id] ? id : -1);
  const known = (form: string): number => {
    const id = lexicon.stemId(form);
    return knownId(id >= 0 ? id : (own.get(form) ?? -1));
  };
  const names = new Map<string, number>();
  for (const [form, id] of own) if (form.startsWith('n:')) names.set(form, id);
  return {
    en: english,
    zh: chineseTable(zh, lexicon, knownId, known, names),
    zhNames: namesTable(zh, lexicon, names),
    idCount,
  };
}

function englishTable(en: readonly string[], lexicon: IndexedLexicon, idOf: (form: string) => number): TokenTable {
  const table = new TableBuilder(lexicon.stemCount + 1024);
  // Per word as written, where its tokens start in `pool`: [count, (forms, form ids…)…], in this pair's ids.
  const wordAt = new Map<string, number>();
  const pool = new IntList();
  const stemIdOf = (part: string): number => {
    const id = lexicon.wordStemId(part);
    return id >= 0 ? id : idOf(stem(part));
  };
  const addWord = (raw: string): number => {
    const at = pool.length;
    const lower = raw.toLowerCase();
    const hyphenated = lower.includes('-');
    const capital = raw.charCodeAt(0);
    const name = capital >= 0x41 && capital <= 0x5a && !isStopword(lower) ? `n:${hyphenated ? lower.replace(/-/g, '') : lower}` : undefined;
    const content = (hyphenated ? lower.split('-') : [lower]).filter((part) => part.length >= 2 && !isStopword(part));
    // "Bao-yu" is one name; "Wang" is a word that may also be a name.
    const nameJoins = name !== undefined && content.length === 1 && !hyphenated;
    pool.push(content.length + (name !== undefined && !nameJoins ? 1 : 0));
    for (const part of content) {
      pool.push(nameJoins ? 2 : 1);
      pool.push(stemIdOf(part));
      if (nameJoins) pool.push(idOf(name));
    }
    if (name !== undefined && !nameJoins) {
      pool.push(1);
      pool.push(idOf(name));
    }
    wordAt.set(raw, at);
    return at;
  };
  for (const text of en) {
    const length = text.length;
    for (let at = 0; at < length; ) {
      // [A-Za-z]+(?:-[A-Za-z]+)*
      if (((text.charCodeAt(at) | 0x20) - 0x61) >>> 0 >= 26) {
        at += 1;
        continue;
      }
      const start = at;
      for (;;) {
        at += 1;
        while (at < length && ((text.charCodeAt(at) | 0x20) - 0x61) >>> 0 < 26) at += 1;
        if (at + 1 < length && text.charCodeAt(at) === 0x2d && ((text.charCodeAt(at + 1) | 0x20) - 0x61) >>> 0 < 26) at += 1;
        else break;
      }
      const raw = text.slice(start, at);
      let k = wordAt.get(raw);
      if (k === undefined) k = addWord(raw);
      const values = pool.values;
      for (let tokens = values[k++]; tokens > 0; tokens -= 1) {
        const forms = values[k];
        // The token's key is its first form.
        if (table.item(values[k + 1])) for (let f = 1; f <= forms; f += 1) table.id(values[k + f]);
        k += 1 + forms;
      }
    }
    for (const anchor of englishAnchors(text)) {
      const id = idOf(anchor);
      if (table.item(id)) table.id(id);
    }
    table.endSegment();
  }
  return table.table(en.length);
}

function chineseTable(
  zh: readonly string[],
  lexicon: IndexedLexicon,
  knownId: (id: number) => number,
  known: (form: string) => number,
  names: ReadonlyMap<string, number>,
): TokenTable {
  const table = new TableBuilder(4096);
  // Keys: dictionary words and other forms (Latin words, anchors), numbered as they first appear.
  let keyCount = 0;
  const formKeys = new Map<string, number>();
  const keyOfForm = (form: string): number => {
    let key = formKeys.get(form);
    if (key === undefined) formKeys.set(form, (key = keyCount++));
    return key;
  };
  // Per dictionary word, where its token starts in `pool`: [key, ids, id…]; −1: the word has no
  // token (no translation and no romanised form).
  const wordAt = new Map<number, number>();
  const pool = new IntList();
  const addWord = (word: number, text: string, at: number): number => {
    const length = lexicon.wordLength(word);
    const translations = lexicon.translations(word);
    const name = length <= 3 ? romanisedName(text, at, length, lexicon) : undefined;
    let k = -1;
    if (translations.length > 0 || name !== undefined) {
      k = pool.length;
      pool.push(keyCount++);
      pool.push(0);
      for (let t = 0; t < translations.length; t += 1) {
        const id = knownId(translations[t]);
        if (id >= 0) pool.push(id);
      }
      const nameId = name === undefined ? -1 : (names.get(name) ?? -1);
      if (nameId >= 0) pool.push(nameId);
      pool.values[k + 1] = pool.length - k - 2;
    }
    wordAt.set(word, k);
    return k;
  };
  for (const text of zh) {
    for (let at = 0; at < text.length; ) {
      const han = hanLength(text, at);
      if (han === 0) {
        at += 1;
        continue;
      }
      const end = at + han;
      while (at < end) {
        const word = lexicon.longestWord(text, at, end);
        if (word < 0) {
          at += 1;
          continue;
        }
        let k = wordAt.get(word);
        if (k === undefined) k = addWord(word, text, at);
        if (k >= 0 && table.item(pool.values[k])) {
          const values = pool.values;
          for (let i = k + 2, last = k + 2 + values[k + 1]; i < last; i += 1) table.id(values[i]);
        }
        at += lexicon.wordLength(word);
      }
    }
    // Latin words among the Han characters.
    for (let at = 0; at < text.length; ) {
      if (!isAsciiLetter(text.charCodeAt(at))) {
        at += 1;
        continue;
      }
      const start = at;
      while (at < text.length && isAsciiLetter(text.charCodeAt(at))) at += 1;
      if (at - start < 2) continue;
      const word = text.slice(start, at).toLowerCase();
      if (isStopword(word)) continue;
      if (table.item(keyOfForm(word))) table.id(known(stem(word)));
    }
    for (const anchor of chineseAnchors(text)) if (table.item(keyOfForm(anchor))) table.id(known(anchor));
    table.endSegment();
  }
  return table.table(zh.length);
}

/** "n:" + the toneless pinyin of text[at, at+length) ("n:xiaobao"), if every character has one. */
function romanisedName(text: string, at: number, length: number, lexicon: IndexedLexicon): string | undefined {
  let name = 'n:';
  for (let k = at; k < at + length; k += 1) {
    const unit = text.charCodeAt(k);
    let reading: string | undefined;
    if (unit >= 0xd800 && unit <= 0xdbff && k + 1 < at + length) {
      reading = lexicon.pinyin(text.slice(k, k + 2));
      k += 1;
    } else {
      const word = lexicon.characterWord(unit);
      reading = word < 0 ? undefined : lexicon.reading(word);
    }
    if (!reading) return undefined;
    name += reading;
  }
  return name;
}

/** The analysis of chunks [bounds[k], bounds[k+1]) of segments (items are shared, not copied). */
export function mergeAnalysis(analysis: SegmentAnalysis, zhBounds: readonly number[], enBounds: readonly number[]): SegmentAnalysis {
  return {
    zh: analysis.zh.regroup(zhBounds),
    zhNames: analysis.zhNames.regroup(zhBounds),
    en: analysis.en.regroup(enBounds),
    idCount: analysis.idCount,
  };
}
