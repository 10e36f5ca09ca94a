// artifact/unbalanced-pair: a quote or bracket opened and never closed (or closed and never
// opened) within a paragraph, as machine translation leaves them.
import type { CheckDefinition, FindingDraft } from './types.js';

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '“': '”', '（': '）', '【': '】' };
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(OPENERS).map(([o, c]) => [c, o]));
const PAIRED = /["“”()[\]{}（）【】]/g;

export const unbalancedPair: CheckDefinition = {
  id: 'artifact/unbalanced-pair',
  severity: 'warning',
  doc: 'An unbalanced quotation mark or bracket within a paragraph.',
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const p of ctx.paragraphs) {
      const stack: Array<{ ch: string; at: number }> = [];
      const straight: number[] = [];
      PAIRED.lastIndex = 0;
      const body = ctx.text.slice(p.start, p.end);
      for (let m = PAIRED.exec(body); m; m = PAIRED.exec(body)) {
        const ch = m[0];
        const at = p.start + m.index;
        if (ch === '"') straight.push(at);
        else if (OPENERS[ch]) stack.push({ ch, at });
        else {
          const top = stack[stack.length - 1];
          if (top && top.ch === CLOSERS[ch]) stack.pop();
          else out.push(draft(at, ch, `“${ch}” closes nothing in this paragraph`));
        }
      }
      for (const open of stack) out.push(draft(open.at, open.ch, `“${open.ch}” is never closed in this paragraph`));
      if (straight.length % 2 === 1) {
        const last = straight[straight.length - 1];
        out.push(draft(last, '"', 'odd number of straight quotation marks in this paragraph: this one has no partner'));
      }
    }
    return out;
  },
};

function draft(offset: number, ch: string, message: string): FindingDraft {
  return { offset, length: ch.length, message, suggestions: [] };
}
