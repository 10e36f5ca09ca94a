// Which Traditional a text is written in (Taiwan, Hong Kong, or neither: OpenCC's standard
// forms), told by the characters of data/variants.json, and OpenCC's converter to Simplified
// for each, with its phrase tables; 著 where Taiwan writes it for the particle 着.
import { z } from 'zod';
import { openccToSimplified } from '../corpus/index.js';
import raw from './data/variants.json' with { type: 'json' };

export type Variant = 'taiwan' | 'hong-kong' | 'standard';

export const VariantsSchema = z
  .object({
    version: z.literal(1),
    note: z.string().min(1),
    taiwan: z.string().min(1),
    hongKong: z.string().min(1),
    zhuWords: z
      .object({
        note: z.string().min(1),
        words: z.array(z.string().regex(/^\p{Script=Han}*著\p{Script=Han}*$/u)).min(1),
        examples: z.array(z.tuple([z.string().min(1), z.string().min(1)])).min(1),
      })
      .strict(),
  })
  .strict();

const TAIWAN = 1;
const HONG_KONG = 2;
let markers: Uint8Array | undefined;

/** Marker kind by BMP code; throws if the data lists a character twice or outside the BMP. */
export function compileVariantMarkers(data: unknown): Uint8Array {
  const v = VariantsSchema.parse(data);
  const table = new Uint8Array(0x10000);
  for (const [list, kind] of [
    [v.taiwan, TAIWAN],
    [v.hongKong, HONG_KONG],
  ] as const)
    for (const ch of list) {
      const code = ch.codePointAt(0)!;
      if (code > 0xffff || !/\p{Script=Han}/u.test(ch)) throw new Error(`variants: "${ch}" is not a BMP Han character`);
      if (table[code] !== 0) throw new Error(`variants: "${ch}" is listed twice`);
      table[code] = kind;
    }
  return table;
}

export interface VariantMarkers {
  taiwan: number;
  hongKong: number;
}

export function countVariantMarkers(text: string): VariantMarkers {
  markers ??= compileVariantMarkers(raw);
  const counts = { taiwan: 0, hongKong: 0 };
  for (let i = 0; i < text.length; i++) {
    const kind = markers[text.charCodeAt(i)];
    if (kind === TAIWAN) counts.taiwan++;
    else if (kind === HONG_KONG) counts.hongKong++;
  }
  return counts;
}

/**
 * The variant with more of its own characters; with none of either, Taiwan when the caller
 * says the text is Taiwanese (it asked for Taiwan vocabulary), else OpenCC's standard forms.
 */
export function detectVariant(text: string, assumeTaiwan = false): Variant {
  const m = countVariantMarkers(text);
  if (m.hongKong > m.taiwan) return 'hong-kong';
  if (m.taiwan > m.hongKong || assumeTaiwan) return 'taiwan';
  return 'standard';
}

/**
 * OpenCC's converter to Simplified for a variant: `tw2s`, `tw2sp` (Taiwan vocabulary too: 資訊 →
 * 信息, 網路 → 网络), `hk2s` or `t2s`.
 */
export function toSimplified(variant: Variant, vocabulary = false): (text: string) => string {
  return openccToSimplified(variant === 'taiwan' ? (vocabulary ? 'twp' : 'tw') : variant === 'hong-kong' ? 'hk' : 't');
}

let zhuWords: string[] | undefined;

/**
 * In text that writes 著 for the particle 着, each 著 of the original `line` is 着 in the
 * converted `out` unless it stands in a word whose 著 Simplified keeps (显著, 著名, 土著:
 * data/variants.json). OpenCC's Taiwan tables decide the same by their own list, which keeps
 * too many (執著於, 穿著白衣) and too few (土著).
 */
export function particleZhe(line: string, out: string): string {
  if (out.length !== line.length || !line.includes('著')) return out;
  zhuWords ??= VariantsSchema.parse(raw).zhuWords.words;
  let fixed = out;
  for (let i = line.indexOf('著'); i >= 0; i = line.indexOf('著', i + 1)) {
    const probe = fixed.slice(0, i) + '著' + fixed.slice(i + 1);
    fixed = inZhuWord(probe, i, zhuWords) ? probe : fixed.slice(0, i) + '着' + fixed.slice(i + 1);
  }
  return fixed;
}

function inZhuWord(text: string, at: number, words: string[]): boolean {
  for (const w of words)
    for (let j = w.indexOf('著'); j >= 0; j = w.indexOf('著', j + 1)) if (text.startsWith(w, at - j)) return true;
  return false;
}
