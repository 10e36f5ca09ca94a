// The flat tables the bead search reads segments' tokens from (typed arrays, so that
// 100,000-sentence documents fit), and the builders that fill them.

/**
 * Segments → items (words or tokens, each with a rarity weight) → ids (what the item may
 * match). Segment k owns items segmentStart[k] … segmentStart[k+1]-1.
 */
export class TokenTable {
  constructor(
    readonly segmentStart: Int32Array,
    readonly itemStart: Int32Array,
    readonly ids: Int32Array,
    readonly weight: Float32Array,
    /** Per item, the number of its word (the same word in two segments has the same number). */
    readonly keys: Int32Array,
  ) {}

  /** The same items grouped into segments [bounds[k], bounds[k+1]) (chunks of the coarse pass). */
  regroup(bounds: readonly number[]): TokenTable {
    return new TokenTable(Int32Array.from(bounds, (b) => this.segmentStart[b]), this.itemStart, this.ids, this.weight, this.keys);
  }

  /** The same segments with other ids (items unchanged). */
  withIds(itemStart: Int32Array, ids: Int32Array): TokenTable {
    return new TokenTable(this.segmentStart, itemStart, ids, this.weight, this.keys);
  }
}

/** An Int32Array that grows as numbers are pushed. */
export class IntList {
  values: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.values = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  toArray(): Int32Array {
    return this.values.slice(0, this.length);
  }
}

/** Growing flat lists of segments' items, each with its key and ids; items repeated within a segment kept once. */
export class TableBuilder {
  private readonly segmentStart = new IntList();
  private readonly itemStart = new IntList();
  private readonly ids = new IntList();
  private readonly keys = new IntList();
  /** Per key: the last segment it occurred in (+1, 0: none), and in how many segments. */
  private lastSegment: Int32Array;
  private segments: Int32Array;
  private segment = 0;
  private open = false;

  constructor(keyCapacity: number) {
    this.lastSegment = new Int32Array(keyCapacity);
    this.segments = new Int32Array(keyCapacity);
    this.segmentStart.push(0);
    this.itemStart.push(0);
  }

  /** Starts an item for `key` in the current segment; false (and nothing started) when the segment has it. */
  item(key: number): boolean {
    if (key >= this.lastSegment.length) this.growKeys(key);
    if (this.lastSegment[key] === this.segment + 1) {
      this.open = false;
      return false;
    }
    this.lastSegment[key] = this.segment + 1;
    this.segments[key] += 1;
    this.keys.push(key);
    this.itemStart.push(this.ids.length);
    this.open = true;
    return true;
  }

  /** Adds an id to the item just started (ignored when the item was a repeat; −1 ignored). */
  id(id: number): void {
    if (!this.open || id < 0) return;
    this.ids.push(id);
    this.itemStart.values[this.itemStart.length - 1] = this.ids.length;
  }

  endSegment(): void {
    this.segment += 1;
    this.open = false;
    this.segmentStart.push(this.keys.length);
  }

  /** The table, each item weighted by the inverse segment frequency of its key among `segmentCount` segments. */
  table(segmentCount: number): TokenTable {
    const keys = this.keys.toArray();
    const weight = new Float32Array(keys.length);
    for (let item = 0; item < keys.length; item += 1) weight[item] = Math.log(1 + segmentCount / this.segments[keys[item]]);
    return new TokenTable(this.segmentStart.toArray(), this.itemStart.toArray(), this.ids.toArray(), weight, keys);
  }

  private growKeys(key: number): void {
    const capacity = Math.max(key + 1, this.lastSegment.length * 2);
    const last = new Int32Array(capacity);
    last.set(this.lastSegment);
    const counts = new Int32Array(capacity);
    counts.set(this.segments);
    this.lastSegment = last;
    this.segments = counts;
  }
}
