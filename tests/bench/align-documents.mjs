// Benchmark: document alignment (paragraphs, then sentences) and corpus pairing on the built
// code. Synthetic long documents repeat the seed corpus's 2020 statement and news report k
// times; prints time and peak memory for each size and mode. Figures only, nothing asserted.
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const { loadCorpus, normalizeDocument, segmentParagraphs, alignDocuments, pairDocuments } = await import(
  join(root, 'dist', 'index.js')
);

const entries = await loadCorpus(join(root, 'corpus'));
const docs = entries.map(({ entry, source }) => ({
  id: entry.id,
  language: entry.language,
  paragraphs: segmentParagraphs(normalizeDocument(source.text, { language: entry.language })),
}));
const zh = docs.find((d) => d.language === 'zh' && d.id.includes('2020'));
const en = docs.find((d) => d.language === 'en' && d.id.includes('2020'));

function measure(label, run) {
  const start = process.hrtime.bigint();
  const result = run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // maxRSS is the process's peak so far (kilobytes): sizes run smallest first.
  const peak = process.resourceUsage().maxRSS / 1e3;
  console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(7)} ms   peak rss ${peak.toFixed(0).padStart(5)} MB   ${result}`);
}

measure(`pairDocuments: seed corpus (${docs.length} documents)`, () => {
  const p = pairDocuments(docs);
  return `${p.pairs.length} pair(s), ${p.unpaired.length} without counterpart`;
});
for (const k of [1, 10, 100]) {
  const Z = Array.from({ length: k }, () => zh.paragraphs).flat();
  const E = Array.from({ length: k }, () => en.paragraphs).flat();
  for (const mode of ['auto', 'translation']) {
    measure(`alignDocuments ${mode}: ${Z.length} zh × ${E.length} en paragraphs`, () => {
      const a = alignDocuments(Z, E, { mode });
      return `${a.mode}, ${a.paragraphs.length} paragraph beads, ${a.sentences.length} sentence beads`;
    });
  }
}
