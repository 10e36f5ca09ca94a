// Recall on the damage of the English machine-translation seeds (tests/checks/data/
// seed-damage.json, read off the texts by hand: the issues' acceptance lists are the `required`
// items), and the findings that match no listed damage ("other findings"), each listed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export default async function seedDamage(ctx) {
  const { checkEnglish } = await ctx.dist('checks/index.js');
  const { loadGlossary } = await ctx.dist('glossary/index.js');
  const glossary = loadGlossary();
  const { documents } = JSON.parse(readFileSync(join(ctx.repo, 'tests', 'checks', 'data', 'seed-damage.json'), 'utf8'));
  for (const doc of documents) {
    const text = readFileSync(join(ctx.repo, 'corpus', 'documents', doc.file), 'utf8');
    const findings = checkEnglish(text, { glossary, date: doc.date });
    const { missed, other } = score(findings, doc.expected);
    const required = doc.expected.filter((e) => e.required);
    const requiredMissed = missed.filter((e) => e.required);
    const pct = (found, all) => `${(((all - found) / Math.max(1, all)) * 100).toFixed(1)}%`;
    console.log(`${doc.file}: ${findings.length} findings`);
    console.log(`  recall on the acceptance list ${pct(requiredMissed.length, required.length)} (${required.length - requiredMissed.length}/${required.length}); on every listed place ${pct(missed.length, doc.expected.length)} (${doc.expected.length - missed.length}/${doc.expected.length})`);
    console.log(`  other findings: ${other.length}${doc.otherFindingsAtMost !== undefined ? ` (at most ${doc.otherFindingsAtMost} allowed)` : ''}`);
    for (const f of other) console.log(`    ${f.line}:${f.column} ${f.rule} “${f.text}”`);
    for (const e of missed) console.log(`  missed ${e.line} ${e.rule} “${e.text}”${e.required ? ' (required)' : ''}`);
  }
}

function satisfies(f, e) {
  if (f.line !== e.line) return false;
  if (e.rule.endsWith('/') ? !f.rule.startsWith(e.rule) : f.rule !== e.rule) return false;
  if (e.within ? !f.text.includes(e.text) : f.text !== e.text) return false;
  return e.suggestion === undefined || f.suggestions.some((s) => s.includes(e.suggestion));
}

/** As in tests/checks/acceptance.test.ts: each listed place matched by a distinct finding where possible. */
function score(findings, expected) {
  const used = new Set();
  const missed = [];
  for (const e of expected) {
    const match = findings.find((f) => !used.has(f) && satisfies(f, e)) ?? (e.within ? findings.find((f) => satisfies(f, e)) : undefined);
    if (match) used.add(match);
    else missed.push(e);
  }
  return { missed, other: findings.filter((f) => !used.has(f) && !expected.some((e) => satisfies(f, e))) };
}
