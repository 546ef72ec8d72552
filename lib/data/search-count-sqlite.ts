import type { SqliteReader } from "@/lib/data/sqlite-reader";
import type { RankResult } from "@/lib/data/rank-topk-sqlite";
import { estimateMatches } from "@/lib/data/rank-estimate-sqlite";
import { countFilteredMatches } from "@/lib/data/rank-count-sqlite";
import type { SearchSqlFilters, Sql } from "@/lib/data/search-conditions-sqlite";
import type { MatchExpression } from "@/lib/search/query";

/**
 * How many rows a search ranked from the rank index matches: counted
 * exactly where that is cheap, otherwise estimated from a sample (as Xapian
 * estimates), so that the count never costs more than the ranking did.
 */

/** Matches counted exactly (where counting is cheap) by a search ranked from the rank index; more are estimated. */
const EXACT_COUNT_UP_TO = 1_000;

/**
 * A search ranked from the rank index whose words match at most this many
 * rows is counted exactly (~0.1–0.2 µs a match: ≤ ~1 ms), where an estimate
 * would cost about as much and be off.
 */
export const EXACT_COUNT_BOUND = 5_000;

/**
 * Words whose lists add up to at most this many postings are counted
 * exactly in FTS5 whatever the bound (~30 ns a posting stepped through: at
 * 100k net zero, 11,445, in 0.35 ms, where the estimate took 0.8 ms and said
 * 5,041 for 4,637). With a filter, a phrase's estimate looks rows up and
 * assumes the phrase passes as often as its words apart ("council tax"
 * dept:housing, 12,100: 466 for 634, ~1.2 ms; its matches listed and
 * checked ~0.6 ms). A word in nearly every row ("of") is far over it.
 */
const EXACT_COUNT_WALK = 16_000;

/** Whether a search the rank index ranked is counted exactly rather than estimated. */
export function countsExactly(ranked: { matchBound: number; matchWalk: number }): boolean {
  return ranked.matchBound <= EXACT_COUNT_BOUND || ranked.matchWalk <= EXACT_COUNT_WALK;
}

/** A search for one word, nothing ORed or excluded. */
function isOneWord(match: MatchExpression): boolean {
  const [group, ...more] = match.groups;
  return !more.length && !match.excluded.length && group?.length === 1 && group[0]!.tokens.length === 1 && !group[0]!.prefix;
}

export function countWords(reader: SqliteReader, ftsQuery: string): number {
  return reader.get<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "question_search" WHERE "question_search" MATCH ?`, [ftsQuery])?.n ?? 0;
}

export type RankedCountRequest = {
  ftsQuery: string;
  match: MatchExpression;
  offset: number;
  limit: number;
  filters: SearchSqlFilters;
  today?: Date;
  /** The filter's conditions (empty for words alone). */
  cond: Sql;
};

/**
 * The count of a search the rank index ranked (`ranked`, with no count of
 * its own); `countAll` counts every match in SQL when nothing cheaper can.
 */
export function countRanked(reader: SqliteReader, req: RankedCountRequest, ranked: RankResult, countAll: () => number): { total: number; totalApproximate?: true } {
  const wordsOnly = !req.cond.sql;
  const filter = wordsOnly ? null : req.cond;
  // The words match few rows (or have short lists): counted exactly, words
  // alone in the FTS5 index, with a filter through the rank index's columns
  // (FTS5 lists the matches, ~0.1 µs each) — cheaper than the estimate
  // below, which looks up a sample of rows. One word with a filter is
  // counted by the estimate, which reads a short list whole and checks only
  // the filter on each posting (no row looked up).
  if (wordsOnly && countsExactly(ranked)) return { total: countWords(reader, req.ftsQuery) };
  if (filter && !isOneWord(req.match) && countsExactly(ranked)) {
    const counted = countFilteredMatches(reader, { ftsQuery: req.ftsQuery, filter, filters: req.filters, today: req.today });
    if (counted !== null) return { total: counted };
  }
  // Counting every match would cost more than the ranking did. Words alone
  // are counted in the FTS5 index up to EXACT_COUNT_UP_TO (FTS5 walks the
  // rarest word's matches, seeking the others); with a filter, counting
  // would check every match of the words against it however few pass (~1 µs
  // each; a filter's few questions are counted by the ranking). Beyond, the
  // count is estimated from a sample of the rarest word's postings
  // (lib/data/rank-estimate-sqlite.ts).
  const head = wordsOnly
    ? (reader.get<{ n: number }>(`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "question_search" WHERE "question_search" MATCH ? LIMIT ?)`, [req.ftsQuery, EXACT_COUNT_UP_TO + 1])?.n ?? 0)
    : null;
  if (head !== null && head <= EXACT_COUNT_UP_TO) return { total: head };
  const estimate = estimateMatches({ match: req.match, offset: req.offset, limit: req.limit, filter, filters: req.filters, today: req.today }, reader, ranked.filterSet);
  if (estimate?.exact) return { total: estimate.count };
  if (estimate) return { total: Math.max(estimate.count, head ?? 0, req.offset + ranked.ids.length), totalApproximate: true };
  return { total: wordsOnly ? countWords(reader, req.ftsQuery) : countAll() };
}
