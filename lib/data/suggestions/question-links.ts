import type { DbOrTx } from "@/lib/db";
import { distinctiveWords } from "@/lib/analysis/similarity";
import { detectReferences } from "@/lib/analysis/references";
import { candidateQuestionIds } from "@/lib/data/similar-sqlite";
import { createFollowUp } from "@/lib/data/follow-ups";
import { linkExists, linkExplicitReference, latestAnswerId, questionSubject, SAME_SUBJECT_THRESHOLD, subjectScorer } from "@/lib/data/suggestions/subject";
import { resolveReferencedQuestion } from "@/lib/data/suggestions/references";

const WINDOW_DAYS = 90;
const MAX_SAME_SUBJECT = 3;

export type QuestionLinkSummary = { explicit: number; sameSubject: number; pursuesFigure: number };

/**
 * Runs when a question is recorded: links it to what it follows up.
 * - A reference in its text ("pursuant to the Answer of … to Question 123") → an
 *   accepted EXPLICIT_REFERENCE link.
 * - Earlier questions (any member) to the same department within 90 days on the
 *   same subject → suggested SAME_SUBJECT links.
 * - Open figures of that department that it asks for → suggested UNRESOLVED_FIGURE links.
 */
export async function suggestLinksForQuestion(tx: DbOrTx, questionId: number): Promise<QuestionLinkSummary> {
  const summary: QuestionLinkSummary = { explicit: 0, sameSubject: 0, pursuesFigure: 0 };
  const q = await tx.question.findUnique({
    where: { id: questionId },
    select: { id: true, house: true, heading: true, text: true, dateTabled: true, answeringBodyId: true },
  });
  if (!q) return summary;

  for (const ref of detectReferences(q.text, "question")) {
    const earlier = await resolveReferencedQuestion(tx, { uin: ref.uin, date: ref.date, before: q.dateTabled });
    if (!earlier || earlier.id === q.id) continue;
    if (await linkExplicitReference(tx, { earlierQuestionId: earlier.id, toQuestionId: q.id, before: q.dateTabled, note: `Its text refers to ${ref.uin}.` })) summary.explicit++;
  }

  const subject = questionSubject(q);
  const from = new Date(q.dateTabled.getTime() - WINDOW_DAYS * 86_400_000);
  const scorerForWords = await subjectScorer(tx, subject, []);
  const words = distinctiveWords(subject, scorerForWords.idf, 12);
  const candidateIds = await candidateQuestionIds(tx, { words, answeringBodyId: q.answeringBodyId, from, to: q.dateTabled, excludeId: q.id, limit: 30 });
  const candidates = await tx.question.findMany({
    // Strictly earlier days: questions tabled together are a cluster, not a follow-up.
    where: { id: { in: candidateIds }, dateTabled: { lt: q.dateTabled } },
    select: { id: true, heading: true, text: true, dateTabled: true },
  });
  const openFigures = await tx.figure.findMany({
    where: { answeringBodyId: q.answeringBodyId, reviewState: "ACCEPTED", status: { in: ["UNRESOLVED", "DECLINED"] }, sourceAnswerId: { not: null } },
    select: { id: true, measure: true, quote: true, sourceAnswerId: true, askedInQuestion: { select: { id: true, heading: true, text: true } }, sourceAnswer: { select: { dateAnswered: true, questions: { select: { questionId: true } } } } },
  });
  const figureText = (f: (typeof openFigures)[number]) => `${f.measure}. ${f.askedInQuestion ? questionSubject(f.askedInQuestion) : ""}`;
  const scorer = await subjectScorer(tx, subject, [...candidates.map(questionSubject), ...openFigures.map(figureText)]);

  // Pursuing a figure is the more telling link, so it is looked for first.
  for (const f of openFigures) {
    const score = scorer.score(figureText(f));
    const source = f.sourceAnswer;
    if (score < SAME_SUBJECT_THRESHOLD || !source || !f.sourceAnswerId || source.dateAnswered > q.dateTabled) continue;
    const earlierIds = source.questions.map((x) => x.questionId);
    if (earlierIds.includes(q.id) || (await linkExists(tx, earlierIds, q.id))) continue;
    await createFollowUp(
      { fromAnswerId: f.sourceAnswerId, toQuestionId: q.id, kind: "UNRESOLVED_FIGURE", figureId: f.id, createdBy: "analysis", reviewState: "SUGGESTED", score, note: `Asks for a figure left open: ${f.measure}` },
      tx,
    );
    summary.pursuesFigure++;
  }
  const ranked = candidates
    .map((c) => ({ c, score: scorer.score(questionSubject(c)) }))
    .filter((r) => r.score >= SAME_SUBJECT_THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SAME_SUBJECT);
  for (const { c, score } of ranked) {
    if (await linkExists(tx, [c.id], q.id)) continue;
    const fromAnswerId = await latestAnswerId(tx, c.id, q.dateTabled);
    await createFollowUp({ fromAnswerId, fromQuestionId: fromAnswerId ? null : c.id, toQuestionId: q.id, kind: "SAME_SUBJECT", createdBy: "analysis", reviewState: "SUGGESTED", score }, tx);
    summary.sameSubject++;
  }

  return summary;
}
