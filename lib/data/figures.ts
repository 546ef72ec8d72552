import type { FigureStatus } from "@/lib/generated/prisma/enums";
import type { Figure } from "@/lib/generated/prisma/client";
import { db, type DbOrTx } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { DomainValidationError, DuplicateError } from "@/lib/data/errors";
import { figureView } from "@/lib/data/question-detail";

export type CreateFigureInput = {
  measure: string;
  value?: number | null;
  valueText?: string | null;
  unit?: string | null;
  approximate?: boolean;
  asOf?: Date | null;
  status: FigureStatus;
  quote?: string | null;
  sourceAnswerId?: number | null;
  sourceTitle?: string | null;
  sourceUrl?: string | null;
  askedInQuestionId?: number | null;
  resolvedByAnswerId?: number | null;
  /** For an open figure: how the answer declined it (a lib/analysis NonAnswerKind). */
  nonAnswerKind?: string | null;
};

export async function createFigure(input: CreateFigureInput, tx?: DbOrTx): Promise<Figure> {
  if (!tx) return db.$transaction((t) => createFigure(input, t));
  const errors: Record<string, string[]> = {};
  const sourceAnswer = input.sourceAnswerId
    ? await tx.answer.findUnique({
        where: { id: input.sourceAnswerId },
        select: { id: true, dateAnswered: true, questions: { take: 1, select: { question: { select: { answeringBodyId: true } } } } },
      })
    : null;
  if (input.sourceAnswerId && !sourceAnswer) errors.sourceAnswerId = ["That answer does not exist."];
  if (!input.sourceAnswerId && !input.sourceTitle?.trim()) {
    errors.sourceTitle = ["Give the answer the figure comes from, or name the outside source."];
  }
  const askedIn = input.askedInQuestionId
    ? await tx.question.findUnique({ where: { id: input.askedInQuestionId }, select: { answeringBodyId: true } })
    : null;
  if (input.askedInQuestionId && !askedIn) errors.askedInQuestionId = ["That question does not exist."];

  const resolvedBy = input.resolvedByAnswerId
    ? await tx.answer.findUnique({ where: { id: input.resolvedByAnswerId }, select: { id: true, dateAnswered: true } })
    : null;
  if (input.resolvedByAnswerId && !resolvedBy) errors.resolvedByAnswerId = ["That answer does not exist."];
  if (input.status === "RESOLVED") {
    if (!input.resolvedByAnswerId) errors.resolvedByAnswerId = ["A resolved figure needs the answer that supplied it."];
    if (input.value == null && !input.valueText?.trim()) errors.value = ["A resolved figure needs its value."];
  } else if (input.resolvedByAnswerId) {
    errors.status = ["Only a resolved figure has a resolving answer."];
  }
  if (sourceAnswer && resolvedBy && resolvedBy.dateAnswered < sourceAnswer.dateAnswered) {
    errors.resolvedByAnswerId = ["The resolving answer is dated before the answer that left the figure open."];
  }
  if (Object.keys(errors).length) throw new DomainValidationError(errors);

  const measure = input.measure.trim();
  const existing = await tx.figure.findFirst({
    where: { measure, sourceAnswerId: input.sourceAnswerId ?? null, sourceTitle: input.sourceTitle?.trim() || null },
    select: { id: true },
  });
  if (existing) throw new DuplicateError("This figure is already in the ledger for that source.", "Figure", existing.id, "measure");

  return tx.figure.create({
    data: {
      measure,
      value: input.value ?? null,
      valueText: input.valueText?.trim() || null,
      unit: input.unit?.trim() || null,
      approximate: input.approximate ?? false,
      asOf: input.asOf ?? null,
      status: input.status,
      quote: input.quote?.trim() || null,
      sourceAnswerId: input.sourceAnswerId ?? null,
      sourceTitle: input.sourceTitle?.trim() || null,
      sourceUrl: input.sourceUrl?.trim() || null,
      askedInQuestionId: input.askedInQuestionId ?? null,
      answeringBodyId: sourceAnswer?.questions[0]?.question.answeringBodyId ?? askedIn?.answeringBodyId ?? null,
      resolvedByAnswerId: input.resolvedByAnswerId ?? null,
      resolvedAt: resolvedBy?.dateAnswered ?? null,
      nonAnswerKind: input.nonAnswerKind ?? null,
    },
  });
}

const OPEN: FigureStatus[] = ["UNRESOLVED", "DECLINED"];

/** The ledger's open entries: figures an answer did not give, oldest first. */
export async function listOpenFigures(opts: { limit?: number; answeringBodyId?: number } = {}) {
  const rows = await db.figure.findMany({
    where: { status: { in: OPEN }, reviewState: "ACCEPTED", answeringBodyId: opts.answeringBodyId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: opts.limit ?? 50,
    include: {
      answeringBody: { select: { id: true, name: true } },
      sourceAnswer: { select: { dateAnswered: true, questions: { take: 1, select: { question: { select: { id: true, uin: true, heading: true } } } } } },
      askedInQuestion: { select: { id: true, uin: true, heading: true } },
    },
  });
  return rows.map((f) => ({
    ...figureView(f),
    answeringBody: f.answeringBody,
    leftOpenOn: f.sourceAnswer ? toDay(f.sourceAnswer.dateAnswered) : null,
    question: f.askedInQuestion ?? f.sourceAnswer?.questions[0]?.question ?? null,
  }));
}
