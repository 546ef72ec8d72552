-- The rank index: what lets a search rank its best 20 matches without
-- scoring every match (lib/data/rank-topk-sqlite.ts), kept beside the FTS5
-- index "question_search", which still decides phrases, prefixes, filters
-- and counts. Hand-written like the FTS5 migration. Built from the questions'
-- texts by lib/data/rank-index-build-sqlite.ts; rows changed since the build
-- are kept right by the triggers below and lib/data/rank-index-refresh-sqlite.ts.

-- Every word in the index: its number, in how many rows it is (exact; FTS5
-- itself would have to scan its postings to say), and how many posting
-- blocks it has in "search_block" (0 for a word seen only since the build).
CREATE TABLE "search_term" (
  "term" TEXT NOT NULL PRIMARY KEY,
  "id" INTEGER NOT NULL,
  "df" INTEGER NOT NULL,
  "blocks" INTEGER NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX "search_term_id" ON "search_term"("id");

-- A word's postings as of the build, best first in blocks of up to 64: each
-- block holds (row, weighted count) sorted by row after the length of its
-- shortest row (format: lib/data/rank-index-build-sqlite.ts), and "rest" is
-- the highest saturation (lib/search/bm25.ts) any posting from this block on
-- can have at the build's average length.
CREATE TABLE "search_block" (
  "termId" INTEGER NOT NULL,
  "ord" INTEGER NOT NULL,
  "rest" REAL NOT NULL,
  "data" BLOB NOT NULL,
  PRIMARY KEY ("termId", "ord")
) WITHOUT ROWID;

-- Per row (= question id) its length in tokens and its words with their
-- weighted counts (word numbers ascending): how a candidate is scored
-- exactly without its text.
CREATE TABLE "search_doc" (
  "rowid" INTEGER NOT NULL PRIMARY KEY,
  "len" INTEGER NOT NULL,
  "terms" BLOB NOT NULL
);

-- Rows changed since the build: their postings in "search_block" are stale
-- and skipped; "pending" until the refresh has brought "search_term",
-- "search_doc" and "search_delta" up to date with them.
CREATE TABLE "search_dirty" (
  "rowid" INTEGER NOT NULL PRIMARY KEY,
  "pending" INTEGER NOT NULL
);
CREATE INDEX "search_dirty_pending" ON "search_dirty"("pending") WHERE "pending" = 1;

-- The words of the changed rows as they are now, to find them by word.
CREATE TABLE "search_delta" (
  "termId" INTEGER NOT NULL,
  "rowid" INTEGER NOT NULL,
  PRIMARY KEY ("termId", "rowid")
) WITHOUT ROWID;

-- The build's figures: average row length, rows, version.
CREATE TABLE "search_rank_meta" (
  "key" TEXT NOT NULL PRIMARY KEY,
  "value" NOT NULL
) WITHOUT ROWID;

-- Whatever changes the text a question is indexed with marks its row, on
-- the same events as the FTS5 triggers.
CREATE TRIGGER "search_dirty_question_ai" AFTER INSERT ON "Question" BEGIN
  INSERT INTO "search_dirty"("rowid", "pending") VALUES (NEW."id", 1) ON CONFLICT("rowid") DO UPDATE SET "pending" = 1;
END;

CREATE TRIGGER "search_dirty_question_au" AFTER UPDATE OF "heading", "text" ON "Question" BEGIN
  INSERT INTO "search_dirty"("rowid", "pending") VALUES (NEW."id", 1) ON CONFLICT("rowid") DO UPDATE SET "pending" = 1;
END;

CREATE TRIGGER "search_dirty_question_ad" AFTER DELETE ON "Question" BEGIN
  INSERT INTO "search_dirty"("rowid", "pending") VALUES (OLD."id", 1) ON CONFLICT("rowid") DO UPDATE SET "pending" = 1;
END;

CREATE TRIGGER "search_dirty_link_ai" AFTER INSERT ON "AnswerQuestion" BEGIN
  INSERT INTO "search_dirty"("rowid", "pending") VALUES (NEW."questionId", 1) ON CONFLICT("rowid") DO UPDATE SET "pending" = 1;
END;

CREATE TRIGGER "search_dirty_link_ad" AFTER DELETE ON "AnswerQuestion" BEGIN
  INSERT INTO "search_dirty"("rowid", "pending") VALUES (OLD."questionId", 1) ON CONFLICT("rowid") DO UPDATE SET "pending" = 1;
END;

CREATE TRIGGER "search_dirty_link_au" AFTER UPDATE ON "AnswerQuestion" BEGIN
  INSERT INTO "search_dirty"("rowid", "pending") VALUES (OLD."questionId", 1) ON CONFLICT("rowid") DO UPDATE SET "pending" = 1;
  INSERT INTO "search_dirty"("rowid", "pending") VALUES (NEW."questionId", 1) ON CONFLICT("rowid") DO UPDATE SET "pending" = 1;
END;

CREATE TRIGGER "search_dirty_answer_au" AFTER UPDATE OF "text" ON "Answer" BEGIN
  INSERT INTO "search_dirty"("rowid", "pending")
    SELECT "questionId", 1 FROM "AnswerQuestion" WHERE "answerId" = NEW."id" ON CONFLICT("rowid") DO UPDATE SET "pending" = 1;
END;
