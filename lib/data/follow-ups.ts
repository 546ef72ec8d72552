import type { FollowUpKind, ReviewState } from "@/lib/generated/prisma/enums";
import type { FollowUp } from "@/lib/generated/prisma/client";
import { db, type DbOrTx } from "@/lib/db";
import { DomainValidationError, DuplicateError } from "@/lib/data/errors";

export type CreateFollowUpInput = {
  /** Exactly one of these: the earlier answer, or the earlier question itself. */
  fromAnswerId?: number | null;
  fromQuestionId?: number | null;
  toQuestionId: number;
  kind: FollowUpKind;
  note?: string | null;
  figureId?: number | null;
  createdBy: string;
  /** Analysis proposes links as SUGGESTED; people and explicit references make them ACCEPTED. */
  reviewState?: ReviewState;
  score?: number | null;
};

export async function createFollowUp(input: CreateFollowUpInput, tx?: DbOrTx): Promise<FollowUp> {
  if (!tx) return db.$transaction((t) => createFollowUp(input, t));
  const errors: Record<string, string[]> = {};
  const fromAnswerId = input.fromAnswerId ?? null;
  const fromQuestionId = fromAnswerId ? null : (input.fromQuestionId ?? null);
  if (!fromAnswerId && !fromQuestionId) errors.from = ["Say which earlier question or answer this follows up."];

  const to = await tx.question.findUnique({ where: { id: input.toQuestionId }, select: { id: true, dateTabled: true } });
  if (!to) errors.toQuestionId = ["Choose the later question."];

  // The earlier side's questions: a follow-up cannot be tabled before what it pursues.
  const fromQuestions = fromAnswerId
    ? (await tx.answerQuestion.findMany({ where: { answerId: fromAnswerId }, select: { question: { select: { id: true, dateTabled: true } } } })).map((r) => r.question)
    : fromQuestionId
      ? await tx.question.findMany({ where: { id: fromQuestionId }, select: { id: true, dateTabled: true } })
      : [];
  if ((fromAnswerId || fromQuestionId) && fromQuestions.length === 0) errors.from = ["The earlier question or answer could not be found."];
  if (to && fromQuestions.some((q) => q.id === to.id)) errors.toQuestionId = ["A question cannot follow up itself."];
  else if (to && fromQuestions.some((q) => q.dateTabled > to.dateTabled)) {
    errors.toQuestionId = ["The follow-up question was tabled before the question it would follow up."];
  }
  if (input.kind === "UNRESOLVED_FIGURE" && !input.figureId) errors.figureId = ["Say which unresolved figure the question pursues."];
  if (input.figureId) {
    const figure = await tx.figure.findUnique({ where: { id: input.figureId }, select: { id: true } });
    if (!figure) errors.figureId = ["That figure does not exist."];
  }
  if (Object.keys(errors).length) throw new DomainValidationError(errors);

  const existing = await tx.followUp.findFirst({
    where: { fromAnswerId, fromQuestionId, toQuestionId: input.toQuestionId },
    select: { id: true, reviewState: true },
  });
  const reviewState = input.reviewState ?? "ACCEPTED";
  if (existing && (existing.reviewState === "ACCEPTED" || reviewState === "SUGGESTED")) {
    throw new DuplicateError("These two are already linked.", "FollowUp", existing.id, "toQuestionId");
  }
  if (existing) {
    // Someone links by hand what analysis had suggested (or had been rejected): that decides it.
    return tx.followUp.update({
      where: { id: existing.id },
      data: { kind: input.kind, note: input.note?.trim() || null, figureId: input.figureId ?? null, createdBy: input.createdBy, reviewState, reviewedAt: new Date() },
    });
  }

  return tx.followUp.create({
    data: {
      fromAnswerId,
      fromQuestionId,
      toQuestionId: input.toQuestionId,
      kind: input.kind,
      note: input.note?.trim() || null,
      figureId: input.figureId ?? null,
      createdBy: input.createdBy,
      reviewState,
      score: input.score ?? null,
    },
  });
}
