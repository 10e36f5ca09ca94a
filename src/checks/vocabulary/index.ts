// The English vocabulary the checks consult (see build.ts): is a token an English word, a proper
// noun the dictionaries know, a pinyin syllable sequence, the romanisation of a Chinese name?
// Loaded once per process from the compact index; built on first use when missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot, readVocabularyFile } from './index-file.js';

const COMMON = 1;
const PROPER = 2;

interface Vocabulary {
  words: Map<string, number>;
  syllables: Set<string>;
  longestSyllable: number;
  /** The @names section, split on first use. */
  namesText: string;
  names?: Map<string, string>;
}

let loaded: Vocabulary | undefined;

function indexText(): string {
  const text = readVocabularyFile();
  if (text !== undefined) return text;
  // The builder reads the dictionaries asynchronously: run the built script once, synchronously.
  const root = packageRoot();
  const script = root ? join(root, 'dist', 'checks', 'vocabulary', 'build.js') : undefined;
  if (script && existsSync(script)) execFileSync(process.execPath, [script], { stdio: 'ignore' });
  const built = readVocabularyFile();
  if (built === undefined) throw new Error('silkalign: the English vocabulary index is missing; run `npm run build`');
  return built;
}

function vocabulary(): Vocabulary {
  if (loaded) return loaded;
  const text = indexText();
  const syllablesAt = text.indexOf('\n@syllables\n');
  const namesAt = text.indexOf('\n@names\n');
  const words = new Map<string, number>();
  for (const form of text.slice(text.indexOf('\n@words\n') + 8, syllablesAt).split('\n')) {
    const lower = form.toLowerCase();
    words.set(lower, (words.get(lower) ?? 0) | (form === lower ? COMMON : PROPER));
  }
  const syllables = new Set(text.slice(syllablesAt + 12, namesAt).trim().split(' '));
  loaded = { words, syllables, longestSyllable: Math.max(...[...syllables].map((s) => s.length)), namesText: text.slice(namesAt + 8) };
  return loaded;
}

/** The dictionary form of a token: lower case, a possessive ('s, s') dropped. */
function bare(token: string): string {
  return token.toLowerCase().replace(/['’]s?$/, '');
}

/** An English word (common or proper) in the dictionaries, in any case, possessive allowed. */
export function isEnglishWord(token: string): boolean {
  const words = vocabulary().words;
  const lower = token.toLowerCase();
  if (words.has(lower)) return true;
  const last = lower.charCodeAt(lower.length - 1);
  // Only a possessive can still be one: "China's", "Parties'".
  return (last === 0x73 || last === 0x27 || last === 0x2019) && words.has(lower.replace(/['’]s?$/, ''));
}

/** A word the dictionaries know in lower case ("iron", not only "Iron"). */
export function isCommonWord(token: string): boolean {
  return ((vocabulary().words.get(bare(token)) ?? 0) & COMMON) !== 0;
}

/** A name the dictionaries know only capitalised ("Russian", "Chen", "Tashkent"). */
export function isProperNoun(token: string): boolean {
  return vocabulary().words.get(bare(token)) === PROPER;
}

/**
 * The token as toneless pinyin syllables ("Xianhai" → xian hai), or undefined when it is not
 * pinyin. Apostrophes and hyphens separate syllables ("Xi'an", "Jin-ping").
 */
export function pinyinSyllablesOf(token: string): string[] | undefined {
  const { syllables, longestSyllable } = vocabulary();
  const out: string[] = [];
  for (const part of token.toLowerCase().split(/['’-]/)) {
    if (!/^[a-zü]+$/.test(part)) return undefined;
    const word = part.replace(/ü/g, 'u');
    // Fewest syllables: best[i] = shortest split of word[0, i).
    const best: Array<string[] | undefined> = [[]];
    for (let end = 1; end <= word.length; end++) {
      for (let start = Math.max(0, end - longestSyllable); start < end; start++) {
        const head = best[start];
        const syllable = word.slice(start, end);
        if (head && syllables.has(syllable) && (!best[end] || head.length + 1 < best[end]!.length)) best[end] = [...head, syllable];
      }
    }
    const split = best[word.length];
    if (!split) return undefined;
    out.push(...split);
  }
  return out.length ? out : undefined;
}

export interface RomanisedName {
  /** The Chinese name this pinyin spells. */
  zh: string;
  /** Its English name (CC-CEDICT), which is not the pinyin. */
  english: string;
}

/**
 * What CC-CEDICT says about a pinyin spelling (letters only, lower case): "romanised" when a
 * Chinese proper noun is called so in English (qingyang), a name with other English
 * (xianhai → 咸海 Aral Sea), or undefined when no proper noun reads so.
 */
export function chineseNameByPinyin(key: string): 'romanised' | RomanisedName | undefined {
  const v = vocabulary();
  if (!v.names) {
    v.names = new Map();
    for (const line of v.namesText.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) v.names.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  const value = v.names.get(key);
  if (value === undefined) return undefined;
  if (value === '=') return 'romanised';
  const [zh, english] = value.split('\t');
  return { zh, english };
}
