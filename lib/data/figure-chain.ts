import type { AnswerKind, FigureStatus, FollowUpKind, ReviewState } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { NotFoundError } from "@/lib/data/errors";
import { bodyRef, dayOrNull, questionRef, questionRefSelect, type BodyRef, type QuestionRef } from "@/lib/data/dto";
import { openPeriod, quoteInContext, type OpenPeriod } from "@/lib/domain/figure-ledger";

export type ChainQuestion = QuestionRef & { askingMember: { id: number; name: string } };

export type ChainAnswer = {
  id: number;
  kind: AnswerKind;
  dateAnswered: string;
  dateIsApproximate: boolean;
  answeringMember: { id: number; name: string } | null;
  /** Every question the answer answered (a grouped answer has several). */
  questions: ChainQuestion[];
};

export type FigureChain = {
  figure: {
    id: number;
    measure: string;
    value: number | null;
    valueText: string | null;
    unit: string | null;
    approximate: boolean;
    asOf: string | null;
    status: FigureStatus;
    quote: string | null;
    nonAnswerKind: string | null;
    reviewState: ReviewState;
    createdBy: string;
    recordedOn: string;
    reviewedOn: string | null;
    sourceTitle: string | null;
    sourceUrl: string | null;
    openedOn: string;
    resolvedOn: string | null;
    openPeriod: OpenPeriod;
  };
  answeringBody: BodyRef | null;
  /**
   * How the answer declined it: the figure's own kind, else the kind of a
   * non-answer found in the passage the figure quotes.
   */
  declinedAs: string | null;
  /** The question that asked for the figure, with its text. */
  askedIn: (ChainQuestion & { text: string }) | null;
  /** The answer that declined the figure or left it open, with its plain text and the non-answers found in it. */
  sourceAnswer: (ChainAnswer & { text: string; nonAnswers: { id: number; kind: string; quote: string; start: number; end: number }[] }) | null;
  /** Accepted follow-ups: later questions that pursued this figure, in the order tabled. */
  followUps: { id: number; kind: FollowUpKind; note: string | null; createdBy: string; question: ChainQuestion }[];
  /** Every later answer proposed as supplying it, whatever its review state. */
  resolutions: {
    id: number;
    reviewState: ReviewState;
    value: number | null;
    valueText: string | null;
    unit: string | null;
    quote: string | null;
    score: number | null;
    createdBy: string;
    suggestedOn: string;
    reviewedOn: string | null;
    answer: ChainAnswer;
  }[];
  /** The answer that finally supplied it. */
  resolvedBy: ChainAnswer | null;
};

const chainQuestionSelect = { ...questionRefSelect, askingMember: { select: { id: true, name: true } } } as const;

const chainAnswerSelect = {
  id: true,
  kind: true,
  dateAnswered: true,
  dateIsApproximate: true,
  answeringMember: { select: { id: true, name: true } },
  questions: { orderBy: { questionId: "asc" as const }, select: { question: { select: chainQuestionSelect } } },
} as const;

type ChainQuestionRow = Parameters<typeof questionRef>[0] & { askingMember: { id: number; name: string } };
type ChainAnswerRow = {
  id: number;
  kind: AnswerKind;
  dateAnswered: Date;
  dateIsApproximate: boolean;
  answeringMember: { id: number; name: string } | null;
  questions: { question: ChainQuestionRow }[];
};

const chainQuestion = (q: ChainQuestionRow): ChainQuestion => ({ ...questionRef(q), askingMember: q.askingMember });

function chainAnswer(a: ChainAnswerRow): ChainAnswer {
  return {
    id: a.id,
    kind: a.kind,
    dateAnswered: toDay(a.dateAnswered),
    dateIsApproximate: a.dateIsApproximate,
    answeringMember: a.answeringMember,
    questions: a.questions.map(({ question }) => chainQuestion(question)),
  };
}

/**
 * A figure's whole story: the question that asked for it, the answer that left
 * it open, the later questions that pursued it, the answers proposed as
 * supplying it and the one that did. Any review state: a suggested or rejected
 * figure has a chain too (the page says which it is).
 */
export async function getFigureChain(opts: { id: number; today?: Date }): Promise<FigureChain> {
  const f = await db.figure.findUnique({
    where: { id: opts.id },
    include: {
      answeringBody: { select: { id: true, name: true } },
      askedInQuestion: { select: { ...chainQuestionSelect, text: true } },
      sourceAnswer: {
        select: {
          ...chainAnswerSelect,
          text: true,
          nonAnswers: { orderBy: [{ start: "asc" }, { id: "asc" }], select: { id: true, kind: true, quote: true, start: true, end: true } },
        },
      },
      resolvedBy: { select: chainAnswerSelect },
      followUps: {
        where: { reviewState: "ACCEPTED" },
        orderBy: [{ toQuestion: { dateTabled: "asc" } }, { id: "asc" }],
        select: { id: true, kind: true, note: true, createdBy: true, toQuestion: { select: chainQuestionSelect } },
      },
      resolutions: {
        orderBy: [{ answer: { dateAnswered: "asc" } }, { id: "asc" }],
        select: {
          id: true,
          reviewState: true,
          value: true,
          valueText: true,
          unit: true,
          quote: true,
          score: true,
          createdBy: true,
          createdAt: true,
          reviewedAt: true,
          answer: { select: chainAnswerSelect },
        },
      },
    },
  });
  if (!f) throw new NotFoundError("Figure", opts.id);

  const openedOn = f.sourceAnswer?.dateAnswered ?? f.createdAt;
  const quoted = f.sourceAnswer && f.quote ? quoteInContext(f.sourceAnswer.text, f.quote) : null;
  const overlapping = quoted ? f.sourceAnswer?.nonAnswers.find((n) => n.start < quoted.end && n.end > quoted.start) : undefined;
  return {
    figure: {
      id: f.id,
      measure: f.measure,
      value: f.value,
      valueText: f.valueText,
      unit: f.unit,
      approximate: f.approximate,
      asOf: dayOrNull(f.asOf),
      status: f.status,
      quote: f.quote,
      nonAnswerKind: f.nonAnswerKind,
      reviewState: f.reviewState,
      createdBy: f.createdBy,
      recordedOn: toDay(f.createdAt),
      reviewedOn: dayOrNull(f.reviewedAt),
      sourceTitle: f.sourceTitle,
      sourceUrl: f.sourceUrl,
      openedOn: toDay(openedOn),
      resolvedOn: dayOrNull(f.resolvedAt),
      openPeriod: openPeriod({ status: f.status, openedOn, resolvedAt: f.resolvedAt }, opts.today),
    },
    answeringBody: f.answeringBody ? bodyRef(f.answeringBody) : null,
    declinedAs: f.nonAnswerKind ?? overlapping?.kind ?? null,
    askedIn: f.askedInQuestion ? { ...chainQuestion(f.askedInQuestion), text: f.askedInQuestion.text } : null,
    sourceAnswer: f.sourceAnswer ? { ...chainAnswer(f.sourceAnswer), text: f.sourceAnswer.text, nonAnswers: f.sourceAnswer.nonAnswers } : null,
    followUps: f.followUps.map((u) => ({ id: u.id, kind: u.kind, note: u.note, createdBy: u.createdBy, question: chainQuestion(u.toQuestion) })),
    resolutions: f.resolutions.map((r) => ({
      id: r.id,
      reviewState: r.reviewState,
      value: r.value,
      valueText: r.valueText,
      unit: r.unit,
      quote: r.quote,
      score: r.score,
      createdBy: r.createdBy,
      suggestedOn: toDay(r.createdAt),
      reviewedOn: dayOrNull(r.reviewedAt),
      answer: chainAnswer(r.answer),
    })),
    resolvedBy: f.resolvedBy ? chainAnswer(f.resolvedBy) : null,
  };
}
