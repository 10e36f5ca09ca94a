// The source-check test set (tests/checks/source-set/): parsing its files into Chinese and
// English documents with expected findings, and scoring findings against them. Used by
// eval:check's section 30 and by the test that lints the set's files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const KINDS = ['place', 'person', 'body', 'short-form', 'title', 'number', 'date', 'time', 'ordinal', 'negation', 'consistency'];
const EXPECTATION = /^! ([a-z-]+) ((?:"[^"]+"(?: \| )?)+)(?: \[([a-z-]+\/[a-z0-9-]*)\])? — (.+)$/;

/**
 * One document: { name, date, zh, en, paragraphs, expected }, expected items being
 * { kind, texts, rule?, note, paragraph, spans: [{start, end}] } with spans as offsets into en
 * (one per alternative text found). Throws with the file and line on a malformed file.
 */
export function parseSourceSetFile(path) {
  const name = path.split('/').pop().replace(/\.txt$/, '');
  const lines = readFileSync(path, 'utf8').split('\n');
  const fail = (i, why) => {
    throw new Error(`${path}:${i + 1}: ${why}`);
  };
  let date;
  const paragraphs = [];
  const pending = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    if (line.startsWith('date: ')) date = line.slice(6).trim();
    else if (line.startsWith('zh: ')) paragraphs.push({ zh: line.slice(4), en: undefined, items: [] });
    else if (line.startsWith('en: ')) {
      const p = paragraphs[paragraphs.length - 1];
      if (!p || p.en !== undefined) fail(i, 'an "en:" line must follow its "zh:" line');
      p.en = line.slice(4);
    } else if (line.startsWith('! ')) {
      const m = EXPECTATION.exec(line);
      if (!m) fail(i, 'an expectation reads: ! KIND "TEXT" [| "TEXT"] [RULE-FAMILY/] — NOTE');
      if (!KINDS.includes(m[1])) fail(i, `unknown kind "${m[1]}"`);
      const p = paragraphs[paragraphs.length - 1];
      if (!p?.en) fail(i, 'an expectation follows the paragraph it is about');
      const texts = [...m[2].matchAll(/"([^"]+)"/g)].map((t) => t[1]);
      const item = { kind: m[1], texts, rule: m[3], note: m[4], paragraph: paragraphs.length - 1, line: i + 1 };
      p.items.push(item);
      pending.push(item);
    } else fail(i, 'a line starts with "date: ", "zh: ", "en: " or "! "');
  });
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(0, 'the file starts with "date: YYYY-MM-DD"');
  if (paragraphs.some((p) => p.en === undefined)) fail(lines.length - 1, 'every "zh:" line has its "en:" line');
  const en = paragraphs.map((p) => p.en).join('\n\n') + '\n';
  const zh = paragraphs.map((p) => p.zh).join('\n\n') + '\n';
  const starts = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.en.length + 2;
  }
  // Repeated identical texts in one paragraph take successive occurrences.
  const used = new Map();
  for (const item of pending) {
    item.spans = [];
    for (const text of item.texts) {
      const key = `${item.paragraph}\u0000${text}\u0000${item.rule ?? ''}`;
      const nth = used.get(key) ?? 0;
      used.set(key, nth + 1);
      let found = -1;
      let from = 0;
      for (let k = 0; k <= nth; k++) {
        found = paragraphs[item.paragraph].en.indexOf(text, from);
        if (found < 0) break;
        from = found + 1;
      }
      if (found >= 0) item.spans.push({ start: starts[item.paragraph] + found, end: starts[item.paragraph] + found + text.length });
      else {
        const anywhere = en.indexOf(text);
        if (anywhere >= 0) item.spans.push({ start: anywhere, end: anywhere + text.length });
      }
    }
    if (item.spans.length === 0) fail(item.line - 1, `none of ${item.texts.map((t) => `"${t}"`).join(', ')} is in the English`);
  }
  return { name, date, zh, en, paragraphs: paragraphs.length, expected: pending };
}

export function readSourceSet(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseSourceSetFile(join(dir, f)));
}

const overlaps = (f, span) => {
  const end = f.offset + Math.max(f.length, 1);
  return f.offset < span.end && end > span.start;
};

/**
 * Scores one document's findings: which expected items some finding overlaps (of the item's
 * rule family when it names one), and which findings overlap no expected item at all.
 */
export function scoreDocument(doc, findings) {
  const found = doc.expected.map((item) => {
    const by = findings.filter((f) => (!item.rule || f.rule.startsWith(item.rule)) && item.spans.some((s) => overlaps(f, s)));
    return { item, by };
  });
  const unexpected = findings.filter((f) => !doc.expected.some((item) => item.spans.some((s) => overlaps(f, s))));
  return { found, unexpected };
}
