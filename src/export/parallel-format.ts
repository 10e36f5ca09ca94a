// How a parallel-text format is written: as a stream of a header, the segments of each document
// pair in turn, and a footer, so that a corpus of any size is written pair by pair and a unit of
// work never returns finished text. A format writes one file or several (Moses: NAME.zh and
// NAME.en): each call returns one string per file. The formats are listed in parallel-formats.ts.
import type { PairRelation } from '../align/index.js';
import type { ParallelSegment } from './parallel.js';

export interface ParallelStream {
  header(): string[];
  /** The next pair's segments (a format may number them on from the pairs before). */
  segments(segments: readonly ParallelSegment[]): string[];
  footer(): string[];
}

export interface ParallelFormatOptions {
  /** silkalign's version, for headers that name the tool. */
  toolVersion: string;
}

export interface ParallelFormat {
  /** The `--format` name. */
  name: string;
  /** One line for `--help`. */
  description: string;
  /** What each file's name adds to `--output NAME`: [''] for one file, ['.zh', '.en'] for Moses. */
  files: readonly string[];
  /** The extension of the files `run` writes this format to, when it does: `tmx` for parallel.tmx and comparable.tmx. */
  runExtension?: string;
  /**
   * Every unit says its pair's relation (TMX, JSONL), so translation and comparable links may
   * share a file. TSV and Moses cannot say it: comparable links go to files of their own.
   */
  marksRelation: boolean;
  open(options: ParallelFormatOptions): ParallelStream;
}

/** What `run` names the files of each relation's links: translation pairs feed parallel.*, comparable pairs comparable.*. */
export const RUN_FILE_STEMS: Readonly<Record<PairRelation, string>> = { translation: 'parallel', comparable: 'comparable' };

/** The file `run` writes a format's links of one relation to (parallel.tmx), if it writes the format. */
export function runFileOf(format: ParallelFormat, relation: PairRelation): string | undefined {
  return format.runExtension === undefined ? undefined : `${RUN_FILE_STEMS[relation]}.${format.runExtension}`;
}

/** A whole document of the format at once: one string per file. */
export function formatParallel(format: ParallelFormat, segments: readonly ParallelSegment[], options: ParallelFormatOptions): string[] {
  const stream = format.open(options);
  const parts = [stream.header(), stream.segments(segments), stream.footer()];
  return format.files.map((_, i) => parts.map((p) => p[i]).join(''));
}
