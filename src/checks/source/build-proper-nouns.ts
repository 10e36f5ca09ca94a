// Builds the compact proper-noun index the source checks read: CC-CEDICT's person and place
// names (headwords whose pinyin is capitalised), each with the English forms its gloss gives
// and its kind, and the common English words of CC-CEDICT's other glosses (to tell a name from
// a word). Run after tsc by `npm run build` (`node dist/checks/source/build-proper-nouns.js`);
// `loadProperNouns` builds it on first use when the file is missing.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROPER_NOUNS_HEADER, writeProperNounFile } from './proper-noun-file.js';

type CedictEntry = [traditional: string, simplified: string, pinyin: string, glosses: string | string[], ...rest: unknown[]];

export type ProperNounKind = 'person' | 'chinese-place' | 'place' | 'other';

function readCedict(): CedictEntry[] {
  const entry = fileURLToPath(import.meta.resolve('cc-cedict'));
  const text = readFileSync(join(dirname(dirname(entry)), 'data', 'all.js'), 'utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { all: CedictEntry[] }).all;
}

const SKIPPED_SENSE = /^(?:see |abbr\.|variant of|old variant|also written|surname |\(|Taiwan pr\.|used in )/i;
const CHINESE_PLACE =
  /\b(?:county|district|prefecture|autonomous region|banner|township|Beijing|Shanghai|Tianjin|Chongqing|Hebei|Shanxi|Shaanxi|Liaoning|Jilin|Heilongjiang|Jiangsu|Zhejiang|Anhui|Fujian|Jiangxi|Shandong|Henan|Hubei|Hunan|Guangdong|Guangxi|Hainan|Sichuan|Guizhou|Yunnan|Tibet|Gansu|Qinghai|Ningxia|Xinjiang|Inner Mongolia|Taiwan|Hong Kong|Macau)\b/;
const LIFESPAN = /\(\d{3,4}(?:\s*BC)?\s*[-–]/;
/** Words after the name in a gloss: "Zhidan county in Yan'an", "Yuen Long town in…". */
const TRAILING_DESCRIPTION = /\s+(?:county|district|city|town|township|village|prefecture|province|banner|river|lake|mountain|island|islands)\b.*$/i;

/** The English names a sense gives: "Bokhara or Bukhara city in Uzbekistan" → Bokhara, Bukhara. */
export function senseNames(sense: string): string[] {
  const text = sense.replace(/\[[^\]]*\]/g, '').replace(/[\p{Script=Han}|]+/gu, ' ').trim();
  if (SKIPPED_SENSE.test(text)) return [];
  let head = text.split(/[,;(]/)[0].trim().replace(/^the\s+/i, '');
  head = head.replace(TRAILING_DESCRIPTION, '').replace(/\s+(?:in|of|on|near)\s+.*$/i, '').trim();
  const out: string[] = [];
  for (const part of head.split(/\s+or\s+|\s*\/\s*/)) {
    const name = part.trim();
    // A name: capitalised words (with "of", "de", "al-" and the like between them), no long description.
    if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 5) continue;
    if (name.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !/^(?:of|de|la|le|du|des|the|and|al|el|von|van|der|bin|ibn|y)$/.test(w))) continue;
    out.push(name);
  }
  return out;
}

function kindOf(senses: string[], names: string[], pinyin: string): ProperNounKind {
  const all = senses.join('; ');
  if (LIFESPAN.test(all) && !names.some((n) => /\b(?:Revolution|War|Dynasty|Movement|Period|Incident|Rebellion|Uprising|Era|Expedition|Reform)\b/.test(n))) return 'person';
  if (names.some((n) => /\b(?:Organi[sz]ation|Bank|Company|Corporation|Group|Association|Council|Committee|Party|University|Agency|Fund)\b/.test(n))) return 'other';
  const syllables = pinyin.toLowerCase().replace(/[^a-z ]/g, '').replace(/ /g, '');
  if (CHINESE_PLACE.test(all) || names.some((n) => n.toLowerCase().replace(/[^a-z]/g, '') === syllables)) return 'chinese-place';
  return /\b(?:city|capital|country|region|river|lake|sea|mountain|island|province|state|port|valley|desert|republic)\b/i.test(all) ? 'place' : 'other';
}

const spellingKeyOf = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');

export function buildProperNounIndex(): string {
  const names = new Map<string, { kind: ProperNounKind; forms: string[] }>();
  const words = new Set<string>();
  /** Headwords that are also common words (合作 "to cooperate" and Hezuo county): not names in running text. */
  const common = new Set<string>();
  /** Per character: headwords of foreign names and of common words it is in (how name-like it is). */
  const inNames = new Map<string, number>();
  const inWords = new Map<string, number>();
  const count = (table: Map<string, number>, word: string): void => {
    if ([...word].length < 2) return;
    for (const c of new Set(word)) table.set(c, (table.get(c) ?? 0) + 1);
  };
  /** "see 乌鲁木齐市[…]": the headword takes the names of the one it points to. */
  const seeAlso = new Map<string, string[]>();
  for (const [traditional, simplified, pinyin, glossField] of readCedict()) {
    const senses = Array.isArray(glossField) ? glossField : [glossField];
    if (!/^[A-Z]/.test(pinyin)) {
      common.add(simplified);
      common.add(traditional);
      count(inWords, simplified);
      // Words written in lower case only: a name mentioned in a gloss ("Harbin beer") is not one.
      for (const sense of senses) for (const w of sense.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').match(/(?<![\p{L}'])[a-z]{2,}(?![\p{L}'])/gu) ?? []) words.add(w);
      continue;
    }
    if ([...simplified].length < 2 || !/^\p{Script=Han}+$/u.test(simplified)) continue;
    const forms = [...new Set(senses.flatMap(senseNames))];
    if (forms.length === 0) {
      const targets = senses.flatMap((sense) => [...sense.matchAll(/^see (?:[\p{Script=Han}]+\|)?(\p{Script=Han}+)\[/gu)].map((m) => m[1]));
      if (targets.length) seeAlso.set(simplified, targets);
      continue;
    }
    const kind = kindOf(senses, forms, pinyin);
    if (kind !== 'chinese-place' && !forms.some((f) => spellingKeyOf(f) === spellingKeyOf(pinyin))) count(inNames, simplified);
    for (const headword of new Set([simplified, traditional])) {
      const known = names.get(headword);
      if (!known) names.set(headword, { kind, forms: [...forms] });
      else for (const f of forms) if (!known.forms.includes(f)) known.forms.push(f);
    }
  }
  for (const [headword, targets] of seeAlso) {
    if (names.has(headword)) continue;
    const found = targets.map((t) => names.get(t)).filter((v) => v !== undefined);
    if (found.length) names.set(headword, { kind: found[0].kind, forms: [...new Set(found.flatMap((v) => v.forms))] });
  }
  // 乌鲁木齐市 "Ürümqi": the bare name (乌鲁木齐) is the same place.
  for (const [headword, value] of [...names]) {
    const bare = headword.replace(/(?:市|县|縣|地区|地區)$/u, '');
    if (bare !== headword && [...bare].length >= 2 && !names.has(bare)) names.set(bare, value);
  }
  for (const headword of common) names.delete(headword);
  const lines = [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([h, v]) => `${h}\t${v.kind}\t${v.forms.join('|')}`);
  const ratios = [...inNames.keys()].sort().map((c) => `${c}:${((inNames.get(c) ?? 0) / ((inWords.get(c) ?? 0) + 1)).toFixed(2)}`);
  return `${PROPER_NOUNS_HEADER}\n${lines.join('\n')}\n#words\t${[...words].sort().join(' ')}\n#characters\t${ratios.join(' ')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = writeProperNounFile(buildProperNounIndex());
  process.stderr.write(`proper-noun index written to ${path ?? '(nowhere: no writable location)'}\n`);
}
