-- DropIndex
DROP INDEX "Question_status_dateForAnswer_idx";

-- CreateIndex
CREATE INDEX "Question_status_dateForAnswer_dateTabled_id_idx" ON "Question"("status", "dateForAnswer", "dateTabled", "id");

