-- Document frequency of every indexed term (hand-written: Prisma cannot describe
-- virtual tables). Follow-up suggestions weight shared words by how rare they are
-- (TF-IDF) using these counts instead of scanning the questions.
CREATE VIRTUAL TABLE "question_search_vocab" USING fts5vocab("question_search", 'row');
