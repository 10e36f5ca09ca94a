// The aligner's fitted numbers are data (src/align/data/weights.json): the shipped file is
// valid, the schema rejects what the search cannot use, and the weights given through the
// options are the ones the search uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, alignSegments, checkWeightsShape, type AlignWeights } from '../../src/align/beads/index.js';
import { AlignWeightsSchema } from '../../src/align/weights-schema.js';

const file = join(import.meta.dirname, '..', '..', 'src', 'align', 'data', 'weights.json');

describe('weights.json', () => {
  it('is valid and is what the aligner uses by default', () => {
    const parsed = AlignWeightsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(parsed).toEqual(DEFAULT_WEIGHTS);
  });

  it.each([
    { change: { cost: { ...DEFAULT_WEIGHTS.cost, unmatched: -1 } }, why: 'a negative cost' },
    { change: { cost: { ...DEFAULT_WEIGHTS.cost, mergeFloor: 2 } }, why: 'a merge floor above 1' },
    { change: { confidence: { ...DEFAULT_WEIGHTS.confidence, bias: Number.NaN } }, why: 'a coefficient that is not a number' },
    { change: { confidence: { ...DEFAULT_WEIGHTS.confidence, extra: 1 } }, why: 'an unknown coefficient' },
    { change: { version: 2 }, why: 'another version' },
  ])('rejects $why', ({ change }) => {
    expect(AlignWeightsSchema.safeParse({ ...DEFAULT_WEIGHTS, ...change }).success).toBe(false);
  });

  it.each([
    { change: { confidence: { ...DEFAULT_WEIGHTS.confidence, bias: Number.NaN } }, message: /confidence\.bias is missing or not a finite number/ },
    { change: { confidence: { ...DEFAULT_WEIGHTS.confidence, extra: 1 } }, message: /confidence\.extra is not a known setting/ },
    { change: { cost: { ...DEFAULT_WEIGHTS.cost, merge: '1' } }, message: /cost\.merge is missing/ },
    { change: { learning: undefined }, message: /learning is not an object/ },
    { change: { version: 2 }, message: /version is not 1/ },
  ])('is refused at load when its shape is wrong: $message', ({ change, message }) => {
    expect(() => checkWeightsShape({ ...DEFAULT_WEIGHTS, ...change }, 'weights.json')).toThrow(message);
    expect(() => checkWeightsShape({ ...DEFAULT_WEIGHTS, ...change }, 'weights.json')).toThrow(/^weights\.json: .*refit/);
    expect(AlignWeightsSchema.safeParse({ ...DEFAULT_WEIGHTS, ...change }).success).toBe(false);
  });

  it('changes the beads when the options carry other weights', () => {
    const zh = ['他来了。', '她走了。', '我们都很高兴，因为天气很好，而且明天是假日。'];
    const en = ['He came.', 'She left.', 'We were all happy.', 'The weather was fine.', 'Tomorrow is a holiday.'];
    const key = (weights?: AlignWeights) => alignSegments(zh, en, weights ? { weights } : {}).map((b) => `${b.zh}:${b.en}`);
    const noMerging: AlignWeights = { ...DEFAULT_WEIGHTS, cost: { ...DEFAULT_WEIGHTS.cost, merge: 50, unmatched: 0.01 } };
    expect(key()).toContain('2:2,3,4');
    expect(key(noMerging)).not.toContain('2:2,3,4');
  });
});
