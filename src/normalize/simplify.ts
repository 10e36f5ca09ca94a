// Traditional → Simplified, decided per document and paragraph and converted with OpenCC's
// phrase tables for the variant the text is written in (Taiwan, Hong Kong, standard).
//
// A line with Traditional characters and no Simplified ones is converted whole; a line with
// only Simplified ones is left alone; a line with neither (然后 written 然後 is Traditional,
// but 他看著我 tells nothing by itself) follows its paragraph, then the document. A line with
// both is converted clause by clause the same way, and within a clause that has both only the
// Traditional characters change: a character already Simplified never does (显著 stays, where
// a character converter would write 显着).
import { countScriptCharacters, isTraditionalCharacter, type ScriptCounts } from '../corpus/index.js';
import { applyEdits, type TextEdit, type TrackedText } from './tracked.js';
import { detectVariant, particleZhe, toSimplified, type Variant } from './variants.js';

export interface SimplifyOptions {
  /** Taiwan vocabulary too (資訊 → 信息, 網路 → 网络), and markerless text taken as Taiwanese. */
  taiwanVocabulary?: boolean;
}

/** A document reads as Traditional (or mixed) when this share of its telling characters is. */
const TRADITIONAL_SHARE = 0.2;
/**
 * 著 written for the particle 着 (看著): Taiwan's converter changes 著 to 着 in at least this
 * share of a text's Han characters. OpenCC's standard Traditional writes 著 only where
 * Simplified does (显著), and the Taiwan converter turns about one in ten thousand of those.
 */
const PARTICLE_ZHE_SHARE = 0.001;
const CLAUSE = /([，。！？；：、“”‘’「」『』（）()《》\s]+)/u;

type Decision = 'convert' | 'keep' | 'mixed';

export function simplifyChinese(tracked: TrackedText, options: SimplifyOptions = {}): TrackedText {
  const lines = tracked.text.split('\n');
  const counts = lines.map(countScriptCharacters);
  const document = sum(counts);
  if (document.traditional === 0) return tracked;
  const decisions = decide(lines, counts, readsTraditional(document));
  const converting = lines.filter((_, i) => decisions[i] !== 'keep').join('\n');
  const converter = converterFor(converting, sum(counts.filter((_, i) => decisions[i] !== 'keep')).han, options);

  const edits: TextEdit[] = [];
  let start = 0;
  lines.forEach((line, i) => {
    const decision = decisions[i];
    const converted =
      decision === 'convert' ? converter.convert(line) : decision === 'mixed' ? convertMixed(line, converter) : line;
    if (converted !== line) edits.push({ start, end: start + line.length, replacement: converted });
    start += line.length + 1;
  });
  return applyEdits(tracked, edits);
}

function sum(list: ScriptCounts[]): ScriptCounts {
  const total = { traditional: 0, simplified: 0, han: 0 };
  for (const c of list) {
    total.traditional += c.traditional;
    total.simplified += c.simplified;
    total.han += c.han;
  }
  return total;
}

function readsTraditional(c: ScriptCounts): boolean {
  return c.traditional > 0 && c.traditional >= TRADITIONAL_SHARE * (c.traditional + c.simplified);
}

/** Each line by its own characters; one without telling characters by its paragraph, then the document. */
function decide(lines: string[], counts: ScriptCounts[], documentTraditional: boolean): Decision[] {
  const decisions: Decision[] = new Array(lines.length).fill('keep');
  let first = 0;
  while (first < lines.length) {
    let last = first;
    while (last < lines.length && lines[last].trim() !== '') last++;
    const paragraph = sum(counts.slice(first, last));
    const paragraphTelling = paragraph.traditional + paragraph.simplified > 0;
    const fallback = paragraphTelling ? readsTraditional(paragraph) : documentTraditional;
    for (let i = first; i < last; i++) {
      const { traditional, simplified, han } = counts[i];
      if (han === 0) continue;
      if (traditional > 0) decisions[i] = simplified > 0 ? 'mixed' : 'convert';
      else if (simplified === 0 && fallback) decisions[i] = 'convert';
    }
    first = last + 1;
  }
  return decisions;
}

interface Converter {
  convert(text: string): string;
  /** Converts `text` and keeps only the changes to Traditional characters. */
  convertTraditionalOnly(text: string): string;
}

function converterFor(text: string, han: number, options: SimplifyOptions): Converter {
  const variant: Variant = detectVariant(text, options.taiwanVocabulary);
  const main = toSimplified(variant, options.taiwanVocabulary);
  // What the main converter leaves Traditional (衞 for Taiwan's) another may convert; its
  // change is taken character by character.
  const taiwan = toSimplified('taiwan');
  const others = (['hong-kong', 'taiwan'] as const).filter((v) => v !== variant).map((v) => toSimplified(v));
  // 著 written for the particle 着: always in Taiwan's text; in others when Taiwan's converter
  // finds it often enough.
  const zheIsParticle =
    text.includes('著') && (variant === 'taiwan' || zheShare(text, taiwan) >= PARTICLE_ZHE_SHARE * han);

  // Once: converting Simplified output again would undo phrases (显著 → 显着).
  const convert = (line: string): string => {
    const out = main(line);
    if (out.length !== line.length) return out;
    let merged = out;
    for (const other of others) {
      if (!needsHelp(line, merged)) break;
      const alt = other(line);
      if (alt.length === line.length) merged = mergeByCharacter(line, merged, alt);
    }
    return zheIsParticle ? particleZhe(line, merged) : merged;
  };
  const convertTraditionalOnly = (text: string): string => {
    const out = convert(text);
    if (out.length !== text.length) return out;
    let kept = '';
    for (let i = 0; i < text.length; i++) kept += isTraditionalCharacter(text[i]) ? out[i] : text[i];
    return kept;
  };
  return { convert, convertTraditionalOnly };
}

/** How many 著 the Taiwan converter turns into 着 (those it keeps are in 显著, 著名, …). */
function zheShare(text: string, taiwan: (s: string) => string): number {
  let n = 0;
  for (const line of text.split('\n')) {
    if (!line.includes('著')) continue;
    const out = taiwan(line);
    if (out.length !== line.length) continue;
    for (let i = line.indexOf('著'); i >= 0; i = line.indexOf('著', i + 1)) if (out[i] === '着') n++;
  }
  return n;
}

function needsHelp(line: string, out: string): boolean {
  for (let i = 0; i < out.length; i++) if (out[i] === line[i] && isTraditionalCharacter(out[i])) return true;
  return false;
}

/** Where `out` left a Traditional character as it was and `alt` changed it, the change is taken. */
function mergeByCharacter(line: string, out: string, alt: string): string {
  let merged = '';
  for (let i = 0; i < line.length; i++) {
    const take = out[i] === line[i] && alt[i] !== line[i] && isTraditionalCharacter(line[i]);
    merged += take ? alt[i] : out[i];
  }
  return merged;
}

/** A line with both scripts: clause by clause, neutral clauses following the line. */
function convertMixed(line: string, converter: Converter): string {
  const whole = countScriptCharacters(line);
  const followLine = whole.traditional >= whole.simplified;
  return line
    .split(CLAUSE)
    .map((piece, k) => {
      if (k % 2 === 1 || piece === '') return piece;
      const c = countScriptCharacters(piece);
      if (c.traditional === 0) return c.simplified === 0 && followLine ? converter.convert(piece) : piece;
      return c.simplified === 0 ? converter.convert(piece) : converter.convertTraditionalOnly(piece);
    })
    .join('');
}
