// Evaluation of the sentence aligner against the gold alignments (evaluation only: the gold
// texts are read from the folder given, never copied). Aligns every gold set in presegmented
// mode and prints exact-bead and lax precision, recall and F1.
//
// The headline is MAC-Dev by leave-one-chapter-out (LOCO): for each chapter, every fitted
// number (cost weights, confidence coefficients) is fitted on the other five and the chapter
// is scored with them; the confidence calibration printed is that of these held-out beads.
// nonlit/aca and nonlit/mag are never fitted on: they are scored with the shipped weights.
// The in-sample MAC-Dev figure (shipped weights, fitted on all six chapters) is for reference.
//
//   npm run build && npm run eval:align -- [--gold ../shared/gold] [--fit] [--no-loco] [--calibration] [--max-bead N]
//
// --fit fits the weights on all six MAC-Dev chapters and writes src/align/data/weights.json;
// --calibration prints how often beads in each score band are right (LOCO beads and nonlit);
// --max-bead N aligns with beads of up to N segments a side (default: the aligner's).
import { existsSync, writeFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldDocuments, formatScore, readBeads, scoreBeads, addScores, ZERO, f1 } from './lib/gold.mjs';
import { alignAll, fitWeights } from './lib/align-fit.mjs';

const started = process.hrtime.bigint();
const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const goldRoot = resolve(valueOf('--gold') ?? [join(repo, '..', 'shared', 'gold'), join(repo, '..', '..', 'shared', 'gold')].find(existsSync) ?? join(repo, '..', 'shared', 'gold'));

if (!existsSync(goldRoot)) {
  console.log(`gold folder ${goldRoot} is absent: nothing to evaluate (pass --gold DIR).`);
  process.exit(0);
}

const beads = await import(join(repo, 'dist/align/beads/index.js'));
const { loadLexicon } = await import(join(repo, 'dist/align/lexicon/index.js'));
const { AlignWeightsSchema } = await import(join(repo, 'dist/align/weights-schema.js'));
const maxBead = valueOf('--max-bead') === undefined ? undefined : Number(valueOf('--max-bead'));
const api = { alignSegmentsWithFeatures: beads.alignSegmentsWithFeatures, fitConfidence: beads.fitConfidence, extraOptions: maxBead ? { maxBead } : {} };
const loadStart = process.hrtime.bigint();
loadLexicon();
const lexiconMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

const mac = goldDocuments(goldRoot, 'mac/dev');
const nonlit = [...goldDocuments(goldRoot, 'nonlit/aca'), ...goldDocuments(goldRoot, 'nonlit/mag')];
if (mac.length + nonlit.length === 0) {
  console.log(`gold folder ${goldRoot} holds none of mac/dev, nonlit/aca, nonlit/mag: nothing to evaluate.`);
  process.exit(0);
}
const shipped = beads.DEFAULT_WEIGHTS;
const log = args.includes('--verbose') ? (line) => console.error(line) : () => {};
console.log(`silkalign bead search (lexicon index loaded in ${lexiconMs.toFixed(0)} ms; gold from ${goldRoot})`);

// Held-out sets and the in-sample reference, with the shipped weights.
const heldOutSamples = [];
for (const set of ['nonlit/aca', 'nonlit/mag']) {
  const documents = nonlit.filter((d) => d.set === set);
  if (documents.length === 0) continue;
  const t = process.hrtime.bigint();
  const { total, samples } = alignAll(api, documents, shipped);
  heldOutSamples.push(...samples);
  console.log(formatScore(set, total, `  ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms`));
}
if (mac.length > 0) {
  const t = process.hrtime.bigint();
  const { total } = alignAll(api, mac, shipped);
  console.log(formatScore('mac/dev in-sample', total, `  ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms (reference only)`));
}

// Leave one chapter out.
const locoSamples = [];
if (mac.length > 1 && !args.includes('--no-loco')) {
  let total = ZERO;
  const lines = [];
  for (const heldOut of mac) {
    const heldIn = mac.filter((d) => d !== heldOut);
    log(`  fold ${heldOut.id}: fitting on ${heldIn.map((d) => d.id).join(' ')}`);
    const weights = fitWeights(api, heldIn, shipped, { log });
    const { total: s, samples } = alignAll(api, [heldOut], weights);
    for (const sample of samples) locoSamples.push({ ...sample, score: beads.beadConfidence(sample.features, weights.confidence) });
    lines.push(formatScore(`  chapter ${heldOut.id}`, s));
    total = addScores(total, s);
  }
  console.log(formatScore('mac/dev LOCO', total, '  (headline)'));
  for (const line of lines) console.log(line);
}

const hunalignDir = join(goldRoot, 'mac/dev/system-outputs/hunalign-nodict');
if (existsSync(hunalignDir)) {
  let total = ZERO;
  for (const d of mac) {
    const path = join(hunalignDir, `${d.id}.align`);
    if (existsSync(path)) total = addScores(total, scoreBeads(readBeads(path, true), d.gold));
  }
  console.log(formatScore('hunalign floor mac/dev', total));
}

for (const [name, samples] of [
  ['MAC-Dev LOCO', locoSamples],
  ['nonlit', heldOutSamples],
  ['all sets', [...locoSamples, ...heldOutSamples]],
]) {
  if (samples.length === 0) continue;
  const low = samples.filter((s) => s.score < 0.5);
  const high = samples.filter((s) => s.score >= 0.5);
  const right = (list) => list.filter((s) => s.right).length;
  const pct = (list) => ((100 * right(list)) / Math.max(1, list.length)).toFixed(1);
  console.log(
    `confidence, ${name} (out of sample): under 0.5 right ${right(low)}/${low.length} (${pct(low)}%), ` +
      `from 0.5 right ${right(high)}/${high.length} (${pct(high)}%); calibration error ${calibrationError(samples).toFixed(3)}`,
  );
  if (args.includes('--calibration') && name !== 'all sets') printCalibration(samples);
}

if (args.includes('--fit')) {
  if (mac.length === 0) {
    console.log('--fit needs mac/dev: nothing written.');
  } else {
    const fitted = fitWeights(api, mac, shipped, { log });
    const weights = AlignWeightsSchema.parse({
      ...fitted,
      fitted: `npm run eval:align -- --fit: cost weights by coordinate search on MAC-Dev exact-bead F1, confidence by logistic fit on its beads`,
    });
    const target = join(repo, 'src', 'align', 'data', 'weights.json');
    writeFileSync(`${target}.tmp`, JSON.stringify(weights, null, 2) + '\n');
    renameSync(`${target}.tmp`, target);
    const { total } = alignAll(api, mac, weights);
    console.log(`fitted on all six chapters (in-sample F1 ${f1(total).f.toFixed(3)}): wrote ${target}; rebuild to use it`);
  }
}

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`wall ${seconds.toFixed(1)} s; peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

/** The beads in each tenth of the score range. */
function scoreBands(all) {
  return Array.from({ length: 10 }, (_, k) => all.filter((s) => Math.min(9, Math.floor(s.score * 10)) === k));
}

/**
 * Expected calibration error: over the ten score bands, weighted by their beads, how far the
 * share of right beads is from the mean score (0: a score of 0.8 means right 80% of the time).
 */
function calibrationError(all) {
  let error = 0;
  for (const band of scoreBands(all)) {
    if (band.length === 0) continue;
    const right = band.filter((s) => s.right).length / band.length;
    const mean = band.reduce((sum, s) => sum + s.score, 0) / band.length;
    error += (band.length / all.length) * Math.abs(right - mean);
  }
  return error;
}

function printCalibration(all) {
  console.log('  score band: right/total (mean score)');
  scoreBands(all).forEach((band, k) => {
    const right = band.filter((s) => s.right).length;
    const mean = band.reduce((sum, s) => sum + s.score, 0) / Math.max(1, band.length);
    const lo = k / 10;
    if (band.length) console.log(`  ${lo.toFixed(1)}-${(lo + 0.1).toFixed(1)}: ${right}/${band.length} = ${(right / band.length).toFixed(2)} (${mean.toFixed(2)})`);
  });
}
