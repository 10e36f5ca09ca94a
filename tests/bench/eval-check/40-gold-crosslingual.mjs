// False alarms with the source: `check --zh` on the gold sets' parallel text (published human
// translations, paragraphs of five gold beads, built at run time and never written), findings
// per 1,000 English words per set and rule, and every `error` listed (there should be none).
// The magazine set (mag) is the one the cross-lingual rules were tuned on; aca and mac are the
// check.
import { performance } from 'node:perf_hooks';
import { GOLD_SETS, goldParallelDocuments } from '../lib/gold-parallel.mjs';

const TUNING_SET = 'mag';

export default async function goldCrosslingual(ctx) {
  if (!ctx.goldPresent) {
    console.log(`gold data absent at ${ctx.goldDir}: section skipped`);
    return;
  }
  const { checkEnglish } = await ctx.dist('checks/index.js');
  const { loadGlossary } = await ctx.dist('glossary/index.js');
  const glossary = loadGlossary();
  const verbose = ctx.args.includes('--verbose');
  const rows = [];
  let totalWords = 0;
  let totalFindings = 0;
  let totalErrors = 0;
  // The rules that read the Chinese source (issue 13): reported apart from the English-only ones.
  const sourceRule = (rule) => rule.startsWith('crosslingual/') || rule.startsWith('consistency/');
  let sourceFindings = 0;
  let sourceErrors = 0;
  for (const set of GOLD_SETS) {
    const documents = goldParallelDocuments(ctx.goldDir, set);
    if (documents.length === 0) {
      console.log(`${set.name}: absent`);
      continue;
    }
    const byRule = new Map();
    let words = 0;
    let count = 0;
    const errors = [];
    const t0 = performance.now();
    for (const doc of documents) {
      const findings = checkEnglish(doc.en, { glossary, chinese: { text: doc.zh } });
      words += doc.words;
      count += findings.length;
      for (const f of findings) {
        byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
        if (sourceRule(f.rule)) {
          sourceFindings++;
          if (f.severity === 'error') sourceErrors++;
        }
        if (f.severity === 'error') errors.push(`${doc.id}:${f.line} ${f.rule} “${f.text.slice(0, 60)}” ${f.message}`);
        if (verbose) console.log(`  ${doc.id}:${f.line} ${f.severity} ${f.rule} “${f.text.slice(0, 60)}” ${f.message.slice(0, 160)}`);
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    totalWords += words;
    totalFindings += count;
    totalErrors += errors.length;
    const per = (n) => ((n / words) * 1000).toFixed(2);
    const role = set.name === TUNING_SET ? 'tuning' : 'check';
    console.log(`${set.name} (${role}): ${words} English words, ${count} findings = ${per(count)} per 1,000 words, ${errors.length} errors (${seconds.toFixed(1)} s)`);
    for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`  ${rule}: ${n} (${per(n)} per 1,000 words)`);
    for (const e of errors.slice(0, 20)) console.log(`  error ${e}`);
    rows.push({ set: set.name, words, count });
  }
  if (totalWords) {
    console.log(`all sets: ${totalWords} words, ${totalFindings} findings = ${((totalFindings / totalWords) * 1000).toFixed(2)} per 1,000 words, ${totalErrors} errors (target ≤ 1 per 1,000, no error)`);
    console.log(`  of which crosslingual/* and consistency/*: ${sourceFindings} = ${((sourceFindings / totalWords) * 1000).toFixed(2)} per 1,000 words, ${sourceErrors} errors`);
  }
}
