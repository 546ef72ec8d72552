import type { DbOrTx } from "@/lib/db";
import { sqliteDateTime } from "@/lib/data/sqlite-time";

/**
 * The SQLite half of subject similarity: document frequencies from the FTS5
 * vocabulary ("question_search_vocab") and candidate questions from an FTS5 OR
 * query. A PostgreSQL version would use ts_stat / to_tsquery.
 */


/** How many questions contain each (stemmed) word: the largest count of any indexed form starting with it. */
export async function documentFrequencies(tx: DbOrTx, words: readonly string[]): Promise<{ total: number; df: Map<string, number> }> {
  const df = new Map<string, number>();
  for (const w of new Set(words)) {
    const [row] = await tx.$queryRawUnsafe<{ doc: number | bigint | null }[]>(
      `SELECT max("doc") AS "doc" FROM "question_search_vocab" WHERE "term" >= ? AND "term" < ?`,
      w,
      `${w}\u{10FFFF}`,
    );
    df.set(w, Number(row?.doc ?? 0));
  }
  // max(id) stands in for count(*), which would scan the table.
  const [total] = await tx.$queryRawUnsafe<{ n: number | bigint | null }[]>(`SELECT max("id") AS "n" FROM "Question"`);
  return { total: Number(total?.n ?? 0), df };
}

/**
 * Questions to one department tabled within a window whose heading or text
 * shares any of `words` (as prefixes), best bm25 first (ties: newest id).
 *
 * The department's questions of the window (a few thousand at most) are
 * gathered first from their index, and each match is checked against that
 * set: joining every match of an OR of common prefixes to its question row
 * took ~116 ms at 1M questions on every answer saved.
 */
// "+" keeps FTS5 from taking the set as one MATCH per question. Exported for the plan test.
export const CANDIDATES_SQL = `SELECT "rowid" AS "id" FROM "question_search"
  WHERE "question_search" MATCH ? AND +"rowid" IN (
    SELECT q."id" FROM "Question" q WHERE q."answeringBodyId" = ? AND q."dateTabled" >= ? AND q."dateTabled" <= ? AND q."id" <> ?)
  ORDER BY bm25("question_search", 10.0, 4.0, 0.0), "rowid" DESC LIMIT ?`;

export async function candidateQuestionIds(
  tx: DbOrTx,
  opts: { words: readonly string[]; answeringBodyId: number; from: Date; to: Date; excludeId: number; limit: number },
): Promise<number[]> {
  const safe = opts.words.filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
  if (safe.length === 0) return [];
  const match = `{heading question} : (${safe.map((w) => `"${w}"*`).join(" OR ")})`;
  const rows = await tx.$queryRawUnsafe<{ id: number | bigint }[]>(
    CANDIDATES_SQL,
    match,
    opts.answeringBodyId,
    sqliteDateTime(opts.from),
    sqliteDateTime(opts.to),
    opts.excludeId,
    opts.limit,
  );
  return rows.map((r) => Number(r.id));
}

/**
 * How many questions contain each index token in their heading or text,
 * counted up to `cap` (a count that reaches it means "at least"). One
 * statement; each count stops at the cap, so a common word costs no more than
 * a rare one would at that size.
 */
export async function cappedTokenCounts(tx: DbOrTx, tokens: readonly string[], cap: number): Promise<Map<string, number>> {
  const safe = [...new Set(tokens)].filter((t) => /^[\p{L}\p{N}]+$/u.test(t));
  if (safe.length === 0) return new Map();
  const one = `SELECT ? AS "token", (SELECT count(*) FROM (SELECT 1 FROM "question_search" WHERE "question_search" MATCH ? LIMIT ?)) AS "n"`;
  const rows = await tx.$queryRawUnsafe<{ token: string; n: number | bigint }[]>(
    safe.map(() => one).join(" UNION ALL "),
    ...safe.flatMap((t) => [t, `{heading question} : "${t}"`, cap]),
  );
  return new Map(rows.map((r) => [r.token, Number(r.n)]));
}

/** About how many questions there are: max(id), since count(*) would read the whole table. */
export async function questionTotal(tx: DbOrTx): Promise<number> {
  const [row] = await tx.$queryRawUnsafe<{ n: number | bigint | null }[]>(`SELECT max("id") AS "n" FROM "Question"`);
  return Number(row?.n ?? 0);
}

/** The first and last days questions were tabled on (two index look-ups). */
export async function tabledRange(tx: DbOrTx): Promise<{ first: Date; last: Date } | null> {
  const [row] = await tx.$queryRawUnsafe<{ first: Date | null; last: Date | null }[]>(
    `SELECT (SELECT min("dateTabled") FROM "Question") AS "first", (SELECT max("dateTabled") FROM "Question") AS "last"`,
  );
  return row?.first && row.last ? { first: new Date(row.first), last: new Date(row.last) } : null;
}

/**
 * Questions tabled before `before` that match an FTS5 expression, best bm25
 * first (heading ×3, question ×1). FTS5 scores every match it returns, and a
 * match's date costs a look-up of its row; which to spare depends on how many
 * matches are earlier. "pool": score all, read the dates of the best `pool`
 * only (most matches are earlier: a recent question); "join": read every
 * match's date and score only the earlier ones (an old question). A pool that
 * turns out to hold too few earlier questions is redone as a join.
 */
export async function earlierMatches(
  tx: DbOrTx,
  opts: { match: string; before: Date; excludeIds: readonly number[]; limit: number; pool: number; strategy: "pool" | "join" },
): Promise<{ id: number; rank: number }[]> {
  const exclude = opts.excludeIds.length ? `AND q."id" NOT IN (${opts.excludeIds.map(() => "?").join(", ")})` : "";
  const before = sqliteDateTime(opts.before);
  const join = async () =>
    tx.$queryRawUnsafe<{ id: number | bigint; rank: number }[]>(
      `SELECT "question_search"."rowid" AS "id", bm25("question_search", 3.0, 1.0, 0.0) AS "rank"
       FROM "question_search" CROSS JOIN "Question" q ON q."id" = "question_search"."rowid"
       WHERE "question_search" MATCH ? AND q."dateTabled" < ? ${exclude}
       ORDER BY "rank", "id" DESC LIMIT ?`,
      opts.match,
      before,
      ...opts.excludeIds,
      opts.limit,
    );
  let rows: { id: number | bigint | null; rank: number | null }[];
  if (opts.strategy === "join") rows = await join();
  else {
    const pooled = await tx.$queryRawUnsafe<{ id: number | bigint | null; rank: number | null; pooled: number | bigint }[]>(
      `WITH s AS MATERIALIZED (SELECT "rowid" AS "id", bm25("question_search", 3.0, 1.0, 0.0) AS "rank" FROM "question_search" WHERE "question_search" MATCH ? ORDER BY "rank" LIMIT ?)
       SELECT NULL AS "id", NULL AS "rank", (SELECT count(*) FROM s) AS "pooled"
       UNION ALL
       SELECT * FROM (SELECT s."id", s."rank", 0 FROM s CROSS JOIN "Question" q ON q."id" = s."id" WHERE q."dateTabled" < ? ${exclude} ORDER BY s."rank", s."id" DESC LIMIT ?)`,
      opts.match,
      opts.pool,
      before,
      ...opts.excludeIds,
      opts.limit,
    );
    rows = pooled.length - 1 < opts.limit && Number(pooled[0]?.pooled ?? 0) >= opts.pool ? await join() : pooled.filter((r) => r.id !== null);
  }
  return rows.map((r) => ({ id: Number(r.id), rank: Number(r.rank) }));
}
