// Simplified vs Traditional Han script, by character statistics, and Traditional→Simplified
// conversion with OpenCC. A character is evidence of Simplified when only GB2312 has it (国;
// not 着 or 温, which Traditional writes too), and of Traditional when OpenCC would convert it
// and either GB2312 lacks it (國, 衞) or Simplified never writes it although GB2312 has it (後,
// 夥). data/shared-han.json lists the exceptions both ways. 中, 乾 and 著 tell nothing.
// opencc-js is loaded on first conversion, not at import.
import { createRequire } from 'node:module';
import type { Script } from '../types.js';
import { big5Han, gb2312Han } from './charsets.js';
import sharedHan from './data/shared-han.json' with { type: 'json' };

const require = createRequire(import.meta.url);

type Convert = (text: string) => string;
interface OpenCCModule {
  Converter(options: { from: string; to: string }): Convert;
}

const HAN = /\p{Script=Han}/u;
let t2cn: OpenCCModule | undefined;
const converters = new Map<string, Convert>();

/**
 * OpenCC's converter to Simplified from Hong Kong (`hk2s`), Taiwan (`tw2s`), Taiwan with its
 * vocabulary (`tw2sp`) or its standard Traditional (`t2s`), phrase-level; each built once (it
 * builds its tries) and shared.
 */
export function openccToSimplified(from: 'hk' | 'tw' | 'twp' | 't'): Convert {
  let convert = converters.get(from);
  if (!convert) {
    t2cn ??= require('opencc-js/t2cn') as OpenCCModule;
    convert = t2cn.Converter({ from, to: 'cn' });
    converters.set(from, convert);
  }
  return convert;
}

/**
 * Traditional → Simplified, phrase-level, Hong Kong variants first. When Han characters that
 * GB2312 lacks remain, the Taiwan converter also runs on the original text (never on the Hong
 * Kong output, which would turn the Simplified 显著 into 显着); where only it changed a
 * character, its change is taken.
 */
export function traditionalToSimplified(text: string): string {
  const a = openccToSimplified('hk')(text);
  if (!hasNonGb2312Han(a) || a.length !== text.length) return a;
  const b = openccToSimplified('tw')(text);
  if (a === b || b.length !== text.length) return a;
  let out = '';
  for (let i = 0; i < text.length; i++) out += a[i] === text[i] ? b[i] : a[i];
  return out;
}

function hasNonGb2312Han(text: string): boolean {
  const gb = gb2312Han();
  for (const ch of text) if (HAN.test(ch) && !gb.has(ch)) return true;
  return false;
}

/** Characters of both national sets that OpenCC converts but Simplified also writes (乾隆, 显著). */
export const simplifiedAlsoWrites: ReadonlySet<string> = new Set(sharedHan.simplifiedAlsoWrites.map((e) => e.char));
/** Characters only GB2312 has that Traditional text writes too (着, Hong Kong's 温 and 户). */
export const traditionalAlsoWrites: ReadonlySet<string> = new Set(sharedHan.traditionalAlsoWrites);

export interface ScriptCounts {
  /** Characters that conversion would change: 國, 聯 (Big5 only), 衞 (neither set), 後 (both). */
  traditional: number;
  /** Han characters of GB2312 that Big5 lacks (国, 联). */
  simplified: number;
  han: number;
}

/** What one character tells: not Han, Han telling nothing, Traditional or Simplified. */
const enum CharacterKind {
  NotHan,
  Han,
  Traditional,
  Simplified,
}
/** Kinds of the characters seen so far (a corpus uses a few thousand). */
const kinds = new Map<string, CharacterKind>();
/** The same for characters of the Basic Multilingual Plane, by code: kind + 1, 0 when unknown. */
const bmpKinds = new Uint8Array(0x10000);

function kindOf(ch: string): CharacterKind {
  let kind = kinds.get(ch);
  if (kind !== undefined) return kind;
  if (!HAN.test(ch)) kind = CharacterKind.NotHan;
  else {
    const inGb = gb2312Han().has(ch);
    const inBig5 = big5Han().has(ch);
    if (inGb && !inBig5) kind = traditionalAlsoWrites.has(ch) ? CharacterKind.Han : CharacterKind.Simplified;
    // A character only Big5 has that no conversion changes (堃) is a rare character, not a form.
    else if (traditionalToSimplified(ch) === ch) kind = CharacterKind.Han;
    else if (!inGb || !simplifiedAlsoWrites.has(ch)) kind = CharacterKind.Traditional;
    else kind = CharacterKind.Han;
  }
  kinds.set(ch, kind);
  return kind;
}

/** A character that conversion to Simplified would change, and that Simplified never writes. */
export function isTraditionalCharacter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x2e80) return false;
  if (ch.length > 1) return kindOf(ch) === CharacterKind.Traditional;
  if (bmpKinds[code] === 0) bmpKinds[code] = kindOf(ch) + 1;
  return bmpKinds[code] - 1 === CharacterKind.Traditional;
}

export function countScriptCharacters(text: string): ScriptCounts {
  const counts: ScriptCounts = { traditional: 0, simplified: 0, han: 0 };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // No Han character lies below U+2E80 (CJK Radicals Supplement): skip those without a string.
    if (code < 0x2e80) continue;
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    let kind: CharacterKind;
    if (pair) {
      kind = kindOf(text.slice(i, i + 2));
      i++;
    } else {
      // A BMP character's kind is cached by its code (kind + 1; 0: not yet known).
      const known = bmpKinds[code];
      if (known !== 0) kind = known - 1;
      else {
        kind = kindOf(text[i]);
        bmpKinds[code] = kind + 1;
      }
    }
    if (kind === CharacterKind.NotHan) continue;
    counts.han++;
    if (kind === CharacterKind.Traditional) counts.traditional++;
    else if (kind === CharacterKind.Simplified) counts.simplified++;
  }
  return counts;
}

/**
 * Script of a text: `traditional` or `simplified` when at least 80% of the characters that
 * tell the two apart point one way, `mixed` otherwise; `simplified` when no character tells
 * (the text reads the same in both).
 */
export function detectScript(text: string): Script {
  const counts = countScriptCharacters(text);
  if (counts.han === 0) return /[A-Za-z]/.test(text) ? 'latin' : 'none';
  const telling = counts.traditional + counts.simplified;
  if (telling === 0 || counts.simplified >= 0.8 * telling) return 'simplified';
  if (counts.traditional >= 0.8 * telling) return 'traditional';
  return 'mixed';
}
