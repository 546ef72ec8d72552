/**
 * The ranking function of search, as SQLite FTS5's bm25() computes it
 * (ext/fts5/fts5_aux.c), so that a ranking done outside FTS5 orders exactly
 * as ORDER BY bm25(…) would: per phrase, the column-weighted count of its
 * occurrences saturated against the row's length in tokens, times the
 * phrase's idf, summed in the query's phrase order. The operations are the
 * C code's, in its order, so the doubles come out bit for bit the same.
 */

/** Column weights: heading ×3, question ×2, answer ×1. */
export const BM25_WEIGHTS = [3.0, 2.0, 1.0] as const;
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** One phrase's saturated, length-normalised frequency (before idf). */
export function saturation(weightedTf: number, rowTokens: number, avgdl: number): number {
  return (weightedTf * (BM25_K1 + 1.0)) / (weightedTf + BM25_K1 * (1 - BM25_B + (BM25_B * rowTokens) / avgdl));
}

/**
 * FTS5's idf: log((N - n + 0.5) / (n + 0.5)), at least 1e-6 (a word in more
 * than half the rows still counts a little). `ln` is passed in so that the
 * logarithm can be SQLite's own (C's log(); V8's Math.log may differ in the
 * last bit).
 */
export function idf(rows: number, hits: number, ln: (x: number) => number): number {
  const v = ln((rows - hits + 0.5) / (hits + 0.5));
  return v <= 0 ? 1e-6 : v;
}

/** A score as FTS5 sums it: Σ idf[i] · saturation(tf[i]), in phrase order. Higher is better (bm25() returns its negative). */
export function bm25Score(idfs: ArrayLike<number>, weightedTfs: ArrayLike<number>, rowTokens: number, avgdl: number): number {
  let score = 0.0;
  for (let i = 0; i < idfs.length; i++) score += idfs[i]! * saturation(weightedTfs[i]!, rowTokens, avgdl);
  return score;
}

/**
 * An upper bound on saturation() at `avgdl` from one computed at `builtAvgdl`
 * for the same counts: the saturation grows as the average length grows, by
 * at most their ratio. Lets bounds stored when an index was built stay safe
 * after rows are added or removed.
 */
export function driftFactor(avgdl: number, builtAvgdl: number): number {
  return avgdl > builtAvgdl ? (avgdl / builtAvgdl) * (1 + 1e-9) : 1 + 1e-9;
}
