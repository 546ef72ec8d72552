import type { DbOrTx } from "@/lib/db";

/**
 * The SQLite half of a department's evasion profile: answers and non-answers
 * counted per calendar month (UTC) of the answer's date, in the database.
 * strftime is SQLite's; a PostgreSQL version would group by
 * to_char("dateAnswered", 'YYYY-MM'). Every value is a bound parameter.
 */

/** Answers to at least one of the department's questions (a grouped answer counts once). */
const ANSWER_IN_DEPARTMENT = `EXISTS (
  SELECT 1 FROM "AnswerQuestion" aq JOIN "Question" q ON q."id" = aq."questionId"
  WHERE aq."answerId" = a."id" AND q."answeringBodyId" = ?
)`;

const MONTH = `strftime('%Y-%m', a."dateAnswered")`;

export type MonthTotalsRow = { month: string; answers: number; withNonAnswer: number };
export type MonthKindRow = { month: string; kind: string; answers: number };

/** The latest `limit` months that have answers, newest first. */
export async function monthTotalsSqlite(db: DbOrTx, opts: { answeringBodyId: number; limit: number }): Promise<MonthTotalsRow[]> {
  const rows = await db.$queryRawUnsafe<{ month: string; answers: number | bigint; withNonAnswer: number | bigint | null }[]>(
    `SELECT ${MONTH} AS "month", COUNT(*) AS "answers",
       SUM(CASE WHEN EXISTS (SELECT 1 FROM "NonAnswer" n WHERE n."answerId" = a."id") THEN 1 ELSE 0 END) AS "withNonAnswer"
     FROM "Answer" a
     WHERE ${ANSWER_IN_DEPARTMENT}
     GROUP BY 1
     ORDER BY 1 DESC
     LIMIT ?`,
    opts.answeringBodyId,
    opts.limit,
  );
  return rows.map((r) => ({ month: r.month, answers: Number(r.answers), withNonAnswer: Number(r.withNonAnswer ?? 0) }));
}

/** Answers with at least one non-answer of each kind, per month, from `fromMonth` ("YYYY-MM") on. */
export async function monthKindCountsSqlite(db: DbOrTx, opts: { answeringBodyId: number; fromMonth: string }): Promise<MonthKindRow[]> {
  const rows = await db.$queryRawUnsafe<{ month: string; kind: string; answers: number | bigint }[]>(
    `SELECT ${MONTH} AS "month", n."kind" AS "kind", COUNT(DISTINCT a."id") AS "answers"
     FROM "NonAnswer" n JOIN "Answer" a ON a."id" = n."answerId"
     WHERE ${ANSWER_IN_DEPARTMENT} AND ${MONTH} >= ?
     GROUP BY 1, 2`,
    opts.answeringBodyId,
    opts.fromMonth,
  );
  return rows.map((r) => ({ month: r.month, kind: r.kind, answers: Number(r.answers) }));
}
