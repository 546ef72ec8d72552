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
export function matches(groupOf: readonly number[], groupCount: number, tfs: readonly number[]): boolean {
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i]! < 0 && tfs[i]! > 0) return false;
  for (let g = 0; g < groupCount; g++) {
    let any = false;
    for (let i = 0; i < groupOf.length && !any; i++) any = groupOf[i] === g && tfs[i]! > 0;
    if (!any) return false;
  }
  return true;
}

/** Walks a row's stored word list (ascending ids, varints) and reports the wanted ids it has: (index in wanted, weighted count). */
export function mergeWords(buf: Buffer, wanted: readonly number[], hit: (k: number, tf: number) => void): void {
  let pos = 0;
  let id = 0;
  let k = 0;
  while (pos < buf.length && k < wanted.length) {
    let v = 0;
    let mul = 1;
    let b: number;
    do {
      b = buf[pos++]!;
      v += (b & 0x7f) * mul;
      mul *= 128;
    } while (b >= 0x80);
    id += v;
    let tf = 0;
    mul = 1;
    do {
      b = buf[pos++]!;
      tf += (b & 0x7f) * mul;
      mul *= 128;
    } while (b >= 0x80);
    while (k < wanted.length && wanted[k]! < id) k++;
    if (wanted[k] === id) hit(k, tf);
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
