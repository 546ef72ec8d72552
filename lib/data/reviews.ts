import type { FigureStatus } from "@/lib/generated/prisma/enums";
import { db, type DbOrTx } from "@/lib/db";
import { DomainValidationError, NotFoundError } from "@/lib/data/errors";

export type ReviewDecision = "accept" | "reject";

/**
 * An editor's decision on what analysis suggested. Accepted suggestions become
 * ordinary records; rejected ones stay (REJECTED) so they are never proposed
 * again. Each function returns the question ids whose pages show the change.
 */
export async function reviewFollowUp(opts: { id: number; decision: ReviewDecision }, tx?: DbOrTx): Promise<{ questionIds: number[] }> {
  if (!tx) return db.$transaction((t) => reviewFollowUp(opts, t));
  const link = await tx.followUp.findUnique({
    where: { id: opts.id },
    select: { id: true, toQuestionId: true, fromQuestionId: true, fromAnswer: { select: { questions: { select: { questionId: true } } } } },
  });
  if (!link) throw new NotFoundError("Follow-up link", opts.id);
  await tx.followUp.update({ where: { id: link.id }, data: { reviewState: opts.decision === "accept" ? "ACCEPTED" : "REJECTED", reviewedAt: new Date() } });
  const from = link.fromQuestionId ? [link.fromQuestionId] : (link.fromAnswer?.questions.map((q) => q.questionId) ?? []);
  return { questionIds: [link.toQuestionId, ...from] };
}

export type FigureEdits = {
  measure?: string;
  value?: number | null;
  valueText?: string | null;
  unit?: string | null;
  approximate?: boolean;
  status?: FigureStatus;
};

export async function reviewFigure(opts: { id: number; decision: ReviewDecision; edits?: FigureEdits }, tx?: DbOrTx): Promise<{ questionIds: number[] }> {
  if (!tx) return db.$transaction((t) => reviewFigure(opts, t));
  const figure = await tx.figure.findUnique({
    where: { id: opts.id },
    select: { id: true, askedInQuestionId: true, sourceAnswer: { select: { questions: { select: { questionId: true } } } } },
  });
  if (!figure) throw new NotFoundError("Figure", opts.id);
  const edits = opts.decision === "accept" ? (opts.edits ?? {}) : {};
  if (edits.status === "RESOLVED") throw new DomainValidationError({ status: ["A figure is resolved by accepting a later answer that supplies it."] });
  if (edits.measure !== undefined && !edits.measure.trim()) throw new DomainValidationError({ measure: ["Say what is measured."] });
  await tx.figure.update({
    where: { id: figure.id },
    data: {
      ...edits,
      measure: edits.measure?.trim(),
      reviewState: opts.decision === "accept" ? "ACCEPTED" : "REJECTED",
      reviewedAt: new Date(),
    },
  });
  const ids = new Set(figure.sourceAnswer?.questions.map((q) => q.questionId) ?? []);
  if (figure.askedInQuestionId) ids.add(figure.askedInQuestionId);
  return { questionIds: [...ids] };
}

/**
 * Accepting a resolution marks the figure RESOLVED by that answer. The figure's
 * origin (the answer that left it open, its quote) is untouched, and every
 * resolution — accepted, rejected or pending — stays as its history.
 */
export async function reviewResolution(opts: { id: number; decision: ReviewDecision }, tx?: DbOrTx): Promise<{ questionIds: number[] }> {
  if (!tx) return db.$transaction((t) => reviewResolution(opts, t));
  const r = await tx.figureResolution.findUnique({
    where: { id: opts.id },
    select: {
      id: true,
      figureId: true,
      value: true,
      valueText: true,
      unit: true,
      answer: { select: { id: true, dateAnswered: true, questions: { select: { questionId: true } } } },
      figure: { select: { status: true, reviewState: true, askedInQuestionId: true, resolvedByAnswerId: true } },
    },
  });
  if (!r) throw new NotFoundError("Resolution", opts.id);
  if (opts.decision === "accept") {
    if (r.figure.reviewState !== "ACCEPTED") throw new DomainValidationError({ form: ["Accept the figure into the ledger before resolving it."] });
    if (r.figure.status === "RESOLVED" && r.figure.resolvedByAnswerId !== r.answer.id) {
      throw new DomainValidationError({ form: ["This figure was already resolved by another answer."] });
    }
    await tx.figure.update({
      where: { id: r.figureId },
      data: { status: "RESOLVED", resolvedByAnswerId: r.answer.id, resolvedAt: r.answer.dateAnswered, value: r.value, valueText: r.valueText, unit: r.unit ?? undefined },
    });
  }
  await tx.figureResolution.update({ where: { id: r.id }, data: { reviewState: opts.decision === "accept" ? "ACCEPTED" : "REJECTED", reviewedAt: new Date() } });
  const ids = new Set(r.answer.questions.map((q) => q.questionId));
  if (r.figure.askedInQuestionId) ids.add(r.figure.askedInQuestionId);
  return { questionIds: [...ids] };
}

/** A figure as the review form needs it. */
export async function getFigureForReview(opts: { id: number }) {
  const f = await db.figure.findUnique({
    where: { id: opts.id },
    select: {
      id: true,
      measure: true,
      value: true,
      valueText: true,
      unit: true,
      approximate: true,
      status: true,
      quote: true,
      reviewState: true,
      nonAnswerKind: true,
      askedInQuestion: { select: { id: true, uin: true, heading: true } },
    },
  });
  if (!f) throw new NotFoundError("Figure", opts.id);
  return f;
}
