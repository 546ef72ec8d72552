import type { AnswerKind } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { normaliseUin } from "@/lib/data/questions";
import { analyseAnswer } from "@/lib/data/suggestions/answer-analysis";
import { htmlToPlainText, sanitizeAnswerHtml } from "@/lib/html/sanitize";
import { excerptCore, flat, shouldReplaceText } from "@/lib/import/merge-rules";
import type { ImportAnswer, ImportQuestion } from "@/lib/import/types";
import type { Outcome } from "@/lib/import/upsert-people";

/** A record that cannot be stored as it is; nothing is written for it. */
export class ImportRecordError extends Error {
  constructor(readonly sourceRef: string, reason: string) {
    super(reason);
    this.name = "ImportRecordError";
  }
}

export const STORED_ANSWER_SELECT = { id: true, kind: true, dateAnswered: true, html: true, text: true, textTruncated: true, dateIsApproximate: true, answeringMemberId: true } as const;
export type StoredAnswer = { id: number; kind: AnswerKind; dateAnswered: Date; html: string; text: string; textTruncated: boolean; dateIsApproximate: boolean; answeringMemberId: number | null };

export type AnswerContext = {
  questionId: number;
  record: ImportQuestion;
  /** The question's answers, oldest first; kept current as answers are added. */
  stored: StoredAnswer[];
  /** The question as it will be once this record is stored (answers are checked against it). */
  question: { withdrawn: boolean; dateTabled: Date };
  /** The record's capture is newer than the stored state's (see lib/import/merge-rules.ts). */
  newer: boolean;
  analyse: boolean;
  changedFields: string[];
  /** Answers this record changed (another question's prefetched copy of a shared answer is then stale). */
  updatedAnswerIds: number[];
};

export async function upsertAnswer(tx: DbOrTx, ctx: AnswerContext, a: ImportAnswer, answeringMemberId: number | null): Promise<Outcome> {
  const { stored, record, questionId } = ctx;
  const sameDay = (s: StoredAnswer) => s.dateAnswered.getTime() === a.dateAnswered.getTime();
  // A question has one substantive answer, so it matches whatever its date (the seed dates some approximately).
  const match = stored.find((s) => s.kind === a.kind && sameDay(s)) ?? (a.kind === "SUBSTANTIVE" ? stored.find((s) => s.kind === "SUBSTANTIVE") : undefined);
  const html = sanitizeAnswerHtml(a.html);
  const text = htmlToPlainText(html);
  const truncated = a.truncated ?? false;

  if (match) {
    const data: Partial<StoredAnswer> = {};
    if (!a.placeholder) {
      if (shouldReplaceText({ html: match.html, text: match.text, truncated: match.textTruncated }, { html, text, truncated }, ctx.newer)) {
        Object.assign(data, { html, text, textTruncated: truncated });
      } else if (match.textTruncated && !truncated && flat(text) === flat(match.text)) data.textTruncated = false;
    }
    if (!sameDay(match) && (ctx.newer || match.dateIsApproximate)) Object.assign(data, { dateAnswered: a.dateAnswered, dateIsApproximate: false });
    if (answeringMemberId && answeringMemberId !== match.answeringMemberId && (ctx.newer || match.answeringMemberId == null)) data.answeringMemberId = answeringMemberId;
    if (!Object.keys(data).length) return "unchanged";
    ctx.changedFields.push(...Object.keys(data).map((k) => `answer.${a.kind}.${k}`));
    await tx.answer.update({ where: { id: match.id }, data });
    Object.assign(match, data);
    ctx.updatedAnswerIds.push(match.id);
    if (ctx.analyse && data.text !== undefined) await analyseSafely(tx, match.id);
    return "updated";
  }

  const add = (row: StoredAnswer) => {
    stored.push(row);
    stored.sort((x, y) => x.dateAnswered.getTime() - y.dateAnswered.getTime() || x.id - y.id);
  };
  // Grouped questions share one answer: link to the sibling's instead of copying it.
  const shared = await findGroupedAnswer(tx, record, a, text);
  if (shared) {
    await tx.answerQuestion.create({ data: { answerId: shared.id, questionId } });
    add(shared);
    ctx.changedFields.push(`answer.${a.kind}.linked`);
    return "updated";
  }

  const substantive = stored.find((s) => s.kind === "SUBSTANTIVE");
  const correctsAnswerId = a.kind === "CORRECTION" ? (substantive?.id ?? null) : null;
  // Written directly rather than through createAnswer (as questions skip createQuestion):
  // the record is history, so a holding answer the source shows before a stored
  // substantive one is kept, and everything needed to check it is already in hand.
  const problem = answerProblem(ctx, a, text, correctsAnswerId);
  if (problem) throw new ImportRecordError(record.sourceRef, problem);
  const row = await tx.answer.create({
    data: { kind: a.kind, dateAnswered: a.dateAnswered, html, text, textTruncated: truncated, answeringMemberId, correctsAnswerId, questions: { create: { questionId } } },
    select: STORED_ANSWER_SELECT,
  });
  add(row);
  if (ctx.analyse) await analyseSafely(tx, row.id);
  return "created";
}

/** The checks createAnswer makes for editors that still hold for imported history. */
function answerProblem(ctx: AnswerContext, a: ImportAnswer, text: string, correctsAnswerId: number | null): string | null {
  if (!text) return `the ${a.kind.toLowerCase()} answer has no text once unsafe markup is removed`;
  if (ctx.question.withdrawn) return "the question was withdrawn; it cannot be answered";
  if (a.dateAnswered < ctx.question.dateTabled) return `the ${a.kind.toLowerCase()} answer of ${toDay(a.dateAnswered)} is dated before the question was tabled (${toDay(ctx.question.dateTabled)})`;
  if (a.kind === "CORRECTION") {
    const corrected = ctx.stored.find((s) => s.id === correctsAnswerId);
    if (!corrected) return "a correction without the answer it corrects";
    if (a.dateAnswered < corrected.dateAnswered) return "a correction dated before the answer it corrects";
  }
  return null;
}

async function findGroupedAnswer(tx: DbOrTx, record: ImportQuestion, a: ImportAnswer, text: string): Promise<StoredAnswer | null> {
  if (!record.groupedWith?.length || a.placeholder) return null;
  const siblings = await tx.answerQuestion.findMany({
    where: {
      question: {
        house: record.house,
        OR: record.groupedWith.map((g) => ({ uin: normaliseUin(g.uin), ...(g.dateTabled ? { dateTabled: g.dateTabled } : {}) })),
      },
      answer: { kind: a.kind, dateAnswered: a.dateAnswered },
    },
    select: { answer: { select: STORED_ANSWER_SELECT } },
  });
  const wanted = flat(text);
  const core = excerptCore(text);
  const same = (stored: string) => flat(stored) === wanted || (!!a.truncated && flat(stored).startsWith(core));
  return siblings.find((s) => same(s.answer.text))?.answer ?? null;
}

/**
 * Analysis is a derived layer: if it fails on one answer, the answer is still
 * imported (analysedAt stays null, so `npm run analyze` can retry it). Needs an
 * interactive transaction, as every caller of upsertImportedQuestion has.
 */
async function analyseSafely(tx: DbOrTx, answerId: number): Promise<void> {
  await tx.$executeRawUnsafe("SAVEPOINT import_analysis");
  try {
    await analyseAnswer(tx, answerId);
  } catch (e) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_analysis");
    analysisFailures.push({ answerId, reason: e instanceof Error ? e.message.split("\n").filter(Boolean).at(-1) ?? e.message : String(e) });
  }
  await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_analysis");
}

/** Analysis failures seen by this process (the runner reports and clears them). */
export const analysisFailures: Array<{ answerId: number; reason: string }> = [];
