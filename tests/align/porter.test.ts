// The Porter stemmer: the examples of Porter's paper, and agreement with natural's stemmer (the
// implementation it replaces) on the words of real English text.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { porterStem } from '../../src/align/lexicon/porter.js';

const natural = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

describe('porterStem', () => {
  it.each([
    ['caresses', 'caress'], ['ponies', 'poni'], ['ties', 'ti'], ['caress', 'caress'], ['cats', 'cat'],
    ['feed', 'feed'], ['agreed', 'agre'], ['plastered', 'plaster'], ['bled', 'bled'], ['motoring', 'motor'], ['sing', 'sing'],
    ['conflated', 'conflat'], ['troubled', 'troubl'], ['sized', 'size'], ['hopping', 'hop'], ['tanned', 'tan'],
    ['falling', 'fall'], ['hissing', 'hiss'], ['fizzed', 'fizz'], ['failing', 'fail'], ['filing', 'file'],
    ['happy', 'happi'], ['sky', 'sky'], ['relational', 'relat'], ['conditional', 'condit'], ['rational', 'ration'],
    ['valenci', 'valenc'], ['hesitanci', 'hesit'], ['digitizer', 'digit'], ['conformabli', 'conform'], ['radicalli', 'radic'],
    ['differentli', 'differ'], ['vileli', 'vile'], ['analogousli', 'analog'], ['vietnamization', 'vietnam'],
    ['predication', 'predic'], ['operator', 'oper'], ['feudalism', 'feudal'], ['decisiveness', 'decis'],
    ['hopefulness', 'hope'], ['callousness', 'callous'], ['formaliti', 'formal'], ['sensitiviti', 'sensit'],
    ['sensibiliti', 'sensibl'], ['triplicate', 'triplic'], ['formative', 'form'], ['formalize', 'formal'],
    ['electriciti', 'electr'], ['electrical', 'electr'], ['hopeful', 'hope'], ['goodness', 'good'], ['revival', 'reviv'],
    ['allowance', 'allow'], ['inference', 'infer'], ['airliner', 'airlin'], ['gyroscopic', 'gyroscop'],
    ['adjustable', 'adjust'], ['defensible', 'defens'], ['irritant', 'irrit'], ['replacement', 'replac'],
    ['adjustment', 'adjust'], ['dependent', 'depend'], ['adoption', 'adopt'], ['homologou', 'homolog'],
    ['communism', 'commun'], ['activate', 'activ'], ['angulariti', 'angular'], ['homologous', 'homolog'],
    ['effective', 'effect'], ['bowdlerize', 'bowdler'], ['probate', 'probat'], ['rate', 'rate'], ['cease', 'ceas'],
    ['controll', 'control'], ['roll', 'roll'], ['generalizations', 'gener'], ['oscillators', 'oscil'], ['a', 'a'], ['is', 'is'],
  ])('%s → %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it("agrees with natural's stemmer on nearly every word of the seed documents", () => {
    const dir = join(import.meta.dirname, '..', '..', 'corpus', 'documents');
    const text = readdirSync(dir)
      .filter((name) => name.endsWith('.en.txt'))
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join(' ');
    const words = [...new Set(text.toLowerCase().match(/[a-z]+/g) ?? [])];
    expect(words.length).toBeGreaterThan(500);
    const differing = words.filter((w) => porterStem(w) !== natural.stem(w));
    expect(differing.length / words.length).toBeLessThan(0.02);
  });
});
