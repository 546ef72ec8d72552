import type { FigureStatus } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/db";

/**
 * The SQLite half of the figures ledger: which accepted figures match, in the
 * ledger's order, one page of ids at a time. The order depends on how long each
 * figure has been open — a computed value Prisma cannot sort by — hence SQL.
 * A PostgreSQL version would compute the same day counts with date arithmetic.
 * Every user-supplied value is a bound parameter.
 */
export type LedgerSqlRequest = {
  statuses: FigureStatus[] | null;
  answeringBodyId?: number;
  memberId?: number;
  nonAnswerKind?: string;
  sort: "longest" | "newest" | "department";
  limit: number;
  offset: number;
  today: Date;
};

/** Prisma stores DateTime in SQLite as "2025-12-01T00:00:00.000+00:00"; compare like with like. */
function sqliteDateTime(d: Date): string {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())).toISOString().replace("Z", "+00:00");
}

function whereClause(req: LedgerSqlRequest): { sql: string; params: unknown[] } {
  const parts = [`f."reviewState" = 'ACCEPTED'`];
  const params: unknown[] = [];
  if (req.statuses) {
    parts.push(`f."status" IN (${req.statuses.map(() => "?").join(", ")})`);
    params.push(...req.statuses);
  }
  if (req.answeringBodyId !== undefined) {
    parts.push(`f."answeringBodyId" = ?`);
    params.push(req.answeringBodyId);
  }
  if (req.nonAnswerKind !== undefined) {
    parts.push(`f."nonAnswerKind" = ?`);
    params.push(req.nonAnswerKind);
  }
  if (req.memberId !== undefined) {
    // The member who asked for it, or who asked any question the source answer answered.
    parts.push(`(
      EXISTS (SELECT 1 FROM "Question" q WHERE q."id" = f."askedInQuestionId" AND q."askingMemberId" = ?)
      OR EXISTS (SELECT 1 FROM "AnswerQuestion" aq JOIN "Question" q ON q."id" = aq."questionId"
                 WHERE aq."answerId" = f."sourceAnswerId" AND q."askingMemberId" = ?)
    )`);
    params.push(req.memberId, req.memberId);
  }
  return { sql: `WHERE ${parts.join(" AND ")}`, params };
}

/** Same rule as openPeriod() in lib/domain/figure-ledger.ts; NULL for a figure never open. */
const OPENED = `COALESCE(sa."dateAnswered", f."createdAt")`;
const DAYS_OPEN = `(CASE
  WHEN f."status" IN ('UNRESOLVED', 'DECLINED') THEN julianday(date(?)) - julianday(date(${OPENED}))
  WHEN f."status" = 'RESOLVED' AND f."resolvedAt" IS NOT NULL THEN julianday(date(f."resolvedAt")) - julianday(date(${OPENED}))
END)`;

const ORDER: Record<LedgerSqlRequest["sort"], string> = {
  longest: `"daysOpen" IS NULL, "daysOpen" DESC, "opened" ASC, f."id" ASC`,
  newest: `"opened" DESC, f."id" DESC`,
  department: `b."name" IS NULL, b."name" ASC, "daysOpen" IS NULL, "daysOpen" DESC, "opened" ASC, f."id" ASC`,
};

/** One page of matching figure ids in ledger order, and how many match in all. */
export async function listLedgerIdsSqlite(db: DbOrTx, req: LedgerSqlRequest): Promise<{ ids: number[]; total: number }> {
  const { sql: where, params } = whereClause(req);
  const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
    `SELECT f."id" AS "id", ${OPENED} AS "opened", ${DAYS_OPEN} AS "daysOpen"
     FROM "Figure" f
     LEFT JOIN "Answer" sa ON sa."id" = f."sourceAnswerId"
     LEFT JOIN "AnsweringBody" b ON b."id" = f."answeringBodyId"
     ${where}
     ORDER BY ${ORDER[req.sort]}
     LIMIT ? OFFSET ?`,
    sqliteDateTime(req.today),
    ...params,
    req.limit,
    req.offset,
  );
  const [count] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS "n" FROM "Figure" f ${where}`, ...params);
  return { ids: rows.map((r) => Number(r.id)), total: Number(count?.n ?? 0) };
}
