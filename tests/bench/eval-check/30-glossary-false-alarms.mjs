// Section of `npm run eval:check`: findings per 1,000 words, by rule, on the published human
// English of the gold sets (MAC-Dev tgt, non-literary src), lines grouped into paragraphs of
// five, no Chinese, no date. Those English texts are good translations: every finding there is
// a false alarm. Counts only are printed (the texts are evaluation data, never copied).
//
//   npm run build && npm run eval:check -- --section glossary-false-alarms [--baseline-glossary FILE]
//
// With --baseline-glossary the same figures for that glossary (e.g. an older corpus/glossary.json
// from `git show REV:corpus/glossary.json`), for a before/after comparison.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const SETS = [
  ['mac', 'mac/dev/tgt'],
  ['aca', 'nonlit/aca/src'],
  ['mag', 'nonlit/mag/src'],
];
const PARAGRAPH_LINES = 5;

export default async function falseAlarms({ goldDir, goldPresent, valueOf, dist }) {
  if (!goldPresent) {
    console.log(`gold folder ${goldDir} is absent: nothing to evaluate (pass --gold DIR).`);
    return;
  }
  const { checkEnglish } = await dist('checks/index.js');
  const { loadGlossary } = await dist('glossary/index.js');
  const documents = [];
  for (const [set, folder] of SETS) {
    const dir = join(goldDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => /^\d+$/.test(f)).sort()) {
      const lines = readFileSync(join(dir, name), 'utf8').split('\n').filter((l) => l.trim());
      const paragraphs = [];
      for (let i = 0; i < lines.length; i += PARAGRAPH_LINES) paragraphs.push(lines.slice(i, i + PARAGRAPH_LINES).join(' '));
      documents.push({ set, text: `${paragraphs.join('\n\n')}\n`, words: lines.join(' ').split(/\s+/).filter(Boolean).length });
    }
  }
  const baseline = valueOf('--baseline-glossary');
  const runs = baseline ? [['baseline', loadGlossary(baseline)], ['curated', loadGlossary()]] : [['curated', loadGlossary()]];
  for (const [label, glossary] of runs) {
    const totals = new Map();
    for (const doc of documents) {
      const row = totals.get(doc.set) ?? { words: 0, rules: new Map() };
      totals.set(doc.set, row);
      row.words += doc.words;
      for (const f of checkEnglish(doc.text, { glossary })) row.rules.set(f.rule, (row.rules.get(f.rule) ?? 0) + 1);
    }
    const all = { words: 0, rules: new Map() };
    for (const row of totals.values()) {
      all.words += row.words;
      for (const [rule, n] of row.rules) all.rules.set(rule, (all.rules.get(rule) ?? 0) + n);
    }
    totals.set('all', all);
    console.log(`\n${label} glossary: ${glossary.entries.length} entries`);
    console.log('| set | words | rule | findings | per 1,000 words |\n|---|---:|---|---:|---:|');
    for (const [set, row] of totals) {
      for (const [rule, n] of [...row.rules].sort()) console.log(`| ${set} | ${row.words} | ${rule} | ${n} | ${((n * 1000) / row.words).toFixed(2)} |`);
    }
  }
}
