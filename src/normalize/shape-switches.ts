// Shapes of the chrome classifier that an evaluation can switch off one at a time
// (`npm run eval:normalize -- --leave-one-out`): each page is then scored with only the shapes
// that the other pages call for. Normalisation itself always runs with every shape on.
export const SHAPES = ['relative-age', 'day-month-clock', 'masthead', 'byline-block', 'labelled-name'] as const;
export type Shape = (typeof SHAPES)[number];

const off = new Set<string>();

export function shapeOn(shape: Shape): boolean {
  return off.size === 0 || !off.has(shape);
}

/** Switches the named shapes off and every other one on (no argument: all on). */
export function switchShapesOff(shapes: Iterable<string> = []): void {
  off.clear();
  for (const s of shapes) off.add(s);
}
