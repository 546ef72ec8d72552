-- Full-text index over each question with its answers (SQLite FTS5).
-- Hand-written: Prisma cannot describe virtual tables or triggers.
--
-- One row per question (rowid = "Question".id) so that a search for words spread
-- over a question and its answer still matches. Contentless with
-- contentless_delete: the text is not stored twice, and rows are replaced by
-- rowid without having to replay the old values. Snippets are therefore built in
-- lib/search from the stored texts, not by FTS5's snippet().
CREATE VIRTUAL TABLE "question_search" USING fts5(
  heading,
  question,
  answer,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "question_search_ai" AFTER INSERT ON "Question" BEGIN
  INSERT INTO "question_search"(rowid, heading, question, answer)
  VALUES (NEW."id", NEW."heading", NEW."text", NULL);
END;

CREATE TRIGGER "question_search_au" AFTER UPDATE OF "heading", "text" ON "Question" BEGIN
  DELETE FROM "question_search" WHERE rowid = NEW."id";
  INSERT INTO "question_search"(rowid, heading, question, answer)
  SELECT q."id", q."heading", q."text",
    (SELECT group_concat(a."text", char(10)) FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" WHERE aq."questionId" = q."id")
  FROM "Question" q WHERE q."id" = NEW."id";
END;

CREATE TRIGGER "question_search_ad" AFTER DELETE ON "Question" BEGIN
  DELETE FROM "question_search" WHERE rowid = OLD."id";
END;

CREATE TRIGGER "question_search_aq_ai" AFTER INSERT ON "AnswerQuestion" BEGIN
  DELETE FROM "question_search" WHERE rowid = NEW."questionId";
  INSERT INTO "question_search"(rowid, heading, question, answer)
  SELECT q."id", q."heading", q."text",
    (SELECT group_concat(a."text", char(10)) FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" WHERE aq."questionId" = q."id")
  FROM "Question" q WHERE q."id" = NEW."questionId";
END;

CREATE TRIGGER "question_search_aq_ad" AFTER DELETE ON "AnswerQuestion" BEGIN
  DELETE FROM "question_search" WHERE rowid = OLD."questionId";
  INSERT INTO "question_search"(rowid, heading, question, answer)
  SELECT q."id", q."heading", q."text",
    (SELECT group_concat(a."text", char(10)) FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" WHERE aq."questionId" = q."id")
  FROM "Question" q WHERE q."id" = OLD."questionId";
END;

CREATE TRIGGER "question_search_answer_au" AFTER UPDATE OF "text" ON "Answer" BEGIN
  DELETE FROM "question_search" WHERE rowid IN (SELECT "questionId" FROM "AnswerQuestion" WHERE "answerId" = NEW."id");
  INSERT INTO "question_search"(rowid, heading, question, answer)
  SELECT q."id", q."heading", q."text",
    (SELECT group_concat(a."text", char(10)) FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" WHERE aq."questionId" = q."id")
  FROM "Question" q WHERE q."id" IN (SELECT "questionId" FROM "AnswerQuestion" WHERE "answerId" = NEW."id");
END;
