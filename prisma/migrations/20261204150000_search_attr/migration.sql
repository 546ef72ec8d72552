-- The columns a search filters on, per question as of the rank index's
-- build, in chunks of 4,096 consecutive ids (layout: lib/data/rank-attrs.ts),
-- so that the pruned ranking checks the rows it meets against a filter in
-- memory rather than looking each question up. Hand-written like the other
-- rank index migration; written by lib/data/rank-index-build-sqlite.ts.
CREATE TABLE "search_attr" (
  "chunk" INTEGER NOT NULL PRIMARY KEY,
  "data" BLOB NOT NULL
);

-- A question whose filterable columns change is marked changed like one
-- whose text does (the search_rank triggers): its columns are then checked
-- in SQL until the next build. Only a real change marks it (imports rewrite
-- rows with the same values).
CREATE TRIGGER "search_dirty_question_attrs_au" AFTER UPDATE OF "askingMemberId", "answeringBodyId", "dateTabled", "dateForAnswer", "status", "house" ON "Question"
WHEN OLD."askingMemberId" IS NOT NEW."askingMemberId" OR OLD."answeringBodyId" IS NOT NEW."answeringBodyId"
  OR OLD."dateTabled" IS NOT NEW."dateTabled" OR OLD."dateForAnswer" IS NOT NEW."dateForAnswer"
  OR OLD."status" IS NOT NEW."status" OR OLD."house" IS NOT NEW."house"
BEGIN
  INSERT INTO "search_dirty"("rowid", "pending") VALUES (NEW."id", 1) ON CONFLICT("rowid") DO UPDATE SET "pending" = 1;
END;
