/**
 * Row id → a number (a list's weighted count), for one posting list read
 * whole while ranking: an open-addressing table sized to the list, so that
 * filling and probing it stay in the processor's cache. Arrays indexed by
 * row id (400 KB a list at 100k questions) were as fast run hot, but in a
 * rotation of different searches every posting written or row checked
 * there was a cache miss.
 *
 * A table is reused from search to search: `reset` takes a new stamp, and
 * entries written under an older one are empty, so nothing is cleared
 * (until the stamps wrap round).
 */
export class RowTable {
  private keys = new Int32Array(0);
  private values = new Float32Array(0);
  private stamps = new Int32Array(0);
  private stamp = 0;
  private shift = 32;
  private mask = 0;
  /** Rows set since the last reset. */
  size = 0;

  /** Empties the table for about `expected` rows, under the stamp after the last (the table cleared when they run out). */
  reset(expected: number): void {
    if (this.stamp >= 0x7ffffffe) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    this.allocate(expected, this.stamp + 1);
  }

  private allocate(expected: number, stamp: number): void {
    let bits = 4;
    while (1 << bits < expected * 2) bits++;
    const capacity = 1 << bits;
    if (capacity > this.keys.length) {
      this.keys = new Int32Array(capacity);
      this.values = new Float32Array(capacity);
      this.stamps = new Int32Array(capacity);
    }
    this.shift = 32 - bits;
    this.mask = capacity - 1;
    this.stamp = stamp;
    this.size = 0;
  }

  /** Sets a row's value (growing the table if it fills past half). */
  set(row: number, value: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const { keys, stamps, stamp, mask } = this;
    let j = Math.imul(row, 0x9e3779b1) >>> this.shift;
    while (stamps[j] === stamp && keys[j] !== row) j = (j + 1) & mask;
    if (stamps[j] !== stamp) {
      stamps[j] = stamp;
      keys[j] = row;
      this.size++;
    }
    this.values[j] = value;
  }

  /** A row's value, or -1 when it was not set (values set are never negative). */
  get(row: number): number {
    const { keys, stamps, stamp, mask } = this;
    let j = Math.imul(row, 0x9e3779b1) >>> this.shift;
    while (stamps[j] === stamp) {
      if (keys[j] === row) return this.values[j]!;
      j = (j + 1) & mask;
    }
    return -1;
  }

  /** Whether a row was set. */
  has(row: number): boolean {
    return this.get(row) >= 0;
  }

  private grow(): void {
    const { keys, values, stamps, stamp, mask } = this;
    const entries: [number, number][] = [];
    for (let j = 0; j <= mask; j++) if (stamps[j] === stamp) entries.push([keys[j]!, values[j]!]);
    this.keys = new Int32Array(0);
    this.allocate((mask + 1) * 2, stamp);
    for (const [row, value] of entries) this.set(row, value);
  }
}
