import type { DbOrTx } from "@/lib/db";
import { contentWords, cosine, makeIdf, stripQuestionPreamble, tfidfVector } from "@/lib/analysis/similarity";
import { documentFrequencies } from "@/lib/data/similar-sqlite";

/** Two texts on the same subject score at least this (TF-IDF cosine); tuned on the founding case and shared data. */
export const SAME_SUBJECT_THRESHOLD = 0.25;

/** What a question is about: its heading and its text without the "To ask …" preamble. */
export function questionSubject(q: { heading: string; text: string }): string {
  return `${q.heading}. ${stripQuestionPreamble(q.text)}`;
}

/** A scorer for one text against many, with idf from the index's vocabulary. */
export async function subjectScorer(tx: DbOrTx, base: string, others: readonly string[]) {
  const words = [base, ...others].flatMap(contentWords);
  const { total, df } = await documentFrequencies(tx, words);
  const idf = makeIdf(total, df);
  const baseVector = tfidfVector(base, idf);
  return { idf, score: (other: string) => cosine(baseVector, tfidfVector(other, idf)) };
}

/**
 * Whether a link already exists (in any review state) from an earlier question —
 * directly or through any of its answers — to a later one. Rejected links count:
 * they are never proposed again.
 */
export async function linkExists(tx: DbOrTx, earlierQuestionIds: readonly number[], toQuestionId: number): Promise<boolean> {
  const found = await tx.followUp.findFirst({
    where: {
      toQuestionId,
      OR: [
        { fromQuestionId: { in: [...earlierQuestionIds] } },
        { fromAnswer: { is: { questions: { some: { questionId: { in: [...earlierQuestionIds] } } } } } },
      ],
    },
    select: { id: true },
  });
  return found !== null;
}

/** The answer a follow-up pursues: the latest non-holding answer of a question, if any, before a date. */
export async function latestAnswerId(tx: DbOrTx, questionId: number, before?: Date): Promise<number | null> {
  const row = await tx.answerQuestion.findFirst({
    where: { questionId, answer: { kind: { not: "HOLDING" }, ...(before ? { dateAnswered: { lte: before } } : {}) } },
    orderBy: { answer: { dateAnswered: "desc" } },
    select: { answerId: true },
  });
  return row?.answerId ?? null;
}

/**
 * Records that a text explicitly refers back to an earlier question. A pending
 * suggestion between the two becomes this accepted link; an accepted or
 * rejected one is left as the editor decided. Returns whether anything changed.
 */
export async function linkExplicitReference(
  tx: DbOrTx,
  opts: { earlierQuestionId: number; toQuestionId: number; before: Date; note: string },
): Promise<boolean> {
  const existing = await tx.followUp.findFirst({
    where: {
      toQuestionId: opts.toQuestionId,
      OR: [{ fromQuestionId: opts.earlierQuestionId }, { fromAnswer: { is: { questions: { some: { questionId: opts.earlierQuestionId } } } } }],
    },
    select: { id: true, reviewState: true },
  });
  if (existing) {
    if (existing.reviewState !== "SUGGESTED") return false;
    await tx.followUp.update({
      where: { id: existing.id },
      data: { kind: "EXPLICIT_REFERENCE", reviewState: "ACCEPTED", note: opts.note, createdBy: "analysis", reviewedAt: new Date() },
    });
    return true;
  }
  const fromAnswerId = await latestAnswerId(tx, opts.earlierQuestionId, opts.before);
  await tx.followUp.create({
    data: {
      fromAnswerId,
      fromQuestionId: fromAnswerId ? null : opts.earlierQuestionId,
      toQuestionId: opts.toQuestionId,
      kind: "EXPLICIT_REFERENCE",
      reviewState: "ACCEPTED",
      createdBy: "analysis",
      note: opts.note,
    },
  });
  return true;
}
