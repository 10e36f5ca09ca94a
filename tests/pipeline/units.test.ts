// A corpus run over units gives exactly the output of the whole corpus as one unit: units return
// data and the run's files are rendered once from it, in manifest and pair-id order, whatever
// the number of threads. The corpus mixes declared pairs with an undeclared pair, listed among
// them in the manifest, whose pair id falls between two declared ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { OUTPUT_MARKER } from '../../src/export/index.js';
import { corpusUnits, PairOrder, runPipeline } from '../../src/pipeline/index.js';
import type { ManifestEntry } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { listTree, PAIR_EN, PAIR_ZH, removeScratch, scratch, writeFiles } from '../hardening/helpers.js';

const entry = (id: string, language: 'zh' | 'en', counterpart?: string): ManifestEntry => ({
  id, file: `documents/${id}.txt`, language, kind: 'other', origin: 'unknown', date: '2023-05-18', ...(counterpart ? { counterpart } : {}),
});

/** p1, p3, p4 declared; p2b found by pairing (its id sorts between p1 and p3); lone-en alone. */
const MANIFEST: ManifestEntry[] = [
  entry('p1-zh', 'zh', 'p1-en'), entry('p1-en', 'en', 'p1-zh'),
  entry('p2b-zh', 'zh'), entry('lone-en', 'en'), entry('p2b-en', 'en'),
  entry('p3-zh', 'zh', 'p3-en'), entry('p3-en', 'en', 'p3-zh'),
  entry('p4-zh', 'zh', 'p4-en'), entry('p4-en', 'en', 'p4-zh'),
];

let dir: string;
beforeAll(() => {
  dir = scratch('silkalign-units-');
  const text = (e: ManifestEntry, n: number) =>
    e.id === 'lone-en' ? 'The Nur Sudan meeting was held in 2022.\n' : e.language === 'zh' ? PAIR_ZH.replace('400亿', `${400 + n}亿`) : PAIR_EN.replace('40 billion', `${40 + n / 10} billion`);
  writeFiles(join(dir, 'corpus'), {
    'manifest.json': JSON.stringify({ version: 1, documents: MANIFEST }),
    ...Object.fromEntries(MANIFEST.map((e, i) => [e.file, text(e, Math.floor(i / 2))])),
  });
});
afterAll(() => removeScratch(dir));

describe('corpusUnits', () => {
  it('puts the undeclared documents first, then each declared pair in pair-id order', () => {
    expect(corpusUnits(MANIFEST).map((u) => [u.pairId, u.entries.map((e) => e.id)])).toEqual([
      [undefined, ['p2b-zh', 'lone-en', 'p2b-en']],
      ['p1-zh--p1-en', ['p1-zh', 'p1-en']],
      ['p3-zh--p3-en', ['p3-zh', 'p3-en']],
      ['p4-zh--p4-en', ['p4-zh', 'p4-en']],
    ]);
  });
});

describe('PairOrder', () => {
  it('lets the held pairs of the first unit through in their place among the declared ones', () => {
    const order = new PairOrder<{ id: string }>();
    const ids = (pairs: Array<{ id: string }>) => pairs.map((p) => p.id);
    expect(ids(order.add([{ id: 'b' }, { id: 'x' }], false))).toEqual([]);
    expect(ids(order.add([{ id: 'a' }], true))).toEqual(['a']);
    expect(ids(order.add([{ id: 'c' }], true))).toEqual(['b', 'c']);
    expect(ids(order.flush())).toEqual(['x']);
  });

  it('refuses undeclared pairs after declared ones (the order could not be kept)', () => {
    const order = new PairOrder<{ id: string }>();
    order.add([{ id: 'a' }], true);
    expect(() => order.add([{ id: 'b' }], false)).toThrow(/first unit/);
  });
});

describe('a run over units', () => {
  it('writes, with 1 or 2 threads, the files of the whole corpus run as one unit', async () => {
    const whole = runPipeline(await loadCorpus(join(dir, 'corpus')), { toolVersion: JSON.parse(readFileSync('package.json', 'utf8')).version });
    expect(whole.get('index.md')).toContain('| [p2b-zh--p2b-en](p2b-zh--p2b-en/alignment.md) |');
    for (const jobs of ['1', '2']) {
      const r = runCli(['run', '--corpus', 'corpus', '--out', `out-${jobs}`, '--jobs', jobs, '--quiet'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const files = listTree(join(dir, `out-${jobs}`)).filter((f) => f !== OUTPUT_MARKER);
      expect(files.sort()).toEqual([...whole.keys()].sort());
      for (const f of files) expect(readFileSync(join(dir, `out-${jobs}`, f), 'utf8'), `${f} with --jobs ${jobs}`).toBe(whole.get(f));
    }
  });
});
