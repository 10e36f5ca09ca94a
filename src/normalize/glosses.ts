// Inline pinyin glosses such as 聯(lián) or 建設(shè): removed only where the parenthesised text
// is a reading of the character(s) just before it, so that (以下称“各方”), (2022) or (CICA) stay.
import { createRequire } from 'node:module';
import { traditionalToSimplified } from '../corpus/index.js';
import { applyEdits, trackSource, type TextEdit, type TrackedText } from './tracked.js';

const require = createRequire(import.meta.url);
interface PinyinModule {
  pinyin(text: string, options: { multiple: boolean; type: 'array'; toneType: 'symbol' | 'num' }): string[];
}
let pinyinModule: PinyinModule | undefined;

/** A parenthesised run of pinyin letters (tone marks, ü/v, optional tone digits, spaces). */
const SYLLABLE = '[A-Za-zÜüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]+[1-5]?';
const GLOSS = new RegExp(`[(（][^\\S\\n]*(${SYLLABLE}(?:[ '’-]?${SYLLABLE}){0,3})[^\\S\\n]*[)）]`, 'gu');
/** Spaces (not line breaks) and invisible characters: what tidying drops between a character and its gloss. */
const GAP = /[^\S\n\r\u2028\u2029]|[\u200b-\u200d\u2060]/u;
const HAN = /\p{Script=Han}/u;
/** A gloss may cover up to this many characters before it (建设(jiànshè)). */
const MAX_GLOSSED = 4;

/**
 * Removes each gloss (only the parenthesis: tidying takes care of the spaces). A gloss is
 * recognised across a gap ("国 (guó)", "国\u3000(guó)"), so that no later step can expose one.
 */
export function stripPinyinGlosses(tracked: TrackedText): TrackedText {
  const edits: TextEdit[] = [];
  const text = tracked.text;
  for (const m of text.matchAll(GLOSS)) {
    let gap = m.index;
    while (gap > 0 && GAP.test(text[gap - 1])) gap--;
    if (isGlossOf(text, gap, m[1])) edits.push({ start: m.index, end: m.index + m[0].length, replacement: '' });
  }
  return applyEdits(tracked, edits);
}

/** Convenience for plain strings (tests, library users). */
export function stripPinyinGlossesFromText(text: string): string {
  return stripPinyinGlosses(trackSource(text)).text;
}

function isGlossOf(text: string, parenAt: number, gloss: string): boolean {
  const wanted = canonical(gloss);
  const chars: string[] = [];
  for (let i = parenAt - 1; i >= 0 && chars.length < MAX_GLOSSED && HAN.test(text[i]); i--) chars.unshift(text[i]);
  for (let k = 1; k <= chars.length; k++) {
    const covered = chars.slice(chars.length - k);
    if (readingsOfRun(covered).some((r) => matches(wanted, r))) return true;
  }
  return false;
}

interface Reading {
  marked: string;
  numbered: string;
}

/** Concatenated readings of consecutive characters (each character as given and as Simplified). */
function readingsOfRun(chars: string[]): Reading[] {
  let out: Reading[] = [{ marked: '', numbered: '' }];
  for (const ch of chars) {
    const options = readingsOfChar(ch);
    const next: Reading[] = [];
    for (const prefix of out)
      for (const r of options) next.push({ marked: prefix.marked + r.marked, numbered: prefix.numbered + r.numbered });
    out = next.slice(0, 256);
  }
  return out;
}

const cache = new Map<string, Reading[]>();

function readingsOfChar(ch: string): Reading[] {
  const hit = cache.get(ch);
  if (hit) return hit;
  pinyinModule ??= require('pinyin-pro') as PinyinModule;
  const forms = new Set([ch, traditionalToSimplified(ch)]);
  const readings: Reading[] = [];
  for (const form of forms) {
    const marked = pinyinModule.pinyin(form, { multiple: true, type: 'array', toneType: 'symbol' });
    const numbered = pinyinModule.pinyin(form, { multiple: true, type: 'array', toneType: 'num' });
    marked.forEach((m, i) => {
      if (m !== form) readings.push({ marked: canonical(m), numbered: canonical(numbered[i] ?? m) });
    });
  }
  cache.set(ch, readings);
  return readings;
}

/** Lower case, ü written ü (also for v), separators dropped, NFC. */
function canonical(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ '’-]/g, '')
    .replace(/v/g, 'ü');
}

function toneless(s: string): string {
  return s
    .replace(/[ǖǘǚǜ]/g, 'ü')
    .normalize('NFD')
    .replace(/[\u0300-\u0304\u030c]/g, '')
    .normalize('NFC')
    .replace(/[1-5]/g, '');
}

const MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/u;

/** With tone marks: exact; with tone digits: the numbered form; without tones: toneless. */
function matches(gloss: string, reading: Reading): boolean {
  if (MARKED.test(gloss)) return gloss === reading.marked;
  if (/[1-5]/.test(gloss)) return gloss === reading.numbered || gloss === reading.numbered.replace(/5/g, '');
  return gloss === toneless(reading.marked);
}
