import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/db";

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
};

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

/** Prisma stores DateTime in SQLite as "2025-12-01T00:00:00.000+00:00"; compare like with like. */
function sqliteDateTime(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

function utcMidnight(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function whereClause(req: SearchSqlRequest): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const f = req.filters;
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
    // Same rule as isOverdue(): unanswered and due before today.
    parts.push(`q."status" IN ('TABLED', 'HOLDING') AND q."dateForAnswer" IS NOT NULL AND q."dateForAnswer" < ?`);
    params.push(sqliteDateTime(utcMidnight(req.today ?? new Date())));
  } else if (f.status) {
    parts.push(`q."status" = ?`);
    params.push(f.status);
  }
  if (f.hasUnresolvedFigures) {
    parts.push(`EXISTS (
      SELECT 1 FROM "Figure" f
      WHERE f."status" IN ('UNRESOLVED', 'DECLINED') AND f."reviewState" = 'ACCEPTED'
        AND (f."askedInQuestionId" = q."id"
          OR f."sourceAnswerId" IN (SELECT aq."answerId" FROM "AnswerQuestion" aq WHERE aq."questionId" = q."id"))
    )`);
  }
  if (req.after) {
    const at = sqliteDateTime(req.after.dateTabled);
    parts.push(`(q."dateTabled" < ? OR (q."dateTabled" = ? AND q."id" < ?))`);
    params.push(at, at, req.after.id);
  }
  return { sql: parts.length ? `WHERE ${parts.join(" AND ")}` : "", params };
}

/** One page of matching question ids, best first, and how many match in all. */
export async function searchQuestionIdsSqlite(db: DbOrTx, req: SearchSqlRequest): Promise<{ ids: number[]; total: number }> {
  const { sql: where, params } = whereClause(req);
  const from =
    req.ftsQuery !== null
      ? `FROM "question_search" JOIN "Question" q ON q."id" = "question_search"."rowid"`
      : `FROM "Question" q`;
  // Heading weighted above question text above answer text.
  const orderBy =
    req.ftsQuery !== null && req.order === "relevance"
      ? `ORDER BY bm25("question_search", 10.0, 4.0, 1.0), q."dateTabled" DESC, q."id" DESC`
      : `ORDER BY q."dateTabled" DESC, q."id" DESC`;

  const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
    `SELECT q."id" AS "id" ${from} ${where} ${orderBy} LIMIT ? OFFSET ?`,
    ...params,
    req.limit,
    req.offset,
  );
  if (req.withTotal === false) return { ids: rows.map((r) => Number(r.id)), total: -1 };
  const [count] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS "n" ${from} ${where}`, ...params);
  return { ids: rows.map((r) => Number(r.id)), total: Number(count?.n ?? 0) };
}
