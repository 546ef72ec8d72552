-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "sortName" TEXT,
    "house" TEXT NOT NULL,
    "party" TEXT,
    "constituency" TEXT,
    "parliamentId" INTEGER,
    "thumbnailUrl" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AnsweringBody" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "parliamentId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Question" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "house" TEXT NOT NULL,
    "uin" TEXT NOT NULL,
    "dateTabled" DATETIME NOT NULL,
    "dateForAnswer" DATETIME,
    "isNamedDay" BOOLEAN NOT NULL DEFAULT false,
    "heading" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "withdrawn" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'TABLED',
    "parliamentId" INTEGER,
    "askingMemberId" INTEGER NOT NULL,
    "answeringBodyId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_askingMemberId_fkey" FOREIGN KEY ("askingMemberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Question_answeringBodyId_fkey" FOREIGN KEY ("answeringBodyId") REFERENCES "AnsweringBody" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "dateAnswered" DATETIME NOT NULL,
    "dateIsApproximate" BOOLEAN NOT NULL DEFAULT false,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "answeringMemberId" INTEGER,
    "correctsAnswerId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Answer_answeringMemberId_fkey" FOREIGN KEY ("answeringMemberId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Answer_correctsAnswerId_fkey" FOREIGN KEY ("correctsAnswerId") REFERENCES "Answer" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AnswerQuestion" (
    "answerId" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,

    PRIMARY KEY ("answerId", "questionId"),
    CONSTRAINT "AnswerQuestion_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AnswerQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "createdBy" TEXT NOT NULL,
    "fromAnswerId" INTEGER,
    "fromQuestionId" INTEGER,
    "toQuestionId" INTEGER NOT NULL,
    "figureId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FollowUp_fromAnswerId_fkey" FOREIGN KEY ("fromAnswerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_fromQuestionId_fkey" FOREIGN KEY ("fromQuestionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_toQuestionId_fkey" FOREIGN KEY ("toQuestionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Figure" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Figure_sourceAnswerId_fkey" FOREIGN KEY ("sourceAnswerId") REFERENCES "Answer" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_askedInQuestionId_fkey" FOREIGN KEY ("askedInQuestionId") REFERENCES "Question" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_answeringBodyId_fkey" FOREIGN KEY ("answeringBodyId") REFERENCES "AnsweringBody" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_resolvedByAnswerId_fkey" FOREIGN KEY ("resolvedByAnswerId") REFERENCES "Answer" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Member_parliamentId_key" ON "Member"("parliamentId");

-- CreateIndex
CREATE INDEX "Member_name_idx" ON "Member"("name");

-- CreateIndex
CREATE UNIQUE INDEX "AnsweringBody_name_key" ON "AnsweringBody"("name");

-- CreateIndex
CREATE UNIQUE INDEX "AnsweringBody_parliamentId_key" ON "AnsweringBody"("parliamentId");

-- CreateIndex
CREATE UNIQUE INDEX "Question_parliamentId_key" ON "Question"("parliamentId");

-- CreateIndex
CREATE INDEX "Question_askingMemberId_dateTabled_id_idx" ON "Question"("askingMemberId", "dateTabled", "id");

-- CreateIndex
CREATE INDEX "Question_answeringBodyId_dateTabled_id_idx" ON "Question"("answeringBodyId", "dateTabled", "id");

-- CreateIndex
CREATE INDEX "Question_status_dateForAnswer_idx" ON "Question"("status", "dateForAnswer");

-- CreateIndex
CREATE INDEX "Question_dateTabled_id_idx" ON "Question"("dateTabled", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Question_house_uin_dateTabled_key" ON "Question"("house", "uin", "dateTabled");

-- CreateIndex
CREATE INDEX "Answer_dateAnswered_id_idx" ON "Answer"("dateAnswered", "id");

-- CreateIndex
CREATE INDEX "Answer_answeringMemberId_dateAnswered_idx" ON "Answer"("answeringMemberId", "dateAnswered");

-- CreateIndex
CREATE INDEX "AnswerQuestion_questionId_answerId_idx" ON "AnswerQuestion"("questionId", "answerId");

-- CreateIndex
CREATE INDEX "FollowUp_fromAnswerId_idx" ON "FollowUp"("fromAnswerId");

-- CreateIndex
CREATE INDEX "FollowUp_fromQuestionId_idx" ON "FollowUp"("fromQuestionId");

-- CreateIndex
CREATE INDEX "FollowUp_toQuestionId_idx" ON "FollowUp"("toQuestionId");

-- CreateIndex
CREATE INDEX "Figure_status_updatedAt_idx" ON "Figure"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Figure_sourceAnswerId_idx" ON "Figure"("sourceAnswerId");

-- CreateIndex
CREATE INDEX "Figure_askedInQuestionId_idx" ON "Figure"("askedInQuestionId");

-- CreateIndex
CREATE INDEX "Figure_resolvedByAnswerId_idx" ON "Figure"("resolvedByAnswerId");

-- CreateIndex
CREATE INDEX "Figure_answeringBodyId_status_idx" ON "Figure"("answeringBodyId", "status");

