import type { SqliteReader } from "@/lib/data/sqlite-reader";
import { sqliteWriter } from "@/lib/data/sqlite-writer";
import { refreshRankIndex } from "@/lib/data/rank-index-refresh-sqlite";
import type { TopScores } from "@/lib/search/rank-parts";

/**
 * Before and after a pruned ranking (lib/data/rank-topk-sqlite.ts): the
 * index brought up to date with the few rows changed since, and the page
 * put in the order the SQL search gives.
 */

/** Changed rows a search brings up to date itself before ranking. */
const MAX_INLINE_REFRESH = 2_000;

/** Whether the rank index has taken in every changed row, refreshing it here when only a few are waiting. */
export function upToDate(reader: SqliteReader): boolean {
  const pending = reader.get<{ n: number }>(
    `SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "search_dirty" WHERE "pending" = 1 LIMIT ?)`,
    [MAX_INLINE_REFRESH + 1],
  )?.n;
  if (!pending) return true;
  if (pending > MAX_INLINE_REFRESH) return false;
  return refreshRankIndex(sqliteWriter(), MAX_INLINE_REFRESH) !== null;
}

/** The page: best score first, equal scores newest first (dateTabled, then id), as the SQL search orders. */
export function orderPage(reader: SqliteReader, scored: Map<number, number>, top: TopScores, offset: number, limit: number): [number, number][] {
  if (!scored.size) return [];
  const cut = top.full ? top.worst : -Infinity;
  const keep = [...scored].filter(([, s]) => s >= cut);
  const rows = reader
    .statement(`SELECT "id", "dateTabled" FROM "Question" WHERE "id" IN (SELECT value FROM json_each(?))`)
    .raw()
    .all(JSON.stringify(keep.map(([id]) => id))) as [number, string | number][];
  const tabled = new Map(rows.map(([id, d]) => [id, typeof d === "number" ? d : Date.parse(d)]));
  return keep
    .filter(([id]) => tabled.has(id))
    .sort((a, b) => b[1] - a[1] || tabled.get(b[0])! - tabled.get(a[0])! || b[0] - a[0])
    .slice(offset, offset + limit);
}
