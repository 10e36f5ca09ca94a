// One run of a 10 MB single line (no line break anywhere) through every stage: it must finish,
// not overflow the stack, and keep its offsets in range.
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalize/index.js';
import { segmentParagraphs, splitSentences } from '../../src/segment/index.js';
import { alignDocuments } from '../../src/align/index.js';
import { checkEnglish } from '../../src/checks/index.js';
import { fixText } from '../../src/fix/index.js';

const TEN_MB = 10 * 1024 * 1024;

/** `unit` repeated to `size` UTF-16 code units, with no line break. */
function line(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

describe('a 10 MB single line', () => {
  it('English: normalise, segment, check and fix', { timeout: 240_000 }, () => {
    const text = line('The meeting in Nur Sudan agreed on anti -drug cooperation, 3.5% more trade; U.S. and Jan. 5. ', TEN_MB);
    expect(text.includes('\n')).toBe(false);
    const doc = normalizeDocument(text, { language: 'en' });
    expect(doc.text.length).toBeGreaterThan(TEN_MB * 0.9);
    const paragraphs = segmentParagraphs(doc);
    expect(paragraphs).toHaveLength(1);
    const sentences = paragraphs[0].sentences;
    expect(sentences.length).toBeGreaterThan(1000);
    expect(sentences.at(-1)!.end).toBeLessThanOrEqual(doc.text.length);
    const findings = checkEnglish(text, { date: '2022-06-08', english: { normalized: doc, paragraphs } });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.line).toBe(1);
      expect(text.slice(f.offset, f.offset + f.length)).toBe(f.text);
    }
    const fixed = fixText(text, (t) => checkEnglish(t, { date: '2022-06-08', rules: ['glossary/*', 'artifact/*'] }), { maxPasses: 2 });
    expect(fixed.text).not.toContain('Nur Sudan');
  });

  it('Chinese: normalise and split sentences; one paragraph against itself aligns', { timeout: 240_000 }, () => {
    const text = line('中华人民共和国和哈萨克斯坦共和国联(lián)合声明。双方同意加强合作！', TEN_MB);
    const doc = normalizeDocument(text, { language: 'zh' });
    expect(doc.text).not.toContain('(lián)');
    expect(splitSentences(doc.text, 'zh').length).toBeGreaterThan(100_000);
    const zh = segmentParagraphs(doc);
    expect(zh).toHaveLength(1);
    // One huge paragraph each side: the sentence search runs inside one paragraph bead.
    const en = segmentParagraphs(normalizeDocument(line('The two sides agreed to strengthen cooperation. ', 1_000_000), { language: 'en' }));
    const alignment = alignDocuments(zh.map((p) => ({ ...p, sentences: p.sentences.slice(0, 5_000) })), en.map((p) => ({ ...p, sentences: p.sentences.slice(0, 5_000) })));
    expect(alignment.paragraphs.flatMap((b) => b.zh)).toEqual([0]);
  });
});
