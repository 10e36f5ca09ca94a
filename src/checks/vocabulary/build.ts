// Builds the compact English vocabulary index, run after tsc by `npm run build`
// (`node dist/checks/vocabulary/build.js`):
//  - @words: every word form of the Hunspell en_US and en_GB dictionaries (dictionary-en,
//    dictionary-en-gb; SCOWL size 60, made for spell-checking), affixes expanded by
//    hunspell-reader, possessives left out (the lookup strips them). A form the dictionaries
//    know only capitalised is a proper noun ("Russian", "Chen") and is written capitalised.
//  - @syllables: the toneless pinyin syllables (CC-CEDICT's single-character readings).
//  - @names: CC-CEDICT's proper nouns by toneless pinyin: "=" when their English is the
//    romanisation itself (庆阳 Qingyang), else the Chinese and its English (咸海 Aral Sea).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IterableHunspellReader } from 'hunspell-reader';
import { VOCABULARY_HEADER, writeVocabularyFile } from './index-file.js';

type CedictEntry = [traditional: string, simplified: string, pinyin: string, glosses: string | string[], ...rest: unknown[]];

async function dictionaryWords(packageName: string): Promise<Iterable<string>> {
  const folder = dirname(fileURLToPath(import.meta.resolve(packageName)));
  const reader = await IterableHunspellReader.createFromFiles(join(folder, 'index.aff'), join(folder, 'index.dic'));
  return reader.iterateWords();
}

export async function englishWordForms(): Promise<string[]> {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const name of ['dictionary-en', 'dictionary-en-gb']) {
    for (const word of await dictionaryWords(name)) {
      if (/['’]s$|\d/.test(word)) continue;
      if (word === word.toLowerCase()) lower.add(word);
      else capitalised.add(word);
    }
  }
  const proper = [...capitalised].filter((w) => !lower.has(w.toLowerCase()));
  return [...new Set([...lower, ...proper])].sort();
}

function readCedict(): CedictEntry[] {
  // The package exports only its loader (dist/index.js); its data folder sits beside dist/.
  const entry = fileURLToPath(import.meta.resolve('cc-cedict'));
  const text = readFileSync(join(dirname(dirname(entry)), 'data', 'all.js'), 'utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { all: CedictEntry[] }).all;
}

const toneless = (pinyin: string): string => pinyin.toLowerCase().replace(/u:/g, 'u').replace(/[^a-z]/g, '');
const senses = (field: string | string[]): string[] => (Array.isArray(field) ? field : [field]);

/** Syllables read by at least two characters (drops interjections such as "hm", "ng"). */
export function pinyinSyllables(cedict: CedictEntry[]): string[] {
  const readers = new Map<string, Set<string>>();
  for (const [, simplified, pinyin] of cedict) {
    if ([...simplified].length !== 1) continue;
    const syllable = toneless(pinyin);
    readers.set(syllable, (readers.get(syllable) ?? new Set()).add(simplified));
  }
  return [...readers].filter(([s, chars]) => chars.size >= 2 && /[aeiouv]/.test(s) && s !== 'xx').map(([s]) => s).sort();
}

const letters = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');

/** The name an English gloss gives: its first sense up to a comma or bracket, leading capitalised words. */
export function glossName(gloss: string): string {
  const head = gloss.split(/[,;(]/)[0].trim();
  const words: string[] = [];
  for (const word of head.split(/\s+/)) {
    if (/^\p{Lu}/u.test(word) || (words.length > 0 && /^(?:of|the|and|de|al|el)$/.test(word))) words.push(word);
    else break;
  }
  while (words.length && /^(?:of|the|and|de|al|el)$/.test(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** Whether consecutive words of the gloss spell the romanisation (庆阳 "Qingyang prefecture-level city"). */
function glossRomanises(gloss: string, key: string): boolean {
  const words = gloss.split(/[\s,;()\-–]+/).map(letters).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < words.length && joined.length < key.length; j++) {
      joined += words[j];
      if (joined === key) return true;
    }
  }
  return false;
}

export function romanisedNames(cedict: CedictEntry[]): string[] {
  const bySimplified = new Map<string, string[]>();
  for (const [, simplified, pinyin, glosses] of cedict) if (/^[A-Z]/.test(pinyin)) bySimplified.set(simplified, senses(glosses));
  const names = new Map<string, string>();
  for (const [, simplified, pinyin, glosses] of cedict) {
    if (!/^[A-Z]/.test(pinyin) || [...simplified].length < 2 || /[^\p{Script=Han}]/u.test(simplified)) continue;
    const key = toneless(pinyin);
    if (key.length < 4 || names.get(key) === '=') continue;
    let list = senses(glosses);
    // "see 乌鲁木齐市[Wu1 lu3 mu4 qi2 Shi4]": the English is the referenced entry's.
    const reference = /^see (?:[^|[\]]+\|)?([^|[\]]+)\[/.exec(list[0] ?? '');
    if (reference) list = bySimplified.get(reference[1]) ?? list;
    const gloss = list.find((s) => !/^(?:see|surname|abbr\.|variant|old name|also)/.test(s)) ?? '';
    if (list.some((s) => glossRomanises(s, key))) {
      names.set(key, '=');
      continue;
    }
    const english = glossName(gloss);
    if (english && !names.has(key)) names.set(key, `${simplified}\t${english}`);
  }
  return [...names].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, value]) => `${key}\t${value}`);
}

export async function buildVocabularyIndex(): Promise<string> {
  const cedict = readCedict();
  const sections = [
    '@words', ...(await englishWordForms()),
    '@syllables', pinyinSyllables(cedict).join(' '),
    '@names', ...romanisedNames(cedict),
  ];
  return `${VOCABULARY_HEADER}\n${sections.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = writeVocabularyFile(await buildVocabularyIndex());
  process.stderr.write(`English vocabulary index written to ${path ?? '(nowhere: no writable location)'}\n`);
}
