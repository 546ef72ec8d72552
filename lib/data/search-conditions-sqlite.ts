import type { MatchExpression } from "@/lib/search/query";
import type { House, QuestionStatus } from "@/lib/generated/prisma/enums";

/**
 * A search's filters as SQLite conditions on the question (alias q), for
 * search-sqlite.ts to combine with the FTS5 match. A PostgreSQL version would
 * implement the same functions. Every user-supplied value is a bound parameter.
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
  /** False skips the COUNT (exports page to the end instead); total is then -1. */
  withTotal?: boolean;
  /** Gather the questions the filters allow before matching (chooseFilterFirst decides). */
  filterFirst?: boolean;
  /** ftsQuery's structure (parseSearchQuery): lets a words-only search be ranked from the rank index. */
  match?: MatchExpression | null;
};

/** What decides which questions a search matches (not their order or page). */
export type SearchWhere = Pick<SearchSqlRequest, "ftsQuery" | "filters" | "today" | "filterFirst">;

const DAY_MS = 86_400_000;

export { sqliteDateTime } from "@/lib/data/sqlite-time";
import { sqliteDateTime } from "@/lib/data/sqlite-time";

export function utcMidnight(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

// A figure left open on the question, or on an answer it got (the ledger's
// rule), as the set of such questions: read once from the open figures (the
// (reviewState, status) index) rather than probed per question, so that it can
// also be gathered first (chooseFilterFirst).
const UNRESOLVED_FIGURE_SQL = `q."id" IN (
      SELECT f."askedInQuestionId" FROM "Figure" f
      WHERE f."reviewState" = 'ACCEPTED' AND f."status" IN ('UNRESOLVED', 'DECLINED') AND f."askedInQuestionId" IS NOT NULL
      UNION
      SELECT aq."questionId" FROM "Figure" f JOIN "AnswerQuestion" aq ON aq."answerId" = f."sourceAnswerId"
      WHERE f."reviewState" = 'ACCEPTED' AND f."status" IN ('UNRESOLVED', 'DECLINED')
    )`;

// Same rule as isOverdue(): unanswered and due before today.
const OVERDUE_SQL = `(q."status" IN ('TABLED', 'HOLDING') AND q."dateForAnswer" IS NOT NULL AND q."dateForAnswer" < ?)`;

export type Sql = { sql: string; params: unknown[] };

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

const GATHERABLE_FIELDS = new Set<SqlFieldFilter["field"]>(["member", "dept", "date", "status", "nonanswer", "has"]);

/**
 * Whether the filters' questions can be gathered from indexes (member,
 * department, dates, status, non-answer kinds, open figures); a filter
 * tested per question, such as a negated one, would scan the table.
 */
export function gatherableFilters(f: SearchSqlFilters): boolean {
  return !f.excludeFts && (f.fields ?? []).every((field) => !field.negate && GATHERABLE_FIELDS.has(field.field));
}

/** The search's conditions on the question (everything but the words), ANDed; "" when none. */
export function questionConditions(req: SearchWhere): Sql {
  const parts: string[] = [];
  const params: unknown[] = [];
  const f = req.filters;
  const today = sqliteDateTime(utcMidnight(req.today ?? new Date()));
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
  return { sql: parts.join(" AND "), params };
}
