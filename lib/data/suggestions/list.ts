import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { questionRef, questionRefSelect, type QuestionRef } from "@/lib/data/dto";
import { figureView, type FigureView } from "@/lib/data/question-detail";

export type SuggestedLink = {
  id: number;
  kind: "EXPLICIT_REFERENCE" | "SAME_SUBJECT" | "UNRESOLVED_FIGURE";
  note: string | null;
  score: number | null;
  from: QuestionRef[];
  viaAnswerId: number | null;
  to: QuestionRef;
};
export type SuggestedResolution = { id: number; figure: { id: number; measure: string }; answerId: number; answerDate: string; valueText: string | null; value: number | null; quote: string | null; score: number | null };
export type QuestionSuggestions = { figures: (FigureView & { nonAnswerKind: string | null })[]; links: SuggestedLink[]; resolutions: SuggestedResolution[] };

type Scope = { figure: Prisma.FigureWhereInput; link: Prisma.FollowUpWhereInput; resolution: Prisma.FigureResolutionWhereInput };

/** Everything awaiting an editor's decision that concerns one question. */
export async function listSuggestionsForQuestion(opts: { questionId: number }): Promise<QuestionSuggestions> {
  const answerIds = (await db.answerQuestion.findMany({ where: { questionId: opts.questionId }, select: { answerId: true } })).map((a) => a.answerId);
  return loadSuggestions({
    figure: { OR: [{ sourceAnswerId: { in: answerIds } }, { askedInQuestionId: opts.questionId }] },
    link: { OR: [{ toQuestionId: opts.questionId }, { fromQuestionId: opts.questionId }, { fromAnswerId: { in: answerIds } }] },
    resolution: { OR: [{ answerId: { in: answerIds } }, { figure: { askedInQuestionId: opts.questionId } }, { figure: { sourceAnswerId: { in: answerIds } } }] },
  });
}

/** The review queue: pending suggestions everywhere, newest first, at most `limit` of each kind. */
export async function listPendingSuggestions(opts: { limit?: number } = {}): Promise<QuestionSuggestions & { totals: { figures: number; links: number; resolutions: number } }> {
  const [suggestions, figures, links, resolutions] = await Promise.all([
    loadSuggestions({ figure: {}, link: {}, resolution: {} }, opts.limit ?? 50, "newest"),
    db.figure.count({ where: { reviewState: "SUGGESTED" } }),
    db.followUp.count({ where: { reviewState: "SUGGESTED" } }),
    db.figureResolution.count({ where: { reviewState: "SUGGESTED" } }),
  ]);
  return { ...suggestions, totals: { figures, links, resolutions } };
}

async function loadSuggestions(scope: Scope, take?: number, order: "best" | "newest" = "best"): Promise<QuestionSuggestions> {
  const [figures, links, resolutions] = await Promise.all([
    db.figure.findMany({ where: { reviewState: "SUGGESTED", ...scope.figure }, orderBy: { id: order === "newest" ? "desc" : "asc" }, take }),
    db.followUp.findMany({
      where: { reviewState: "SUGGESTED", ...scope.link },
      orderBy: order === "newest" ? [{ id: "desc" }] : [{ score: "desc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        kind: true,
        note: true,
        score: true,
        fromAnswerId: true,
        fromQuestion: { select: questionRefSelect },
        fromAnswer: { select: { questions: { orderBy: { questionId: "asc" }, select: { question: { select: questionRefSelect } } } } },
        toQuestion: { select: questionRefSelect },
      },
    }),
    db.figureResolution.findMany({
      where: { reviewState: "SUGGESTED", ...scope.resolution },
      orderBy: order === "newest" ? [{ id: "desc" }] : [{ score: "desc" }, { id: "asc" }],
      take,
      select: { id: true, value: true, valueText: true, quote: true, score: true, answer: { select: { id: true, dateAnswered: true } }, figure: { select: { id: true, measure: true } } },
    }),
  ]);
  return {
    figures: figures.map((f) => ({ ...figureView(f), nonAnswerKind: f.nonAnswerKind })),
    links: links.map((l) => ({
      id: l.id,
      kind: l.kind,
      note: l.note,
      score: l.score,
      viaAnswerId: l.fromAnswerId,
      from: l.fromQuestion ? [questionRef(l.fromQuestion)] : (l.fromAnswer?.questions.map((x) => questionRef(x.question)) ?? []),
      to: questionRef(l.toQuestion),
    })),
    resolutions: resolutions.map((r) => ({
      id: r.id,
      figure: r.figure,
      answerId: r.answer.id,
      answerDate: toDay(r.answer.dateAnswered),
      value: r.value,
      valueText: r.valueText,
      quote: r.quote,
      score: r.score,
    })),
  };
}
