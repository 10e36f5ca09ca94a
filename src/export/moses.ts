// Moses plain-text corpus: `NAME.zh` and `NAME.en`, line N of one translating line N of the
// other. A line break inside a segment would shift every later line, so it is written as
// U+2028 LINE SEPARATOR (which line-based tools treat as an ordinary character) and read back.
import type { ParallelFormat } from './parallel-format.js';
import type { ParallelSegment } from './parallel.js';

const toLine = (text: string): string => text.replace(/\r\n|\r|\n/g, '\u2028');

export interface MosesFiles {
  zh: string;
  en: string;
}

export function formatMoses(segments: readonly ParallelSegment[]): MosesFiles {
  return {
    zh: segments.map((s) => toLine(s.zh) + '\n').join(''),
    en: segments.map((s) => toLine(s.en) + '\n').join(''),
  };
}

export const moses: ParallelFormat = {
  name: 'moses',
  description: 'two files NAME.zh and NAME.en (line N translates line N): --output NAME is required\nand is the prefix; a line break inside a segment is written as U+2028',
  files: ['.zh', '.en'],
  marksRelation: false,
  open: () => ({
    header: () => ['', ''],
    segments: (s) => {
      const files = formatMoses(s);
      return [files.zh, files.en];
    },
    footer: () => ['', ''],
  }),
};

export function parseMoses(files: MosesFiles): Array<{ zh: string; en: string }> {
  const lines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n').map((l) => l.replace(/\u2028/g, '\n')));
  const zh = lines(files.zh);
  const en = lines(files.en);
  if (zh.length !== en.length) throw new Error(`Moses files differ in length: ${zh.length} Chinese and ${en.length} English lines`);
  return zh.map((z, i) => ({ zh: z, en: en[i] }));
}
