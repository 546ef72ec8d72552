import { createHash } from "node:crypto";
import type { FigureStatus } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/db";
import { analyzePlainAnswer } from "@/lib/analysis/analyze";
import type { AnswerAnalysis, NonAnswerKind } from "@/lib/analysis/types";
import { contentWords, cosine, makeIdf, stripQuestionPreamble, tfidfVector } from "@/lib/analysis/similarity";
import { splitQuestionParts } from "@/lib/analysis/question-parts";
import { prismaAnalysisStore, type AnalysedQuestion, type AnalysisStore } from "@/lib/data/suggestions/analysis-store";
import { questionSubject, SAME_SUBJECT_THRESHOLD } from "@/lib/data/suggestions/subject";

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
  return analyseStoredAnswer(prismaAnalysisStore(tx), answerId);
}

/** The same rules over any store (Prisma, or prepared statements during bulk imports). */
export async function analyseStoredAnswer(
  store: AnalysisStore,
  answerId: number,
  now = new Date(),
  /** The analysis already computed (in a worker) for these exact texts. */
  precomputed?: { questionText: string; analysis: AnswerAnalysis } | null,
): Promise<AnswerAnalysisSummary> {
  const answer = await store.loadAnswer(answerId);
  const questions = answer?.questions ?? [];
  const primary = questions[0];
  if (!answer || !primary) return { nonAnswers: 0, suggestedFigures: 0, explicitLinks: 0, suggestedResolutions: 0 };

  const questionText = questions.map((q) => q.text).join("\n");
  const reusable = precomputed && precomputed.questionText === questionText && precomputed.analysis.text === answer.text;
  const analysis = reusable ? precomputed.analysis : analyzePlainAnswer({ questionText, text: answer.text });
  await store.replaceNonAnswers(answerId, analysis.nonAnswers.map((n) => ({ kind: n.kind, quote: n.quote, start: n.start, end: n.end })));

  const suggestedFigures = answer.kind === "HOLDING" ? 0 : await suggestFigures(store, answer.id, questions, analysis);
  const explicitLinks = await linkReferences(store, questions, analysis, answer.dateAnswered);
  const suggestedResolutions = answer.kind === "HOLDING" ? 0 : await suggestResolutions(store, answer, primary, analysis);
  await store.markAnalysed(answerId, now);
  return { nonAnswers: analysis.nonAnswers.length, suggestedFigures, explicitLinks, suggestedResolutions };
}

async function suggestFigures(store: AnalysisStore, answerId: number, questions: AnalysedQuestion[], analysis: AnswerAnalysis): Promise<number> {
  if (!analysis.nonAnswers.some((n) => OPENS_FIGURE[n.kind]) && !analysis.figures.length) return 0;
  const existing = await store.figuresOfAnswer(answerId);
  const keys = new Set(existing.map((f) => f.suggestionKey));
  const scorer = questionMatcher(store, questions);
  let created = 0;
  const seenQuotes = new Set<string>();

  for (const n of analysis.nonAnswers) {
    const status = OPENS_FIGURE[n.kind];
    if (!status || seenQuotes.has(n.quote)) continue;
    seenQuotes.add(n.quote);
    const suggestionKey = key("open", n.quote);
    if (keys.has(suggestionKey) || existing.some((f) => overlaps(f.quote, n.quote))) continue;
    // A grouped answer declines different things for different questions: name the one this passage is about.
    const asked = await scorer.best(n.quote);
    const part = splitQuestionParts(asked.text).find((p) => p.label !== "main" && sharesWord(n.quote, p.text));
    const measure = part ? `${asked.heading}: (${part.label}) ${part.text}` : `${asked.heading}: ${stripQuestionPreamble(asked.text)}`;
    await store.createFigure({
      measure: measure.slice(0, 300),
      status,
      nonAnswerKind: n.kind,
      quote: n.quote,
      sourceAnswerId: answerId,
      askedInQuestionId: asked.id,
      answeringBodyId: asked.answeringBodyId,
      suggestionKey,
    });
    keys.add(suggestionKey);
    created++;
  }

  for (const f of analysis.figures) {
    const suggestionKey = key("stated", f.valueText, f.quote);
    if (keys.has(suggestionKey) || existing.some((e) => overlaps(e.quote, f.quote) && (e.value === f.value || e.value == null))) continue;
    const asked = await scorer.best(f.quote);
    await store.createFigure({
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
      suggestionKey,
    });
    // The same figure can be written twice in one sentence ("10 … 10").
    keys.add(suggestionKey);
    created++;
  }
  return created;
}

/**
 * Whether two texts share a content word — what a TF-IDF cosine above zero
 * means, since every idf is positive: no document frequencies needed.
 */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(contentWords(a));
  return contentWords(b).some((w) => words.has(w));
}

/**
 * Which of an answer's questions a passage is about (the first one when nothing
 * tells them apart). Document frequencies are read only for grouped answers:
 * with one question there is nothing to choose.
 */
function questionMatcher(store: AnalysisStore, questions: AnalysedQuestion[]) {
  let vectors: Promise<{ idf: (w: string) => number; vectors: Map<string, number>[] }> | null = null;
  const load = () => {
    const texts = questions.map(questionSubject);
    vectors ??= store.documentFrequencies(texts.flatMap(contentWords)).then(({ total, df }) => {
      const idf = makeIdf(total, df);
      return { idf, vectors: texts.map((t) => tfidfVector(t, idf)) };
    });
    return vectors;
  };
  return {
    async best(passage: string): Promise<AnalysedQuestion> {
      if (questions.length === 1) return questions[0]!;
      const { idf, vectors: qs } = await load();
      const v = tfidfVector(passage, idf);
      let best = 0;
      qs.forEach((q, i) => {
        if (cosine(v, q) > cosine(v, qs[best]!)) best = i;
      });
      return questions[best]!;
    },
  };
}

/** A reference in the answer ("I refer the hon. Member to the answer … to Question 95752") links that earlier question to this one. */
async function linkReferences(store: AnalysisStore, questions: AnalysedQuestion[], analysis: AnswerAnalysis, answered: Date): Promise<number> {
  const primary = questions[0]!;
  let created = 0;
  for (const ref of analysis.references.filter((r) => r.source === "answer")) {
    const earlier = await store.referencedQuestion({ uin: ref.uin, date: ref.date, before: answered });
    if (!earlier || questions.some((q) => q.id === earlier.id)) continue;
    if (earlier.dateTabled > primary.dateTabled) continue;
    const note = `The answer refers to ${ref.uin}.`;
    if (await store.linkExplicitReference({ earlierQuestionId: earlier.id, toQuestionId: primary.id, before: answered, note })) created++;
  }
  return created;
}

async function suggestResolutions(store: AnalysisStore, answer: { id: number; dateAnswered: Date }, primary: AnalysedQuestion, analysis: AnswerAnalysis): Promise<number> {
  if (analysis.figures.length === 0) return 0;
  const open = await store.openFigures({ answeringBodyId: primary.answeringBodyId, answerId: answer.id, dateAnswered: answer.dateAnswered });
  if (open.length === 0) return 0;
  const context = questionSubject(primary);
  let created = 0;
  for (const figure of open) {
    if (figure.resolvedByThisAnswer) continue;
    const figureText = `${figure.measure}. ${figure.askedInQuestion ? questionSubject(figure.askedInQuestion) : ""}`;
    const candidates = analysis.figures.map((f) => `${context} ${f.subject ?? ""} ${f.quote}`);
    const { total, df } = await store.documentFrequencies([figureText, ...candidates].flatMap(contentWords));
    const idf = makeIdf(total, df);
    const base = tfidfVector(figureText, idf);
    const best = analysis.figures
      .map((f, i) => ({ f, score: cosine(base, tfidfVector(candidates[i]!, idf)) }))
      .sort((a, b) => b.score - a.score)[0];
    if (!best || best.score < SAME_SUBJECT_THRESHOLD) continue;
    await store.createResolution({ figureId: figure.id, answerId: answer.id, value: best.f.value, valueText: best.f.valueText, unit: best.f.unit, quote: best.f.quote, score: best.score });
    created++;
  }
  return created;
}
