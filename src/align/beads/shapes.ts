// The bead shapes the search may use (1-1, 1-2, …) and the prior cost of each shape.
// A shape is how many Chinese and English segments one bead joins.

export interface BeadShape {
  zh: number;
  en: number;
}

/** Every shape the search knows, most common first; `maxBead` keeps those whose larger side fits. */
const ALL_SHAPES: readonly BeadShape[] = [
  { zh: 1, en: 1 },
  { zh: 1, en: 0 },
  { zh: 0, en: 1 },
  { zh: 1, en: 2 },
  { zh: 2, en: 1 },
  { zh: 2, en: 2 },
  { zh: 1, en: 3 },
  { zh: 3, en: 1 },
  { zh: 2, en: 3 },
  { zh: 3, en: 2 },
  { zh: 1, en: 4 },
  { zh: 4, en: 1 },
  // Only with a larger maxBead: MAC-Dev has a few 1-5 and 1-6 beads, but allowing them costs
  // more wrong merges than it recovers.
  { zh: 1, en: 5 },
  { zh: 5, en: 1 },
  { zh: 1, en: 6 },
  { zh: 6, en: 1 },
];

export const DEFAULT_MAX_BEAD = 4;

export function beadShapes(maxBead: number = DEFAULT_MAX_BEAD): BeadShape[] {
  const limit = Math.max(1, Math.floor(maxBead));
  return ALL_SHAPES.filter((shape) => Math.max(shape.zh, shape.en) <= limit);
}
