// Fitting the aligner's weights on gold documents: the cost weights by a coordinate search
// that maximises exact-bead F1 (micro over the documents given), then the confidence model by
// logistic regression on the beads those weights predict. Deterministic: fixed order, fixed steps.
import { beadKey, scoreBeads, addScores, ZERO, f1 } from './gold.mjs';

/** The cost weights searched, each with its multiplicative step (halved each round). */
const SEARCHED = [
  ['lexical', 1.25],
  ['unmatched', 1.25],
  ['merge', 1.4],
  ['mergeZh', 1.4],
  ['mergeScale', 1.4],
  ['incomplete', 1.4],
  ['quote', 1.4],
  ['lexicalPower', 1.2],
  ['lengthSigma', 1.2],
];

/** Aligns `documents` with `weights`; returns the scores and every predicted bead with its features. */
export function alignAll(api, documents, weights) {
  let total = ZERO;
  const samples = [];
  const perDocument = [];
  for (const d of documents) {
    const aligned = api.alignSegmentsWithFeatures(d.zh, d.en, { weights, ...api.extraOptions });
    const predicted = aligned.map(({ bead }) => bead);
    const s = scoreBeads(predicted, d.gold);
    const goldKeys = new Set(d.gold.map(beadKey));
    for (const { bead, features } of aligned) samples.push({ features, score: bead.score, right: goldKeys.has(beadKey(bead)) });
    perDocument.push({ document: d, score: s, predicted });
    total = addScores(total, s);
  }
  return { total, samples, perDocument };
}

/**
 * Coordinate search from `start`: each weight in turn multiplied and divided by its step, a
 * change kept when F1 rises by more than `minGain` (0.003: about three beads of MAC-Dev's five
 * held-in chapters, so that a change must be worth more than the noise of a few beads);
 * `rounds` passes, steps shrinking.
 */
export function fitCostWeights(api, documents, start, { rounds = 2, minGain = 0.003, log = () => {} } = {}) {
  let cost = { ...start.cost };
  const evaluate = (candidate) => f1(alignAll(api, documents, { ...start, cost: candidate }).total).f;
  let best = evaluate(cost);
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, baseStep] of SEARCHED) {
      const step = 1 + (baseStep - 1) / 2 ** round;
      for (const factor of [step, 1 / step]) {
        let value = round4(cost[name] * factor);
        if (name === 'mergeFloor' && value > 1) continue;
        const candidate = { ...cost, [name]: value };
        const score = evaluate(candidate);
        if (score > best + minGain) {
          best = score;
          cost = candidate;
          log(`    ${name} → ${value} (F1 ${score.toFixed(4)})`);
          break;
        }
      }
    }
  }
  return { cost, f1: best };
}

/** Cost weights fitted on `documents`, then confidence coefficients fitted on their beads. */
export function fitWeights(api, documents, start, options = {}) {
  const { cost } = fitCostWeights(api, documents, start, options);
  const { samples } = alignAll(api, documents, { ...start, cost });
  const confidence = api.fitConfidence(samples, start.confidence);
  return { ...start, cost, confidence };
}

const round4 = (x) => Math.round(x * 1e4) / 1e4;
