import type Database from "better-sqlite3";
import type { AnalysisStore } from "@/lib/data/suggestions/analysis-store";
import { houseOfUin } from "@/lib/domain/house";
import { sqliteDateTime } from "@/lib/data/sqlite-time";

const time = sqliteDateTime;

/**
 * analysis-store.ts AnalysisStore over prepared statements, for the bulk
 * import lane (bulk-sqlite.ts). Each method mirrors its Prisma twin in
 * prismaAnalysisStore; the integration test compares the two lanes' output.
 */
export function sqliteAnalysisStore(db: Database.Database, opts: { beforeSearchRead?: () => void } = {}): AnalysisStore {
  const s = {
    answer: db.prepare(`SELECT "id", "kind", "text", "dateAnswered" FROM "Answer" WHERE "id" = ?`),
    questions: db.prepare(
      `SELECT q."id", q."heading", q."text", q."dateTabled", q."answeringBodyId" FROM "AnswerQuestion" aq JOIN "Question" q ON q."id" = aq."questionId"
       WHERE aq."answerId" = ? ORDER BY q."id"`,
    ),
    deleteNonAnswers: db.prepare(`DELETE FROM "NonAnswer" WHERE "answerId" = ?`),
    insertNonAnswer: db.prepare(`INSERT INTO "NonAnswer" ("answerId", "kind", "quote", "start", "end") VALUES (?, ?, ?, ?, ?)`),
    figuresOfAnswer: db.prepare(`SELECT "suggestionKey", "quote", "value" FROM "Figure" WHERE "sourceAnswerId" = ?`),
    insertFigure: db.prepare(
      `INSERT INTO "Figure" ("measure", "value", "valueText", "unit", "approximate", "status", "quote", "sourceAnswerId", "askedInQuestionId",
         "answeringBodyId", "nonAnswerKind", "reviewState", "createdBy", "suggestionKey", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUGGESTED', 'analysis', ?, ?, ?)`,
    ),
    vocab: db.prepare(`SELECT max("doc") FROM "question_search_vocab" WHERE "term" >= ? AND "term" < ?`).pluck(),
    total: db.prepare(`SELECT max("id") FROM "Question"`).pluck(),
    referenced: db.prepare(`SELECT "id", "dateTabled" FROM "Question" WHERE "uin" = ? AND "house" = ? AND "dateTabled" <= ? ORDER BY "dateTabled" DESC LIMIT 1`),
    existingLink: db.prepare(
      `SELECT "id", "reviewState" FROM "FollowUp" WHERE "toQuestionId" = ?
         AND ("fromQuestionId" = ? OR "fromAnswerId" IN (SELECT "answerId" FROM "AnswerQuestion" WHERE "questionId" = ?)) LIMIT 1`,
    ),
    acceptLink: db.prepare(`UPDATE "FollowUp" SET "kind" = 'EXPLICIT_REFERENCE', "reviewState" = 'ACCEPTED', "note" = ?, "createdBy" = 'analysis', "reviewedAt" = ? WHERE "id" = ?`),
    latestAnswer: db
      .prepare(
        `SELECT aq."answerId" FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId"
         WHERE aq."questionId" = ? AND a."kind" <> 'HOLDING' AND a."dateAnswered" <= ? ORDER BY a."dateAnswered" DESC LIMIT 1`,
      )
      .pluck(),
    insertLink: db.prepare(
      `INSERT INTO "FollowUp" ("fromAnswerId", "fromQuestionId", "toQuestionId", "kind", "reviewState", "createdBy", "note", "createdAt")
       VALUES (?, ?, ?, 'EXPLICIT_REFERENCE', 'ACCEPTED', 'analysis', ?, ?)`,
    ),
    openFigures: db.prepare(
      `SELECT f."id", f."measure", q."heading", q."text",
              EXISTS (SELECT 1 FROM "FigureResolution" r WHERE r."figureId" = f."id" AND r."answerId" = ?) AS "resolved"
       FROM "Figure" f LEFT JOIN "Question" q ON q."id" = f."askedInQuestionId" LEFT JOIN "Answer" sa ON sa."id" = f."sourceAnswerId"
       WHERE f."answeringBodyId" = ? AND f."reviewState" = 'ACCEPTED' AND f."status" IN ('UNRESOLVED', 'DECLINED')
         AND (f."sourceAnswerId" IS NULL OR (f."sourceAnswerId" <> ? AND sa."dateAnswered" <= ?))`,
    ),
    insertResolution: db.prepare(
      `INSERT INTO "FigureResolution" ("figureId", "answerId", "value", "valueText", "unit", "quote", "score", "reviewState", "createdBy", "createdAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, 'SUGGESTED', 'analysis', ?)`,
    ),
    analysed: db.prepare(`UPDATE "Answer" SET "analysedAt" = ?, "updatedAt" = ? WHERE "id" = ?`),
  };
  const now = () => time(new Date());
  type QRow = { id: number; heading: string; text: string; dateTabled: string; answeringBodyId: number };

  return {
    async loadAnswer(answerId) {
      const a = s.answer.get(answerId) as { id: number; kind: "HOLDING" | "SUBSTANTIVE" | "CORRECTION"; text: string; dateAnswered: string } | undefined;
      if (!a) return null;
      const questions = (s.questions.all(answerId) as QRow[]).map((q) => ({ ...q, dateTabled: new Date(q.dateTabled) }));
      return { ...a, dateAnswered: new Date(a.dateAnswered), questions };
    },
    async replaceNonAnswers(answerId, rows) {
      s.deleteNonAnswers.run(answerId);
      for (const r of rows) s.insertNonAnswer.run(answerId, r.kind, r.quote, r.start, r.end);
    },
    async figuresOfAnswer(answerId) {
      return s.figuresOfAnswer.all(answerId) as Array<{ suggestionKey: string | null; quote: string | null; value: number | null }>;
    },
    async createFigure(f) {
      const t = now();
      s.insertFigure.run(
        f.measure,
        f.value ?? null,
        f.valueText ?? null,
        f.unit ?? null,
        f.approximate ? 1 : 0,
        f.status,
        f.quote,
        f.sourceAnswerId,
        f.askedInQuestionId,
        f.answeringBodyId,
        f.nonAnswerKind ?? null,
        f.suggestionKey,
        t,
        t,
      );
    },
    async documentFrequencies(words) {
      // Rows the bulk lane holds back (bulk-sqlite-search.ts) count as they would have.
      opts.beforeSearchRead?.();
      const df = new Map<string, number>();
      for (const w of new Set(words)) df.set(w, Number(s.vocab.get(w, `${w}\u{10FFFF}`) ?? 0));
      return { total: Number(s.total.get() ?? 0), df };
    },
    async referencedQuestion(ref) {
      const uin = ref.uin.toUpperCase();
      const limit = ref.date ? new Date(`${ref.date}T00:00:00Z`) : ref.before;
      const row = s.referenced.get(uin, houseOfUin(uin), time(limit > ref.before ? ref.before : limit)) as { id: number; dateTabled: string } | undefined;
      return row ? { id: row.id, dateTabled: new Date(row.dateTabled) } : null;
    },
    async linkExplicitReference(opts) {
      const existing = s.existingLink.get(opts.toQuestionId, opts.earlierQuestionId, opts.earlierQuestionId) as { id: number; reviewState: string } | undefined;
      if (existing) {
        if (existing.reviewState !== "SUGGESTED") return false;
        s.acceptLink.run(opts.note, now(), existing.id);
        return true;
      }
      const fromAnswerId = (s.latestAnswer.get(opts.earlierQuestionId, time(opts.before)) as number | undefined) ?? null;
      s.insertLink.run(fromAnswerId, fromAnswerId ? null : opts.earlierQuestionId, opts.toQuestionId, opts.note, now());
      return true;
    },
    async openFigures({ answeringBodyId, answerId, dateAnswered }) {
      const rows = s.openFigures.all(answerId, answeringBodyId, answerId, time(dateAnswered)) as Array<{ id: number; measure: string; heading: string | null; text: string | null; resolved: number }>;
      return rows.map((r) => ({ id: r.id, measure: r.measure, askedInQuestion: r.heading !== null ? { heading: r.heading, text: r.text ?? "" } : null, resolvedByThisAnswer: !!r.resolved }));
    },
    async createResolution(r) {
      s.insertResolution.run(r.figureId, r.answerId, r.value, r.valueText, r.unit, r.quote, r.score, now());
    },
    async markAnalysed(answerId, at) {
      s.analysed.run(time(at), time(at), answerId);
    },
  };
}
