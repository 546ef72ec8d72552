import type { House, QuestionStatus } from "@/lib/generated/prisma/enums";
import { sqliteReader } from "@/lib/data/sqlite-reader";
import { nameMatches } from "@/lib/search/query-filters";
import { foldToken } from "@/lib/search/tokenize";

/**
 * The SQLite half of search: FTS5 MATCH and bm25() over "question_search"
 * (see prisma/migrations/*_search_fts), filtered in the same statement. A
 * PostgreSQL version (tsvector / ts_rank) would implement the same function.
 * Every user-supplied value is a bound parameter.
 */
export type SearchSqlFilters = {
  memberId?: number;
  answeringBodyId?: number;
  /** Inclusive calendar days (UTC midnight). */
  from?: Date;
  to?: Date;
  status?: QuestionStatus | "OVERDUE";
  hasUnresolvedFigures?: boolean;
  /** Field filters typed in the query (member:, status: …), names already resolved to ids; all must hold. */
  fields?: SqlFieldFilter[];
  /** Leave out questions matching this FTS5 expression: exclusions (-word) in a search without words to look for. */
  excludeFts?: string;
};

/**
 * One field filter: any of its values (OR); negate = none of them. Repeats of
 * a field in the query arrive here already merged (see lib/data/search.ts).
 */
export type SqlFieldFilter = { negate: boolean } & (
  | { field: "member" | "dept"; ids: number[] }
  | { field: "uin"; uins: { house: House; uin: string }[] }
  | { field: "status"; statuses: (QuestionStatus | "OVERDUE")[] }
  | { field: "house"; houses: House[] }
  | { field: "has"; has: "unresolved" }
  | { field: "nonanswer"; kinds: string[] }
  /** Inclusive calendar days (UTC midnight); undefined = open-ended. */
  | { field: "date"; ranges: { from?: Date; to?: Date }[] }
);

export type SearchSqlRequest = {
  /** An expression from parseSearchQuery; null to browse by the filters alone. */
  ftsQuery: string | null;
  filters: SearchSqlFilters;
  order: "relevance" | "newest";
  limit: number;
  offset: number;
  today?: Date;
  /** Keyset position for newest-first paging (exports): only questions after this one. */
  after?: { dateTabled: Date; id: number };
  /** False skips the COUNT (exports page to the end instead); total is then -1. */
  withTotal?: boolean;
};

const DAY_MS = 86_400_000;

export { sqliteDateTime } from "@/lib/data/sqlite-time";
import { sqliteDateTime } from "@/lib/data/sqlite-time";

export function utcMidnight(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

// A figure left open on the question, or on an answer it got (the ledger's rule).
const UNRESOLVED_FIGURE_SQL = `EXISTS (
      SELECT 1 FROM "Figure" f
      WHERE f."status" IN ('UNRESOLVED', 'DECLINED') AND f."reviewState" = 'ACCEPTED'
        AND (f."askedInQuestionId" = q."id"
          OR f."sourceAnswerId" IN (SELECT aq."answerId" FROM "AnswerQuestion" aq WHERE aq."questionId" = q."id"))
    )`;

// Same rule as isOverdue(): unanswered and due before today.
const OVERDUE_SQL = `(q."status" IN ('TABLED', 'HOLDING') AND q."dateForAnswer" IS NOT NULL AND q."dateForAnswer" < ?)`;

type Sql = { sql: string; params: unknown[] };

/** A list of values as one bound parameter (json_each), so no list runs into SQLite's bound-parameter cap. */
const jsonList = (values: readonly unknown[]) => JSON.stringify(values);

function fieldFilterSql(f: SqlFieldFilter, today: string): Sql {
  switch (f.field) {
    case "member":
      return { sql: `q."askingMemberId" IN (SELECT value FROM json_each(?))`, params: [jsonList(f.ids)] };
    case "dept":
      return { sql: `q."answeringBodyId" IN (SELECT value FROM json_each(?))`, params: [jsonList(f.ids)] };
    case "uin":
      // (house, uin) is the leading part of a unique index: each UIN is an index lookup.
      return {
        sql: `(${f.uins.map(() => `(q."house" = ? AND q."uin" = ?)`).join(" OR ") || "0"})`,
        params: f.uins.flatMap((u) => [u.house, u.uin]),
      };
    case "status": {
      const stored = f.statuses.filter((st) => st !== "OVERDUE");
      const parts: Sql[] = [];
      if (stored.length) parts.push({ sql: `q."status" IN (SELECT value FROM json_each(?))`, params: [jsonList(stored)] });
      if (f.statuses.includes("OVERDUE")) parts.push({ sql: OVERDUE_SQL, params: [today] });
      return { sql: `(${parts.map((p) => p.sql).join(" OR ") || "0"})`, params: parts.flatMap((p) => p.params) };
    }
    case "house":
      return { sql: `q."house" IN (SELECT value FROM json_each(?))`, params: [jsonList(f.houses)] };
    case "has":
      return { sql: UNRESOLVED_FIGURE_SQL, params: [] };
    case "nonanswer":
      // From the (rarer) non-answers to their questions, not a probe per question.
      return {
        sql: `q."id" IN (SELECT aq."questionId" FROM "NonAnswer" na JOIN "AnswerQuestion" aq ON aq."answerId" = na."answerId" WHERE na."kind" IN (SELECT value FROM json_each(?)))`,
        params: [jsonList(f.kinds)],
      };
    case "date": {
      const parts = f.ranges.map((r) => {
        const cond: Sql = { sql: "", params: [] };
        const c: string[] = [];
        if (r.from) {
          c.push(`q."dateTabled" >= ?`);
          cond.params.push(sqliteDateTime(utcMidnight(r.from)));
        }
        if (r.to) {
          c.push(`q."dateTabled" < ?`);
          cond.params.push(sqliteDateTime(new Date(utcMidnight(r.to).getTime() + DAY_MS)));
        }
        cond.sql = c.length ? `(${c.join(" AND ")})` : "1";
        return cond;
      });
      return { sql: `(${parts.map((p) => p.sql).join(" OR ") || "0"})`, params: parts.flatMap((p) => p.params) };
    }
  }
}

function whereClause(req: SearchSqlRequest): Sql {
  const parts: string[] = [];
  const params: unknown[] = [];
  const f = req.filters;
  const today = sqliteDateTime(utcMidnight(req.today ?? new Date()));
  if (req.ftsQuery !== null) {
    parts.push(`"question_search" MATCH ?`);
    params.push(req.ftsQuery);
  }
  if (f.memberId !== undefined) {
    parts.push(`q."askingMemberId" = ?`);
    params.push(f.memberId);
  }
  if (f.answeringBodyId !== undefined) {
    parts.push(`q."answeringBodyId" = ?`);
    params.push(f.answeringBodyId);
  }
  if (f.from) {
    parts.push(`q."dateTabled" >= ?`);
    params.push(sqliteDateTime(utcMidnight(f.from)));
  }
  if (f.to) {
    // Before the next day: "to" includes its whole day.
    parts.push(`q."dateTabled" < ?`);
    params.push(sqliteDateTime(new Date(utcMidnight(f.to).getTime() + DAY_MS)));
  }
  if (f.status === "OVERDUE") {
    parts.push(OVERDUE_SQL);
    params.push(today);
  } else if (f.status) {
    parts.push(`q."status" = ?`);
    params.push(f.status);
  }
  if (f.hasUnresolvedFigures) parts.push(UNRESOLVED_FIGURE_SQL);
  for (const field of f.fields ?? []) {
    const c = fieldFilterSql(field, today);
    parts.push(field.negate ? `NOT (${c.sql})` : c.sql);
    params.push(...c.params);
  }
  if (f.excludeFts) {
    parts.push(`q."id" NOT IN (SELECT "rowid" FROM "question_search" WHERE "question_search" MATCH ?)`);
    params.push(f.excludeFts);
  }
  if (req.after) {
    const at = sqliteDateTime(req.after.dateTabled);
    parts.push(`(q."dateTabled" < ? OR (q."dateTabled" = ? AND q."id" < ?))`);
    params.push(at, at, req.after.id);
  }
  return { sql: parts.length ? `WHERE ${parts.join(" AND ")}` : "", params };
}

/** Whether anything narrows a search beyond its words (the count can then skip the join). */
function onlyWords(req: SearchSqlRequest): boolean {
  const f = req.filters;
  return (
    req.ftsQuery !== null &&
    !req.after &&
    f.memberId === undefined &&
    f.answeringBodyId === undefined &&
    !f.from &&
    !f.to &&
    !f.status &&
    !f.hasUnresolvedFigures &&
    !f.fields?.length &&
    !f.excludeFts
  );
}

/**
 * FROM and WHERE of a search: the FTS5 match joined by rowid to its
 * questions, or the questions alone.
 *
 * The match drives the join (CROSS JOIN fixes the order): SQLite otherwise
 * walks a filter's index (a member's questions since a date) and runs the
 * MATCH once per question, ~50 µs each against ~1 µs a match the other way
 * round (measured: 85 ms against 4 ms on 100k questions). A filter then never
 * makes a search slower than its words alone. The exception is a UIN, a
 * question or two: those are looked up first.
 */
export function searchFromWhere(req: Pick<SearchSqlRequest, "ftsQuery" | "filters" | "today" | "after">): Sql & { from: string; where: string } {
  const { sql: where, params } = whereClause({ ...req, order: "newest", limit: 0, offset: 0 });
  const byUin = req.filters.fields?.some((f) => f.field === "uin" && !f.negate) ?? false;
  const from =
    req.ftsQuery === null
      ? `FROM "Question" q`
      : byUin
        ? `FROM "Question" q CROSS JOIN "question_search" ON "question_search"."rowid" = q."id"`
        : `FROM "question_search" CROSS JOIN "Question" q ON q."id" = "question_search"."rowid"`;
  return { from, where, sql: `${from} ${where}`, params };
}

/**
 * One page of matching question ids, best first, and how many match in all.
 * Statements run on the query-only connection (lib/data/sqlite-reader.ts).
 */
export function searchQuestionIdsSqlite(req: SearchSqlRequest): { ids: number[]; total: number } {
  const reader = sqliteReader();
  const ranked = onlyWords(req) && req.order === "relevance" ? rankInIndex(req) : null;
  if (ranked) {
    if (req.withTotal === false) return { ids: ranked, total: -1 };
    return { ids: ranked, total: countWords(req.ftsQuery!) };
  }
  const { sql: fromWhere, params } = searchFromWhere(req);
  // bm25 weights per column: heading ×3, question ×2, answer ×1; equal scores go newest first.
  const byScore = req.ftsQuery !== null && req.order === "relevance";
  const orderBy = byScore ? `ORDER BY ${BM25_SQL}, q."dateTabled" DESC, q."id" DESC` : `ORDER BY q."dateTabled" DESC, q."id" DESC`;

  if (req.ftsQuery !== null && req.withTotal !== false && !onlyWords(req)) {
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
  if (onlyWords(req)) return { ids, total: countWords(req.ftsQuery!) };
  // A short first page is the whole result.
  if (req.offset === 0 && ids.length < req.limit) return { ids, total: ids.length };
  const count = reader.get<{ n: number }>(`SELECT COUNT(*) AS "n" ${fromWhere}`, params);
  return { ids, total: count?.n ?? 0 };
}

/** The column weights of bm25 (heading, question, answer), for anything that ranks as search does. */
export const BM25_WEIGHTS = [3.0, 2.0, 1.0] as const;
export const BM25_SQL = `bm25("question_search", ${BM25_WEIGHTS.map((w) => w.toFixed(1)).join(", ")})`;

function countWords(ftsQuery: string): number {
  return sqliteReader().get<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "question_search" WHERE "question_search" MATCH ?`, [ftsQuery])?.n ?? 0;
}

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
function rankInIndex(req: SearchSqlRequest): number[] | null {
  const want = req.offset + req.limit;
  if (want > MAX_INDEX_RANKED) return null;
  const fetch = want + TIE_MARGIN;
  const reader = sqliteReader();
  const top = reader.all<{ id: number; score: number }>(
    `SELECT "rowid" AS "id", ${BM25_SQL} AS "score" FROM "question_search" WHERE "question_search" MATCH ? ORDER BY "score" LIMIT ?`,
    [req.ftsQuery, fetch],
  );
  if (top.length === fetch && top[fetch - 1]!.score === top[want - 1]!.score) return null;
  if (!top.length) return [];
  const rows = reader.all<{ id: number; dateTabled: string }>(
    `SELECT q."id" AS "id", q."dateTabled" AS "dateTabled" FROM "Question" q WHERE q."id" IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(top.map((t) => t.id))],
  );
  const tabled = new Map(rows.map((r) => [r.id, Date.parse(r.dateTabled)]));
  return top
    .map((t) => ({ id: t.id, score: t.score, tabled: tabled.get(t.id) }))
    .filter((t): t is { id: number; score: number; tabled: number } => t.tabled !== undefined)
    .sort((a, b) => a.score - b.score || b.tabled - a.tabled || b.id - a.id)
    .slice(req.offset, want)
    .map((t) => t.id);
}

export type NameCandidate = { words: string[]; prefix: boolean };

/**
 * The ids of members (name or "Lowe, Rupert" sort name) or answering bodies
 * whose names contain the words, case and accents ignored. Both tables are
 * small (hundreds to a few thousand rows), so one read and a match in code is
 * cheaper than a LIKE over every joined question, and SQLite's LIKE folds
 * neither accents nor non-ASCII case.
 */
export function resolveNameIdsSqlite(table: "member" | "dept", names: NameCandidate[]): number[][] {
  if (!names.length) return [];
  const rows =
    table === "member"
      ? sqliteReader().all<{ id: number; name: string; sortName: string | null }>(`SELECT "id", "name", "sortName" FROM "Member"`, [])
      : sqliteReader().all<{ id: number; name: string; sortName: null }>(`SELECT "id", "name", NULL AS "sortName" FROM "AnsweringBody"`, []);
  // A cheap substring test first: tokenizing thousands of names costs ~10 ms.
  const folded = rows.map((r) => foldToken(`${r.name} ${r.sortName ?? ""}`));
  return names.map((n) =>
    rows
      .filter(
        (r, i) =>
          n.words.every((w) => folded[i]!.includes(w)) &&
          (nameMatches(r.name, n.words, n.prefix) || (r.sortName !== null && nameMatches(r.sortName, n.words, n.prefix))),
      )
      .map((r) => Number(r.id)),
  );
}
