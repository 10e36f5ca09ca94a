// `npm run eval:normalize`: how well page chrome is told from the body.
//
// 1. Over the page-layout fixtures (tests/golden/normalize/pages/<case>/: input.txt,
//    removed.txt listing the chrome lines by number, case.json naming the layout family and the
//    half: dev, held-out or held-out-2): per family and per half, the chrome lines kept and the body lines
//    lost (a line counts as removed when a removed block covers it; an end marker cut from the
//    end of a body line, such as "（完）", leaves the line in the body and is not counted).
// 2. On real text that has no chrome, the gold texts' Chinese and English sides (read from the
//    data folder at run time, never copied; absent → said so): how many of their lines the line
//    classifier takes for chrome, and how many lines normalisation removes from windows of 8
//    consecutive lines (each window a small document with a head and a tail).
//
//   npm run build && npm run eval:normalize -- [--half dev|held-out|held-out-2] [--pages DIR] [--cases]
//                                              [--gold DIR] [--leave-one-out]
//
// --cases lists every case with its own figures and the lines it got wrong. --leave-one-out
// scores every page with only the rules added after the blind held-out-2 run that other pages
// call for (tests/bench/lib/normalize-loo.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const valueOf = (flag) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const pagesDir = resolve(valueOf('--pages') ?? join(repo, 'tests', 'golden', 'normalize', 'pages'));
const onlyHalf = valueOf('--half');
const listCases = args.includes('--cases');
const loo = args.includes('--leave-one-out');
const goldDir = resolve(valueOf('--gold') ?? join(repo, '..', 'shared', 'gold'));
const WINDOW = 8;

if (!existsSync(join(repo, 'dist', 'normalize', 'index.js'))) {
  console.error('silkalign: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
if (!existsSync(pagesDir)) {
  console.log(`page fixtures ${pagesDir} are absent: nothing to evaluate (pass --pages DIR).`);
  process.exit(0);
}
const { normalizeDocument } = await import(pathToFileURL(join(repo, 'dist', 'normalize', 'index.js')).href);
const { chromeClassifier } = await import(pathToFileURL(join(repo, 'dist', 'normalize', 'chrome-lines.js')).href);

/** Source lines (1-based) that the removed blocks cover, end markers inside a line excepted. */
function removedLines(doc, sourceLines) {
  const lines = new Set();
  for (const block of doc.removed) {
    if (block.rule === 'tail/news-end-marker') continue;
    for (let n = block.startLine; n <= block.endLine; n++) if (sourceLines[n - 1]?.trim()) lines.add(n);
  }
  return lines;
}

const rows = [];
for (const id of readdirSync(pagesDir).sort()) {
  const dir = join(pagesDir, id);
  if (!existsSync(join(dir, 'case.json'))) continue;
  const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
  if (onlyHalf && meta.half !== onlyHalf) continue;
  const input = readFileSync(join(dir, 'input.txt'), 'utf8');
  const sourceLines = input.split(/\r\n|\r|\n/);
  const chrome = new Set(
    readFileSync(join(dir, 'removed.txt'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => Number(l.split('\t')[0])),
  );
  const doc = normalizeDocument(input, { language: meta.language });
  const removed = removedLines(doc, sourceLines);
  const body = sourceLines.map((l, i) => i + 1).filter((n) => sourceLines[n - 1].trim() && !chrome.has(n));
  const kept = [...chrome].filter((n) => !removed.has(n));
  const lost = body.filter((n) => removed.has(n));
  rows.push({ id, ...meta, chrome: chrome.size, body: body.length, kept, lost, sourceLines, input, chromeLines: [...chrome], bodyLines: body });
}

const sum = (list, key) => list.reduce((n, r) => n + (Array.isArray(r[key]) ? r[key].length : r[key]), 0);
const pct = (a, b) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const line = (label, list) =>
  `${label.padEnd(22)} ${String(list.length).padStart(5)} ${String(sum(list, 'chrome')).padStart(7)} ${String(sum(list, 'kept')).padStart(5)} ${pct(sum(list, 'kept'), sum(list, 'chrome'))} ${String(sum(list, 'body')).padStart(6)} ${String(sum(list, 'lost')).padStart(5)} ${pct(sum(list, 'lost'), sum(list, 'body'))}`;
const header = `${''.padEnd(22)} ${'cases'.padStart(5)} ${'chrome'.padStart(7)} ${'kept'.padStart(5)} ${''.padStart(6)} ${'body'.padStart(6)} ${'lost'.padStart(5)}`;

const families = [...new Set(rows.map((r) => r.family))].sort();
function printTables(list) {
  const halves = [...new Set(list.map((r) => r.half))].sort();
  for (const half of halves) {
    const inHalf = list.filter((r) => r.half === half);
    console.log(`\n${half}\n${header}`);
    for (const family of families) {
      const ofFamily = inHalf.filter((r) => r.family === family);
      if (ofFamily.length) console.log(line(family, ofFamily));
    }
    console.log(line('all', inHalf));
  }
  if (halves.length > 1) console.log(`\n${header}\n${line('all halves', list)}`);
}
console.log(`page fixtures: ${pagesDir.startsWith(repo) ? pagesDir.slice(repo.length + 1) : pagesDir}`);
printTables(rows);

if (listCases) {
  console.log('\ncases (chrome kept / body lost):');
  for (const r of rows) {
    console.log(`  ${r.half.padEnd(8)} ${r.id.padEnd(30)} ${r.kept.length}/${r.chrome} ${r.lost.length}/${r.body}`);
    for (const n of r.kept) console.log(`      kept ${n}: ${r.sourceLines[n - 1]}`);
    for (const n of r.lost) console.log(`      lost ${n}: ${r.sourceLines[n - 1]}`);
  }
}

const goldFiles = [];
for (const set of ['mac/dev/src', 'mac/dev/tgt', 'nonlit/aca/src', 'nonlit/aca/tgt', 'nonlit/mag/src', 'nonlit/mag/tgt']) {
  const dir = join(goldDir, set);
  if (existsSync(dir)) for (const f of readdirSync(dir).sort()) if (/^\d+$/.test(f)) goldFiles.push(join(dir, f));
}
const goldWindows = [];
for (const file of goldFiles) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  for (let start = 0; start + WINDOW <= lines.length; start += WINDOW) goldWindows.push(lines.slice(start, start + WINDOW));
}

if (loo) {
  const { leaveOneOut } = await import(pathToFileURL(join(repo, 'tests', 'bench', 'lib', 'normalize-loo.mjs')).href);
  const cases = rows.map((r) => ({ id: r.id, language: r.language, input: r.input, sourceLines: r.sourceLines, chrome: r.chromeLines, body: r.bodyLines }));
  const { rows: scored, report } = await leaveOneOut({ repo, cases, goldWindows, removedLines, normalizeDocument });
  console.log(`\nleave one page out (${goldWindows.length ? 'gold windows checked' : 'no gold windows'})\n${report.join('\n')}`);
  const byId = new Map(scored.map((r) => [r.id, r]));
  printTables(rows.map((r) => ({ ...r, kept: byId.get(r.id).kept, lost: byId.get(r.id).lost })));
  for (const r of scored)
    for (const n of r.kept) console.log(`      ${r.id} kept ${n} (scored without: ${r.off.join(', ')}): ${r.sourceLines[n - 1]}`);
}

// 2. Real text without chrome.
console.log('\nreal text without chrome (gold texts, both languages)');
if (goldFiles.length === 0) {
  console.log(`  gold folder ${goldDir} is absent: skipped (pass --gold DIR).`);
  process.exit(0);
}
const { classify, isRelatedHeader } = chromeClassifier();
let lineCount = 0;
const taken = new Map();
let windows = 0;
let windowLines = 0;
let windowLost = 0;
for (const file of goldFiles) {
  const raw = readFileSync(file, 'utf8');
  for (const line of normalizeDocument(raw, { keepBoilerplate: true }).text.split('\n')) {
    if (!line) continue;
    lineCount++;
    const rule = classify(line) ?? (isRelatedHeader(line) ? 'tail/related-articles' : undefined);
    if (rule) taken.set(rule, (taken.get(rule) ?? 0) + 1);
  }
}
for (const window of goldWindows) {
  windows++;
  windowLines += WINDOW;
  windowLost += removedLines(normalizeDocument(window.join('\n')), window).size;
}
const takenTotal = [...taken.values()].reduce((a, b) => a + b, 0);
const byRule = [...taken].map(([r, n]) => `${r} ${n}`).join(', ');
console.log(`  lines the classifier takes for chrome: ${takenTotal} of ${lineCount} (${pct(takenTotal, lineCount).trim()})${byRule ? `: ${byRule}` : ''}`);
console.log(`  lines removed from ${windows} windows of ${WINDOW} lines: ${windowLost} of ${windowLines} (${pct(windowLost, windowLines).trim()})`);
