// Builds the compact lexicon index from CC-CEDICT (the cc-cedict package's data file, which
// takes seconds to load as shipped): one line per Chinese headword (simplified and
// traditional), the Porter stems of the content words of its English glosses and, for single
// characters, the toneless pinyin.
// Run after tsc by `npm run build` (`node dist/align/lexicon/build.js`); `loadLexicon` also
// builds it on first use when the file is missing.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { englishWords, isGlossNoise, stem } from './english.js';
import { INDEX_HEADER, indexFromText, writeIndexFile } from './index-file.js';

type CedictEntry = [traditional: string, simplified: string, pinyin: string, glosses: string | string[], ...rest: unknown[]];

/** Single characters have many senses, mostly rare: keep the first few only. */
const SINGLE_CHARACTER_SENSES = 2;
const SINGLE_CHARACTER_STEMS = 8;
const MAX_STEMS = 12;
/** A single character's sense longer than this is an explanation, not a translation. */
const LONG_SENSE = 60;
const SKIPPED_SENSE = /^(?:Taiwan pr\.|(?:old |unofficial |archaic |Japanese )?variant of|see |used in |surname |CL:|abbr\. for|also pr\.|also written|erhua variant|euphemistic variant)/i;

function readCedict(): CedictEntry[] {
  // The package exports only its loader (dist/index.js); its data folder sits beside dist/.
  const entry = fileURLToPath(import.meta.resolve('cc-cedict'));
  const dataFile = join(dirname(dirname(entry)), 'data', 'all.js');
  const text = readFileSync(dataFile, 'utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { all: CedictEntry[] }).all;
}

/** Removes parenthesised notes, pinyin in brackets and Chinese cross-references from a gloss. */
function cleanGloss(gloss: string): string {
  let text = gloss;
  for (let pass = 0; pass < 3; pass += 1) text = text.replace(/\([^()]*\)/g, ' ');
  return text.replace(/\[[^\]]*\]/g, ' ').replace(/[\p{Script=Han}|]+/gu, ' ');
}

export function glossStems(glosses: string[], isName: boolean): string[] {
  const stems: string[] = [];
  for (const sense of glosses) {
    if (SKIPPED_SENSE.test(sense.trim())) continue;
    // A proper name's gloss reads "Dushanbe, capital of Tajikistan": the name is what is translated.
    const text = isName ? sense.split(',')[0] : sense;
    for (const word of englishWords(cleanGloss(text))) {
      if (word.length < 2 || isGlossNoise(word)) continue;
      const stemmed = stem(word);
      if (!stems.includes(stemmed)) stems.push(stemmed);
    }
  }
  return stems;
}

/** The index text, and every word of the glosses (the English words whose stems the index stores ready-made). */
export function buildLexiconIndex(): { text: string; glossWords: string[] } {
  const byHeadword = new Map<string, string[]>();
  const glossWords = new Set<string>();
  /** Toneless pinyin of single characters, for matching romanised names. */
  const readings = new Map<string, string>();
  for (const [traditional, simplified, pinyin, glossField] of readCedict()) {
    // Each element is one sense; a sense lists synonyms separated by ";".
    const senseGroups = Array.isArray(glossField) ? glossField : [glossField];
    for (const sense of senseGroups) for (const word of englishWords(sense)) glossWords.add(word);
    const isName = /^[A-Z]/.test(pinyin);
    for (const headword of new Set([simplified, traditional])) {
      if (!/\p{Script=Han}/u.test(headword) || /\s/.test(headword)) continue;
      const single = [...headword].length === 1;
      // A character's reading as a name (surname) wins: romanised names are what it is matched to.
      if (single && (isName || !readings.has(headword))) {
        readings.set(headword, pinyin.toLowerCase().replace(/u:/g, 'u').replace(/[^a-z]/g, ''));
      }
      // A single character's name readings (surnames, places) are noise in running text.
      if (single && isName) continue;
      const kept = (
        single
          ? senseGroups.filter((sense) => sense.length <= LONG_SENSE && !SKIPPED_SENSE.test(sense)).slice(0, SINGLE_CHARACTER_SENSES)
          : senseGroups
      ).flatMap((sense) => sense.split(/;\s*/));
      const stems = glossStems(kept, isName);
      if (stems.length === 0 && !single) continue;
      const known = byHeadword.get(headword) ?? [];
      for (const s of stems) if (!known.includes(s)) known.push(s);
      byHeadword.set(headword, known);
    }
  }
  const lines = [...byHeadword.keys()]
    .sort()
    .map((headword) => {
      const stems = byHeadword.get(headword) ?? [];
      const limit = [...headword].length === 1 ? SINGLE_CHARACTER_STEMS : MAX_STEMS;
      const reading = readings.get(headword);
      return `${headword}\t${stems.slice(0, limit).join(' ')}${reading ? `\t${reading}` : ''}`;
    });
  return { text: `${INDEX_HEADER}\n${lines.join('\n')}\n`, glossWords: [...glossWords] };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { text, glossWords } = buildLexiconIndex();
  const path = writeIndexFile(indexFromText(text, glossWords, stem));
  process.stderr.write(`lexicon index written to ${path ?? '(nowhere: no writable location)'}\n`);
}

