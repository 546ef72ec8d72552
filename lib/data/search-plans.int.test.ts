import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NEWEST_FIRST, searchFromWhere } from "@/lib/data/search-sqlite";
import type { SearchSqlFilters } from "@/lib/data/search-conditions-sqlite";

/**
 * A browse by filters alone must read a page newest first from an index,
 * sorting at most the index entries it selects and never reading a question
 * row to sort them. SQLite plans without statistics (the app never runs
 * ANALYZE), so these plans are the ones a large database gets.
 */

async function plan(filters: SearchSqlFilters): Promise<string> {
  const { from, where, params } = searchFromWhere({ ftsQuery: null, filters, today: new Date("2025-03-12T00:00:00Z") });
  const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN SELECT q."id" AS "id" ${from} ${where} ${NEWEST_FIRST} LIMIT 20`, ...params);
  return rows.map((r) => r.detail).join("\n");
}

describe("search browse plans", () => {
  it("pages overdue questions, and any one status, from the status index alone", async () => {
    for (const status of ["OVERDUE", "ANSWERED", "HOLDING"] as const) {
      const text = await plan({ status });
      expect(text, status).toContain("USING COVERING INDEX Question_status_dateForAnswer_dateTabled_id_idx (status=?");
      expect(text, status).not.toMatch(/^SCAN q/m);
    }
  });
});
