import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

/**
 * Prisma rebuilds a SQLite table (create new, copy, drop old) for many schema
 * changes, and dropping a table drops its triggers: the full-text index would
 * then silently stop following edits. This fails if a migration ever does that.
 */
describe("migrations", () => {
  it("keep every trigger (full-text index, latest answer date, rank index marks, filterable columns)", async () => {
    const rows = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`);
    expect(rows.map((r) => r.name)).toEqual([
      "question_last_answered_answer_au",
      "question_last_answered_link_ad",
      "question_last_answered_link_ai",
      "question_last_answered_link_au",
      "question_search_ad",
      "question_search_ai",
      "question_search_answer_au",
      "question_search_aq_ad",
      "question_search_aq_ai",
      "question_search_au",
      "search_dirty_answer_au",
      "search_dirty_link_ad",
      "search_dirty_link_ai",
      "search_dirty_link_au",
      "search_dirty_question_ad",
      "search_dirty_question_ai",
      "search_dirty_question_attrs_au",
      "search_dirty_question_au",
    ]);
  });
});
