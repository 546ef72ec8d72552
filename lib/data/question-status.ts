import type { DbOrTx } from "@/lib/db";
import { deriveQuestionStatus } from "@/lib/domain/question-status";

/** Recompute the stored status of these questions from their answers. */
export async function refreshQuestionStatuses(tx: DbOrTx, questionIds: readonly number[]): Promise<void> {
  const questions = await tx.question.findMany({
    where: { id: { in: [...new Set(questionIds)] } },
    select: { id: true, withdrawn: true, status: true, answers: { select: { answer: { select: { kind: true } } } } },
  });
  for (const q of questions) {
    const status = deriveQuestionStatus(q.withdrawn, q.answers.map((a) => a.answer.kind));
    if (status !== q.status) await tx.question.update({ where: { id: q.id }, data: { status } });
  }
}
