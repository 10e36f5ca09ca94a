// How counts read in messages and reports: "1 block", "2 blocks", "0 passes".

/** `n` and the noun, plural unless n is 1 (nouns with a regular plural; give `plural` otherwise). */
export function countOf(n: number, noun: string, plural = `${noun}${/(s|sh|ch|x)$/.test(noun) ? 'es' : 's'}`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
