// Where the proper-noun index lives: dist/checks/source/proper-nouns.tsv in the package
// (written by the build), else a file in the system's temporary folder.
import { builtIndexFile } from '../built-index-file.js';

/** Change the version whenever build-proper-nouns.ts changes what the index holds. */
export const PROPER_NOUNS_HEADER = '# silkalign cc-cedict proper nouns v4';
const file = builtIndexFile('source', 'proper-nouns.tsv', PROPER_NOUNS_HEADER);

export const readProperNounFile = (): string | undefined => file.read();
/** Writes the index to the first writable location (atomically); returns the path or undefined. */
export const writeProperNounFile = (text: string): string | undefined => file.write(text);
