// Pairs handed on in the order of their ids across the units of a corpus, as a run over the
// whole corpus at once lists them. The units of declared pairs come in id order (see units.ts);
// the undeclared rest of the corpus is one unit, computed first, whose pairs' ids fall anywhere
// among them: those are held and let through in their place.

export class PairOrder<P extends { id: string }> {
  private held: P[] = [];
  private next = 0;
  private passed = false;

  /** A unit's pairs (in id order), `declared` when the unit is one pair the manifest declares; returns the pairs now due, in order. */
  add(pairs: readonly P[], declared: boolean): P[] {
    if (!declared) {
      if (this.passed) throw new Error('the undeclared documents of a corpus must be its first unit');
      this.held = [...this.held, ...pairs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return [];
    }
    this.passed = true;
    const due: P[] = [];
    for (const pair of pairs) {
      while (this.next < this.held.length && this.held[this.next].id < pair.id) due.push(this.held[this.next++]);
      due.push(pair);
    }
    return due;
  }

  /** The held pairs that come after every declared one. */
  flush(): P[] {
    const due = this.held.slice(this.next);
    this.next = this.held.length;
    return due;
  }
}
