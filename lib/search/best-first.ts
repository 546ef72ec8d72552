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
  if (keep >= n) {
    const all = new Uint32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return { idx: all, rest: 0 };
  }
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
 * 2^-18, equal ones by index (row order). Only reading order rests on it;
 * every block's bound is the exact highest impact of its own postings and
 * those after it, so rounding cannot make a bound wrong.
 *
 * A short list is sorted natively as numbers packing both (~8× faster than
 * a comparator); a long one by its rounded impacts in two stable passes of
 * a radix sort over the indexes in order (sorting took 10% of a build).
 */
export function bestFirst(idx: Uint32Array, impact: Float64Array): void {
  const n = idx.length;
  if (n < RADIX_MIN) {
    const keys = new Float64Array(n);
    for (let j = 0; j < n; j++) keys[j] = rounded(impact[idx[j]!]!) * 2 ** 32 + idx[j]!;
    keys.sort();
    for (let j = 0; j < n; j++) idx[j] = keys[j]! % 2 ** 32;
    return;
  }
  for (let j = 1; j < n; j++) {
    if (idx[j]! < idx[j - 1]!) {
      idx.sort();
      break;
    }
  }
  const key = new Uint32Array(n);
  for (let j = 0; j < n; j++) key[j] = rounded(impact[idx[j]!]!);
  const otherIdx = new Uint32Array(n);
  const otherKey = new Uint32Array(n);
  radixPass(idx, key, otherIdx, otherKey, 0);
  radixPass(otherIdx, otherKey, idx, key, RADIX_BITS);
}

/** Lower is better: the impact rounded down to 2^-18, from the top (at most 2^20 + 1 values). */
function rounded(impact: number): number {
  return IMPACT_STEPS - Math.floor(impact * IMPACT_STEPS_PER_UNIT);
}

const RADIX_MIN = 512;
const RADIX_BITS = 11;
const RADIX_MASK = (1 << RADIX_BITS) - 1;

/** One stable counting pass on `RADIX_BITS` bits of the keys from `shift`, from (idx, key) into (toIdx, toKey). */
function radixPass(idx: Uint32Array, key: Uint32Array, toIdx: Uint32Array, toKey: Uint32Array, shift: number): void {
  const start = new Uint32Array(RADIX_MASK + 2);
  for (let j = 0; j < key.length; j++) start[((key[j]! >>> shift) & RADIX_MASK) + 1]!++;
  for (let b = 1; b <= RADIX_MASK + 1; b++) start[b]! += start[b - 1]!;
  for (let j = 0; j < key.length; j++) {
    const at = start[(key[j]! >>> shift) & RADIX_MASK]!++;
    toIdx[at] = idx[j]!;
    toKey[at] = key[j]!;
  }
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
