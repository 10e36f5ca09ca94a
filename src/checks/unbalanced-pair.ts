// artifact/unbalanced-pair: a quote or bracket opened and never closed (or closed and never
// opened), as machine translation leaves them. Judged paragraph by paragraph with the English
// conventions: a quotation that runs over several paragraphs has no closing mark until its last
// (each following paragraph opens again), and a paragraph break that splits a quotation carries
// it into the next paragraph. A straight quote opens or closes by the spaces around it, and
// pairs with a curly one ("now” is inconsistent typography, not an unbalanced quotation).
import type { CheckDefinition, FindingDraft } from './types.js';

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '“': '”', '（': '）', '【': '】' };
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(OPENERS).map(([o, c]) => [c, o]));
const PAIRED = /["“”()[\]{}（）【】]/g;

interface Mark {
  /** The opener it is (or closes): “ for quotation marks of either shape. */
  kind: string;
  ch: string;
  at: number;
}

interface ParagraphMarks {
  /** Openers still open at the end, innermost last. */
  open: Mark[];
  /** Closers that closed nothing in the paragraph. */
  stray: Mark[];
  /** The paragraph opens with a quotation mark. */
  opensWithQuote: boolean;
}

export const unbalancedPair: CheckDefinition = {
  id: 'artifact/unbalanced-pair',
  severity: 'warning',
  doc: 'An unbalanced quotation mark or bracket (quotations running over paragraphs allowed).',
  run(ctx) {
    const marks = ctx.paragraphs.map((p) => paragraphMarks(ctx.text, p.start, p.end));
    const out: FindingDraft[] = [];
    for (let i = 0; i < marks.length; i++) {
      const next = marks[i + 1];
      for (const open of marks[i].open) {
        const carried = next?.stray.findIndex((s) => s.kind === open.kind) ?? -1;
        if (carried >= 0) next!.stray.splice(carried, 1);
        else if (!(open.kind === '“' && next?.opensWithQuote)) out.push(draft(open, `“${open.ch}” is never closed`));
      }
      for (const stray of marks[i].stray) out.push(draft(stray, `“${stray.ch}” closes nothing`));
    }
    return out.sort((a, b) => a.offset - b.offset);
  },
};

function paragraphMarks(text: string, start: number, end: number): ParagraphMarks {
  const stack: Mark[] = [];
  const stray: Mark[] = [];
  const body = text.slice(start, end);
  PAIRED.lastIndex = 0;
  for (let m = PAIRED.exec(body); m; m = PAIRED.exec(body)) {
    const ch = m[0];
    const at = start + m.index;
    // A straight quote with spaces (or letters) on both sides closes an open quotation, else opens one.
    const role = ch === '"' ? (straightQuoteRole(text, at) ?? (stack[stack.length - 1]?.kind === '“' ? 'close' : 'open')) : OPENERS[ch] ? 'open' : 'close';
    const kind = ch === '"' || ch === '“' || ch === '”' ? '“' : role === 'open' ? ch : CLOSERS[ch];
    if (role === 'open') {
      stack.push({ kind, ch, at });
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && top.kind === kind) stack.pop();
    else stray.push({ kind, ch, at });
  }
  return { open: stack, stray, opensWithQuote: /^\s*["“]/.test(body) };
}

/**
 * A straight quote opens before a word when no word is glued to its left ("solution:"Membership");
 * it closes after a word or mark when a space or mark follows ("clubs!" he). Between two letters
 * or two spaces the caller decides.
 */
function straightQuoteRole(text: string, at: number): 'open' | 'close' | undefined {
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  const wordBefore = /[\p{L}\p{N}]/u.test(before);
  const wordAfter = /[\p{L}\p{N}‘'([]/u.test(after);
  if (wordAfter && !wordBefore) return 'open';
  if (!wordAfter && !/\s/.test(before)) return 'close';
  // "nonsense. " Even now": a sentence's closing quote typed with a space before it.
  if (/\s/.test(before) && /\s/.test(after) && /[.!?,;:]/.test(text[at - 2] ?? '')) return 'close';
  return undefined;
}

function draft(mark: Mark, message: string): FindingDraft {
  return { offset: mark.at, length: mark.ch.length, message, suggestions: [] };
}
