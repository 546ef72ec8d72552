-- Provenance of imported questions, truncated-text flags and attachments.
-- Written by hand with ADD COLUMN: the generated version rebuilt "Question" and
-- "Answer", which would have dropped the full-text triggers defined on them.
ALTER TABLE "Question" ADD COLUMN "textTruncated" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Question" ADD COLUMN "sourceFormat" TEXT NOT NULL DEFAULT 'form';
ALTER TABLE "Question" ADD COLUMN "sourceRef" TEXT;
ALTER TABLE "Question" ADD COLUMN "importedAt" DATETIME;
ALTER TABLE "Answer" ADD COLUMN "textTruncated" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "Attachment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "questionId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "fileType" TEXT,
    "sizeBytes" INTEGER,
    CONSTRAINT "Attachment_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Attachment_questionId_url_key" ON "Attachment"("questionId", "url");
