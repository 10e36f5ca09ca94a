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

const HAN = /\p{Script=Han}/gu;
const LATIN_LETTER = /[A-Za-z]/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;
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
  const han = count(text, HAN);
  const letters = count(text, LATIN_LETTER);
  const zhUnits = han;
  const enUnits = count(text, LATIN_WORD) * HAN_PER_WORD;
  const bare = text.replace(PARENTHESISED, ' ');
  const zhBare = count(bare, HAN);
  const enBare = count(bare, LATIN_WORD) * HAN_PER_WORD;
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

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
