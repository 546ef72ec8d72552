import type { AnswerKind, QuestionStatus } from "@/lib/generated/prisma/enums";
import { startOfDayUtc } from "@/lib/dates";

/** What the UI shows: the stored status, or "overdue" layered on an unanswered one. */
export type DisplayStatus = QuestionStatus | "OVERDUE";

export function deriveQuestionStatus(withdrawn: boolean, answerKinds: readonly AnswerKind[]): QuestionStatus {
  if (withdrawn) return "WITHDRAWN";
  if (answerKinds.includes("CORRECTION")) return "CORRECTED";
  if (answerKinds.includes("SUBSTANTIVE")) return "ANSWERED";
  if (answerKinds.includes("HOLDING")) return "HOLDING";
  return "TABLED";
}

/**
 * A question is overdue while it has no substantive answer after the day it was
 * due. A holding answer does not stop the clock: it is the department saying it
 * is late.
 */
export function isOverdue(status: QuestionStatus, dateForAnswer: Date | string | null, today: Date = new Date()): boolean {
  if (status !== "TABLED" && status !== "HOLDING") return false;
  if (!dateForAnswer) return false;
  const due = startOfDayUtc(typeof dateForAnswer === "string" ? new Date(dateForAnswer) : dateForAnswer);
  return due.getTime() < startOfDayUtc(today).getTime();
}

const KIND_ORDER: Record<AnswerKind, number> = { HOLDING: 0, SUBSTANTIVE: 1, CORRECTION: 2 };

/** Holding → substantive → correction; within a kind, oldest first. */
export function compareAnswers(
  a: { kind: AnswerKind; dateAnswered: Date | string; id: number },
  b: { kind: AnswerKind; dateAnswered: Date | string; id: number },
): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    new Date(a.dateAnswered).getTime() - new Date(b.dateAnswered).getTime() ||
    a.id - b.id
  );
}

export const STATUS_LABELS: Record<DisplayStatus, string> = {
  TABLED: "Awaiting answer",
  HOLDING: "Holding answer",
  ANSWERED: "Answered",
  CORRECTED: "Answer corrected",
  WITHDRAWN: "Withdrawn",
  OVERDUE: "Overdue",
};
