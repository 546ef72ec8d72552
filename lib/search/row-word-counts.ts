import { grown } from "@/lib/search/grow";

/**
 * One row's words as numbers with their column-weighted counts, for the
 * rank index's build (lib/data/rank-index-build-sqlite.ts): counts kept in
 * an array indexed by word number, the words met listed once. At 100k
 * questions, tokenizing each row into a Map of words (docTerms) and copying
 * it into a Map of numbers took 9.5 s of a 32 s build; counting numbers
 * here, the words looked up where they stand (WordTable), 5.2 s.
 */
export class RowWordCounts {
  private counts = new Float64Array(1 << 12);
  private met: number[] = [];
  private sorted = new Uint32Array(1 << 10);
  private sortedCounts = new Float64Array(1 << 10);

  add(word: number, weight: number): void {
    if (word >= this.counts.length) this.counts = grown(this.counts, word + 1);
    if (this.counts[word] === 0) this.met.push(word);
    this.counts[word]! += weight;
  }

  /**
   * The row's words in ascending order and their counts, valid until the
   * next take(); the counter is then empty for the next row.
   */
  take(): { words: Uint32Array; counts: Float64Array } {
    const n = this.met.length;
    if (n > this.sorted.length) {
      this.sorted = new Uint32Array(Math.max(n, this.sorted.length * 2));
      this.sortedCounts = new Float64Array(this.sorted.length);
    }
    const words = this.sorted.subarray(0, n);
    for (let k = 0; k < n; k++) words[k] = this.met[k]!;
    words.sort();
    const counts = this.sortedCounts.subarray(0, n);
    for (let k = 0; k < n; k++) {
      counts[k] = this.counts[words[k]!]!;
      this.counts[words[k]!] = 0;
    }
    this.met.length = 0;
    return { words, counts };
  }
}
