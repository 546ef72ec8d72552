import { createHash } from "node:crypto";
import type { FigureStatus } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/db";
import { analyzePlainAnswer } from "@/lib/analysis/analyze";
import type { AnswerAnalysis, NonAnswerKind } from "@/lib/analysis/types";
import { cosine, stripQuestionPreamble, tfidfVector } from "@/lib/analysis/similarity";
import { splitQuestionParts } from "@/lib/analysis/question-parts";
import { resolveReferencedQuestion } from "@/lib/data/suggestions/references";
import { linkExplicitReference, questionSubject, SAME_SUBJECT_THRESHOLD, subjectScorer } from "@/lib/data/suggestions/subject";

/** Non-answers that leave a figure open, and the status the ledger gives it. */
const OPENS_FIGURE: Partial<Record<NonAnswerKind, FigureStatus>> = {
  disproportionate_cost: "DECLINED",
  no_comment: "DECLINED",
  not_held: "UNRESOLVED",
  not_available: "UNRESOLVED",
  estimate_unreliable: "UNRESOLVED",
  will_write: "UNRESOLVED",
};

export type AnswerAnalysisSummary = { nonAnswers: number; suggestedFigures: number; explicitLinks: number; suggestedResolutions: number };

const key = (...parts: string[]) => createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 16);
const overlaps = (a: string | null, b: string) => !!a && (a.includes(b) || b.includes(a));

/**
 * Runs lib/analysis on a saved answer and turns its findings into records:
 * stored non-answer passages; SUGGESTED figures (left open, or stated);
 * ACCEPTED explicit-reference links; SUGGESTED resolutions of open figures of
 * the same department. Idempotent: anything already recorded, accepted or
 * rejected for the same passage is not proposed again.
 */
export async function analyseAnswer(tx: DbOrTx, answerId: number): Promise<AnswerAnalysisSummary> {
  const answer = await tx.answer.findUnique({
    where: { id: answerId },
    select: {
      id: true,
      kind: true,
      text: true,
      dateAnswered: true,
      questions: { orderBy: { questionId: "asc" }, select: { question: { select: { id: true, heading: true, text: true, dateTabled: true, answeringBodyId: true } } } },
    },
  });
  const questions = answer?.questions.map((l) => l.question) ?? [];
  const primary = questions[0];
  if (!answer || !primary) return { nonAnswers: 0, suggestedFigures: 0, explicitLinks: 0, suggestedResolutions: 0 };

  const analysis = analyzePlainAnswer({ questionText: questions.map((q) => q.text).join("\n"), text: answer.text });
  await tx.nonAnswer.deleteMany({ where: { answerId } });
  if (analysis.nonAnswers.length) {
    await tx.nonAnswer.createMany({ data: analysis.nonAnswers.map((n) => ({ answerId, kind: n.kind, quote: n.quote, start: n.start, end: n.end })) });
  }

  const suggestedFigures = answer.kind === "HOLDING" ? 0 : await suggestFigures(tx, answer.id, questions, analysis);
  const explicitLinks = await linkReferences(tx, questions, analysis, answer.dateAnswered);
  const suggestedResolutions = answer.kind === "HOLDING" ? 0 : await suggestResolutions(tx, answer, primary, analysis);
  await tx.answer.update({ where: { id: answerId }, data: { analysedAt: new Date() } });
  return { nonAnswers: analysis.nonAnswers.length, suggestedFigures, explicitLinks, suggestedResolutions };
}

type Primary = { id: number; heading: string; text: string; dateTabled: Date; answeringBodyId: number };

async function suggestFigures(tx: DbOrTx, answerId: number, questions: Primary[], analysis: AnswerAnalysis): Promise<number> {
  const existing = await tx.figure.findMany({ where: { sourceAnswerId: answerId }, select: { suggestionKey: true, quote: true, value: true } });
  const keys = new Set(existing.map((f) => f.suggestionKey));
  const scorer = await questionMatcher(tx, questions);
  let created = 0;
  const seenQuotes = new Set<string>();

  for (const n of analysis.nonAnswers) {
    const status = OPENS_FIGURE[n.kind];
    if (!status || seenQuotes.has(n.quote)) continue;
    seenQuotes.add(n.quote);
    const suggestionKey = key("open", n.quote);
    if (keys.has(suggestionKey) || existing.some((f) => overlaps(f.quote, n.quote))) continue;
    // A grouped answer declines different things for different questions: name the one this passage is about.
    const asked = scorer.best(n.quote);
    const part = splitQuestionParts(asked.text).find((p) => p.label !== "main" && scorer.score(n.quote, p.text) > 0);
    const measure = part ? `${asked.heading}: (${part.label}) ${part.text}` : `${asked.heading}: ${stripQuestionPreamble(asked.text)}`;
    await tx.figure.create({
      data: {
        measure: measure.slice(0, 300),
        status,
        nonAnswerKind: n.kind,
        quote: n.quote,
        sourceAnswerId: answerId,
        askedInQuestionId: asked.id,
        answeringBodyId: asked.answeringBodyId,
        reviewState: "SUGGESTED",
        createdBy: "analysis",
        suggestionKey,
      },
    });
    keys.add(suggestionKey);
    created++;
  }

  for (const f of analysis.figures) {
    const suggestionKey = key("stated", f.valueText, f.quote);
    if (keys.has(suggestionKey) || existing.some((e) => overlaps(e.quote, f.quote) && (e.value === f.value || e.value == null))) continue;
    const asked = scorer.best(f.quote);
    await tx.figure.create({
      data: {
        measure: (f.subject ?? f.quote).slice(0, 300),
        value: f.value,
        valueText: f.valueText,
        unit: f.unit,
        approximate: f.approximate,
        status: "STATED",
        quote: f.quote,
        sourceAnswerId: answerId,
        askedInQuestionId: asked.id,
        answeringBodyId: asked.answeringBodyId,
        reviewState: "SUGGESTED",
        createdBy: "analysis",
        suggestionKey,
      },
    });
    // The same figure can be written twice in one sentence ("10 … 10").
    keys.add(suggestionKey);
    created++;
  }
  return created;
}

/** Which of an answer's questions a passage is about (the first one when nothing tells them apart). */
async function questionMatcher(tx: DbOrTx, questions: Primary[]) {
  const texts = questions.map(questionSubject);
  const { idf } = await subjectScorer(tx, texts.join(" "), []);
  const vectors = texts.map((t) => tfidfVector(t, idf));
  return {
    best(passage: string): Primary {
      const v = tfidfVector(passage, idf);
      let best = 0;
      vectors.forEach((q, i) => {
        if (cosine(v, q) > cosine(v, vectors[best]!)) best = i;
      });
      return questions[best]!;
    },
    score: (a: string, b: string) => cosine(tfidfVector(a, idf), tfidfVector(b, idf)),
  };
}

/** A reference in the answer ("I refer the hon. Member to the answer … to Question 95752") links that earlier question to this one. */
async function linkReferences(tx: DbOrTx, questions: Primary[], analysis: AnswerAnalysis, answered: Date): Promise<number> {
  const primary = questions[0]!;
  let created = 0;
  for (const ref of analysis.references.filter((r) => r.source === "answer")) {
    const earlier = await resolveReferencedQuestion(tx, { uin: ref.uin, date: ref.date, before: answered });
    if (!earlier || questions.some((q) => q.id === earlier.id)) continue;
    const e = await tx.question.findUnique({ where: { id: earlier.id }, select: { dateTabled: true } });
    if (!e || e.dateTabled > primary.dateTabled) continue;
    const note = `The answer refers to ${ref.uin}.`;
    if (await linkExplicitReference(tx, { earlierQuestionId: earlier.id, toQuestionId: primary.id, before: answered, note })) created++;
  }
  return created;
}

async function suggestResolutions(tx: DbOrTx, answer: { id: number; dateAnswered: Date }, primary: Primary, analysis: AnswerAnalysis): Promise<number> {
  if (analysis.figures.length === 0) return 0;
  const open = await tx.figure.findMany({
    where: {
      answeringBodyId: primary.answeringBodyId,
      reviewState: "ACCEPTED",
      status: { in: ["UNRESOLVED", "DECLINED"] },
      sourceAnswerId: { not: answer.id },
      OR: [{ sourceAnswer: { is: { dateAnswered: { lte: answer.dateAnswered } } } }, { sourceAnswerId: null }],
    },
    select: { id: true, measure: true, askedInQuestion: { select: { heading: true, text: true } }, resolutions: { where: { answerId: answer.id }, select: { id: true } } },
  });
  if (open.length === 0) return 0;
  const context = questionSubject(primary);
  let created = 0;
  for (const figure of open) {
    if (figure.resolutions.length) continue;
    const figureText = `${figure.measure}. ${figure.askedInQuestion ? questionSubject(figure.askedInQuestion) : ""}`;
    const scorer = await subjectScorer(tx, figureText, analysis.figures.map((f) => `${context} ${f.subject ?? ""} ${f.quote}`));
    const best = analysis.figures
      .map((f) => ({ f, score: scorer.score(`${context} ${f.subject ?? ""} ${f.quote}`) }))
      .sort((a, b) => b.score - a.score)[0];
    if (!best || best.score < SAME_SUBJECT_THRESHOLD) continue;
    await tx.figureResolution.create({
      data: { figureId: figure.id, answerId: answer.id, value: best.f.value, valueText: best.f.valueText, unit: best.f.unit, quote: best.f.quote, score: best.score },
    });
    created++;
  }
  return created;
}
