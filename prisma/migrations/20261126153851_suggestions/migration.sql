-- AlterTable
ALTER TABLE "Answer" ADD COLUMN "analysedAt" DATETIME;

-- CreateTable
CREATE TABLE "NonAnswer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "answerId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "NonAnswer_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FigureResolution" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "figureId" INTEGER NOT NULL,
    "answerId" INTEGER NOT NULL,
    "value" REAL,
    "valueText" TEXT,
    "unit" TEXT,
    "quote" TEXT,
    "score" REAL,
    "reviewState" TEXT NOT NULL DEFAULT 'SUGGESTED',
    "createdBy" TEXT NOT NULL DEFAULT 'analysis',
    "reviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FigureResolution_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FigureResolution_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FollowUp" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "createdBy" TEXT NOT NULL,
    "fromAnswerId" INTEGER,
    "fromQuestionId" INTEGER,
    "toQuestionId" INTEGER NOT NULL,
    "figureId" INTEGER,
    "reviewState" TEXT NOT NULL DEFAULT 'ACCEPTED',
    "score" REAL,
    "reviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FollowUp_fromAnswerId_fkey" FOREIGN KEY ("fromAnswerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_fromQuestionId_fkey" FOREIGN KEY ("fromQuestionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_toQuestionId_fkey" FOREIGN KEY ("toQuestionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_FollowUp" ("createdAt", "createdBy", "figureId", "fromAnswerId", "fromQuestionId", "id", "kind", "note", "toQuestionId") SELECT "createdAt", "createdBy", "figureId", "fromAnswerId", "fromQuestionId", "id", "kind", "note", "toQuestionId" FROM "FollowUp";
DROP TABLE "FollowUp";
ALTER TABLE "new_FollowUp" RENAME TO "FollowUp";
CREATE INDEX "FollowUp_fromAnswerId_idx" ON "FollowUp"("fromAnswerId");
CREATE INDEX "FollowUp_fromQuestionId_idx" ON "FollowUp"("fromQuestionId");
CREATE INDEX "FollowUp_toQuestionId_reviewState_idx" ON "FollowUp"("toQuestionId", "reviewState");
CREATE INDEX "FollowUp_reviewState_createdAt_idx" ON "FollowUp"("reviewState", "createdAt");
CREATE TABLE "new_Figure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "measure" TEXT NOT NULL,
    "value" REAL,
    "valueText" TEXT,
    "unit" TEXT,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "asOf" DATETIME,
    "status" TEXT NOT NULL,
    "quote" TEXT,
    "sourceAnswerId" INTEGER,
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,
    "askedInQuestionId" INTEGER,
    "answeringBodyId" INTEGER,
    "resolvedByAnswerId" INTEGER,
    "resolvedAt" DATETIME,
    "nonAnswerKind" TEXT,
    "reviewState" TEXT NOT NULL DEFAULT 'ACCEPTED',
    "createdBy" TEXT NOT NULL DEFAULT 'editor',
    "suggestionKey" TEXT,
    "reviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Figure_sourceAnswerId_fkey" FOREIGN KEY ("sourceAnswerId") REFERENCES "Answer" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_askedInQuestionId_fkey" FOREIGN KEY ("askedInQuestionId") REFERENCES "Question" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_answeringBodyId_fkey" FOREIGN KEY ("answeringBodyId") REFERENCES "AnsweringBody" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_resolvedByAnswerId_fkey" FOREIGN KEY ("resolvedByAnswerId") REFERENCES "Answer" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Figure" ("answeringBodyId", "approximate", "asOf", "askedInQuestionId", "createdAt", "id", "measure", "quote", "resolvedAt", "resolvedByAnswerId", "sourceAnswerId", "sourceTitle", "sourceUrl", "status", "unit", "updatedAt", "value", "valueText") SELECT "answeringBodyId", "approximate", "asOf", "askedInQuestionId", "createdAt", "id", "measure", "quote", "resolvedAt", "resolvedByAnswerId", "sourceAnswerId", "sourceTitle", "sourceUrl", "status", "unit", "updatedAt", "value", "valueText" FROM "Figure";
DROP TABLE "Figure";
ALTER TABLE "new_Figure" RENAME TO "Figure";
CREATE INDEX "Figure_reviewState_status_updatedAt_idx" ON "Figure"("reviewState", "status", "updatedAt");
CREATE INDEX "Figure_status_updatedAt_idx" ON "Figure"("status", "updatedAt");
CREATE INDEX "Figure_sourceAnswerId_idx" ON "Figure"("sourceAnswerId");
CREATE INDEX "Figure_askedInQuestionId_idx" ON "Figure"("askedInQuestionId");
CREATE INDEX "Figure_resolvedByAnswerId_idx" ON "Figure"("resolvedByAnswerId");
CREATE INDEX "Figure_answeringBodyId_status_idx" ON "Figure"("answeringBodyId", "status");
CREATE UNIQUE INDEX "Figure_sourceAnswerId_suggestionKey_key" ON "Figure"("sourceAnswerId", "suggestionKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "NonAnswer_answerId_idx" ON "NonAnswer"("answerId");

-- CreateIndex
CREATE INDEX "NonAnswer_kind_idx" ON "NonAnswer"("kind");

-- CreateIndex
CREATE INDEX "FigureResolution_reviewState_createdAt_idx" ON "FigureResolution"("reviewState", "createdAt");

-- CreateIndex
CREATE INDEX "FigureResolution_answerId_idx" ON "FigureResolution"("answerId");

-- CreateIndex
CREATE UNIQUE INDEX "FigureResolution_figureId_answerId_key" ON "FigureResolution"("figureId", "answerId");

