import { BM25_WEIGHTS } from "@/lib/search/bm25";
import { grown } from "@/lib/search/grow";
import { PairTable } from "@/lib/search/pair-table";
import { hasSlot, SKETCH_BITS, SlotSketch } from "@/lib/search/slot-sketch";

/**
 * Word pairs for the rank index (lib/data/rank-index-build-sqlite.ts): the
 * two-word phrases ("net zero", "social care") common enough to have a
 * best-first list of their own, with each row's exact phrase count (column
 * weighted, as bm25() counts a phrase), so that ranking a phrase needs no
 * row's text.
 *
 * The build hands every row's words (as word numbers) column by column; once
 * every word's row count is known, pairs of two common words are counted
 * and the common pairs' postings collected, all in typed arrays (a column
 * mark and a word number per word: ~4 bytes a word, 0.8 GB at 1M questions,
 * and as much again for the kept pair starting at each place, for triples).
 */

/** The search_term key of a pair's list: no word starts with U+0002, so no prefix's range of words reaches it. */
export function pairListKey(first: string, second: string): string {
  return `\u0002${first} ${second}`;
}

/** The search_term key of a three-word phrase's list (U+0003: see pairListKey). */
export function tripleListKey(first: string, second: string, third: string): string {
  return `\u0003${first} ${second} ${third}`;
}

/** Marks the start of a column in a row's sequence (the column's number added). */
const COLUMN = 0xffff_fff0;

export type PairPostings = {
  /** Per pair: its two word numbers. */
  pairs: [number, number][];
  /** Postings of pair p: docs/tfs from offsets[p] to offsets[p + 1]. */
  offsets: Uint32Array;
  docs: Uint32Array;
  tfs: Uint32Array;
};

export type TriplePostings = Omit<PairPostings, "pairs"> & { triples: [number, number, number][] };

export class PairCollector {
  private seq: Uint32Array;
  private length = 0;
  private readonly rowStart: number[] = [];
  /** After collect(): the kept pair starting at each place of the sequence (-1: none). */
  private pairAt: Int32Array | null = null;
  private kept: [number, number][] = [];

  /** `expected`: about how many words and columns will be added. */
  constructor(expected = 1 << 20) {
    this.seq = new Uint32Array(Math.max(1024, expected));
  }

  /** Starts the next row (rows are numbered from 0 in the order added). */
  row(): void {
    this.rowStart.push(this.length);
  }

  column(col: number, words: readonly number[]): void {
    this.push(COLUMN + col);
    for (const w of words) this.push(w);
  }

  /**
   * The pairs in at least `minRows` rows, both of whose words are (a pair is
   * in no more rows than its rarer word), with their postings.
   */
  collect(wordRows: ArrayLike<number>, vocabulary: number, minRows: number): PairPostings {
    const seq = this.seq;
    const common = new Uint8Array(vocabulary);
    for (let w = 0; w < vocabulary; w++) common[w] = wordRows[w]! >= minRows ? 1 : 0;
    const at = (i: number) => {
      const a = seq[i]!;
      const b = seq[i + 1]!;
      // A column's mark is past the vocabulary.
      return a < vocabulary && b < vocabulary && common[a] === 1 && common[b] === 1;
    };
    // Each place's key as counted, then (in place) its kept pair's number: no place looked up twice.
    const pairAt = new Int32Array(this.length).fill(-1);
    const rowsOf = this.rowsPerKey(minRows, at, seq, pairAt);
    const pairs = rowsOf.keys();
    const { offsets, docs, tfs } = this.postings(rowsOf.values(), (i) => {
      const c = pairAt[i]!;
      return c < 0 ? -1 : (pairAt[i] = rowsOf.numberOf(c));
    });
    this.pairAt = pairAt;
    this.kept = pairs;
    return { pairs, offsets, docs, tfs };
  }

  /**
   * Three-word phrases in at least `minRows` rows (after collect(): both
   * their pairs are kept ones, a phrase being in no more rows than either),
   * with their postings.
   */
  triples(minRows: number): TriplePostings {
    const pairAt = this.pairAt;
    if (!pairAt) throw new Error("PairCollector.triples() before collect()");
    // A triple at place i: the kept pairs at i and i + 1 (both within one column, since no pair spans a column's mark).
    const at = (i: number) => pairAt[i]! >= 0 && pairAt[i + 1]! >= 0;
    const rowsOf = this.rowsPerKey(minRows, at, pairAt);
    const triples = rowsOf.keys().map(([p, q]): [number, number, number] => [...this.kept[p]!, this.kept[q]![1]]);
    return { triples, ...this.postings(rowsOf.values(), (i) => (at(i) ? rowsOf.index(pairAt[i]!, pairAt[i + 1]!) : -1)) };
  }

  /**
   * Rows per key (a pair, a triple) of the places `at` marks, for the keys in
   * at least minRows rows, in the order first met. There are far more keys
   * than kept ones (every pair of two common words, every triple of two
   * kept pairs), so a first pass counts rows per hashed slot of a fixed
   * table, a row once however many of the slot's keys it holds (so never
   * fewer than any one key's rows), and only keys whose slot reaches minRows
   * are counted exactly.
   *
   * The key at place i is (seq[i], seq[i + 1]); `keyAt`, when given,
   * receives at each place counted its key's number as counted (KeyRows.numberOf).
   */
  private rowsPerKey(minRows: number, at: (i: number) => boolean, seq: Uint32Array | Int32Array, keyAt?: Int32Array): KeyRows {
    const sketch = new SlotSketch();
    this.forEachRow((from, to, r) => {
      for (let i = from; i + 1 < to; i++) if (at(i)) sketch.add(slotOf(seq[i]!, seq[i + 1]!), r);
    });
    const enough = sketch.atLeast(minRows);
    // Each key's rows, a row once (its last row kept beside its count).
    const table = new PairTable(1 << 16);
    let rows = new Uint32Array(1 << 16);
    let lastRow = new Int32Array(1 << 16);
    this.forEachRow((from, to, r) => {
      for (let i = from; i + 1 < to; i++) {
        if (!at(i) || !hasSlot(enough, slotOf(seq[i]!, seq[i + 1]!))) continue;
        const known = table.size;
        const c = table.add(seq[i]!, seq[i + 1]!);
        if (c === known) {
          if (c === rows.length) {
            rows = grown(rows);
            lastRow = grown(lastRow);
          }
          rows[c] = 0;
          lastRow[c] = -1;
        }
        if (keyAt) keyAt[i] = c;
        if (lastRow[c] !== r) {
          lastRow[c] = r;
          rows[c]!++;
        }
      }
    });
    return new KeyRows(table, rows, minRows);
  }

  /**
   * Postings (row, column-weighted count) of the keys `keyIndex` gives for
   * each place (-1: none), `rows` per key: a row's are added as it is read,
   * the last posting being this row's while its row number is.
   */
  private postings(rows: ArrayLike<number>, keyIndex: (i: number) => number): Omit<PairPostings, "pairs"> {
    const offsets = new Uint32Array(rows.length + 1);
    for (let p = 0; p < rows.length; p++) offsets[p + 1] = offsets[p]! + rows[p]!;
    const fill = offsets.slice(0, rows.length);
    const docs = new Uint32Array(offsets[rows.length]!);
    const tfs = new Uint32Array(offsets[rows.length]!);
    this.forEachRow((from, to, d) => {
      let weight = 1;
      for (let i = from; i + 1 < to; i++) {
        const a = this.seq[i]!;
        if (a >= COLUMN) {
          weight = BM25_WEIGHTS[a - COLUMN] ?? 1;
          continue;
        }
        const p = keyIndex(i);
        if (p < 0) continue;
        const last = fill[p]! - 1;
        if (fill[p]! > offsets[p]! && docs[last] === d) tfs[last]! += weight;
        else {
          docs[fill[p]!] = d;
          tfs[fill[p]!++] = weight;
        }
      }
    });
    return { offsets, docs, tfs };
  }

  private forEachRow(fn: (from: number, to: number, row: number) => void): void {
    for (let r = 0; r < this.rowStart.length; r++) fn(this.rowStart[r]!, r + 1 < this.rowStart.length ? this.rowStart[r + 1]! : this.length, r);
  }

  private push(v: number): void {
    if (this.length === this.seq.length) this.seq = grown(this.seq);
    this.seq[this.length++] = v;
  }
}

/** A hashed slot of the table of SKETCH_BITS bits for the key of (x, y). */
function slotOf(x: number, y: number): number {
  return (Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x632be5ab, 0x85ebca6b)) >>> (32 - SKETCH_BITS);
}

/** The keys in enough rows, numbered 0… in the order first met, with their rows. */
class KeyRows {
  private readonly number: Int32Array;
  private readonly pairs: [number, number][] = [];
  private readonly counts: number[] = [];

  constructor(
    private readonly table: PairTable,
    rows: Uint32Array,
    minRows: number,
  ) {
    this.number = new Int32Array(table.size).fill(-1);
    for (let c = 0; c < table.size; c++) {
      if (rows[c]! < minRows) continue;
      this.number[c] = this.pairs.length;
      this.pairs.push([table.x(c), table.y(c)]);
      this.counts.push(rows[c]!);
    }
  }

  keys(): [number, number][] {
    return this.pairs;
  }

  values(): number[] {
    return this.counts;
  }

  /** The key's number, -1 when it is not in enough rows. */
  index(x: number, y: number): number {
    const c = this.table.get(x, y);
    return c < 0 ? -1 : this.number[c]!;
  }

  /** The number of the key counted as c (rowsPerKey's keyAt), -1 when it is not in enough rows. */
  numberOf(c: number): number {
    return this.number[c]!;
  }
}
