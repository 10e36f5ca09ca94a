// How a Chinese transliteration of a foreign name compares with an English spelling: each
// character stands for a few Latin spellings (data/transliteration.json, from the Xinhua
// transliteration tables), and a spelling is scored by a weighted edit distance to the nearest
// sequence of them (vowels and related consonants cost little to swap). The same distance to
// the name's pinyin read-out, and how many characters the nearest reading takes by their
// pinyin syllable alone ("si" for 斯, "er" for 尔), tell a machine-translation read-out
// ("Nukusi", "Tuersunov") from a real spelling ("Nukus", "Tursunov").
import { z } from 'zod';
import raw from '../data/transliteration.json' with { type: 'json' };
import { pinyinReadings } from './pinyin.js';

const TransliterationSchema = z
  .object({
    description: z.string(),
    characters: z.record(z.string().length(1), z.array(z.string().regex(/^[a-z]+$/)).min(1)),
    examples: z.array(z.object({ zh: z.string().min(1), en: z.string().min(1), note: z.string().optional() }).strict()),
  })
  .strict();

export const transliterationData = TransliterationSchema.parse(raw);
const SPELLINGS = new Map(Object.entries(transliterationData.characters));

/** Whether the character is one Chinese uses to write foreign names (阿, 尔, 斯, 克, 夫…). */
export function isTransliterationCharacter(character: string): boolean {
  return SPELLINGS.has(character);
}

/** The Latin spellings a character stands for (undefined for a character not used so). */
export function characterSpellings(character: string): readonly string[] | undefined {
  return SPELLINGS.get(character);
}

/** Letters only, lower case, accents dropped: the form spellings are compared in. */
const keyMemo = new Map<string, string>();

export function spellingKey(text: string): string {
  let key = keyMemo.get(text);
  if (key === undefined) {
    key = computeSpellingKey(text);
    if (keyMemo.size >= 100_000) keyMemo.clear();
    keyMemo.set(text, key);
  }
  return key;
}

function computeSpellingKey(text: string): string {
  if (/^[a-z]*$/.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[^a-z]/g, '');
}

const VOWELS = new Set('aeiouy');
const CONSONANT_CLASSES = ['kgqcx', 'td', 'bpvfw', 'szcxj', 'rl', 'mn', 'jzy'];
const classOf = new Map<string, string[]>();
for (const cls of CONSONANT_CLASSES) for (const c of cls) classOf.set(c, [...(classOf.get(c) ?? []), cls]);

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return 0.3;
  const classes = classOf.get(a);
  if (classes && classes.some((cls) => cls.includes(b))) return 0.45;
  return 1;
}

/** An English letter the reading lacks: vowels, h and y cost little, and a coda r, l, n, m (Chinese drops them: 尕 for "gar" in Torugart). */
function added(letter: string, previous: string | undefined): number {
  if (letter === previous) return 0.2;
  if (letter === 'h') return 0.25;
  if (letter === 'y' || letter === 'w') return 0.3;
  if (VOWELS.has(letter)) return 0.45;
  if (letter === 'r' || letter === 'l' || letter === 'n' || letter === 'm') return 0.5;
  if (letter === 'd' || letter === 't') return 0.6;
  return 1;
}

/** A letter of the reading the English lacks: a vowel or h little, a consonant much (a dropped syllable is a garble). */
function dropped(letter: string, previous: string | undefined): number {
  if (letter === previous) return 0.2;
  if (letter === 'h') return 0.25;
  if (letter === 'y' || letter === 'w') return 0.3;
  if (VOWELS.has(letter)) return 0.45;
  if (letter === 'd' || letter === 't') return 0.6;
  return 1;
}

/**
 * Extra cost of a pinyin syllable over a transliteration spelling, above any spelling's rank
 * cost: the nearest reading takes a pinyin syllable only where it saves real edits.
 */
const PINYIN_OPTION = 0.35;

export interface SpellingDistance {
  /** Weighted edits from the nearest transliteration reading, per letter of the spelling. */
  model: number;
  /** Weighted edits from the nearest pinyin read-out, per letter. */
  pinyin: number;
  /** Characters the nearest reading (spellings or pinyin) takes by a pinyin syllable the tables do not give. */
  pinyinCharacters: number;
  /** Characters read (for pinyinCharacters' share). */
  characters: number;
}

/** `rank`: the spelling's place in the character's list (a less usual spelling costs a little). */
type Option = { letters: string; pinyin: boolean; rank: number };

const RANK_COST = 0.08;
const MAX_RANK_COST = 0.3;

/**
 * Edit distance from `english` (a spelling key) to the nearest sequence of one option per
 * character; with the count of characters realised by a pinyin option on that path.
 */
function distanceToOptions(english: string, options: Option[][]): { cost: number; pinyin: number } {
  const n = english.length;
  let cost = new Float64Array(n + 1);
  let marks = new Int32Array(n + 1);
  for (let j = 1; j <= n; j++) cost[j] = cost[j - 1] + added(english[j - 1], english[j - 2]);
  let previousEnds = new Set<string>();
  for (const choices of options) {
    const nextCost = new Float64Array(n + 1).fill(Infinity);
    const nextMarks = new Int32Array(n + 1);
    for (const option of choices) {
      const letters = option.letters;
      let row = Float64Array.from(cost);
      let rowMarks = Int32Array.from(marks);
      for (let k = 0; k < letters.length; k++) {
        const next = new Float64Array(n + 1);
        const nextRowMarks = new Int32Array(n + 1);
        // A leading n, m, l or r that repeats the coda of the character before (曼诺 man-no for "mano").
        const drop = k === 0 && 'nmlr'.includes(letters[0]) && previousEnds.has(letters[0]) ? 0.3 : dropped(letters[k], letters[k - 1]);
        next[0] = row[0] + drop;
        nextRowMarks[0] = rowMarks[0];
        for (let j = 1; j <= n; j++) {
          let best = row[j] + drop;
          let mark = rowMarks[j];
          const add = next[j - 1] + added(english[j - 1], english[j - 2]);
          if (add < best) {
            best = add;
            mark = nextRowMarks[j - 1];
          }
          const swap = row[j - 1] + substitution(letters[k], english[j - 1]);
          if (swap < best || (swap === best && rowMarks[j - 1] < mark)) {
            best = swap;
            mark = rowMarks[j - 1];
          }
          next[j] = best;
          nextRowMarks[j] = mark;
        }
        row = next;
        rowMarks = nextRowMarks;
      }
      const extra = option.pinyin ? PINYIN_OPTION : Math.min(option.rank * RANK_COST, MAX_RANK_COST);
      for (let j = 0; j <= n; j++) {
        const c = row[j] + extra;
        const m = rowMarks[j] + (option.pinyin ? 1 : 0);
        if (c < nextCost[j] - 1e-9 || (Math.abs(c - nextCost[j]) <= 1e-9 && m < nextMarks[j])) {
          nextCost[j] = c;
          nextMarks[j] = m;
        }
      }
    }
    // Insertions after the character, before the next one.
    for (let j = 1; j <= n; j++) {
      const c = nextCost[j - 1] + added(english[j - 1], english[j - 2]);
      if (c < nextCost[j]) {
        nextCost[j] = c;
        nextMarks[j] = nextMarks[j - 1];
      }
    }
    cost = nextCost;
    marks = nextMarks;
    previousEnds = new Set(choices.map((o) => o.letters[o.letters.length - 1]));
  }
  return { cost: cost[n], pinyin: marks[n] };
}

function optionsFor(characters: string[], withPinyin: boolean, pinyinOnly: boolean): Option[][] {
  return characters.map((c) => {
    const readings = pinyinReadings(c);
    const spellings = SPELLINGS.get(c);
    if (pinyinOnly || !spellings) return readings.map((letters) => ({ letters, pinyin: false, rank: 0 }));
    const out: Option[] = spellings.map((letters, rank) => ({ letters, pinyin: false, rank }));
    if (withPinyin) for (const r of readings) if (!spellings.includes(r)) out.push({ letters: r, pinyin: true, rank: 0 });
    return out;
  });
}

/** Results by Chinese and spelling key: names recur through a document and a corpus. */
const MEMO_LIMIT = 100_000;
const distanceMemo = new Map<string, SpellingDistance>();
const differenceMemo = new Map<string, number>();

function remember<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute();
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, value);
  }
  return value;
}

/** How far an English spelling is from the transliteration `zh` and from its pinyin. */
export function spellingDistance(zh: string, english: string): SpellingDistance {
  const key = spellingKey(english);
  return remember(distanceMemo, `${zh}\u0000${key}`, () => computeSpellingDistance(zh, key));
}

function computeSpellingDistance(zh: string, key: string): SpellingDistance {
  const characters = [...zh].filter((c) => /\p{Script=Han}/u.test(c));
  const length = Math.max(key.length, 3);
  const model = distanceToOptions(key, optionsFor(characters, false, false)).cost;
  const mixed = distanceToOptions(key, optionsFor(characters, true, false));
  const pinyin = distanceToOptions(key, optionsFor(characters, false, true)).cost;
  return { model: model / length, pinyin: pinyin / length, pinyinCharacters: mixed.pinyin, characters: characters.length };
}

/** The spelling the characters most likely stand for: each one's usual spelling ("Nukus" for 努库斯). */
export function likelySpelling(zh: string): string {
  const parts = zh.split(/[·•・\-—]/u).filter(Boolean);
  const spell = (part: string): string =>
    [...part].map((c) => SPELLINGS.get(c)?.[0] ?? pinyinReadings(c)[0] ?? '').join('');
  return parts
    .map(spell)
    .filter(Boolean)
    .map((s) => s[0].toUpperCase() + s.slice(1))
    .join(zh.includes('·') ? ' ' : '-');
}

/** Weighted edits between two spellings (keys), per letter of the longer: how far "Kulubayev" is from "Kulubaev". */
export function spellingDifference(a: string, b: string): number {
  const x = spellingKey(a);
  const y = spellingKey(b);
  if (x === y) return 0;
  return remember(differenceMemo, `${x}\u0000${y}`, () => computeSpellingDifference(x, y));
}

function computeSpellingDifference(x: string, y: string): number {
  const cost = distanceToOptions(y, [...x].map((letter) => [{ letters: letter, pinyin: false, rank: 0 }])).cost;
  return cost / Math.max(x.length, y.length, 3);
}

/** Weighted edits from an English spelling to the pinyin read-out of `zh`, per letter. */
export function pinyinDifference(zh: string, english: string): number {
  const key = spellingKey(english);
  return remember(differenceMemo, `py\u0000${zh}\u0000${key}`, () => computePinyinDifference(zh, key));
}

function computePinyinDifference(zh: string, key: string): number {
  const characters = [...zh].filter((c) => /\p{Script=Han}/u.test(c));
  return distanceToOptions(key, optionsFor(characters, false, true)).cost / Math.max(key.length, 3);
}
