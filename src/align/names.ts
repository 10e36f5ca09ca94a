// Names and places both texts mention: an English proper name (Wang Yi, Chengdu, Xi'an) matches
// a Chinese text when its letters equal the toneless pinyin of two to four consecutive Han
// characters there (王毅 wang yi, 成都 cheng du, 西安 xi an). Transliterated foreign names
// (特列乌别尔季 ↔ Tleuberdi) do not match this way; the lexicon covers some of those.
import { createRequire } from 'node:module';

type PinyinFunction = typeof import('pinyin-pro').pinyin;
let pinyinFunction: PinyinFunction | undefined;

/**
 * Syllables of runs seen before (runs recur across a corpus), bounded; shared: never mutated.
 * Keys are copies: a run is a slice that would keep its whole document alive.
 */
const SYLLABLES_MEMO_LIMIT = 50_000;
const syllablesOfRun = new Map<string, string[]>();

/** Toneless syllables, ü written v. pinyin-pro costs ~200 ms to load: only pairing needs it, so it loads on first use. */
function pinyin(text: string): string[] {
  let syllables = syllablesOfRun.get(text);
  if (syllables === undefined) {
    pinyinFunction ??= (createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro')).pinyin;
    if (syllablesOfRun.size >= SYLLABLES_MEMO_LIMIT) syllablesOfRun.clear();
    syllables = pinyinFunction(text, { toneType: 'none', type: 'array' }).map((s) => s.replace(/ü/g, 'v'));
    syllablesOfRun.set((' ' + text).slice(1), syllables);
  }
  return syllables;
}

const MIN_LETTERS = 4;

/** Which name keys ("wangyi") a Chinese text holds as the pinyin of 2–4 consecutive characters. */
export interface PinyinWindows {
  has(key: string): boolean;
}

/**
 * The pinyin of a text's Han runs as one string ("wangyi zai chengdu…" without the syllable
 * breaks, a space between runs) and the syllable ordinal at each syllable start: a key is a
 * window when it occurs starting and ending on syllable starts 2–4 syllables apart. Searching
 * the few names of the English side costs far less than collecting every window.
 */
export function pinyinWindows(text: string): PinyinWindows {
  const pieces: string[] = [];
  const starts: number[] = [];
  let length = 0;
  for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (const syllable of [...pinyin(run), ' ']) {
      starts.push(length);
      pieces.push(syllable);
      length += syllable.length;
    }
  }
  const joined = pieces.join('');
  const ordinal = new Int32Array(length + 1).fill(-1);
  starts.forEach((start, k) => (ordinal[start] = k));
  ordinal[length] = starts.length;
  return {
    has(key: string): boolean {
      if (key.length === 0) return false;
      for (let at = joined.indexOf(key); at !== -1; at = joined.indexOf(key, at + 1)) {
        const first = ordinal[at];
        const end = ordinal[at + key.length];
        if (first >= 0 && end >= 0 && end - first >= 2 && end - first <= 4) return true;
      }
      return false;
    },
  };
}

/**
 * Proper names of an English text, keyed by their letters in lower case: every run of one to
 * three capitalised words inside a longer capitalised run, the sentence's first word left out
 * ("Foreign Minister Wang Yi" → … "Wang Yi" → wangyi). Single words need five letters.
 */
export function englishProperNames(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const sentence of text.split(/(?<=[.!?。])\s+|\n+/)) {
    const raw = sentence.split(/\s+/);
    const words = raw.map((w) => w.replace(/^[("“'‘]+|[)"”'’,;:.!?]+$/g, ''));
    let run: string[] = [];
    const flush = () => {
      for (let i = 0; i < run.length; i++)
        for (let k = 1; k <= 3 && i + k <= run.length; k++) {
          const shown = run.slice(i, i + k).join(' ');
          const key = shown.toLowerCase().replace(/[^a-z]/g, '');
          if (key.length >= (k === 1 ? 5 : MIN_LETTERS) && !out.has(key)) out.set(key, shown);
        }
      run = [];
    };
    words.forEach((word, index) => {
      if (index > 0 && /^[A-Z][a-z'’]+$/.test(word)) run.push(word);
      else flush();
      // "Chengdu, Sichuan": punctuation ends a name.
      if (/[,;:)”"]$/.test(raw[index])) flush();
    });
    flush();
  }
  return out;
}

/** The English names whose pinyin the Chinese text contains, sorted. */
export function sharedNames(zhWindows: PinyinWindows, enNames: Map<string, string>): string[] {
  return [...enNames].filter(([key]) => zhWindows.has(key)).map(([, shown]) => shown).sort();
}
