/**
 * Ordering a list's postings best first for the rank index's build
 * (lib/data/rank-index-build-sqlite.ts): choosing the ones a cut list keeps,
 * then sorting them by impact.
 */

/**
 * The `keep` postings of highest impact (ties by row, as the lists order
 * them), unsorted, and the highest impact of the others (0 when none is
 * left out): a selection finds the cut, where sorting every posting with a
 * comparator took most of a build's merged lists.
 */
export function best(impact: Float64Array, docs: Uint32Array, keep: number): { idx: Uint32Array; rest: number } {
  const n = impact.length;
  if (keep >= n) return { idx: Uint32Array.from({ length: n }, (_, i) => i), rest: 0 };
  const cut = kthSmallest(impact.slice(), n - keep);
  const above: number[] = [];
  const ties: number[] = [];
  let rest = 0;
  for (let i = 0; i < n; i++) {
    if (impact[i]! > cut) above.push(i);
    else if (impact[i] === cut) ties.push(i);
    else rest = Math.max(rest, impact[i]!);
  }
  ties.sort((a, b) => docs[a]! - docs[b]!);
  const taken = ties.slice(0, keep - above.length);
  if (taken.length < ties.length) rest = cut;
  return { idx: Uint32Array.from([...above, ...taken]), rest };
}

/**
 * Orders postings (indexes into `impact`) best first, by impact rounded to
 * 2^-18, equal ones by index (row order): one native sort of numbers packing
 * both, ~8× faster than a comparator. Only reading order rests on it; every
 * block's bound is the exact highest impact of its own postings and those
 * after it, so rounding cannot make a bound wrong.
 */
export function bestFirst(idx: Uint32Array, impact: Float64Array): void {
  const keys = new Float64Array(idx.length);
  for (let j = 0; j < idx.length; j++) keys[j] = (IMPACT_STEPS - Math.floor(impact[idx[j]!]! * IMPACT_STEPS_PER_UNIT)) * 2 ** 32 + idx[j]!;
  keys.sort();
  for (let j = 0; j < idx.length; j++) idx[j] = keys[j]! % 2 ** 32;
}
/** Impacts are below k1 + 1 = 2.2: 2^18 steps per unit fit in 2^20, which with a 32-bit index stays an exact double. */
const IMPACT_STEPS_PER_UNIT = 2 ** 18;
const IMPACT_STEPS = 2 ** 20;

/** The k-th smallest value (from 0) of `a`, which it reorders: quickselect, linear on average. */
export function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
