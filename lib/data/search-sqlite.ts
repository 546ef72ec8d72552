import { sqliteReader } from "@/lib/data/sqlite-reader";
import { rankTopK } from "@/lib/data/rank-topk-sqlite";
import { matchBound } from "@/lib/data/rank-phrases-sqlite";
import { ftsTotals } from "@/lib/data/rank-index-sqlite";
import { countRanked, countWords, EXACT_COUNT_BOUND } from "@/lib/data/search-count-sqlite";
import { BM25_WEIGHTS } from "@/lib/search/bm25";
import {
  gatherableFilters,
  questionConditions,
  type SearchSqlFilters,
  type SearchSqlRequest,
  type SearchWhere,
  type Sql,
} from "@/lib/data/search-conditions-sqlite";

export type { SearchSqlFilters, SearchSqlRequest, SearchWhere, SqlFieldFilter } from "@/lib/data/search-conditions-sqlite";
export { sqliteDateTime, utcMidnight } from "@/lib/data/search-conditions-sqlite";

/**
 * The SQLite half of search, the plan: which way round the words and the
 * filters are matched, ranking by bm25() over "question_search" (see
 * prisma/migrations/*_search_fts), the page and the count. The conditions
 * themselves are in search-conditions-sqlite.ts.
 */

/**
 * FROM and WHERE of a search: the FTS5 match joined by rowid to its
 * questions, or the questions alone.
 *
 * The match drives the join (CROSS JOIN fixes the order): SQLite otherwise
 * walks a filter's index (a member's questions since a date) and runs the
 * MATCH once per question, ~50 µs each against ~1 µs a match the other way
 * round (measured: 85 ms against 4 ms on 100k questions). The exception is a
 * UIN, a question or two: those are looked up first.
 *
 * With `filterFirst` (from chooseFilterFirst) the questions the filters allow
 * are gathered first, from their indexes, into a set the match is checked
 * against before any question row is read: a common word's 144,000 matches
 * of 1M are then not each looked up to find a member's 329 (335 ms → 15 ms).
 */
export function searchFromWhere(req: SearchWhere): Sql & { from: string; where: string } {
  const cond = questionConditions(req);
  if (req.ftsQuery === null) {
    const where = cond.sql ? `WHERE ${cond.sql}` : "";
    return { from: `FROM "Question" q`, where, sql: `FROM "Question" q ${where}`, params: cond.params };
  }
  const byUin = req.filters.fields?.some((f) => f.field === "uin" && !f.negate) ?? false;
  const from = byUin
    ? `FROM "Question" q CROSS JOIN "question_search" ON "question_search"."rowid" = q."id"`
    : `FROM "question_search" CROSS JOIN "Question" q ON q."id" = "question_search"."rowid"`;
  const parts = [`"question_search" MATCH ?`];
  if (cond.sql) {
    // "+" keeps SQLite from turning the set into one MATCH per member (FTS5 takes rowid = ? constraints).
    parts.push(req.filterFirst ? `+"question_search"."rowid" IN (SELECT q."id" FROM "Question" q WHERE ${cond.sql})` : cond.sql);
  }
  const where = `WHERE ${parts.join(" AND ")}`;
  return { from, where, sql: `${from} ${where}`, params: [req.ftsQuery, ...cond.params] };
}

/** At most this many questions are gathered into a filter set (~0.7 µs each). */
const FILTER_SET_CAP = 20_000;

/**
 * Whether a text search with filters should gather the filtered questions
 * first (see searchFromWhere). Only when every filter is read from an index
 * (member, department, dates, status, non-answer kinds, open figures) — a
 * filter tested per question, such as a negated one, would scan the table —
 * and the set is small: at most FILTER_SET_CAP questions and fewer than three
 * times the word's matches (both counted with a cap, in one statement), since
 * each set member costs about three matches' probing. Otherwise each match is
 * looked up, which for a rare word is only a few rows.
 */
export function chooseFilterFirst(req: SearchWhere): boolean {
  if (req.ftsQuery === null || !gatherableFilters(req.filters)) return false;
  const cond = questionConditions(req);
  if (!cond.sql) return false;
  // The set is counted first (with the cap), then the matches only as far as the verdict needs.
  const reader = sqliteReader();
  const set = reader.get<{ n: number }>(`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "Question" q WHERE ${cond.sql} LIMIT ?)`, [...cond.params, FILTER_SET_CAP + 1])?.n ?? 0;
  if (set > FILTER_SET_CAP) return false;
  const enough = Math.floor(set / 3) + 1;
  const m = reader.get<{ n: number }>(`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "question_search" WHERE "question_search" MATCH ? LIMIT ?)`, [req.ftsQuery, enough])?.n ?? 0;
  return m >= enough;
}

/**
 * One page of matching question ids, best first, and how many match in all.
 * Statements run on the query-only connection (lib/data/sqlite-reader.ts).
 */
export type FoundIds = {
  ids: number[];
  total: number;
  totalApproximate?: boolean;
  /** chooseFilterFirst's verdict, when the search needed it (facets match the same way). */
  filterFirst?: boolean;
};

/**
 * Without `req.filterFirst`, chooseFilterFirst is asked only if the search
 * needs it: a search the rank index ranks with its filter checked on the
 * index's columns does not, and counting a department's questions to find
 * out cost more than the ranking (up to ~1.4 ms at 100k).
 */
export function searchQuestionIdsSqlite(request: SearchSqlRequest): FoundIds {
  if (request.filterFirst !== undefined) return searchIds(request, () => request.filterFirst!);
  let verdict: boolean | undefined;
  const found = searchIds(request, () => (verdict ??= chooseFilterFirst(request)));
  return verdict === undefined ? found : { ...found, filterFirst: verdict };
}

function searchIds(req: SearchSqlRequest, filterFirst: () => boolean): FoundIds {
  const reader = sqliteReader();
  // The FTS5 statements below need the verdict; the rank index asks for it only where its plan does.
  let settled: SearchSqlRequest | null = null;
  const withVerdict = () => (settled ??= { ...req, filterFirst: filterFirst() });
  // Nothing narrows the search beyond its words: ranked and counted in the index alone.
  const cond = questionConditions(req);
  const wordsOnly = req.ftsQuery !== null && !cond.sql;
  if (req.ftsQuery !== null && req.order === "relevance" && req.match) {
    // The rank index ranks without scoring every match (lib/data/rank-topk-sqlite.ts); null: FTS5 ranks.
    const filter = cond.sql ? cond : null;
    const pruned = rankTopK({ match: req.match, offset: req.offset, limit: req.limit, filter, filters: req.filters, today: req.today, filterFirst });
    if (pruned) {
      if (req.withTotal === false) return { ids: pruned.ids, total: -1 };
      if (pruned.total !== null) return { ids: pruned.ids, total: pruned.total };
      if (req.offset === 0 && pruned.ids.length < req.limit) return { ids: pruned.ids, total: pruned.ids.length };
      const counted = countRanked(reader, { ...req, ftsQuery: req.ftsQuery, match: req.match, cond }, pruned, () => {
        const { sql: fromWhere, params } = searchFromWhere(withVerdict());
        return reader.get<{ n: number }>(`SELECT COUNT(*) AS "n" ${fromWhere}`, params)?.n ?? 0;
      });
      return { ids: pruned.ids, ...counted };
    }
  }
  // Words matching few rows are ranked and counted in one pass over their matches (a second, to count them, cost ~20%).
  const byRelevance = wordsOnly && req.order === "relevance";
  const few = byRelevance && req.withTotal !== false && req.match ? (matchBound(reader, req.match, ftsTotals(reader.statement).rows) ?? Infinity) <= EXACT_COUNT_BOUND : false;
  const ranked = byRelevance ? rankInIndex(req, few) : null;
  if (ranked) {
    if (req.withTotal === false) return { ids: ranked.ids, total: -1 };
    return { ids: ranked.ids, total: ranked.total ?? countWords(reader, req.ftsQuery!) };
  }
  const { sql: fromWhere, params } = searchFromWhere(withVerdict());
  // bm25 weights per column: heading ×3, question ×2, answer ×1; equal scores go newest first.
  const byScore = req.ftsQuery !== null && req.order === "relevance";
  const orderBy = byScore ? `ORDER BY ${BM25_SQL}, q."dateTabled" DESC, q."id" DESC` : NEWEST_FIRST;

  if (req.ftsQuery !== null && req.withTotal !== false && !wordsOnly) {
    // Matches and count in one pass: the matches are kept in a temporary
    // table, counted, and the page sorted from it (a separate COUNT would
    // match and join every row a second time: ~1.4× the time).
    const rows = reader.all<{ id: number; n: number }>(
      `WITH m AS MATERIALIZED (SELECT q."id" AS "id", ${BM25_SQL} AS "score", q."dateTabled" AS "dateTabled" ${fromWhere})
       SELECT "id", (SELECT COUNT(*) FROM m) AS "n" FROM m
       ORDER BY ${byScore ? `"score", ` : ""}"dateTabled" DESC, "id" DESC LIMIT ? OFFSET ?`,
      [...params, req.limit, req.offset],
    );
    if (rows.length) return { ids: rows.map((r) => r.id), total: rows[0]!.n };
    if (req.offset === 0) return { ids: [], total: 0 };
    return { ids: [], total: reader.get<{ n: number }>(`SELECT COUNT(*) AS "n" ${fromWhere}`, params)?.n ?? 0 };
  }
  const rows = reader.all<{ id: number }>(`SELECT q."id" AS "id" ${fromWhere} ${orderBy} LIMIT ? OFFSET ?`, [...params, req.limit, req.offset]);
  const ids = rows.map((r) => r.id);
  if (req.withTotal === false) return { ids, total: -1 };
  // Every index row is a question (the triggers keep them in step), so words
  // alone are counted in the index without a lookup per match: 450k matches
  // of 1M count in ~15 ms instead of ~250 ms.
  if (wordsOnly) return { ids, total: countWords(reader, req.ftsQuery!) };
  // A short first page is the whole result.
  if (req.offset === 0 && ids.length < req.limit) return { ids, total: ids.length };
  const count = reader.get<{ n: number }>(`SELECT COUNT(*) AS "n" ${fromWhere}`, params);
  return { ids, total: count?.n ?? 0 };
}

/** The order of a browse by filters alone (and of equal scores). */
export const NEWEST_FIRST = `ORDER BY q."dateTabled" DESC, q."id" DESC`;

/** bm25() with the column weights of search (lib/search/bm25.ts), for anything that ranks as search does. */
export const BM25_SQL = `bm25("question_search", ${BM25_WEIGHTS.map((w) => w.toFixed(1)).join(", ")})`;

// Extra ranked rows fetched past the page, so that ties at its end can be ordered by date.
const TIE_MARGIN = 50;
const MAX_INDEX_RANKED = 10_000;

/**
 * A relevance page of a words-only search, ranked in the index alone: the
 * statement above joins every match to its question just to break ties by
 * date (~560 ms for 450k matches of 1M; this takes ~200 ms). The best
 * offset + limit + TIE_MARGIN rows come from FTS5, and only they are looked
 * up. Exact: when the last row fetched scores worse than the page's last row,
 * nothing left behind can tie with the page; otherwise (a tie longer than the
 * margin) null, and the caller runs the full statement.
 */
function rankInIndex(req: SearchSqlRequest, withCount: boolean): { ids: number[]; total: number | null } | null {
  const want = req.offset + req.limit;
  if (want > MAX_INDEX_RANKED) return null;
  const fetch = want + TIE_MARGIN;
  const reader = sqliteReader();
  // With the count: the matches kept in a temporary table, counted and sorted from it (for many matches slower than two passes).
  const top = withCount
    ? reader.all<{ id: number; score: number; n: number }>(
        `WITH m AS MATERIALIZED (SELECT "rowid" AS "id", ${BM25_SQL} AS "score" FROM "question_search" WHERE "question_search" MATCH ?)
         SELECT "id", "score", (SELECT COUNT(*) FROM m) AS "n" FROM m ORDER BY "score" LIMIT ?`,
        [req.ftsQuery, fetch],
      )
    : reader.all<{ id: number; score: number; n?: number }>(
        `SELECT "rowid" AS "id", ${BM25_SQL} AS "score" FROM "question_search" WHERE "question_search" MATCH ? ORDER BY "score" LIMIT ?`,
        [req.ftsQuery, fetch],
      );
  if (top.length === fetch && top[fetch - 1]!.score === top[want - 1]!.score) return null;
  const total = withCount ? (top[0]?.n ?? 0) : null;
  if (!top.length) return { ids: [], total };
  const rows = reader.all<{ id: number; dateTabled: string }>(
    `SELECT q."id" AS "id", q."dateTabled" AS "dateTabled" FROM "Question" q WHERE q."id" IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(top.map((t) => t.id))],
  );
  const tabled = new Map(rows.map((r) => [r.id, Date.parse(r.dateTabled)]));
  const ids = top
    .map((t) => ({ id: t.id, score: t.score, tabled: tabled.get(t.id) }))
    .filter((t): t is { id: number; score: number; tabled: number } => t.tabled !== undefined)
    .sort((a, b) => a.score - b.score || b.tabled - a.tabled || b.id - a.id)
    .slice(req.offset, want)
    .map((t) => t.id);
  return { ids, total };
}
