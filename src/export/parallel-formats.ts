// Every parallel-text format, by name: `export --format` offers these, and `run` writes those
// with a `runFile`. A new format is one module implementing ParallelFormat, listed here.
import { jsonl } from './jsonl.js';
import { moses } from './moses.js';
import type { ParallelFormat } from './parallel-format.js';
import { tmx } from './tmx.js';
import { tsv } from './tsv.js';

export const parallelFormats: readonly ParallelFormat[] = [tmx, tsv, jsonl, moses];

export function parallelFormat(name: string): ParallelFormat | undefined {
  return parallelFormats.find((f) => f.name === name);
}
