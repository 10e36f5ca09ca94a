// Alignment decisions: keyed by the sentences' text, applied as direct bead edits that keep every
// segment in exactly one bead, in order; stale when the text is gone, ambiguous or contradicted.
// Table cases for each reviewer's action, then properties over random alignments and edit sessions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignmentDecisionFor,
  applyAlignmentDecisions,
  parseDecisions,
  recordDecision,
  SentenceIndex,
  type AlignmentDecision,
} from '../../src/fix/index.js';
import type { Bead, Finding } from '../../src/types.js';

const PAIR = 'a-zh--a-en';
const zhText = (i: number) => `中文句子${'一二三四五六七八九十'[i % 10]}${i}。`;
const enText = (i: number) => `English sentence ${i}.`;
const docs = (zh: number, en: number) => ({ zh: new SentenceIndex(Array.from({ length: zh }, (_, i) => zhText(i))), en: new SentenceIndex(Array.from({ length: en }, (_, i) => enText(i))) });
const b = (zh: number[], en: number[], score = 0.8): Bead => ({ zh, en, score });
const link = (zh: number[], en: number[]): AlignmentDecision => ({ pair: PAIR, zh: zh.map(zhText), en: en.map(enText), decision: 'link' });
const alone = (side: 'zh' | 'en', i: number): AlignmentDecision => ({ pair: PAIR, zh: side === 'zh' ? [zhText(i)] : [], en: side === 'en' ? [enText(i)] : [], decision: 'unmatched' });
const shape = (beads: readonly Bead[]) => beads.map((x) => `[${x.zh}]:[${x.en}]${x.reviewed ? '✓' : ''}@${x.score}`);

/** Every segment in exactly one bead, in order, no empty bead. */
function coversInOrder(beads: readonly Bead[], zh: number, en: number): boolean {
  const z = beads.flatMap((x) => x.zh);
  const e = beads.flatMap((x) => x.en);
  return beads.every((x) => x.zh.length + x.en.length > 0) && z.join() === Array.from({ length: zh }, (_, i) => i).join() && e.join() === Array.from({ length: en }, (_, i) => i).join();
}

describe('applyAlignmentDecisions: each reviewer action', () => {
  const cases: Array<{ name: string; zh: number; en: number; beads: Bead[]; decisions: AlignmentDecision[]; expected: string[] }> = [
    {
      name: 'merge two beads',
      zh: 3, en: 3, beads: [b([0], [0]), b([1], [1], 0.3), b([2], [2])],
      decisions: [link([0, 1], [0, 1])],
      expected: ['[0,1]:[0,1]✓@1', '[2]:[2]@0.8'],
    },
    {
      name: 'split a bead',
      zh: 2, en: 2, beads: [b([0, 1], [0, 1], 0.4)],
      decisions: [link([0], [0]), link([1], [1])],
      expected: ['[0]:[0]✓@1', '[1]:[1]✓@1'],
    },
    {
      name: 'move a sentence to the next bead',
      zh: 2, en: 3, beads: [b([0], [0, 1]), b([1], [2])],
      decisions: [link([0], [0]), link([1], [1, 2])],
      expected: ['[0]:[0]✓@1', '[1]:[1,2]✓@1'],
    },
    {
      name: 'a segment with no counterpart (the rest of its bead, cut, scores 0)',
      zh: 2, en: 1, beads: [b([0, 1], [0])],
      decisions: [alone('zh', 1)],
      expected: ['[0]:[0]@0', '[1]:[]✓@1'],
    },
    {
      name: 'the first sentence of a bead with no counterpart: the other side stays with the rest',
      zh: 1, en: 2, beads: [b([0], [0, 1])],
      decisions: [alone('en', 0), link([0], [1])],
      expected: ['[]:[0]✓@1', '[0]:[1]✓@1'],
    },
    {
      name: 'a confirmed link',
      zh: 2, en: 2, beads: [b([0], [0], 0.35), b([1], [1])],
      decisions: [link([0], [0])],
      expected: ['[0]:[0]✓@1', '[1]:[1]@0.8'],
    },
    {
      name: 'a link across the aligner’s beads cuts them',
      zh: 3, en: 3, beads: [b([0], [0]), b([1], [1]), b([2], [2])],
      decisions: [link([1], [2])],
      expected: ['[0]:[0]@0.8', '[]:[1]@0', '[1]:[2]✓@1', '[2]:[]@0'],
    },
    {
      name: 'a decision whose sentence is gone is stale, nothing changes',
      zh: 2, en: 2, beads: [b([0], [0]), b([1], [1])],
      decisions: [{ ...link([0, 1], [0, 1]), en: ['A sentence since rewritten.', enText(1)] }],
      expected: ['[0]:[0]@0.8', '[1]:[1]@0.8'],
    },
    {
      name: 'of two contradicting decisions the first in the file wins',
      zh: 3, en: 3, beads: [b([0], [0]), b([1], [1]), b([2], [2])],
      decisions: [link([0, 1], [0, 1]), link([1, 2], [1, 2])],
      expected: ['[0,1]:[0,1]✓@1', '[2]:[2]@0.8'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { zh, en } = docs(c.zh, c.en);
      const out = applyAlignmentDecisions(zh, en, c.beads, c.decisions);
      expect(shape(out.beads)).toEqual(c.expected);
      expect(coversInOrder(out.beads, c.zh, c.en)).toBe(true);
    });
  }

  it('reports why a decision is stale', () => {
    const { zh, en } = docs(3, 3);
    const beads = [b([0], [0]), b([1], [1]), b([2], [2])];
    const gone = { ...link([0], [0]), zh: ['已删除的句子。'] };
    const apart = link([0, 2], [0]);
    const out = applyAlignmentDecisions(zh, en, beads, [link([0, 1], [0, 1]), gone, apart, link([1, 2], [1, 2])]);
    expect(out.stale.map((s) => s.reason)).toEqual([
      'Chinese: its sentence is no longer in the document',
      'Chinese: its sentences are no longer together in the document',
      'contradicts an earlier decision',
    ]);
  });

  it('survives edits above it: sentences inserted before the link move it, not the decision', () => {
    const { zh, en } = docs(4, 4);
    const decision = alignmentDecisionFor(PAIR, zh, en, { zh: [2, 3], en: [2] });
    // The same documents with two new sentences on each side at the start.
    const zh2 = new SentenceIndex(['新的第一句。', '新的第二句。', ...zh.texts]);
    const en2 = new SentenceIndex(['A new first sentence.', 'A new second one.', ...en.texts]);
    const beads = Array.from({ length: 6 }, (_, i) => b([i], [i]));
    const out = applyAlignmentDecisions(zh2, en2, beads, [decision]);
    expect(out.stale).toEqual([]);
    expect(shape(out.beads)).toContain('[4,5]:[4]✓@1');
    expect(coversInOrder(out.beads, 6, 6)).toBe(true);
  });

  it('tells repeated sentences apart by the sentence before, recorded only for them', () => {
    const zh = new SentenceIndex(['甲。', '重复。', '乙。', '重复。']);
    const en = new SentenceIndex(['A.', 'Again.', 'B.', 'Again.']);
    const decision = alignmentDecisionFor(PAIR, zh, en, { zh: [3], en: [3] });
    expect(decision).toEqual({ pair: PAIR, zh: ['重复。'], en: ['Again.'], zhBefore: '乙。', enBefore: 'B.', decision: 'link' });
    expect(alignmentDecisionFor(PAIR, zh, en, { zh: [0], en: [0] })).not.toHaveProperty('zhBefore');
    const beads = [b([0], [0]), b([1], [1]), b([2, 3], [2, 3])];
    const out = applyAlignmentDecisions(zh, en, beads, [decision]);
    expect(shape(out.beads)).toEqual(['[0]:[0]@0.8', '[1]:[1]@0.8', '[2]:[2]@0', '[3]:[3]✓@1']);
    // Without the sentence before, it is ambiguous: stale.
    const { zhBefore: _z, enBefore: _e, ...bare } = decision;
    expect(applyAlignmentDecisions(zh, en, beads, [bare]).stale[0].reason).toBe('Chinese: its text occurs 2 times and the sentence before it does not tell which');
  });

  it('compares text with white space collapsed', () => {
    const zh = new SentenceIndex(['甲。']);
    const en = new SentenceIndex(['The  ministers\nmet.']);
    const out = applyAlignmentDecisions(zh, en, [b([0], [0], 0.2)], [{ pair: PAIR, zh: ['甲。'], en: ['The ministers met.'], decision: 'link' }]);
    expect(out.beads[0].reviewed).toBe(true);
  });
});

describe('the decisions file with alignment decisions', () => {
  const finding: Finding = { rule: 'glossary/known-garble', severity: 'error', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, offset: 4, length: 9, text: 'Nur Sudan', suggestions: ['Nur-Sultan'] };

  it('an old file (finding decisions only) still loads', () => {
    const old = parseDecisions('{"version": 1, "decisions": [{"rule": "glossary/known-garble", "text": "Nur Sudan", "decision": "reject"}]}', 'd.json');
    expect(old.alignment).toBeUndefined();
    expect(old.decisions).toHaveLength(1);
  });

  it('a file with alignment decisions loads; a malformed one is refused naming the entry', () => {
    const ok = parseDecisions(JSON.stringify({ version: 1, decisions: [], alignment: [link([0], [0]), alone('zh', 1)] }), 'd.json');
    expect(ok.alignment).toHaveLength(2);
    expect(() => parseDecisions(JSON.stringify({ version: 1, decisions: [], alignment: [{ ...link([0], [0]), en: [] }] }), 'd.json')).toThrow(
      /d\.json: invalid decisions file at alignment\.0: a "link" names sentences on both sides/,
    );
    expect(() => parseDecisions(JSON.stringify({ version: 1, decisions: [], alignment: [{ ...link([0], [0]), index: 3 }] }), 'd.json')).toThrow(/alignment\.0/);
  });

  it('recording a finding decision keeps the alignment decisions', () => {
    const file = { version: 1 as const, decisions: [], alignment: [link([0], [0])] };
    const next = recordDecision(file, 'Met Nur Sudan today.', finding, { decision: 'reject' });
    expect(next.alignment).toEqual(file.alignment);
    expect(next.decisions).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: random aligner output, random reviewer sessions.

/** A random cover of zh × en segments by beads in order (1-1, 2-1, 1-2, 1-0, 0-1 …). */
const alignment = fc
  .array(fc.constantFrom([1, 1], [1, 1], [2, 1], [1, 2], [1, 0], [0, 1], [2, 2], [3, 1]), { minLength: 1, maxLength: 14 })
  .chain((shapes) => fc.tuple(fc.constant(shapes), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: shapes.length, maxLength: shapes.length })))
  .map(([shapes, scores]) => {
    const beads: Bead[] = [];
    let z = 0;
    let e = 0;
    shapes.forEach(([n, m], k) => {
      beads.push({ zh: Array.from({ length: n }, (_, i) => z + i), en: Array.from({ length: m }, (_, j) => e + j), score: scores[k] });
      z += n;
      e += m;
    });
    return { beads, zh: z, en: e };
  });

type Action = { kind: 'merge' | 'split' | 'move' | 'alone' | 'confirm'; at: number; side: 'zh' | 'en'; k: number };
const action: fc.Arbitrary<Action> = fc.record({
  kind: fc.constantFrom('merge', 'split', 'move', 'alone', 'confirm'),
  at: fc.nat(40),
  side: fc.constantFrom('zh', 'en'),
  k: fc.nat(4),
});

/** One reviewer action on the view, as the review page does it: beads i..j replaced by new ones, all reviewed. */
function edit(view: Bead[], a: Action): { from: number; to: number; beads: Bead[] } | undefined {
  const i = a.at % view.length;
  const bead = view[i];
  const make = (zh: number[], en: number[]): Bead[] => (zh.length && en.length ? [{ zh, en, score: 1 }] : [...zh.map((x) => ({ zh: [x], en: [], score: 1 })), ...en.map((y) => ({ zh: [], en: [y], score: 1 }))]);
  switch (a.kind) {
    case 'confirm':
      return { from: i, to: i + 1, beads: make(bead.zh, bead.en) };
    case 'merge': {
      const next = view[i + 1];
      return next ? { from: i, to: i + 2, beads: make([...bead.zh, ...next.zh], [...bead.en, ...next.en]) } : undefined;
    }
    case 'split': {
      const cz = bead.zh.length ? 1 + (a.k % bead.zh.length) : 0;
      const ce = bead.en.length ? a.k % (bead.en.length + 1) : 0;
      const first = make(bead.zh.slice(0, cz), bead.en.slice(0, ce));
      const second = make(bead.zh.slice(cz), bead.en.slice(ce));
      return first.length && second.length ? { from: i, to: i + 1, beads: [...first, ...second] } : undefined;
    }
    case 'move': {
      const next = view[i + 1];
      if (!next || bead[a.side].length === 0) return undefined;
      const moved = bead[a.side].at(-1)!;
      const rest = { ...bead, [a.side]: bead[a.side].slice(0, -1) } as Bead;
      const grown = { ...next, [a.side]: [moved, ...next[a.side]] } as Bead;
      return { from: i, to: i + 2, beads: [...make(rest.zh, rest.en), ...make(grown.zh, grown.en)] };
    }
    case 'alone': {
      const list = bead[a.side];
      if (list.length === 0) return undefined;
      const s = a.k % 2 === 0 ? list[0] : list.at(-1)!;
      if (list.length > 1 && s !== list[0] && s !== list.at(-1)) return undefined;
      const rest = list.filter((x) => x !== s);
      const single = make(a.side === 'zh' ? [s] : [], a.side === 'en' ? [s] : []);
      const remainder = make(a.side === 'zh' ? rest : bead.zh, a.side === 'en' ? rest : bead.en);
      return { from: i, to: i + 1, beads: s === list[0] ? [...single, ...remainder] : [...remainder, ...single] };
    }
  }
}

const key = (x: Bead) => `${x.zh}|${x.en}`;

describe('applyAlignmentDecisions: properties', () => {
  it('any decisions keep every segment in exactly one bead, in order', () => {
    fc.assert(
      fc.property(alignment, fc.array(fc.tuple(fc.nat(20), fc.nat(3), fc.nat(20), fc.nat(3), fc.boolean()), { maxLength: 6 }), ({ beads, zh: nz, en: ne }, raw) => {
        const { zh, en } = docs(nz, ne);
        const decisions = raw.flatMap(([z, n, e, m, single]): AlignmentDecision[] => {
          if (single) return nz ? [alone('zh', z % nz)] : [];
          const zs = Array.from({ length: 1 + n }, (_, k) => (z % Math.max(1, nz)) + k).filter((x) => x < nz);
          const es = Array.from({ length: 1 + m }, (_, k) => (e % Math.max(1, ne)) + k).filter((x) => x < ne);
          return zs.length && es.length ? [link(zs, es)] : [];
        });
        const out = applyAlignmentDecisions(zh, en, beads, decisions);
        expect(coversInOrder(out.beads, nz, ne)).toBe(true);
        // Every decision is applied (a reviewed bead) or reported stale, never both or neither.
        expect(out.decisions.filter(Boolean).length + out.stale.length).toBe(decisions.length);
        for (const x of out.beads) expect(x.score >= 0 && x.score <= 1).toBe(true);
      }),
    );
  });

  it('a reviewer’s session replayed from its decisions gives the view the reviewer saw', () => {
    fc.assert(
      fc.property(alignment, fc.array(action, { minLength: 1, maxLength: 8 }), ({ beads, zh: nz, en: ne }, actions) => {
        const { zh, en } = docs(nz, ne);
        let view = beads.map((x) => ({ ...x }));
        let decisions: AlignmentDecision[] = [];
        const decisionOf = new Map<string, AlignmentDecision>();
        for (const a of actions) {
          const change = edit(view, a);
          if (!change) continue;
          for (const old of view.slice(change.from, change.to)) {
            const d = decisionOf.get(key(old));
            if (d) decisions = decisions.filter((x) => x !== d);
          }
          for (const nb of change.beads) {
            const d = alignmentDecisionFor(PAIR, zh, en, nb);
            decisionOf.set(key(nb), d);
            decisions.push(d);
          }
          view = [...view.slice(0, change.from), ...change.beads.map((x) => ({ ...x, reviewed: true })), ...view.slice(change.to)];
        }
        const out = applyAlignmentDecisions(zh, en, beads, decisions);
        expect(out.stale).toEqual([]);
        expect(coversInOrder(out.beads, nz, ne)).toBe(true);
        expect(out.beads.map(key).sort()).toEqual(view.map(key).sort());
        expect(out.beads.filter((x) => x.reviewed).map(key).sort()).toEqual(view.filter((x) => x.reviewed).map(key).sort());
      }),
    );
  });
});
