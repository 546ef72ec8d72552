-- Question.lastAnsweredAt: the date of the question's latest answer of any
-- kind, kept here so that every write path (forms through Prisma, the bulk
-- importer's prepared statements, cascading deletes) keeps it right. Timelines
-- use it to reach only the questions answered within a page's days.

-- A new link can only raise the latest date.
CREATE TRIGGER "question_last_answered_link_ai" AFTER INSERT ON "AnswerQuestion" BEGIN
  UPDATE "Question" SET "lastAnsweredAt" = (
    SELECT max(a."dateAnswered") FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" WHERE aq."questionId" = NEW."questionId"
  ) WHERE "id" = NEW."questionId";
END;

-- Removing a link (also when its answer is deleted: the cascade fires this) may lower it.
CREATE TRIGGER "question_last_answered_link_ad" AFTER DELETE ON "AnswerQuestion" BEGIN
  UPDATE "Question" SET "lastAnsweredAt" = (
    SELECT max(a."dateAnswered") FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" WHERE aq."questionId" = OLD."questionId"
  ) WHERE "id" = OLD."questionId";
END;

CREATE TRIGGER "question_last_answered_link_au" AFTER UPDATE ON "AnswerQuestion" BEGIN
  UPDATE "Question" SET "lastAnsweredAt" = (
    SELECT max(a."dateAnswered") FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" WHERE aq."questionId" = "Question"."id"
  ) WHERE "id" IN (OLD."questionId", NEW."questionId");
END;

CREATE TRIGGER "question_last_answered_answer_au" AFTER UPDATE OF "dateAnswered" ON "Answer" BEGIN
  UPDATE "Question" SET "lastAnsweredAt" = (
    SELECT max(a."dateAnswered") FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" WHERE aq."questionId" = "Question"."id"
  ) WHERE "id" IN (SELECT "questionId" FROM "AnswerQuestion" WHERE "answerId" = NEW."id");
END;

UPDATE "Question" SET "lastAnsweredAt" = (
  SELECT max(a."dateAnswered") FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" WHERE aq."questionId" = "Question"."id"
);
