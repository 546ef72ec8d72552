/**
 * Rows per hashed slot of a fixed table, each row counted once per slot
 * (rows added in order), for the rank index's build to find the word pairs
 * and triples in enough rows (lib/data/rank-index-pairs.ts). The table is
 * far larger than the processor's cache (2^24 slots, 128 MB), so updates
 * wait in a buffer per region of the table and are applied a region at a
 * time, each region fitting the cache: at 100k questions the table's
 * updates took ~10% of a build, nearly all of it waiting on memory.
 */
export const SKETCH_BITS = 24;
const REGION_BITS = 7;
const REGION_SHIFT = SKETCH_BITS - REGION_BITS;
/** Updates a region's buffer holds before they are applied. */
const PENDING = 4096;

export class SlotSketch {
  /** Per slot, side by side: the last row counted + 1, and the rows. */
  private readonly slots = new Uint32Array(2 << SKETCH_BITS);
  /** Per region, PENDING (slot, row) updates waiting. */
  private readonly pending = new Uint32Array((2 * PENDING) << REGION_BITS);
  private readonly waiting = new Uint32Array(1 << REGION_BITS);

  /** Counts `row` in `slot` (below 2^SKETCH_BITS), unless it already was; rows come in ascending order. */
  add(slot: number, row: number): void {
    const region = slot >>> REGION_SHIFT;
    let n = this.waiting[region]!;
    if (n === PENDING) {
      this.apply(region);
      n = 0;
    }
    const at = (region * PENDING + n) << 1;
    this.pending[at] = slot;
    this.pending[at + 1] = row + 1;
    this.waiting[region] = n + 1;
  }

  /** A bitmap of the slots counted in at least minRows rows (2 MB: it stays in cache where the table would not). */
  atLeast(minRows: number): Uint32Array {
    for (let region = 0; region < this.waiting.length; region++) this.apply(region);
    const bits = new Uint32Array((1 << SKETCH_BITS) >>> 5);
    for (let s = 0; s < 1 << SKETCH_BITS; s++) if (this.slots[(s << 1) + 1]! >= minRows) bits[s >>> 5]! |= 1 << (s & 31);
    return bits;
  }

  private apply(region: number): void {
    const slots = this.slots;
    const pending = this.pending;
    const from = (region * PENDING) << 1;
    const to = from + (this.waiting[region]! << 1);
    for (let k = from; k < to; k += 2) {
      const h = pending[k]! << 1;
      const row = pending[k + 1]!;
      if (slots[h] === row) continue;
      slots[h] = row;
      slots[h + 1]!++;
    }
    this.waiting[region] = 0;
  }
}

/** Whether a bitmap from SlotSketch.atLeast has this slot. */
export function hasSlot(bits: Uint32Array, slot: number): boolean {
  return (bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}
