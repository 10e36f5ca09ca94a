// Toneless pinyin for the source checks: every reading of a character (什 is shi in a name and
// shen in 什么), and a name's read-out as machine translation writes it ("Nukusi" for 努库斯).
// pinyin-pro costs ~200 ms to load: it loads on first use, when cross-lingual checks run.
import { createRequire } from 'node:module';

type PinyinFunction = typeof import('pinyin-pro').pinyin;
let pinyinFunction: PinyinFunction | undefined;

function pinyin(): PinyinFunction {
  pinyinFunction ??= (createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro')).pinyin;
  return pinyinFunction;
}

const readingsMemo = new Map<string, string[]>();

/** Every toneless reading of one Han character, ü as u ([] for anything else). */
export function pinyinReadings(character: string): string[] {
  let readings = readingsMemo.get(character);
  if (readings === undefined) {
    readings = /\p{Script=Han}/u.test(character)
      ? [...new Set(pinyin()(character, { toneType: 'none', type: 'array', multiple: true }).map((r) => r.replace(/ü|v/g, 'u')))]
      : [];
    readingsMemo.set(character, readings);
  }
  return readings;
}

/** Toneless syllables of a text, in context (a word's usual reading), ü as u. */
const syllablesMemo = new Map<string, string[]>();

export function pinyinSyllables(text: string): string[] {
  let syllables = syllablesMemo.get(text);
  if (syllables === undefined) {
    syllables = pinyin()(text, { toneType: 'none', type: 'array' })
      .filter((s) => /^[a-zü]+$/.test(s))
      .map((s) => s.replace(/ü|v/g, 'u'));
    if (syllablesMemo.size >= 50_000) syllablesMemo.clear();
    syllablesMemo.set((' ' + text).slice(1), syllables);
  }
  return syllables;
}

/** With tone marks, syllables spaced: for messages ("nà lún"). */
export function pinyinWithTones(text: string): string {
  return pinyin()(text, { type: 'array' }).filter((s) => /\p{L}/u.test(s)).join(' ');
}
