// What the source checks find in a document, computed once per check context and shared by
// the rules that report it (missing, garbled and inconsistent names).
import type { CheckContext } from '../types.js';
import { matchPairNames, type PairNames } from './name-match.js';

const perContext = new WeakMap<CheckContext, PairNames[]>();

/** Per aligned pair of the context (same order as ctx.pairs): its names and their renderings. */
export function documentNames(ctx: CheckContext): PairNames[] {
  let found = perContext.get(ctx);
  if (!found) {
    found = ctx.pairs.map((pair) => matchPairNames(ctx, pair));
    perContext.set(ctx, found);
  }
  return found;
}
