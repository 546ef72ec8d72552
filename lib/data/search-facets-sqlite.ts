import { sqliteReader } from "@/lib/data/sqlite-reader";
import { searchFromWhere, sqliteDateTime, utcMidnight, type SearchWhere } from "@/lib/data/search-sqlite";

/**
 * The SQLite half of search facets: counts by department, member, year and
 * status over the questions a search matches, in one statement.
 *
 * The matches come from the FTS5 index (or, without words, from whichever
 * Question index the filters use) and are joined by rowid to their questions:
 * the table is never scanned for a text search. Counting every match costs a
 * row lookup per match (~750 ms for 450k matches in a 1M-question database),
 * so a search with more than `sample` matches is counted on a systematic
 * sample instead: the matches whose id is a multiple of `stride`. The stride
 * is tested on the FTS rowid before the join, so skipped matches cost almost
 * nothing, and the sample spreads over the whole id range (all years) rather
 * than the first few thousand ids. The caller scales the counts up.
 */
export type FacetRow = { facet: "department" | "member" | "year" | "status"; key: string; count: number };
export type FacetCounts = { rows: FacetRow[]; counted: number };

export function searchFacetCountsSqlite(
  req: SearchWhere,
  opts: { stride: number; perFacet: number; maxRows: number },
): FacetCounts {
  const { from, where, params } = searchFromWhere(req);
  const today = sqliteDateTime(utcMidnight(req.today ?? new Date()));
  const idColumn = req.ftsQuery !== null ? `"question_search"."rowid"` : `q."id"`;
  const stride = Math.max(1, Math.trunc(opts.stride));
  const sampled = stride > 1 ? `${where ? `${where} AND` : "WHERE"} ${idColumn} % ${stride} = 0` : where;

  const rows = sqliteReader().all<{ facet: string; key: string; n: number }>(
    `WITH m AS MATERIALIZED (
      SELECT q."answeringBodyId" AS b, q."askingMemberId" AS p, substr(q."dateTabled", 1, 4) AS y, q."status" AS s,
        (q."status" IN ('TABLED', 'HOLDING') AND q."dateForAnswer" IS NOT NULL AND q."dateForAnswer" < ?) AS o
      ${from} ${sampled}
      LIMIT ?
    )
    SELECT "facet", "key", "n" FROM (
      SELECT "facet", "key", "n",
        ROW_NUMBER() OVER (PARTITION BY "facet" ORDER BY CASE WHEN "facet" = 'year' THEN "key" END DESC, "n" DESC, "key") AS r
      FROM (
        SELECT 'department' AS "facet", CAST(b AS TEXT) AS "key", COUNT(*) AS "n" FROM m GROUP BY b
        UNION ALL SELECT 'member', CAST(p AS TEXT), COUNT(*) FROM m GROUP BY p
        UNION ALL SELECT 'year', y, COUNT(*) FROM m GROUP BY y
        UNION ALL SELECT 'status', s, COUNT(*) FROM m GROUP BY s
        UNION ALL SELECT 'status', 'OVERDUE', SUM(o) FROM m HAVING SUM(o) > 0
        UNION ALL SELECT 'counted', '', COUNT(*) FROM m
      )
    ) WHERE r <= ?`,
    [today, ...params, opts.maxRows, opts.perFacet],
  );
  let counted = 0;
  const out: FacetRow[] = [];
  for (const r of rows) {
    if (r.facet === "counted") counted = Number(r.n);
    else out.push({ facet: r.facet as FacetRow["facet"], key: r.key, count: Number(r.n) });
  }
  return { rows: out, counted };
}
