import type Database from "better-sqlite3";
import { docTerms } from "@/lib/search/doc-terms";
import { TextVarintWriter } from "@/lib/search/text-varint";
import { decodeDocTerms, encodeDocTerms, ftsTokenizer, mergeFtsSegments, ROW_TEXT_SQL } from "@/lib/data/rank-index-sqlite";
import { buildRankIndex, RANK_INDEX_FORMAT } from "@/lib/data/rank-index-build-sqlite";

/**
 * Brings the rank index up to date with the rows the triggers marked
 * changed ("search_dirty" pending): each row's words are read again from its
 * text, word row counts move by what it lost and gained, its word list is
 * replaced (or removed with the question) and "search_delta" lists it under
 * its words now. Its postings in "search_block" stay stale until the next
 * build; the ranking skips them because the row is still marked.
 *
 * At most `max` rows in one go (returns null beyond it: a rebuild is then
 * cheaper than refreshing row by row).
 */
export function refreshRankIndex(db: Database.Database, max = 5_000): { refreshed: number } | null {
  const run = db.transaction(() => {
    // An index of another layout is rebuilt by the next settle, not patched (its word lists would not decode).
    if (db.prepare(`SELECT "value" FROM "search_rank_meta" WHERE "key" = 'format'`).pluck().get() !== RANK_INDEX_FORMAT) return null;
    const pending = db.prepare(`SELECT "rowid" FROM "search_dirty" WHERE "pending" = 1 LIMIT ?`).pluck().all(max + 1) as number[];
    if (pending.length > max) return null;
    if (!pending.length) return { refreshed: 0 };
    const next = db.prepare(`SELECT "value" FROM "search_rank_meta" WHERE "key" = 'nextTermId'`).pluck().get() as number | undefined;
    if (next === undefined) return null; // Never built: nothing to bring up to date.
    let nextTermId = next;

    const oldTerms = db.prepare(`SELECT "terms" FROM "search_doc" WHERE "rowid" = ?`).pluck();
    const text = db.prepare(`${ROW_TEXT_SQL} WHERE q."id" = ?`).raw();
    const termId = db.prepare(`SELECT "id" FROM "search_term" WHERE "term" = ?`).pluck();
    const addTerm = db.prepare(`INSERT INTO "search_term"("term", "id", "df", "blocks") VALUES (?, ?, 0, 0)`);
    const moveDf = db.prepare(`UPDATE "search_term" SET "df" = "df" + ? WHERE "id" = ?`);
    const putDoc = db.prepare(`INSERT OR REPLACE INTO "search_doc"("rowid", "len", "terms") VALUES (?, ?, ?)`);
    const dropDoc = db.prepare(`DELETE FROM "search_doc" WHERE "rowid" = ?`);
    const dropDelta = db.prepare(`DELETE FROM "search_delta" WHERE "termId" = ? AND "rowid" = ?`);
    const addDelta = db.prepare(`INSERT OR IGNORE INTO "search_delta"("termId", "rowid") VALUES (?, ?)`);
    const done = db.prepare(`UPDATE "search_dirty" SET "pending" = 0 WHERE "rowid" = ?`);
    const w = new TextVarintWriter();
    const foreign = ftsTokenizer(db);

    for (const rowid of pending) {
      const stored = oldTerms.get(rowid) as string | undefined;
      const before = new Set(stored ? decodeDocTerms(stored).ids : []);
      const row = text.get(rowid) as [number, string, string, string | null] | undefined;
      const after = new Map<number, number>();
      let length = 0;
      if (row) {
        const dt = docTerms([row[1], row[2], row[3]], foreign);
        length = dt.length;
        for (const [term, tf] of dt.terms) {
          let id = termId.get(term) as number | undefined;
          if (id === undefined) {
            id = nextTermId++;
            addTerm.run(term, id);
          }
          after.set(id, tf);
        }
      }
      for (const id of before) {
        dropDelta.run(id, rowid);
        if (!after.has(id)) moveDf.run(-1, id);
      }
      for (const id of after.keys()) {
        addDelta.run(id, rowid);
        if (!before.has(id)) moveDf.run(1, id);
      }
      if (row) putDoc.run(rowid, length, encodeDocTerms(w, after));
      else dropDoc.run(rowid);
      done.run(rowid);
    }
    db.prepare(`UPDATE "search_rank_meta" SET "value" = ? WHERE "key" = 'nextTermId'`).run(nextTermId);
    return { refreshed: pending.length };
  });
  return run.immediate();
}

/**
 * After a bulk write (an import, a sync, a seed): the rank index brought up
 * to date by refreshing the changed rows when they are few, by a rebuild
 * otherwise (or when it was never built). Refreshed rows stay marked, and
 * every search reads their marks and skips their stale postings, so once
 * they pass 1% of the rows (at least 5,000) the index is rebuilt — and
 * the FTS5 index, left in many segments by as many writes, merged into one.
 */
export function settleRankIndex(db: Database.Database): "current" | "refreshed" | "rebuilt" {
  const format = db.prepare(`SELECT "value" FROM "search_rank_meta" WHERE "key" = 'format'`).pluck().get();
  const refreshed = format === RANK_INDEX_FORMAT ? refreshRankIndex(db) : null;
  if (refreshed) {
    const { changed, rows } = db.prepare(`SELECT (SELECT COUNT(*) FROM "search_dirty") AS "changed", (SELECT COUNT(*) FROM "search_doc") AS "rows"`).get() as { changed: number; rows: number };
    if (changed <= Math.max(5_000, rows / 100)) return refreshed.refreshed ? "refreshed" : "current";
  }
  buildRankIndex(db);
  mergeFtsSegments(db);
  return "rebuilt";
}
