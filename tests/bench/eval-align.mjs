// Evaluation of the sentence aligner against the gold alignments (evaluation only: the gold
// texts are read from the folder given, never copied). Aligns every gold set present in
// presegmented mode and prints exact-bead precision, recall and F1 per set and overall, wall
// time and peak memory, and the same scores for the hunalign floor of MAC-Dev.
//
//   npm run build && npm run eval:align -- [--gold ../shared/gold] [--set mac/dev] [--max-bead N] [--fit] [--calibration]
//
// --fit refits the confidence model on the beads predicted here and prints its constants
// (paste them into src/align/beads/confidence.ts); --calibration prints how often beads in
// each score band are right.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const started = process.hrtime.bigint();
const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const goldRoot = resolve(valueOf('--gold') ?? join(repo, '..', 'shared', 'gold'));
const maxBead = valueOf('--max-bead') ? Number(valueOf('--max-bead')) : undefined;
const SETS = valueOf('--set') ? [valueOf('--set')] : ['mac/dev', 'nonlit/aca', 'nonlit/mag'];

function valueOf(flag) {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

if (!existsSync(goldRoot)) {
  console.log(`gold folder ${goldRoot} is absent: nothing to evaluate (pass --gold DIR).`);
  process.exit(0);
}

const { alignSegmentsWithFeatures, fitConfidence } = await import(join(repo, 'dist/align/beads/index.js'));
const { loadLexicon } = await import(join(repo, 'dist/align/lexicon/index.js'));
const loadStart = process.hrtime.bigint();
loadLexicon();
const lexiconMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

const readLines = (path) => {
  const text = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  return text === '' ? [] : text.split(/\r?\n/);
};
const parseBeads = (path) =>
  readLines(path)
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/\s+/g, '').split(':').slice(0, 2).join(':'));
const isChinese = (lines) => {
  const sample = lines.slice(0, 50).join('');
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  return han > latin;
};
const key = (src, tgt) => `[${src.join(',')}]:[${tgt.join(',')}]`;

function score(predicted, gold) {
  const goldSet = new Set(gold);
  const matched = predicted.filter((bead) => goldSet.has(bead)).length;
  return { matched, predicted: predicted.length, gold: gold.length };
}
function format(name, s, extra = '') {
  const p = s.predicted ? s.matched / s.predicted : 0;
  const r = s.gold ? s.matched / s.gold : 0;
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return `${name.padEnd(22)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (${s.matched}/${s.predicted} predicted, ${s.gold} gold)${extra}`;
}
const add = (a, b) => ({ matched: a.matched + b.matched, predicted: a.predicted + b.predicted, gold: a.gold + b.gold });
const zero = { matched: 0, predicted: 0, gold: 0 };

const samples = [];
let overall = zero;
const lines = [];
let found = 0;
for (const set of SETS) {
  const dir = join(goldRoot, set);
  if (!existsSync(join(dir, 'gold'))) {
    lines.push(`${set.padEnd(22)} absent`);
    continue;
  }
  found += 1;
  const setStart = process.hrtime.bigint();
  let total = zero;
  for (const file of readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.align')).sort()) {
    const id = file.replace(/\.align$/, '');
    const src = readLines(join(dir, 'src', id));
    const tgt = readLines(join(dir, 'tgt', id));
    const srcIsChinese = isChinese(src);
    const [zh, en] = srcIsChinese ? [src, tgt] : [tgt, src];
    const aligned = alignSegmentsWithFeatures(zh, en, maxBead ? { maxBead } : {});
    const predicted = aligned.map(({ bead }) => (srcIsChinese ? key(bead.zh, bead.en) : key(bead.en, bead.zh)));
    const gold = parseBeads(join(dir, 'gold', file));
    const goldSet = new Set(gold);
    aligned.forEach(({ bead, features }, k) => samples.push({ features, score: bead.score, right: goldSet.has(predicted[k]) }));
    total = add(total, score(predicted, gold));
  }
  const ms = Number(process.hrtime.bigint() - setStart) / 1e6;
  lines.push(format(set, total, `  ${ms.toFixed(0)} ms`));
  overall = add(overall, total);
}
if (found === 0) {
  console.log(`gold folder ${goldRoot} holds none of ${SETS.join(', ')}: nothing to evaluate.`);
  process.exit(0);
}
console.log(`silkalign bead search (lexicon index loaded in ${lexiconMs.toFixed(0)} ms)`);
for (const line of lines) console.log(line);
console.log(format('overall', overall));

const hunalignDir = join(goldRoot, 'mac/dev/system-outputs/hunalign-nodict');
if (existsSync(hunalignDir)) {
  let total = zero;
  for (const file of readdirSync(hunalignDir).filter((f) => f.endsWith('.align')).sort()) {
    total = add(total, score(parseBeads(join(hunalignDir, file)), parseBeads(join(goldRoot, 'mac/dev/gold', file))));
  }
  console.log(format('hunalign floor mac/dev', total));
}
const low = samples.filter((s) => s.score < 0.5);
const lowRight = low.filter((s) => s.right).length;
const high = samples.filter((s) => s.score >= 0.5);
const highRight = high.filter((s) => s.right).length;
console.log(
  `confidence: beads scored under 0.5 are right ${lowRight}/${low.length} (${((100 * lowRight) / Math.max(1, low.length)).toFixed(0)}%), ` +
    `from 0.5 ${highRight}/${high.length} (${((100 * highRight) / Math.max(1, high.length)).toFixed(0)}%)`,
);
const afterStart = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`wall ${process.uptime().toFixed(2)} s including Node start-up (${afterStart.toFixed(2)} s in the script); peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

if (args.includes('--calibration')) printCalibration(samples);
if (args.includes('--fit')) console.log(JSON.stringify(fitConfidence(samples), null, 2));

function printCalibration(all) {
  console.log('calibration (score band: right/total):');
  for (let lo = 0; lo < 1; lo += 0.1) {
    const band = all.filter((s) => s.score >= lo && (s.score < lo + 0.1 || (lo >= 0.9 && s.score <= 1)));
    const right = band.filter((s) => s.right).length;
    if (band.length) console.log(`  ${lo.toFixed(1)}-${(lo + 0.1).toFixed(1)}: ${right}/${band.length} = ${(right / band.length).toFixed(2)}`);
  }
}

