// Where names can be in an English sentence: capitalised words and the runs they form
// ("Kara-Balta", "Qiaoerpeng Ata", "Kassym-Jomart Tokayev"), each with its offsets, whether it
// opens the sentence and whether it is a common English word.
import { loadProperNouns } from './proper-nouns.js';

export interface EnglishWord {
  text: string;
  start: number;
  end: number;
  capitalised: boolean;
  /** First word of its sentence (capitalised whatever it is). */
  initial: boolean;
  /** Lower case, a word CC-CEDICT's glosses use in lower case. */
  common: boolean;
  /** Joined to the previous word by a hyphen rather than a space. */
  hyphenated: boolean;
}

const WORD = /[\p{L}][\p{L}'’]*/gu;

/** The words of text[start, end), with offsets into `text`. */
export function englishWords(text: string, start: number, end: number): EnglishWord[] {
  const nouns = loadProperNouns();
  const body = text.slice(start, end);
  const out: EnglishWord[] = [];
  let previousEnd = -1;
  for (const m of body.matchAll(WORD)) {
    const word = m[0].replace(/['’]s$/u, '').replace(/['’]$/u, '');
    const at = start + m.index;
    const before = body.slice(Math.max(0, m.index - 3), m.index);
    const between = previousEnd >= 0 ? text.slice(previousEnd, at) : '';
    out.push({
      text: word,
      start: at,
      end: at + word.length,
      capitalised: /^\p{Lu}/u.test(word),
      initial: previousEnd < 0 || /[.!?:;"“]\s*$|^\s*$/.test(before) && m.index === 0 || /[.!?]["”]?\s+$/.test(between),
      common: nouns.isCommonWord(word.toLowerCase()),
      hyphenated: /^[-‐‑]$/u.test(between),
    });
    previousEnd = at + m[0].length;
  }
  return out;
}

/** A run of consecutive words (indices into the word list) that may be a name. */
export interface NameCandidate {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

/** Particles a hyphenated or spaced name may hold in lower case (Mazar-i-Sharif, Abd al-Aziz). */
const PARTICLES = new Set(['i', 'e', 'al', 'el', 'ul', 'ud', 'ad', 'as', 'ash', 'bin', 'ibn', 'de', 'van', 'von', 'da']);

/** Runs of up to `maxWords` capitalised words (with particles between them) in a word list. */
export function nameCandidates(text: string, words: EnglishWord[], maxWords = 4): NameCandidate[] {
  const out: NameCandidate[] = [];
  // A run starts on a capitalised word that is not common English ("President Nursultan" is
  // not a name); later words may be common ("Kizilsu Kirghiz Autonomous Prefecture").
  const nameLike = (k: number): boolean => words[k].capitalised;
  for (let i = 0; i < words.length; i++) {
    if (!nameLike(i) || words[i].common) continue;
    for (let j = i; j < words.length && j - i < maxWords; j++) {
      if (j > i) {
        const gap = text.slice(words[j - 1].end, words[j].start);
        if (!/^(?:[ \u00a0]|[-‐‑])$/u.test(gap) && !/^['’]s? $/u.test(gap)) break;
        if (!nameLike(j) && !(PARTICLES.has(words[j].text) && words[j].hyphenated)) break;
      }
      if (!nameLike(j)) continue;
      out.push({ first: i, last: j, start: words[i].start, end: words[j].end, text: text.slice(words[i].start, words[j].end) });
    }
  }
  return out;
}
