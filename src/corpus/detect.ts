// Language of a document or paragraph: Chinese by its Han characters, English vs other
// Latin-script languages by franc; paragraphs that mix Chinese and English are flagged.
import { createRequire } from 'node:module';
import type { Language } from '../types.js';

const require = createRequire(import.meta.url);
type Franc = (text: string, options: { minLength: number; only: string[] }) => string;
let franc: Franc | undefined | null;

/**
 * franc, loaded on first use (its trigram data costs start-up time). It is an ES module:
 * require() loads it on Node ≥ 20.19; on older Node, Latin text simply counts as English.
 */
function loadFranc(): Franc | null {
  if (franc === undefined) {
    try {
      franc = (require('franc') as { franc: Franc }).franc;
    } catch {
      franc = null;
    }
  }
  return franc;
}

const HAN_CHARACTER = /^\p{Script=Han}$/u;
/** Languages franc chooses among for Latin-script text; anything but English is `other`. */
const LATIN_CANDIDATES = ['eng', 'fra', 'deu', 'spa', 'por', 'ita', 'nld', 'tur', 'uzn', 'kaz', 'rus'];
/** franc is unreliable below this many letters: a short Latin run counts as English. */
const FRANC_MIN_LETTERS = 40;
/** Rough weight of an English word against Han characters (a word ≈ two characters). */
const HAN_PER_WORD = 2;
/** Both languages must carry this share of the paragraph, and a few units each, to be mixed. */
const MIXED_SHARE = 0.15;
const MIXED_MIN_UNITS = 4;
/** Parenthesised glosses such as （Shanghai Cooperation Organization, SCO） do not make a paragraph mixed. */
const PARENTHESISED = /[(（][^()（）]*[)）]/gu;

export interface LanguageProfile {
  language: Language;
  /** Han characters, and English words weighted as HAN_PER_WORD characters each. */
  zhUnits: number;
  enUnits: number;
  /** Both Chinese and English carry a real share of the text. */
  mixed: boolean;
}

export function detectLanguage(text: string): Language {
  return detectParagraphLanguage(text).language;
}

export interface DetectOptions {
  /**
   * What a Latin-script paragraph that franc calls not English becomes anyway (a paragraph
   * takes its document's language then). When it is `en`, franc cannot change the answer and
   * is not run: it is the costliest part of segmenting an English document.
   */
  otherLatinAs?: Language;
}

export function detectParagraphLanguage(text: string, options: DetectOptions = {}): LanguageProfile {
  const all = countUnits(text);
  const han = all.han;
  const letters = all.letters;
  const zhUnits = han;
  const enUnits = all.words * HAN_PER_WORD;
  const bare = text.replace(PARENTHESISED, ' ');
  const outside = bare === text ? all : countUnits(bare);
  const zhBare = outside.han;
  const enBare = outside.words * HAN_PER_WORD;
  const minority = Math.min(zhBare, enBare);
  const mixed = minority >= MIXED_MIN_UNITS && minority >= MIXED_SHARE * (zhBare + enBare);
  let language: Language;
  if (han === 0 && letters === 0) language = 'other';
  else if (zhUnits >= enUnits) language = 'zh';
  else if (letters < FRANC_MIN_LETTERS || options.otherLatinAs === 'en') language = 'en';
  else {
    const code = loadFranc()?.(text.slice(0, 6000), { minLength: 10, only: LATIN_CANDIDATES }) ?? 'eng';
    language = code === 'eng' || code === 'und' ? 'en' : 'other';
  }
  return { language, zhUnits, enUnits, mixed };
}

/**
 * Han characters (code points), ASCII letters, and words of two or more ASCII letters, in one
 * pass over the code units: what /\p{Script=Han}/gu, /[A-Za-z]/g and /[A-Za-z]{2,}/g count.
 */
function countUnits(text: string): { han: number; letters: number; words: number } {
  let han = 0;
  let letters = 0;
  let words = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      letters++;
      run++;
      continue;
    }
    if (run >= 2) words++;
    run = 0;
    // No Han character lies below U+2E80; the two big blocks are Han throughout.
    if (c < 0x2e80) continue;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      han++;
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (HAN_CHARACTER.test(pair ? text.slice(i, i + 2) : text[i])) han++;
    if (pair) i++;
  }
  if (run >= 2) words++;
  return { han, letters, words };
}
