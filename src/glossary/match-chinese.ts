// Finds glossary Chinese forms (Simplified and Traditional) in Chinese text: a character trie,
// longest match first (中国—中亚命运共同体 before 中亚), left to right, non-overlapping; all
// dashes alike, full-width brackets as ASCII ones.
import type { GlossaryEntry } from './schema.js';
import type { Glossary } from './load.js';

export interface ChineseTermMatch {
  start: number;
  end: number;
  text: string;
  entry: GlossaryEntry;
  script: 'simplified' | 'traditional';
}

interface ZhNode {
  next: Map<number, ZhNode>;
  entry?: GlossaryEntry;
  script?: 'simplified' | 'traditional';
}

const tries = new WeakMap<Glossary, ZhNode>();

const HYPHEN = 0x2d;

/** Dashes and hyphens of every width are one character here: 中国—中亚 = 中国-中亚 = 中国－中亚. */
function zhCode(code: number): number {
  if (code === HYPHEN || (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xff0d) return HYPHEN;
  if (code === 0xff08) return 0x28; // （
  if (code === 0xff09) return 0x29; // ）
  return code;
}

function chineseTrie(glossary: Glossary): ZhNode {
  let root = tries.get(glossary);
  if (root) return root;
  root = { next: new Map() };
  const add = (form: string, entry: GlossaryEntry, script: 'simplified' | 'traditional'): void => {
    let node = root!;
    for (let i = 0; i < form.length; i++) {
      const code = zhCode(form.charCodeAt(i));
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    if (!node.entry) {
      node.entry = entry;
      node.script = script;
    }
  };
  for (const entry of glossary.entries) {
    for (const form of entry.zhHans) add(form, entry, 'simplified');
    for (const form of entry.zhHant) add(form, entry, 'traditional');
  }
  tries.set(glossary, root);
  return root;
}

/** Every glossary Chinese form in `text`. */
export function findChineseTerms(glossary: Glossary, text: string): ChineseTermMatch[] {
  const root = chineseTrie(glossary);
  const matches: ChineseTermMatch[] = [];
  let i = 0;
  while (i < text.length) {
    let node: ZhNode | undefined = root;
    let best: { end: number; node: ZhNode } | undefined;
    for (let j = i; j < text.length; j++) {
      node = node.next.get(zhCode(text.charCodeAt(j)));
      if (!node) break;
      if (node.entry) best = { end: j + 1, node };
    }
    if (best?.node.entry && best.node.script) {
      matches.push({ start: i, end: best.end, text: text.slice(i, best.end), entry: best.node.entry, script: best.node.script });
      i = best.end;
    } else i++;
  }
  return matches;
}
