import { BM25_WEIGHTS } from "@/lib/search/bm25";

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
 * mark and a word number per word: ~4 bytes a word, 0.8 GB at 1M questions).
 */

/** The search_term key of a pair's list: no word starts with U+0002, so no prefix's range of words reaches it. */
export function pairListKey(first: string, second: string): string {
  return `\u0002${first} ${second}`;
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

export class PairCollector {
  private seq = new Uint32Array(1 << 20);
  private length = 0;
  private readonly rowStart: number[] = [];

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
    const common = (w: number) => w < COLUMN && wordRows[w]! >= minRows;
    // Rows per pair, each row counted once (a pair's last row kept beside its count).
    const slot = new Map<number, number>();
    const rowsOf: number[] = [];
    const lastRow: number[] = [];
    let r = 0;
    this.forEachRow((from, to) => {
      for (let i = from; i + 1 < to; i++) {
        const a = this.seq[i]!;
        const b = this.seq[i + 1]!;
        if (!common(a) || !common(b)) continue;
        const k = a * vocabulary + b;
        let at = slot.get(k);
        if (at === undefined) {
          at = rowsOf.length;
          slot.set(k, at);
          rowsOf.push(0);
          lastRow.push(-1);
        }
        if (lastRow[at] !== r) {
          lastRow[at] = r;
          rowsOf[at]!++;
        }
      }
      r++;
    });
    // Kept pairs numbered in place of their slots (-1: dropped).
    const pairs: [number, number][] = [];
    const counts: number[] = [];
    const pairOf = new Int32Array(rowsOf.length).fill(-1);
    for (const [k, at] of slot) {
      if (rowsOf[at]! < minRows) continue;
      pairOf[at] = pairs.length;
      pairs.push([Math.floor(k / vocabulary), k % vocabulary]);
      counts.push(rowsOf[at]!);
    }

    const offsets = new Uint32Array(pairs.length + 1);
    for (let p = 0; p < pairs.length; p++) offsets[p + 1] = offsets[p]! + counts[p]!;
    const fill = offsets.slice(0, pairs.length);
    const docs = new Uint32Array(offsets[pairs.length]!);
    const tfs = new Uint32Array(offsets[pairs.length]!);
    // A row's postings are added to their pairs as it is read: the last one is this row's while its doc is.
    let d = 0;
    this.forEachRow((from, to) => {
      let weight = 1;
      for (let i = from; i < to; i++) {
        const a = this.seq[i]!;
        if (a >= COLUMN) {
          weight = BM25_WEIGHTS[a - COLUMN] ?? 1;
          continue;
        }
        const b = i + 1 < to ? this.seq[i + 1]! : COLUMN;
        if (b >= COLUMN || !common(a) || !common(b)) continue;
        const at = slot.get(a * vocabulary + b);
        const p = at === undefined ? -1 : pairOf[at]!;
        if (p < 0) continue;
        const last = fill[p]! - 1;
        if (fill[p]! > offsets[p]! && docs[last] === d) tfs[last]! += weight;
        else {
          docs[fill[p]!] = d;
          tfs[fill[p]!++] = weight;
        }
      }
      d++;
    });
    return { pairs, offsets, docs, tfs };
  }

  private forEachRow(fn: (from: number, to: number) => void): void {
    for (let r = 0; r < this.rowStart.length; r++) fn(this.rowStart[r]!, r + 1 < this.rowStart.length ? this.rowStart[r + 1]! : this.length);
  }

  private push(v: number): void {
    if (this.length === this.seq.length) {
      const next = new Uint32Array(this.seq.length * 2);
      next.set(this.seq);
      this.seq = next;
    }
    this.seq[this.length++] = v;
  }
}
