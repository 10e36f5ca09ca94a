// Romanised names for the bead search: an English name ("Xiaobao", "Wang") matches a Chinese
// segment when its letters are the toneless pinyin of one to three consecutive Han characters
// there, whatever the word segmentation (a name the dictionary lacks is segmented into
// characters). The English names of the pair are put in a trie of letters; each window of
// characters walks it reading by reading, so no string is built per character.
import type { IndexedLexicon } from '../lexicon/lexicon.js';
import { hanLength } from '../lexicon/scan.js';
import { TokenTable } from './tables.js';

const LETTERS = 26;

/** The names ("n:xiaobao" → id) as a trie over their letters: children by letter, and the id a node ends (−1: none). */
class NameTrie {
  private children = new Int32Array(LETTERS * 64).fill(-1);
  private ends = new Int32Array(64).fill(-1);
  private nodes = 1;

  constructor(names: ReadonlyMap<string, number>) {
    for (const [form, id] of names) {
      let node = 0;
      for (let k = 2; k < form.length; k += 1) {
        const letter = form.charCodeAt(k) - 0x61;
        if (letter < 0 || letter >= LETTERS) {
          node = -1;
          break;
        }
        let child = this.children[node * LETTERS + letter];
        if (child < 0) {
          child = this.addNode();
          this.children[node * LETTERS + letter] = child;
        }
        node = child;
      }
      if (node > 0) this.ends[node] = id;
    }
  }

  get empty(): boolean {
    return this.nodes === 1;
  }

  /** The node reached from `node` by the letters units[from, to), or −1. */
  walk(node: number, units: Uint16Array, from: number, to: number): number {
    for (let k = from; k < to && node >= 0; k += 1) {
      const letter = units[k] - 0x61;
      node = letter >= 0 && letter < LETTERS ? this.children[node * LETTERS + letter] : -1;
    }
    return node;
  }

  endOf(node: number): number {
    return this.ends[node];
  }

  private addNode(): number {
    if (this.nodes === this.ends.length) {
      const ends = new Int32Array(this.ends.length * 2).fill(-1);
      ends.set(this.ends);
      const children = new Int32Array(this.children.length * 2).fill(-1);
      children.set(this.children);
      this.ends = ends;
      this.children = children;
    }
    return this.nodes++;
  }
}

/**
 * The names of each Chinese segment's character runs (every window of one to three characters)
 * that some English name has, as one unweighted item per segment: only ever marked as what the
 * segment may translate to, so a name may be listed twice.
 */
export function namesTable(zh: readonly string[], lexicon: IndexedLexicon, names: ReadonlyMap<string, number>): TokenTable {
  const trie = new NameTrie(names);
  const { units, starts } = lexicon.readings;
  const segmentStart = new Int32Array(zh.length + 1);
  const itemStart = new Int32Array(zh.length + 1);
  const found: number[] = [];
  for (let s = 0; s < zh.length; s += 1) {
    const text = zh[s];
    for (let at = 0; !trie.empty && at < text.length; ) {
      const han = hanLength(text, at);
      if (han === 0) {
        at += 1;
        continue;
      }
      for (const end = at + han; at < end; at += 1) {
        let node = 0;
        for (let length = 1; length <= 3 && at + length <= end; length += 1) {
          const reading = lexicon.characterReading(text.charCodeAt(at + length - 1));
          if (reading < 0) break;
          node = trie.walk(node, units, starts[reading], starts[reading + 1]);
          if (node < 0) break;
          const id = trie.endOf(node);
          if (id >= 0) found.push(id);
        }
      }
    }
    segmentStart[s + 1] = s + 1;
    itemStart[s + 1] = found.length;
  }
  return new TokenTable(segmentStart, itemStart, Int32Array.from(found), new Float32Array(zh.length), new Int32Array(zh.length).fill(-1));
}
