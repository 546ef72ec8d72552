import Database from "better-sqlite3";
import { settleRankIndex } from "@/lib/data/rank-index-refresh-sqlite";
import { deriveQuestionStatus } from "@/lib/domain/question-status";
import { normaliseUin } from "@/lib/data/questions";
import { analyseStoredAnswer, type AnswerAnalysisSummary } from "@/lib/data/suggestions/answer-analysis";
import { sqliteAnalysisStore } from "@/lib/import/bulk-sqlite-analysis";
import { deferredSearch } from "@/lib/import/bulk-sqlite-search";
import { prepareAnswer, type PreparedAnswer } from "@/lib/import/answer-prep";
import { excerptCore, flat, refWithCapture } from "@/lib/import/merge-rules";
import type { ImportAnswer, ImportQuestion } from "@/lib/import/types";
import { ImportRecordError, analysisFailures } from "@/lib/import/upsert-answers";
import { zeroCounts, type EntityCounts } from "@/lib/import/upsert-people";
import { toDay } from "@/lib/dates";
import { sqliteDateTime } from "@/lib/data/sqlite-time";

/**
 * The fast lane for records not stored yet — the bulk of a first import. It
 * writes them with prepared statements on a connection of its own (Prisma's
 * per-query cost, ~0.3 ms, would cap an import at a few hundred records a
 * second) and applies exactly the rules upsert.ts applies to a new record:
 * grouped questions share one answer, a correction points at the substantive
 * answer, answers are checked as createAnswer would, every new answer is
 * analysed (through the same analyseStoredAnswer). Anything that needs merging
 * — a record already stored — stays on the Prisma path.
 *
 * SQLite only: a PostgreSQL version would use COPY into staging tables.
 */

const sqliteTime = sqliteDateTime;

export type NewRecord = {
  record: ImportQuestion;
  askingMemberId: number;
  answeringBodyId: number;
  answerMemberIds: Array<number | null>;
  /** Sanitised text and analysis per answer, from answer-prep (computed here when missing). */
  prepared?: PreparedAnswer[];
};
export type BulkOutcome = { ok: true; answers: EntityCounts } | { ok: false; sourceRef: string; reason: string } | { ok: "merge"; record: ImportQuestion };

type StoredAnswerRow = { id: number; kind: string; dateAnswered: string; text: string };

export class SqliteBulkWriter {
  readonly db: Database.Database;
  private readonly stmt;
  private readonly store;
  private readonly sp;
  private readonly search;

  constructor(file: string) {
    this.db = new Database(file);
    // Another connection (Prisma's) writes between our batches.
    this.db.pragma("busy_timeout = 30000");
    // WAL with NORMAL sync survives a crash intact; only the last commits can be lost to a power cut, and re-running the import restores them.
    this.db.pragma("synchronous = NORMAL");
    // Checkpoints every ~40 MB of WAL instead of ~4 MB: pages rewritten meanwhile (indexes, search segments) are copied once, and commits take half the time.
    this.db.pragma("wal_autocheckpoint = 10000");
    const db = this.db;
    this.stmt = {
      byParliamentId: db.prepare(`SELECT "id" FROM "Question" WHERE "parliamentId" = ?`).pluck(),
      byKey: db.prepare(`SELECT "id" FROM "Question" WHERE "house" = ? AND "uin" = ? AND "dateTabled" = ?`).pluck(),
      insertQuestion: db.prepare(
        `INSERT INTO "Question" ("house", "uin", "dateTabled", "dateForAnswer", "isNamedDay", "heading", "text", "withdrawn", "status", "parliamentId",
           "textTruncated", "sourceFormat", "sourceRef", "importedAt", "askingMemberId", "answeringBodyId", "createdAt", "updatedAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id"`,
      ).pluck(),
      siblingAnswers: db.prepare(
        `SELECT a."id", a."kind", a."dateAnswered", a."text" FROM "Question" q
           JOIN "AnswerQuestion" aq ON aq."questionId" = q."id" JOIN "Answer" a ON a."id" = aq."answerId"
         WHERE q."house" = ? AND q."uin" = ? AND (? IS NULL OR q."dateTabled" = ?) AND a."kind" = ? AND a."dateAnswered" = ?`,
      ),
      insertAnswer: db.prepare(
        `INSERT INTO "Answer" ("kind", "dateAnswered", "dateIsApproximate", "html", "text", "textTruncated", "answeringMemberId", "correctsAnswerId", "createdAt", "updatedAt")
         VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?) RETURNING "id"`,
      ).pluck(),
      link: db.prepare(`INSERT INTO "AnswerQuestion" ("answerId", "questionId") VALUES (?, ?)`),
      attachment: db.prepare(`INSERT INTO "Attachment" ("questionId", "title", "url", "fileType", "sizeBytes") VALUES (?, ?, ?, ?, ?)`),
    };
    this.search = deferredSearch(db);
    this.store = sqliteAnalysisStore(db, { beforeSearchRead: () => this.search.flush() });
    // Prepared once: exec() would parse these four statements for every record.
    this.sp = {
      record: db.prepare("SAVEPOINT bulk_record"),
      recordUndo: db.prepare("ROLLBACK TO SAVEPOINT bulk_record"),
      recordDone: db.prepare("RELEASE SAVEPOINT bulk_record"),
      analysis: db.prepare("SAVEPOINT bulk_analysis"),
      analysisUndo: db.prepare("ROLLBACK TO SAVEPOINT bulk_analysis"),
      analysisDone: db.prepare("RELEASE SAVEPOINT bulk_analysis"),
    };
  }

  /** Whether a question is stored already (then it goes through the merging path). */
  isStored(r: ImportQuestion): boolean {
    if (r.parliamentId != null && this.stmt.byParliamentId.get(r.parliamentId) !== undefined) return true;
    return this.stmt.byKey.get(r.house, normaliseUin(r.uin), sqliteTime(r.dateTabled)) !== undefined;
  }

  /** Writes the records in one transaction, each under a savepoint so a bad one is undone alone. */
  async writeNew(records: readonly NewRecord[], opts: { analyse: boolean; now?: Date }): Promise<BulkOutcome[]> {
    const out: BulkOutcome[] = [];
    const now = opts.now ?? new Date();
    this.db.exec("BEGIN IMMEDIATE");
    try {
      this.search.begin();
      for (const r of records) {
        const mark = this.search.mark();
        this.sp.record.run();
        try {
          out.push({ ok: true, answers: await this.writeOne(r, opts.analyse, now) });
        } catch (e) {
          this.sp.recordUndo.run();
          this.search.restore(mark);
          out.push(e instanceof NeedsMerge ? { ok: "merge", record: r.record } : { ok: false, sourceRef: r.record.sourceRef, reason: e instanceof Error ? e.message : String(e) });
        }
        this.sp.recordDone.run();
      }
      this.search.end();
      this.db.exec("COMMIT");
    } catch (e) {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      this.search.abandon();
      throw e;
    }
    return out;
  }

  /** Brings the rank index up to date with what was written, then closes. */
  close(): void {
    settleRankIndex(this.db);
    this.db.close();
  }

  private async writeOne(n: NewRecord, analyse: boolean, now: Date): Promise<EntityCounts> {
    const { record } = n;
    const stamp = sqliteTime(now);
    const withdrawn = record.withdrawn ?? false;
    // Stored with its final status: every answer below is either stored (or shared, same kind) or the record is undone.
    // Updating it afterwards rewrote three indexes per question.
    const status = deriveQuestionStatus(withdrawn, record.answers.map((a) => a.kind));
    const questionId = Number(
      this.stmt.insertQuestion.get(
        record.house,
        normaliseUin(record.uin),
        sqliteTime(record.dateTabled),
        record.dateForAnswer ? sqliteTime(record.dateForAnswer) : null,
        record.isNamedDay ? 1 : 0,
        record.heading.trim(),
        record.text.trim(),
        withdrawn ? 1 : 0,
        status,
        record.parliamentId ?? null,
        record.textTruncated ? 1 : 0,
        record.format,
        refWithCapture(record.sourceRef, record.capturedAt ?? null),
        stamp,
        n.askingMemberId,
        n.answeringBodyId,
        stamp,
        stamp,
      ),
    );

    const counts = zeroCounts();
    const stored: Array<{ id: number; kind: string; dateAnswered: Date }> = [];
    const toAnalyse: Array<{ answerId: number; prepared: PreparedAnswer }> = [];
    for (const [i, a] of record.answers.entries()) {
      const prepared = n.prepared?.[i] ?? prepareAnswer({ questionText: record.text.trim(), html: a.html, analyse });
      const { html, text } = prepared;
      const sameKind = stored.find((s) => s.kind === a.kind && (s.dateAnswered.getTime() === a.dateAnswered.getTime() || a.kind === "SUBSTANTIVE"));
      // Two versions of one answer in a single record need the merging rules.
      if (sameKind) throw new NeedsMerge();
      const shared = this.groupedAnswer(record, a, text);
      if (shared) {
        this.stmt.link.run(shared.id, questionId);
        stored.push({ id: shared.id, kind: shared.kind, dateAnswered: new Date(shared.dateAnswered) });
        counts.updated++;
        continue;
      }
      const substantive = stored.find((s) => s.kind === "SUBSTANTIVE");
      const correctsAnswerId = a.kind === "CORRECTION" ? (substantive?.id ?? null) : null;
      const problem = answerProblem(record, withdrawn, a, text, correctsAnswerId ? substantive!.dateAnswered : null);
      if (problem) throw new ImportRecordError(record.sourceRef, problem);
      const answerId = Number(
        this.stmt.insertAnswer.get(a.kind, sqliteTime(a.dateAnswered), html, text, a.truncated ? 1 : 0, n.answerMemberIds[i] ?? null, correctsAnswerId, stamp, stamp),
      );
      this.stmt.link.run(answerId, questionId);
      stored.push({ id: answerId, kind: a.kind, dateAnswered: a.dateAnswered });
      counts.created++;
      if (analyse) toAnalyse.push({ answerId, prepared });
    }
    const questionText = record.text.trim();
    for (const { answerId, prepared } of toAnalyse) await this.analyseSafely(answerId, now, prepared.analysis ? { questionText, analysis: prepared.analysis } : null);
    for (const att of record.attachments ?? []) this.stmt.attachment.run(questionId, att.title, att.url, att.fileType ?? null, att.sizeBytes ?? null);
    return counts;
  }

  /** A grouped sibling's copy of this answer (same kind, day and words), as upsert-answers.ts findGroupedAnswer. */
  private groupedAnswer(record: ImportQuestion, a: ImportAnswer, text: string): StoredAnswerRow | null {
    if (!record.groupedWith?.length || a.placeholder) return null;
    const wanted = flat(text);
    const core = excerptCore(text);
    const day = sqliteTime(a.dateAnswered);
    for (const g of record.groupedWith) {
      const tabled = g.dateTabled ? sqliteTime(g.dateTabled) : null;
      const rows = this.stmt.siblingAnswers.all(record.house, normaliseUin(g.uin), tabled, tabled, a.kind, day) as StoredAnswerRow[];
      const hit = rows.find((s) => flat(s.text) === wanted || (!!a.truncated && flat(s.text).startsWith(core)));
      if (hit) return hit;
    }
    return null;
  }

  private async analyseSafely(answerId: number, now: Date, precomputed: Parameters<typeof analyseStoredAnswer>[3]): Promise<AnswerAnalysisSummary | null> {
    const mark = this.search.mark();
    this.sp.analysis.run();
    try {
      return await analyseStoredAnswer(this.store, answerId, now, precomputed);
    } catch (e) {
      this.sp.analysisUndo.run();
      this.search.restore(mark);
      analysisFailures.push({ answerId, reason: e instanceof Error ? e.message : String(e) });
      return null;
    } finally {
      this.sp.analysisDone.run();
    }
  }
}

/** Thrown for a record the fast lane should hand back to the merging path. */
export class NeedsMerge extends Error {
  constructor() {
    super("record needs the merging path");
    this.name = "NeedsMerge";
  }
}

/** upsert-answers.ts answerProblem for a question that has no stored answers yet. */
function answerProblem(record: ImportQuestion, withdrawn: boolean, a: ImportAnswer, text: string, correctedDate: Date | null): string | null {
  if (!text) return `the ${a.kind.toLowerCase()} answer has no text once unsafe markup is removed`;
  if (withdrawn) return "the question was withdrawn; it cannot be answered";
  if (a.dateAnswered < record.dateTabled) return `the ${a.kind.toLowerCase()} answer of ${toDay(a.dateAnswered)} is dated before the question was tabled (${toDay(record.dateTabled)})`;
  if (a.kind === "CORRECTION") {
    if (!correctedDate) return "a correction without the answer it corrects";
    if (a.dateAnswered < correctedDate) return "a correction dated before the answer it corrects";
  }
  return null;
}
