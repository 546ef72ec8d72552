import type { AnswerKind, FigureStatus } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/db";
import { documentFrequencies } from "@/lib/data/similar-sqlite";
import { resolveReferencedQuestion } from "@/lib/data/suggestions/references";
import { linkExplicitReference } from "@/lib/data/suggestions/subject";

/**
 * What turning an answer's analysis into records reads and writes, so the same
 * rules (answer-analysis.ts) run through Prisma for single answers and through
 * prepared statements for bulk imports (lib/import/bulk-sqlite.ts).
 */
export type AnalysedQuestion = { id: number; heading: string; text: string; dateTabled: Date; answeringBodyId: number };
export type AnalysedAnswer = { id: number; kind: AnswerKind; text: string; dateAnswered: Date; questions: AnalysedQuestion[] };
export type FigureSuggestion = {
  measure: string;
  status: FigureStatus;
  nonAnswerKind?: string | null;
  value?: number | null;
  valueText?: string | null;
  unit?: string | null;
  approximate?: boolean;
  quote: string;
  sourceAnswerId: number;
  askedInQuestionId: number;
  answeringBodyId: number;
  suggestionKey: string;
};
export type OpenFigure = { id: number; measure: string; askedInQuestion: { heading: string; text: string } | null; resolvedByThisAnswer: boolean };
export type ResolutionSuggestion = { figureId: number; answerId: number; value: number | null; valueText: string | null; unit: string | null; quote: string; score: number };

export interface AnalysisStore {
  loadAnswer(answerId: number): Promise<AnalysedAnswer | null>;
  replaceNonAnswers(answerId: number, rows: Array<{ kind: string; quote: string; start: number; end: number }>): Promise<void>;
  figuresOfAnswer(answerId: number): Promise<Array<{ suggestionKey: string | null; quote: string | null; value: number | null }>>;
  createFigure(f: FigureSuggestion): Promise<void>;
  documentFrequencies(words: readonly string[]): Promise<{ total: number; df: Map<string, number> }>;
  /** The earlier question a reference names (see references.ts), with its tabling date. */
  referencedQuestion(ref: { uin: string; date: string | null; before: Date }): Promise<{ id: number; dateTabled: Date } | null>;
  /** See subject.ts linkExplicitReference. */
  linkExplicitReference(opts: { earlierQuestionId: number; toQuestionId: number; before: Date; note: string }): Promise<boolean>;
  /** Accepted open figures of a department an answer of this date could resolve. */
  openFigures(opts: { answeringBodyId: number; answerId: number; dateAnswered: Date }): Promise<OpenFigure[]>;
  createResolution(r: ResolutionSuggestion): Promise<void>;
  markAnalysed(answerId: number, at: Date): Promise<void>;
}

export function prismaAnalysisStore(tx: DbOrTx): AnalysisStore {
  return {
    async loadAnswer(answerId) {
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
      return answer ? { ...answer, questions: answer.questions.map((l) => l.question) } : null;
    },
    async replaceNonAnswers(answerId, rows) {
      await tx.nonAnswer.deleteMany({ where: { answerId } });
      if (rows.length) await tx.nonAnswer.createMany({ data: rows.map((r) => ({ answerId, ...r })) });
    },
    figuresOfAnswer: (answerId) => tx.figure.findMany({ where: { sourceAnswerId: answerId }, select: { suggestionKey: true, quote: true, value: true } }),
    async createFigure(f) {
      await tx.figure.create({ data: { ...f, reviewState: "SUGGESTED", createdBy: "analysis" } });
    },
    documentFrequencies: (words) => documentFrequencies(tx, words),
    async referencedQuestion(ref) {
      const earlier = await resolveReferencedQuestion(tx, ref);
      return earlier ? tx.question.findUnique({ where: { id: earlier.id }, select: { id: true, dateTabled: true } }) : null;
    },
    linkExplicitReference: (opts) => linkExplicitReference(tx, opts),
    async openFigures({ answeringBodyId, answerId, dateAnswered }) {
      const rows = await tx.figure.findMany({
        where: {
          answeringBodyId,
          reviewState: "ACCEPTED",
          status: { in: ["UNRESOLVED", "DECLINED"] },
          sourceAnswerId: { not: answerId },
          OR: [{ sourceAnswer: { is: { dateAnswered: { lte: dateAnswered } } } }, { sourceAnswerId: null }],
        },
        select: { id: true, measure: true, askedInQuestion: { select: { heading: true, text: true } }, resolutions: { where: { answerId }, select: { id: true } } },
      });
      return rows.map((r) => ({ id: r.id, measure: r.measure, askedInQuestion: r.askedInQuestion, resolvedByThisAnswer: r.resolutions.length > 0 }));
    },
    async createResolution(r) {
      await tx.figureResolution.create({ data: r });
    },
    async markAnalysed(answerId, at) {
      await tx.answer.update({ where: { id: answerId }, data: { analysedAt: at } });
    },
  };
}
