// Leave-one-page-out for the chrome classifier (`npm run eval:normalize -- --leave-one-out`).
//
// The rules added after the held-out-2 pages were first run blind (FEATURES: shapes that
// src/normalize/shape-switches.ts can switch off, vocabulary entries that can be left out of
// data/chrome.json) are each switched off in turn, to see which pages each one changes. Then every
// page is scored with only the features that some *other* page calls for (a feature that removes
// chrome another page keeps without it, and loses no body line of any other page nor of the gold
// windows): a feature only the scored page asks for is off while it is scored.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Vocabulary entries by feature: path in chrome.json, then the entries (words, or pattern names). */
const VOCABULARY_FEATURES = {
  'credit lines': { list: ['fieldLabels', 'patterns'], names: ['credits'] },
  'button words': {
    list: ['widgets', 'words'],
    words: ['see more', 'show more', 'load more', 'continue reading', 'keep reading', 'sponsored',
      'sponsored content', 'advertisement', 'print version', 'printable version', 'back to list', 'back'],
  },
  'follow button, counters': [
    { list: ['widgets', 'words'], words: ['关注', '已关注', '+关注'] },
    { list: ['widgets', 'patterns'], names: ['counter'] },
  ],
  'subscription pitch': { list: ['footer'], names: ['subscription pitch'] },
  'tag-list headings': {
    list: ['relatedHeaders'],
    words: ['Tags', 'Topics', 'Suggested Topics', 'Keywords', 'More on this story', '标签', '关键词', '热门标签', '相关标签', '相关话题'],
  },
};

export async function leaveOneOut({ repo, cases, goldWindows, removedLines, normalizeDocument }) {
  const dist = (f) => pathToFileURL(join(repo, 'dist', 'normalize', f)).href;
  const { SHAPES, switchShapesOff } = await import(dist('shape-switches.js'));
  const { useChromeVocabulary } = await import(dist('chrome-lines.js'));
  const shipped = JSON.parse(readFileSync(join(repo, 'src', 'normalize', 'data', 'chrome.json'), 'utf8'));
  const features = [...SHAPES, ...Object.keys(VOCABULARY_FEATURES)];

  const configure = (off) => {
    switchShapesOff(off.filter((f) => SHAPES.includes(f)));
    const data = JSON.parse(JSON.stringify(shipped));
    for (const f of off.filter((x) => VOCABULARY_FEATURES[x]))
      for (const { list, names, words } of [VOCABULARY_FEATURES[f]].flat()) {
        const parent = list.slice(0, -1).reduce((o, k) => o[k], data);
        const key = list[list.length - 1];
        parent[key] = parent[key].filter((e) => (names ? !names.includes(e.name) : !words.includes(e)));
      }
    useChromeVocabulary(data);
  };
  const score = (off) => {
    configure(off);
    const pages = new Map();
    for (const c of cases) {
      const removed = removedLines(normalizeDocument(c.input, { language: c.language }), c.sourceLines);
      pages.set(c.id, { kept: c.chrome.filter((n) => !removed.has(n)).length, lost: c.body.filter((n) => removed.has(n)).length });
    }
    let gold = 0;
    for (const w of goldWindows) gold += removedLines(normalizeDocument(w.join('\n')), w).size;
    return { pages, gold };
  };

  const all = score([]);
  const without = new Map(features.map((f) => [f, score([f])]));
  /** Pages where feature f removes chrome kept without it, and pages where it loses body. */
  const helps = (f) => cases.filter((c) => without.get(f).pages.get(c.id).kept > all.pages.get(c.id).kept).map((c) => c.id);
  const harms = (f) => cases.filter((c) => all.pages.get(c.id).lost > without.get(f).pages.get(c.id).lost).map((c) => c.id);

  const report = [];
  report.push('features added after the blind held-out-2 run, and the pages each changes:');
  for (const f of features) {
    const goldHarm = all.gold - without.get(f).gold;
    report.push(`  ${f.padEnd(20)} removes chrome in: ${helps(f).join(', ') || '-'}; loses body in: ${harms(f).join(', ') || '-'}${goldHarm > 0 ? `; gold lines lost ${goldHarm}` : ''}`);
  }
  const rows = [];
  for (const c of cases) {
    const chosen = features.filter(
      (f) => helps(f).some((id) => id !== c.id) && !harms(f).some((id) => id !== c.id) && all.gold <= without.get(f).gold,
    );
    const off = features.filter((f) => !chosen.includes(f));
    configure(off);
    const removed = removedLines(normalizeDocument(c.input, { language: c.language }), c.sourceLines);
    const kept = c.chrome.filter((n) => !removed.has(n));
    const lost = c.body.filter((n) => removed.has(n));
    rows.push({ ...c, kept, lost, off });
  }
  configure([]);
  useChromeVocabulary();
  return { rows, report };
}
