// Merging the corpus-level files (index.md, index.html, …) that each unit's run produces into
// one, without knowing their authors' formats in detail: a file is a template of fixed lines
// with runs of rows (Markdown table rows and list items, HTML table rows). Fixed lines are
// matched across units (by their text with numbers blanked; HTML counts summed), rows are
// concatenated in unit order, and a placeholder such as "None." disappears once rows arrive.

type Item = { kind: 'line'; text: string } | { kind: 'rows'; rows: string[] };

/** Whether `line` is a row, given the line before it (Markdown) — HTML rows stand alone. */
function isRow(line: string, previous: string | undefined, html: boolean): boolean {
  if (html) return /^\s*<tr><td/.test(line);
  if (/^- /.test(line)) return true;
  if (!line.startsWith('|')) return false;
  if (/^\|[\s:|-]+\|?$/.test(line)) return false; // the separator under a header
  return previous !== undefined && previous.startsWith('|');
}

function isHeading(line: string, html: boolean): boolean {
  return html ? /<h[1-6][\s>]/.test(line) : line.startsWith('#');
}

function parse(text: string, html: boolean): Item[] {
  const items: Item[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (isRow(line, lines[i - 1], html)) {
      const last = items.at(-1);
      if (last?.kind === 'rows') last.rows.push(line);
      else items.push({ kind: 'rows', rows: [line] });
    } else items.push({ kind: 'line', text: line });
  });
  return items;
}

const key = (line: string) => line.replace(/\d+(?:\.\d+)?/g, '#');

/**
 * Two matching fixed lines: counts shown as element content (`<dd>12</dd>`) are summed, since
 * each unit counted its own; any other difference keeps the first unit's line.
 */
function sumCounts(a: string, b: string): string {
  const counts = /(?<=>)\d+(?=<)/g;
  const nb = b.match(counts) ?? [];
  if ((a.match(counts) ?? []).length !== nb.length) return a;
  let k = 0;
  return a.replace(counts, (n) => String(Number(n) + Number(nb[k++])));
}

/** Index of the next heading at or after `from` (or the end). */
function sectionEnd(items: Item[], from: number, html: boolean): number {
  for (let i = from; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'line' && isHeading(it.text, html)) return i;
  }
  return items.length;
}

export class TemplateMerge {
  private items: Item[] | undefined;
  constructor(private readonly html: boolean) {}

  add(text: string): void {
    const next = parse(text, this.html);
    if (!this.items) {
      this.items = next;
      return;
    }
    const acc = this.items;
    let at = -1; // position in acc of the last matched line
    for (let i = 0; i < next.length; i++) {
      const it = next[i];
      if (it.kind === 'rows') {
        const slot = acc[at + 1];
        if (slot?.kind === 'rows') slot.rows.push(...it.rows);
        else {
          // A fixed line of acc where this unit has rows, absent from this unit: a placeholder.
          const placeholder = slot?.kind === 'line' && !isHeading(slot.text, this.html) && slot.text !== '' && !sectionHas(next, i, slot.text, this.html);
          acc.splice(at + 1, placeholder ? 1 : 0, { kind: 'rows', rows: [...it.rows] });
        }
        at += 1;
        continue;
      }
      const heading = isHeading(it.text, this.html);
      const limit = heading ? acc.length : sectionEnd(acc, at + 1, this.html);
      let found = -1;
      for (let j = at + 1; j < limit; j++) {
        const candidate = acc[j];
        if (candidate.kind === 'line' && key(candidate.text) === key(it.text)) {
          found = j;
          break;
        }
      }
      if (found >= 0) {
        const line = acc[found] as { kind: 'line'; text: string };
        line.text = this.html ? sumCounts(line.text, it.text) : line.text;
        at = found;
      } else if (acc[at + 1]?.kind === 'rows' && !heading && it.text !== '') {
        // This unit's placeholder where acc already has rows: dropped.
      } else {
        acc.splice(at + 1, 0, { kind: 'line', text: it.text });
        at += 1;
      }
    }
  }

  text(): string {
    return (this.items ?? []).flatMap((it) => (it.kind === 'line' ? [it.text] : it.rows)).join('\n');
  }
}

/** Whether the section of `items` around index `i` has a fixed line `text`. */
function sectionHas(items: Item[], i: number, text: string, html: boolean): boolean {
  let start = i;
  while (start > 0 && !(items[start].kind === 'line' && isHeading((items[start] as { text: string }).text, html))) start--;
  const end = sectionEnd(items, i, html);
  return items.slice(start, end).some((it) => it.kind === 'line' && key(it.text) === key(text));
}
