// A small pair report built from invented text (not from the gold data): three links, an
// unmatched paragraph on each side, findings of two rules and a hostile `<script>`.
import { buildPairReport, type SourceSegment } from '../../src/export/index.js';
import type { Finding } from '../../src/types.js';

export const englishSource = [
  'The ministers met in Nur Sudan on 8 June.',
  'They agreed to deepen win-win cooperation.',
  'A note: <script>document.title="pwned"</script> & more.',
  'This paragraph has no Chinese counterpart.',
].join('\n');

function sentences(text: string): SourceSegment[] {
  let at = 0;
  return text.split('\n').map((line) => {
    const s = { text: line, sourceStart: at, sourceEnd: at + line.length };
    at += line.length + 1;
    return s;
  });
}

function finding(rule: string, severity: Finding['severity'], text: string, message: string, suggestions: string[], safe: boolean): Finding {
  const offset = englishSource.indexOf(text);
  return {
    rule, severity, message, line: englishSource.slice(0, offset).split('\n').length, column: 1, endLine: 1, endColumn: 1,
    offset, length: text.length, text, suggestions,
    ...(safe ? { fix: { offset, length: text.length, replacement: suggestions[0] } } : {}),
  };
}

export const reportFindings: Finding[] = [
  finding('glossary/known-garble', 'error', 'Nur Sudan', '“Nur Sudan” is a machine-translation garble of 努尔苏丹', ['Nur-Sultan'], true),
  finding('style/calque', 'warning', 'win-win', 'a calque of 共赢', ['mutually beneficial'], false),
  finding('style/calque', 'warning', '<script>', 'markup <b>in</b> a message', ['<i>x</i>'], false),
];

export function sampleReport() {
  return buildPairReport({
    title: 'Pair: first-meeting zh ↔ en',
    facts: [['pair', 'a.zh.txt ↔ a.en.txt'], ['relation', 'translation']],
    zhSentences: ['部长们6月8日在努尔苏丹举行会晤。', '双方同意深化互利共赢合作。', '注：<script>alert(1)</script>', '只有中文的段落。'],
    enSentences: sentences(englishSource),
    beads: [
      { zh: [0], en: [0], score: 0.92 },
      { zh: [1], en: [1], score: 0.81 },
      { zh: [2], en: [2], score: 0.44 },
      { zh: [3], en: [], score: 0.7 },
      { zh: [], en: [3], score: 0.7 },
    ],
    findings: reportFindings,
    rejected: 1,
  });
}
