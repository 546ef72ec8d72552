import { BM25_K1 } from "@/lib/search/bm25";
import { VarintReader } from "@/lib/search/varint";

/**
 * The pure parts of the pruned ranking (lib/data/rank-topk-sqlite.ts): the
 * page's running threshold, the walk over a row's stored word list, the
 * match test and the float margin its stop tests keep.
 */

/**
 * Stop tests compare with this margin, so that no unread row's score is
 * within rounding of the page's worst, whatever positive idf later scales
 * them (see the idf of a lone prefix or phrase).
 */
export const MARGIN = 1 + 1e-12;

/**
 * What a prefix can add to a row (before its idf), given for each of its
 * expansions a bound on that word's saturation in the row. The row's count
 * is the sum of the expansions' counts; saturation s = tf·c / (tf + K) (c =
 * k1 + 1, K the row's length term) inverts to tf = s·K / (c − s), so the sum
 * is at most K·S with S = Σ s_e / (c − s_e), and tf = K·S saturates to
 * c·S / (S + 1) whatever K is. Much tighter than the sum of the bounds,
 * which with two long expansions would stay near twice the answer.
 */
export function prefixBound(saturations: readonly number[]): number {
  const c = BM25_K1 + 1;
  let sum = 0;
  for (const s of saturations) {
    if (s <= 0) continue;
    if (s >= c) return c;
    sum += s / (c - s);
  }
  return (c * sum) / (sum + 1);
}

/** Two different scores so close that scaling them could round them equal. */
export function nearTies(scores: number[]): boolean {
  const sorted = scores.sort((a, b) => b - a);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (a !== b && a - b <= a * 1e-12) return true;
  }
  return false;
}

/** Every group has a phrase present, no excluded phrase is. */
export function matches(groupOf: readonly number[], groupCount: number, tfs: ArrayLike<number>): boolean {
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i]! < 0 && tfs[i]! > 0) return false;
  for (let g = 0; g < groupCount; g++) {
    let any = false;
    for (let i = 0; i < groupOf.length && !any; i++) any = groupOf[i] === g && tfs[i]! > 0;
    if (!any) return false;
  }
  return true;
}

/** Walks a row's stored word list (ascending ids, text varints: lib/search/text-varint.ts) and reports the wanted ids it has: (index in wanted, weighted count). */
export function mergeWords(text: string, wanted: readonly number[], hit: (k: number, tf: number) => void): void {
  const n = text.length;
  let pos = 0;
  let id = 0;
  let k = 0;
  while (pos < n && k < wanted.length) {
    let v = 0;
    let mul = 1;
    let c: number;
    while ((c = text.charCodeAt(pos++)) < 0x50) {
      v += (c - 0x30) * mul;
      mul *= 32;
    }
    id += v + (c - 0x50) * mul;
    let tf = 0;
    mul = 1;
    while ((c = text.charCodeAt(pos++)) < 0x50) {
      tf += (c - 0x30) * mul;
      mul *= 32;
    }
    tf += (c - 0x50) * mul;
    while (k < wanted.length && wanted[k]! < id) k++;
    if (wanted[k] === id) hit(k, tf);
  }
}

/**
 * Walks a block of a posting list as the build writes it (the shortest row
 * length of the block, then (row delta, weighted count) varints) and reports
 * each posting with that length.
 */
export function forEachPosting(block: Uint8Array, hit: (row: number, tf: number, minLen: number) => void): void {
  const r = new VarintReader(block);
  const minLen = r.read();
  let row = 0;
  while (!r.done) {
    row += r.read();
    hit(row, r.read(), minLen);
  }
}

/** The `size` best scores seen so far (ascending), to know the worst score still on the page. */
export class TopScores {
  private readonly scores: number[] = [];
  constructor(private readonly size: number) {}
  get full(): boolean {
    return this.scores.length >= this.size;
  }
  get worst(): number {
    return this.scores[0] ?? -Infinity;
  }
  scale(by: number): void {
    for (let i = 0; i < this.scores.length; i++) this.scores[i] = 0.0 + by * this.scores[i]!;
  }
  add(s: number): void {
    if (this.full && s <= this.scores[0]!) return;
    let i = 0;
    while (i < this.scores.length && this.scores[i]! < s) i++;
    this.scores.splice(i, 0, s);
    if (this.scores.length > this.size) this.scores.shift();
  }
}
