// Normalisation: Traditional→Simplified, pinyin glosses, punctuation, boilerplate.
// (Skeleton: the foundation issue fills this in.)
import type { Language, NormalizedDocument, OffsetRun } from '../types.js';
import { detectLanguage, detectScript } from '../corpus/index.js';

export interface NormalizeOptions {
  language?: Language;
  keepBoilerplate?: boolean;
}

export function normalizeDocument(text: string, options: NormalizeOptions = {}): NormalizedDocument {
  const language = options.language ?? detectLanguage(text);
  const out = text.replace(/\r\n?/g, '\n');
  return {
    language,
    script: detectScript(text),
    text: out,
    removed: [],
    offsets: [{ norm: 0, src: 0, length: out.length }],
  };
}

/** Maps an offset in normalised text back to the source text. */
export function toSourceOffset(offsets: OffsetRun[], n: number): number {
  let best: OffsetRun | undefined;
  for (const run of offsets) if (run.norm <= n) best = run;
  if (!best) return 0;
  return best.src + Math.min(n - best.norm, best.length);
}
