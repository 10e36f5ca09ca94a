// Parallel text built at run time from a gold set's beads (never written anywhere): each
// paragraph is five consecutive gold beads, the Chinese of a bead joined without spaces, the
// English with spaces; paragraphs separated by blank lines. Beads with an empty side are kept
// (a translator's addition or omission is part of what a checker must tolerate).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The gold sets: folder, which side is Chinese, and a short name. */
export const GOLD_SETS = [
  { name: 'mac', dir: join('mac', 'dev'), zhSide: 'src' },
  { name: 'aca', dir: join('nonlit', 'aca'), zhSide: 'tgt' },
  { name: 'mag', dir: join('nonlit', 'mag'), zhSide: 'tgt' },
];

function readBeads(file) {
  const beads = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\[([\d, ]*)\]:\[([\d, ]*)\]/.exec(line.trim());
    if (!m) continue;
    const list = (s) => (s.trim() ? s.split(',').map((i) => Number(i.trim())) : []);
    beads.push({ src: list(m[1]), tgt: list(m[2]) });
  }
  return beads;
}

/**
 * Documents of a gold set as { id, zh, en, words }: one per gold document, paragraphs of
 * `beadsPerParagraph` beads. Returns [] when the set is absent.
 */
export function goldParallelDocuments(goldDir, set, beadsPerParagraph = 5) {
  const base = join(goldDir, set.dir);
  if (!existsSync(join(base, 'gold'))) return [];
  const out = [];
  for (const name of readdirSync(join(base, 'gold')).filter((f) => f.endsWith('.align')).sort()) {
    const id = name.replace(/\.align$/, '');
    const lines = (side) => readFileSync(join(base, side, id), 'utf8').split('\n');
    const src = lines('src');
    const tgt = lines('tgt');
    const zhLines = set.zhSide === 'src' ? src : tgt;
    const enLines = set.zhSide === 'src' ? tgt : src;
    const zhOf = (b) => (set.zhSide === 'src' ? b.src : b.tgt);
    const enOf = (b) => (set.zhSide === 'src' ? b.tgt : b.src);
    const beads = readBeads(join(base, 'gold', name));
    const zhParagraphs = [];
    const enParagraphs = [];
    for (let at = 0; at < beads.length; at += beadsPerParagraph) {
      const group = beads.slice(at, at + beadsPerParagraph);
      const zh = group.flatMap((b) => zhOf(b).map((i) => (zhLines[i] ?? '').replace(/ /g, ''))).join('');
      const en = group.flatMap((b) => enOf(b).map((i) => (enLines[i] ?? '').trim())).join(' ');
      if (!zh.trim() || !en.trim()) continue;
      zhParagraphs.push(zh);
      enParagraphs.push(en);
    }
    const en = enParagraphs.join('\n\n') + '\n';
    out.push({ id: `${set.name}/${id}`, zh: zhParagraphs.join('\n\n') + '\n', en, words: en.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length });
  }
  return out;
}
