// CC-CEDICT's proper nouns as the source checks read them (the index build-proper-nouns.ts
// writes), loaded once per process on first use: Chinese headword → kind and English forms;
// English form → the headwords it renders; and whether a word is common English.
import { buildProperNounIndex, type ProperNounKind } from './build-proper-nouns.js';
import { readProperNounFile, writeProperNounFile } from './proper-noun-file.js';
import { spellingKey } from './transliteration.js';

export interface ProperNoun {
  kind: ProperNounKind;
  /** English forms, as CC-CEDICT writes them ("Bokhara", "Bukhara"). */
  forms: string[];
}

export interface ProperNouns {
  get(headword: string): ProperNoun | undefined;
  /** Longest headword starting with this character (0: none). */
  longestFrom(character: string): number;
  /** Whether some headword longer than `piece` starts with it (lets a scan stop early). */
  continues(piece: string): boolean;
  /** Headwords whose English forms have this spelling key ("bishkek" → 比什凯克). */
  headwordsFor(englishKey: string): readonly string[];
  /** A word (lower case) CC-CEDICT uses in lower case in its glosses: common English. */
  isCommonWord(word: string): boolean;
  /**
   * How name-like a character is: the headwords of foreign names it is in per common word it
   * is in (斯 10.8, 尔 10.8, 拉 2.2, 大 0.4, 门 0.2); 0 for a character in no foreign name.
   */
  nameRatio(character: string): number;
}

let loaded: ProperNouns | undefined;

export function loadProperNouns(): ProperNouns {
  if (loaded) return loaded;
  let text = readProperNounFile();
  if (text === undefined) {
    text = buildProperNounIndex();
    writeProperNounFile(text);
  }
  const table = new Map<string, string>();
  const longest = new Map<string, number>();
  const prefixes = new Set<string>();
  let words = new Set<string>();
  const ratios = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#words\t')) words = new Set(line.slice(7).split(' '));
    if (line.startsWith('#characters\t')) for (const pair of line.slice(12).split(' ')) ratios.set(pair.slice(0, pair.indexOf(':')), Number(pair.slice(pair.indexOf(':') + 1)));
    if (line.startsWith('#') || !line) continue;
    const tab = line.indexOf('\t');
    const headword = line.slice(0, tab);
    table.set(headword, line.slice(tab + 1));
    for (let length = 2; length < headword.length; length++) prefixes.add(headword.slice(0, length));
    if (headword.length > (longest.get(headword[0]) ?? 0)) longest.set(headword[0], headword.length);
  }
  const parsed = new Map<string, ProperNoun>();
  let reverse: Map<string, string[]> | undefined;
  const get = (headword: string): ProperNoun | undefined => {
    let noun = parsed.get(headword);
    if (noun) return noun;
    const raw = table.get(headword);
    if (raw === undefined) return undefined;
    const [kind, forms] = raw.split('\t');
    noun = { kind: kind as ProperNounKind, forms: forms.split('|') };
    parsed.set(headword, noun);
    return noun;
  };
  loaded = {
    get,
    longestFrom: (character) => longest.get(character) ?? 0,
    continues: (piece) => prefixes.has(piece),
    headwordsFor(englishKey) {
      if (!reverse) {
        reverse = new Map();
        for (const headword of table.keys()) {
          for (const form of get(headword)!.forms) {
            const key = spellingKey(form);
            const list = reverse.get(key) ?? [];
            if (!list.includes(headword)) list.push(headword);
            reverse.set(key, list);
          }
        }
      }
      return reverse.get(englishKey) ?? [];
    },
    isCommonWord: (word) => words.has(word),
    nameRatio: (character) => ratios.get(character) ?? 0,
  };
  return loaded;
}
