import { grown } from "@/lib/search/grow";

/**
 * A map from a pair of unsigned 32-bit numbers to a number 0, 1, 2, … in the
 * order the pairs were first added, in typed arrays (open addressing, linear
 * probing). The rank index's build counts word pairs and triples with it
 * (lib/data/rank-index-pairs.ts): a Map keyed by x × vocabulary + y needed a
 * heap number for every key past 2^31, one for nearly every word pair of a
 * large corpus.
 */
export class PairTable {
  private slots: Int32Array;
  private xs: Uint32Array;
  private ys: Uint32Array;
  private mask: number;
  /** Pairs added. */
  size = 0;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    this.xs = new Uint32Array(Math.max(8, expected));
    this.ys = new Uint32Array(Math.max(8, expected));
  }

  /** The pair's number, -1 when it was never added. */
  get(x: number, y: number): number {
    for (let s = hash(x, y) & this.mask; ; s = (s + 1) & this.mask) {
      const n = this.slots[s]!;
      if (n < 0 || (this.xs[n] === x && this.ys[n] === y)) return n;
    }
  }

  /** The pair's number, adding it (numbered next) when it is new. */
  add(x: number, y: number): number {
    let s = hash(x, y) & this.mask;
    for (; ; s = (s + 1) & this.mask) {
      const n = this.slots[s]!;
      if (n < 0) break;
      if (this.xs[n] === x && this.ys[n] === y) return n;
    }
    const n = this.size++;
    if (n === this.xs.length) {
      this.xs = grown(this.xs);
      this.ys = grown(this.ys);
    }
    this.xs[n] = x;
    this.ys[n] = y;
    this.slots[s] = n;
    if (this.size * 2 > this.slots.length) this.rehash();
    return n;
  }

  /** The first and second number of pair n. */
  x(n: number): number {
    return this.xs[n]!;
  }
  y(n: number): number {
    return this.ys[n]!;
  }

  private rehash(): void {
    const cap = this.slots.length * 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    for (let n = 0; n < this.size; n++) {
      let s = hash(this.xs[n]!, this.ys[n]!) & this.mask;
      while (this.slots[s]! >= 0) s = (s + 1) & this.mask;
      this.slots[s] = n;
    }
  }
}

function hash(x: number, y: number): number {
  const h = Math.imul(x ^ Math.imul(y, 0x85ebca6b), 0x9e3779b1);
  return (h ^ (h >>> 15)) >>> 0;
}
