-- AlterTable
ALTER TABLE "Question" ADD COLUMN "lastAnsweredAt" DATETIME;

-- CreateIndex
CREATE INDEX "Question_askingMemberId_lastAnsweredAt_idx" ON "Question"("askingMemberId", "lastAnsweredAt");

-- CreateIndex
CREATE INDEX "Question_answeringBodyId_lastAnsweredAt_idx" ON "Question"("answeringBodyId", "lastAnsweredAt");

