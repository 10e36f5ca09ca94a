// Simplified vs Traditional Han script, by character statistics, and the OpenCC converters
// behind it. opencc-js is loaded on first use (createRequire) so that importing this module
// costs nothing until Chinese text is actually seen.
import { createRequire } from 'node:module';
import type { Script } from '../types.js';
import { big5Han, gb2312Han } from './charsets.js';

const require = createRequire(import.meta.url);

type Convert = (text: string) => string;
interface OpenCCModule {
  Converter(options: { from: string; to: string }): Convert;
}

let fromHongKong: Convert | undefined;
let fromTaiwan: Convert | undefined;
let toTraditional: Convert | undefined;

function converters(): { hk: Convert; tw: Convert; s2t: Convert } {
  if (!fromHongKong || !fromTaiwan || !toTraditional) {
    const t2cn = require('opencc-js/t2cn') as OpenCCModule;
    fromHongKong = t2cn.Converter({ from: 'hk', to: 'cn' });
    fromTaiwan = t2cn.Converter({ from: 'tw', to: 'cn' });
    toTraditional = (require('opencc-js/cn2t') as OpenCCModule).Converter({ from: 'cn', to: 't' });
  }
  return { hk: fromHongKong, tw: fromTaiwan, s2t: toTraditional };
}

/**
 * Traditional → Simplified, phrase-level. The Hong Kong and the Taiwan converters both run on
 * the original text (never one on the other's output, which would turn the Simplified 显著
 * into 显着); where only one of them changed a character, its change is taken.
 */
export function traditionalToSimplified(text: string): string {
  const { hk, tw } = converters();
  const a = hk(text);
  const b = tw(text);
  if (a === b || a.length !== text.length || b.length !== text.length) return a;
  let out = '';
  for (let i = 0; i < text.length; i++) out += a[i] === text[i] ? b[i] : a[i];
  return out;
}

export interface ScriptCounts {
  /** Characters the Traditional→Simplified conversion changes and GB2312 lacks (國, 聯). */
  traditional: number;
  /** Characters the Simplified→Traditional conversion changes and Big5 lacks (国, 联). */
  simplified: number;
  han: number;
}

const HAN = /\p{Script=Han}/u;

export function countScriptCharacters(text: string): ScriptCounts {
  const han = countHan(text);
  if (han === 0) return { traditional: 0, simplified: 0, han };
  const { s2t } = converters();
  return {
    traditional: countChanged(text, traditionalToSimplified(text), gb2312Han()),
    simplified: countChanged(text, s2t(text), big5Han()),
    han,
  };
}

function countHan(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n++;
  return n;
}

/** Characters that the conversion changes and that the other script's charset lacks: 著 in 显著 is also Simplified. */
function countChanged(before: string, after: string, otherScript: Set<string>): number {
  if (before.length !== after.length) return Math.abs(before.length - after.length) + 1;
  let n = 0;
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i] && !otherScript.has(before[i])) n++;
  return n;
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
