// artifact/repetition-loop: a decoder loop, an n-gram repeated three or more times in quick
// succession ("inter -European -South European inter -European -South European …"). Repetition
// that is style is no loop: one word over and over ("tock tock tock tock"), a word and a
// conjunction ("grew and grew and grew"), a hyphenated compound ("long-long-long").
import type { CheckDefinition, FindingDraft } from './types.js';
import { STOPWORDS, documentWordIds, documentWords, firstTokenAt, type WordToken } from './words.js';

const MAX_N = 6;
const MIN_REPEATS = 3;

export const repetitionLoop: CheckDefinition = {
  id: 'artifact/repetition-loop',
  severity: 'error',
  supersedes: [{ rules: ['artifact/doubled-word', 'artifact/doubled-phrase'], overlapping: true }],
  doc: 'A phrase repeated three or more times in quick succession: a machine-translation loop.',
  run(ctx) {
    const out: FindingDraft[] = [];
    const all = documentWords(ctx);
    const filter = loopFilter(ctx);
    for (const p of ctx.paragraphs) {
      const from = firstTokenAt(all, p.start);
      let to = from;
      while (to < all.length && all[to].end <= p.end) to++;
      if (!filter(from, to)) continue;
      const tokens = joinCompounds(ctx.text, all.slice(from, to));
      for (const [from, to] of mergeSpans(loopSpans(tokens))) {
        const start = tokens[from].start;
        const end = tokens[to].end;
        const text = ctx.text.slice(start, end);
        out.push({
          offset: start,
          length: end - start,
          message: `repetition loop: “${abbreviate(text)}” repeats a phrase ${MIN_REPEATS}+ times; retranslate from the Chinese`,
          suggestions: [],
        });
      }
    }
    return out;
  },
};

/**
 * Token index spans [first, last] of clusters of ≥3 close occurrences of one n-gram. Apriori
 * pruning: an n-gram occurs ≥3 times only where its (n−1)-gram prefix does, so each length
 * extends only the surviving positions.
 */
function loopSpans(tokens: WordToken[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const words = tokens.map((t) => t.word);
  // N-grams as numbers, not strings: a word's number, then an n-gram's from its prefix's and its last word's.
  const wordNumbers = new Map<string, number>();
  const keys = new Float64Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let id = wordNumbers.get(words[i]);
    if (id === undefined) wordNumbers.set(words[i], (id = wordNumbers.size));
    keys[i] = id;
  }
  const wordCount = wordNumbers.size;
  const wordKeys = keys.slice();
  let alive: number[] = words.map((_, i) => i);
  for (let n = 1; n <= MAX_N && alive.length >= MIN_REPEATS; n++) {
    const seen = new Map<number, number[]>();
    const ngrams = new Map<number, number>();
    for (const i of alive) {
      if (i + n > words.length) continue;
      if (n > 1) {
        const pair = keys[i] * wordCount + wordKeys[i + n - 1];
        let id = ngrams.get(pair);
        if (id === undefined) ngrams.set(pair, (id = ngrams.size));
        keys[i] = id;
      }
      const list = seen.get(keys[i]);
      if (list) list.push(i);
      else seen.set(keys[i], [i]);
    }
    const maxGap = 2 * n + 3;
    const next: number[] = [];
    for (const positions of seen.values()) {
      if (positions.length < MIN_REPEATS) continue;
      next.push(...positions);
      if (!hasContentWord(words, positions[0], n)) continue;
      let first = 0;
      for (let k = 1; k <= positions.length; k++) {
        const gap = k < positions.length ? positions[k] - positions[k - 1] : 0;
        if (k < positions.length && gap <= maxGap && gap >= n) continue;
        const cluster = positions.slice(first, k);
        if (cluster.length >= MIN_REPEATS && hasRepeatedCycle(tokens, cluster)) spans.push([cluster[0], cluster[cluster.length - 1] + n - 1]);
        first = k;
      }
    }
    alive = next.sort((a, b) => a - b);
  }
  return spans;
}

/**
 * Cheap filter over the tokens [from, to) of a paragraph: every loop has a content word three
 * times with gaps of at most 2·MAX_N+3 tokens. Works on word numbers with the last two places
 * of each word in typed arrays shared by the document's paragraphs (a place before `from`
 * belongs to an earlier paragraph and counts as unseen).
 */
function loopFilter(ctx: { text: string }): (from: number, to: number) => boolean {
  const { ids, content, size } = documentWordIds(ctx);
  const earlier = new Int32Array(size).fill(-1);
  const latest = new Int32Array(size).fill(-1);
  const maxGap = 2 * MAX_N + 3;
  return (from, to) => {
    for (let i = from; i < to; i++) {
      const id = ids[i];
      if (!content[id]) continue;
      const b = latest[id];
      if (b >= from && i - b <= maxGap) {
        const a = earlier[id];
        if (b - a <= maxGap && a !== b && a >= from) return true;
        earlier[id] = b;
      } else earlier[id] = i;
      latest[id] = i;
    }
    return false;
  };
}

function hasContentWord(words: string[], at: number, n: number): boolean {
  for (let k = at; k < at + n; k++) if (!STOPWORDS.has(words[k]) && words[k].length >= (n === 1 ? 4 : 3)) return true;
  return false;
}

/**
 * A loop repeats its whole cycle (the n-gram and what follows up to its next occurrence) at
 * least twice in a row; a list ("Foreign Minister A, Foreign Minister B, Foreign Minister C")
 * repeats only the n-gram, with different words between.
 */
function hasRepeatedCycle(tokens: WordToken[], positions: number[]): boolean {
  const cycle = (k: number): string[] => tokens.slice(positions[k], positions[k + 1]).map((t) => t.word);
  for (let k = 0; k + 2 < positions.length; k++) {
    const words = cycle(k);
    if (words.join(' ') === cycle(k + 1).join(' ') && !isStyle(words)) return true;
  }
  return false;
}

/** "tock tock tock", "grew and grew and grew": a content word repeated, alone or with a conjunction. */
function isStyle(cycle: string[]): boolean {
  if (STOPWORDS.has(cycle[0])) return false;
  return cycle.length === 1 || (cycle.length === 2 && (cycle[1] === 'and' || cycle[1] === 'or'));
}

/** Words joined by hyphens without spaces ("long-long-long") are one token here. */
function joinCompounds(text: string, tokens: WordToken[]): WordToken[] {
  const out: WordToken[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.end + 1 === t.start && text[last.end] === '-') out[out.length - 1] = { word: `${last.word}-${t.word}`, start: last.start, end: t.end };
    else out.push(t);
  }
  return out;
}

function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Array<[number, number]> = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

function abbreviate(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
