// Per-text memos of lexical analyses: the same paragraph or sentence is tokenised by the
// paragraph linker, the paragraph aligner and the sentence aligner. A memo belongs to whoever
// creates it (an AlignmentContext, made per unit of a run): dropping the owner frees the texts.
// Values are shared: callers must not mutate them. Cached strings may be slices that keep their
// whole document alive, which is why a memo should not outlive its unit.

/** Above this many entries the memo empties itself (one huge unit, or an owner that never clears). */
const MEMO_LIMIT = 40_000;

export class TextMemo {
  private size = 0;
  /** kind → text → value: one map per kind, so that a lookup hashes the text string itself (its hash is cached on the string). */
  private readonly kinds = new Map<string, Map<string, unknown>>();

  constructor(private readonly limit = MEMO_LIMIT) {}

  get<T>(kind: string, text: string, compute: () => T): T {
    let byText = this.kinds.get(kind);
    if (!byText) this.kinds.set(kind, (byText = new Map()));
    let value = byText.get(text) as T | undefined;
    if (value === undefined) {
      if (this.size >= this.limit) this.clear();
      byText.set(text, (value = compute()));
      this.size += 1;
    }
    return value;
  }

  clear(): void {
    for (const map of this.kinds.values()) map.clear();
    this.size = 0;
  }
}
