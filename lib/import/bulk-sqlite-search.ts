import type Database from "better-sqlite3";

/**
 * Search rows for the bulk lane, written once per question per transaction.
 *
 * The search triggers (prisma/migrations/*_search_fts) index a new question
 * with no answer, then on each answer link delete that row and index it again
 * with its answers: three FTS5 writes (one a tombstone) per answered question,
 * about a third of a bulk import's time. During a bulk transaction the two
 * insert triggers are dropped and the new questions' rows are written by one
 * INSERT … SELECT that builds the same row the last trigger would have built,
 * then the triggers are restored from their stored SQL before COMMIT. DDL is
 * transactional in SQLite, so a rollback or a crash restores them too, and no
 * other connection can see the window (the bulk lane holds the write lock).
 *
 * This holds because the bulk lane only inserts questions and links answers to
 * the questions it inserts: every row the suspended triggers would have
 * touched belongs to a question with an id above the highest one at BEGIN.
 */
const SUSPENDED = ["question_search_ai", "question_search_aq_ai"];

export type DeferredSearch = {
  /** Inside the transaction, before the first insert. */
  begin(): void;
  /** Indexes the questions inserted since begin() or the last flush (before anything reads the index). */
  flush(): void;
  /** Flushes and restores the triggers; inside the transaction, before COMMIT. */
  end(): void;
  /** After a ROLLBACK (which restored the triggers itself). */
  abandon(): void;
  /** Taken with a SAVEPOINT and given back after ROLLBACK TO it, which undoes any flush since. */
  mark(): number | null;
  restore(mark: number | null): void;
};

export function deferredSearch(db: Database.Database): DeferredSearch {
  const triggers = db.prepare(`SELECT "name", "sql" FROM "sqlite_master" WHERE "type" = 'trigger' AND "name" IN (${SUSPENDED.map(() => "?").join(", ")})`).all(...SUSPENDED) as Array<{ name: string; sql: string }>;
  // Without both triggers (an older or newer schema) the lane leaves indexing to whatever triggers there are.
  if (triggers.length !== SUSPENDED.length) return { begin() {}, flush() {}, end() {}, abandon() {}, mark: () => null, restore() {} };
  const maxId = db.prepare(`SELECT coalesce(max("id"), 0) FROM "Question"`).pluck();
  // The row the AnswerQuestion insert trigger builds, for every question since `from`.
  const index = db.prepare(
    `INSERT INTO "question_search"(rowid, heading, question, answer)
     SELECT q."id", q."heading", q."text",
       (SELECT group_concat(a."text", char(10)) FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" WHERE aq."questionId" = q."id")
     FROM "Question" q WHERE q."id" > ? ORDER BY q."id"`,
  );
  let from: number | null = null;
  const flush = () => {
    if (from === null) return;
    const upTo = Number(maxId.get());
    if (upTo > from) index.run(from);
    from = upTo;
  };
  return {
    begin() {
      for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
      from = Number(maxId.get());
    },
    flush,
    end() {
      flush();
      for (const t of triggers) db.exec(t.sql);
      from = null;
    },
    abandon() {
      from = null;
    },
    mark: () => from,
    restore(mark) {
      from = mark;
    },
  };
}
