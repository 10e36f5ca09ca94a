// False alarms on good English: the English side of every gold set (published human
// translations and English originals, one sentence a line, read at run time and never copied),
// grouped into paragraphs of five lines and checked with every English-only rule. Prints per
// document and per split: English words, errors, warnings, warnings per 1,000 words, top rules.
// The split: rules were tuned on mac/dev 001–003 and nonlit/aca; the rest is held out.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const LINES_PER_PARAGRAPH = 5;
const TUNING = new Set(['mac/dev/001', 'mac/dev/002', 'mac/dev/003', 'nonlit/aca/001']);

/** The English side of each document of each set: the side (src or tgt) with fewer Han characters. */
function englishDocuments(goldDir) {
  const docs = [];
  const folders = (dir) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const group of folders(goldDir)) {
    const groupDir = join(goldDir, group);
    for (const set of folders(groupDir)) {
      const src = join(groupDir, set, 'src');
      const tgt = join(groupDir, set, 'tgt');
      if (!existsSync(src) || !existsSync(tgt)) continue;
      for (const id of readdirSync(src).filter((f) => /^\d+$/.test(f)).sort()) {
        const sides = [join(src, id), join(tgt, id)].filter(existsSync).map((path) => readFileSync(path, 'utf8'));
        const han = (text) => (text.match(/\p{Script=Han}/gu) ?? []).length;
        const english = sides.sort((a, b) => han(a) - han(b))[0];
        docs.push({ name: `${group}/${set}/${id}`, text: english });
      }
    }
  }
  return docs;
}

function paragraphs(text) {
  const lines = text.split('\n').filter((l) => l.trim());
  const out = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PARAGRAPH) out.push(lines.slice(i, i + LINES_PER_PARAGRAPH).join(' '));
  return `${out.join('\n\n')}\n`;
}

export default async function goodEnglish(ctx) {
  if (!ctx.goldPresent) {
    console.log(`gold folder ${ctx.goldDir} is absent: nothing to measure`);
    return;
  }
  const { checkEnglish } = await ctx.dist('checks/index.js');
  const { loadGlossary } = await ctx.dist('glossary/index.js');
  const glossary = loadGlossary();
  const totals = { tuning: blank(), 'held out': blank(), all: blank() };
  console.log('document               words  errors  warnings  per 1,000  top rules');
  for (const doc of englishDocuments(ctx.goldDir)) {
    const text = paragraphs(doc.text);
    const words = text.split(/\s+/).filter(Boolean).length;
    const findings = checkEnglish(text, { glossary });
    const row = tally(words, findings);
    console.log(line(doc.name, row));
    for (const key of [TUNING.has(doc.name) ? 'tuning' : 'held out', 'all']) add(totals[key], row);
  }
  for (const [name, row] of Object.entries(totals)) console.log(line(name, row));
}

const blank = () => ({ words: 0, errors: 0, warnings: 0, rules: new Map() });

function tally(words, findings) {
  const row = blank();
  row.words = words;
  for (const f of findings) {
    if (f.severity === 'error') row.errors++;
    if (f.severity === 'warning') row.warnings++;
    row.rules.set(f.rule, (row.rules.get(f.rule) ?? 0) + 1);
  }
  return row;
}

function add(total, row) {
  total.words += row.words;
  total.errors += row.errors;
  total.warnings += row.warnings;
  for (const [rule, n] of row.rules) total.rules.set(rule, (total.rules.get(rule) ?? 0) + n);
}

function line(name, row) {
  const rate = ((row.warnings * 1000) / Math.max(1, row.words)).toFixed(2);
  const top = [...row.rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([r, n]) => `${r} ${n}`).join(', ');
  return `${name.padEnd(20)} ${String(row.words).padStart(7)} ${String(row.errors).padStart(7)} ${String(row.warnings).padStart(9)} ${rate.padStart(10)}  ${top || '—'}`;
}
