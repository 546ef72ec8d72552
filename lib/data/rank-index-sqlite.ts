import type Database from "better-sqlite3";
import { TextVarintReader, TextVarintWriter } from "@/lib/search/text-varint";

/**
 * What the rank index's builder, refresher and reader share: the text a
 * question is indexed with (the same columns the FTS5 triggers write), and
 * FTS5's own row and token totals, which bm25() uses.
 */

const ROW_TEXT_COLUMNS = `q."id", q."heading", q."text",
  (SELECT group_concat(a."text", char(10)) FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" WHERE aq."questionId" = q."id")`;

/** id, heading, question, answers joined by newlines: the FTS5 row of a question. */
export const ROW_TEXT_SQL = `SELECT ${ROW_TEXT_COLUMNS} FROM "Question" q`;

/** The same, then the columns a search filters on (lib/data/rank-attrs.ts): read in the build's one pass over the questions. */
export const ROW_TEXT_ATTRS_SQL = `SELECT ${ROW_TEXT_COLUMNS},
  q."askingMemberId", q."answeringBodyId", q."dateTabled", q."dateForAnswer", q."status", q."house" FROM "Question" q`;

/** SQLite's record varints (big-endian groups of 7 bits), as FTS5 stores its sizes. */
export function sqliteVarints(buf: Uint8Array): number[] {
  const out: number[] = [];
  let v = 0;
  let n = 0;
  for (const b of buf) {
    n++;
    if (n === 9) {
      out.push(v * 256 + b);
      v = 0;
      n = 0;
    } else if (b & 0x80) {
      v = v * 128 + (b & 0x7f);
    } else {
      out.push(v * 128 + b);
      v = 0;
      n = 0;
    }
  }
  return out;
}

/** Rows and tokens in the FTS5 index: its "averages" record (data row 1), which bm25() reads. */
export function ftsTotals(prepare: (sql: string) => Database.Statement): { rows: number; tokens: number } {
  const rec = prepare(`SELECT "block" FROM "question_search_data" WHERE "id" = 1`).pluck().get() as Buffer | undefined;
  if (!rec) return { rows: 0, tokens: 0 };
  const [rows = 0, ...cols] = sqliteVarints(rec);
  return { rows, tokens: cols.reduce((a, b) => a + b, 0) };
}

/** How many segments the FTS5 index is in (each search term is looked up, and each AND stepped, in every one). */
export function ftsSegments(db: Database.Database): number {
  return db.prepare(`SELECT COUNT(DISTINCT "segid") FROM "question_search_idx"`).pluck().get() as number;
}

/**
 * Merges the FTS5 index into one segment, as a build from scratch leaves it.
 * Rows written one transaction at a time leave it in many (13 after a
 * 100,000-question import), and FTS5 steps through each: at 100k, words
 * ANDed ranked and counted 1.45 → 1.05 ms (rural bus services), counted
 * alone 0.64 → 0.18. It rewrites the index (~1.2 s at 100k), so it runs
 * where the rank index is rebuilt: after bulk writes.
 */
export function mergeFtsSegments(db: Database.Database): boolean {
  if (ftsSegments(db) <= 1) return false;
  db.exec(`INSERT INTO "question_search"("question_search") VALUES ('optimize')`);
  return true;
}

/** A row's words for "search_doc": (word number, weighted count) pairs, numbers ascending, as deltas in text varints (lib/search/text-varint.ts). */
export function encodeDocTerms(w: TextVarintWriter, terms: ReadonlyMap<number, number>): string {
  const ids = [...terms.keys()].sort((a, b) => a - b);
  return encodeSortedDocTerms(w, ids, ids.map((id) => terms.get(id)!));
}

/** The same from the word numbers already in ascending order and their counts. */
export function encodeSortedDocTerms(w: TextVarintWriter, ids: ArrayLike<number>, tfs: ArrayLike<number>): string {
  w.reset();
  let prev = 0;
  for (let k = 0; k < ids.length; k++) {
    w.write(ids[k]! - prev);
    w.write(tfs[k]!);
    prev = ids[k]!;
  }
  return w.text();
}

/** A row's words as stored in "search_doc": (word number, weighted count), numbers ascending. */
export function decodeDocTerms(text: string): { ids: number[]; tfs: number[] } {
  const r = new TextVarintReader(text);
  const ids: number[] = [];
  const tfs: number[] = [];
  let prev = 0;
  while (!r.done) {
    prev += r.read();
    ids.push(prev);
    tfs.push(r.read());
  }
  return { ids, tfs };
}

/**
 * Tokenizes text exactly as "question_search" does, by indexing it in a
 * scratch FTS5 table of the same tokenizer (TEMP, so on this connection only)
 * and reading the words back. Used for the few columns with letters beyond
 * ASCII, where FTS5's folding is its own (lib/search/doc-terms.ts).
 */
export function ftsTokenizer(db: Database.Database): (text: string) => string[] {
  const tokenizer = (db.prepare(`SELECT "sql" FROM "sqlite_schema" WHERE "name" = 'question_search'`).pluck().get() as string | undefined)?.match(/tokenize\s*=\s*('(?:[^']|'')*')/i)?.[1];
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp."rank_tokenize" USING fts5("t"${tokenizer ? `, tokenize = ${tokenizer}` : ""});
    CREATE VIRTUAL TABLE IF NOT EXISTS temp."rank_tokenize_words" USING fts5vocab(temp, 'rank_tokenize', 'instance');`);
  const put = db.prepare(`INSERT INTO temp."rank_tokenize"("rowid", "t") VALUES (1, ?)`);
  const words = db.prepare(`SELECT "term" FROM temp."rank_tokenize_words" ORDER BY "offset"`).pluck();
  const clear = db.prepare(`DELETE FROM temp."rank_tokenize" WHERE "rowid" = 1`);
  return (text) => {
    put.run(text);
    const out = words.all() as string[];
    clear.run();
    return out;
  };
}
