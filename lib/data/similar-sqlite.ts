import type { DbOrTx } from "@/lib/db";

/**
 * The SQLite half of subject similarity: document frequencies from the FTS5
 * vocabulary ("question_search_vocab") and candidate questions from an FTS5 OR
 * query. A PostgreSQL version would use ts_stat / to_tsquery.
 */

function sqliteDateTime(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

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
 * shares any of `words` (as prefixes), best bm25 first.
 */
export async function candidateQuestionIds(
  tx: DbOrTx,
  opts: { words: readonly string[]; answeringBodyId: number; from: Date; to: Date; excludeId: number; limit: number },
): Promise<number[]> {
  const safe = opts.words.filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
  if (safe.length === 0) return [];
  const match = `{heading question} : (${safe.map((w) => `"${w}"*`).join(" OR ")})`;
  const rows = await tx.$queryRawUnsafe<{ id: number | bigint }[]>(
    `SELECT q."id" AS "id" FROM "question_search" JOIN "Question" q ON q."id" = "question_search"."rowid"
     WHERE "question_search" MATCH ? AND q."answeringBodyId" = ? AND q."dateTabled" >= ? AND q."dateTabled" <= ? AND q."id" <> ?
     ORDER BY bm25("question_search", 10.0, 4.0, 0.0) LIMIT ?`,
    match,
    opts.answeringBodyId,
    sqliteDateTime(opts.from),
    sqliteDateTime(opts.to),
    opts.excludeId,
    opts.limit,
  );
  return rows.map((r) => Number(r.id));
}
