// The marker file of an output folder: `run` writes it into every output folder, and replaces
// only a folder that carries it (or a new or empty one), so a mistyped --out never deletes a
// folder silkalign did not write. No date or version in it: outputs stay byte-identical.

/** The marker's name, at the top of the output folder. */
export const OUTPUT_MARKER = '.silkalign-output';

export const OUTPUT_MARKER_TEXT = [
  'This folder is the output of `silkalign run`.',
  'silkalign replaces it as a whole whenever a run writes here: keep nothing else in it.',
  'This file marks the folder as one silkalign may replace; without it, `run --out` refuses the folder.',
  '',
].join('\n');
