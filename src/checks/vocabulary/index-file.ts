// Where the compact English vocabulary index lives: dist/checks/vocabulary/english-index.txt in
// the package (written by the build), else a file in the system's temporary folder.
import { builtIndexFile } from '../built-index-file.js';

export { packageRoot } from '../built-index-file.js';

/** Change the version whenever build.ts changes what the index holds: stale files are rebuilt. */
export const VOCABULARY_HEADER = '# silkalign english vocabulary v1';
const file = builtIndexFile('vocabulary', 'english-index.txt', VOCABULARY_HEADER);

/** The index text if a current one exists, else undefined. */
export const readVocabularyFile = (): string | undefined => file.read();
/** Writes the index to the first writable location (atomically); returns the path or undefined. */
export const writeVocabularyFile = (text: string): string | undefined => file.write(text);
