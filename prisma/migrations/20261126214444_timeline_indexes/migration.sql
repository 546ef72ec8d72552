-- DropIndex
DROP INDEX "Answer_dateAnswered_id_idx";

-- CreateIndex
CREATE INDEX "Question_askingMemberId_status_dateTabled_id_dateForAnswer_idx" ON "Question"("askingMemberId", "status", "dateTabled", "id", "dateForAnswer");

-- CreateIndex
CREATE INDEX "Question_answeringBodyId_status_dateTabled_id_dateForAnswer_idx" ON "Question"("answeringBodyId", "status", "dateTabled", "id", "dateForAnswer");

-- CreateIndex
CREATE INDEX "Answer_dateAnswered_id_kind_idx" ON "Answer"("dateAnswered", "id", "kind");

-- CreateIndex
CREATE INDEX "Answer_id_kind_dateAnswered_idx" ON "Answer"("id", "kind", "dateAnswered");

