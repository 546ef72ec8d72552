import type { AnswerKind, FigureStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { questionRef, questionRefSelect } from "@/lib/data/dto";
import { keyset, type SourceArgs } from "@/lib/data/timeline-keyset";
import {
  ANSWER_EVENT_KIND,
  eventKey,
  excerptOf,
  type AnswerEvent,
  type FigureEvent,
  type FollowUpTabledEvent,
  type QuestionTabledEvent,
  type TimelineQuestion,
} from "@/lib/domain/timeline";

/**
 * One Prisma query per event source, each returning at most `take` events after
 * the cursor in timeline order; lib/data/timeline.ts merges them into a page.
 */

const timelineQuestionSelect = {
  ...questionRefSelect,
  askingMember: { select: { id: true, name: true } },
  answeringBody: { select: { id: true, name: true } },
} as const;

type TimelineQuestionRow = Parameters<typeof questionRef>[0] & { askingMember: { id: number; name: string }; answeringBody: { id: number; name: string } };

function timelineQuestion(q: TimelineQuestionRow): TimelineQuestion {
  return { ...questionRef(q), askingMember: q.askingMember, answeringBody: q.answeringBody };
}

/** The links from an answer to the questions in scope, in a stable order. */
const linksInScope = (questions: Prisma.QuestionWhereInput) => ({
  where: { question: questions },
  orderBy: { questionId: "asc" as const },
  select: { question: { select: timelineQuestionSelect } },
});

export async function questionTabledEvents(args: SourceArgs): Promise<QuestionTabledEvent[]> {
  const rows = await db.question.findMany({
    where: { AND: [args.questions, ...keyset<Prisma.QuestionWhereInput>(args, "QUESTION_TABLED", (f) => ({ dateTabled: f }), (f) => ({ id: f }))] },
    orderBy: [{ dateTabled: args.order }, { id: args.order }],
    take: args.take,
    select: timelineQuestionSelect,
  });
  return rows.map((q) => ({ kind: "QUESTION_TABLED", date: toDay(q.dateTabled), id: q.id, key: eventKey("QUESTION_TABLED", q.id), question: timelineQuestion(q) }));
}

/** One source per answer kind, because each kind has its own rank in the order. */
export async function answerEvents(args: SourceArgs, answerKind: AnswerKind): Promise<AnswerEvent[]> {
  const kind = ANSWER_EVENT_KIND[answerKind];
  const rows = await db.answer.findMany({
    where: {
      AND: [
        { kind: answerKind, questions: { some: { question: args.questions } } },
        ...keyset<Prisma.AnswerWhereInput>(args, kind, (f) => ({ dateAnswered: f }), (f) => ({ id: f })),
      ],
    },
    orderBy: [{ dateAnswered: args.order }, { id: args.order }],
    take: args.take,
    select: {
      id: true,
      kind: true,
      dateAnswered: true,
      dateIsApproximate: true,
      text: true,
      correctsAnswerId: true,
      answeringMember: { select: { id: true, name: true } },
      questions: linksInScope(args.questions),
    },
  });
  return rows.map((a) => ({
    kind,
    date: toDay(a.dateAnswered),
    id: a.id,
    key: eventKey(kind, a.id),
    answer: {
      id: a.id,
      kind: a.kind,
      dateIsApproximate: a.dateIsApproximate,
      answeringMember: a.answeringMember,
      correctsAnswerId: a.correctsAnswerId,
      excerpt: excerptOf(a.text),
    },
    questions: a.questions.map((l) => timelineQuestion(l.question)),
  }));
}

export async function followUpEvents(args: SourceArgs): Promise<FollowUpTabledEvent[]> {
  const rows = await db.followUp.findMany({
    where: {
      AND: [
        { toQuestion: { is: args.questions }, reviewState: "ACCEPTED" },
        ...keyset<Prisma.FollowUpWhereInput>(args, "FOLLOW_UP_TABLED", (f) => ({ toQuestion: { is: { dateTabled: f } } }), (f) => ({ id: f })),
      ],
    },
    orderBy: [{ toQuestion: { dateTabled: args.order } }, { id: args.order }],
    take: args.take,
    select: {
      id: true,
      kind: true,
      note: true,
      figureId: true,
      fromAnswerId: true,
      toQuestion: { select: timelineQuestionSelect },
      fromQuestion: { select: questionRefSelect },
      fromAnswer: { select: { questions: { orderBy: { questionId: "asc" }, select: { question: { select: questionRefSelect } } } } },
    },
  });
  return rows.map((f) => {
    const from = f.fromQuestion ? [f.fromQuestion] : (f.fromAnswer?.questions.map((l) => l.question) ?? []);
    return {
      kind: "FOLLOW_UP_TABLED",
      date: toDay(f.toQuestion.dateTabled),
      id: f.id,
      key: eventKey("FOLLOW_UP_TABLED", f.id),
      followUp: { id: f.id, kind: f.kind, note: f.note, figureId: f.figureId },
      question: timelineQuestion(f.toQuestion),
      from: { viaAnswerId: f.fromAnswerId, questions: from.map(questionRef) },
    };
  });
}

/** Figures an answer left open; resolved ones count too, since they were open once. */
export const LEFT_OPEN_STATUSES: FigureStatus[] = ["UNRESOLVED", "DECLINED", "RESOLVED"];

export const answersInScope = (questions: Prisma.QuestionWhereInput): Prisma.AnswerWhereInput => ({ questions: { some: { question: questions } } });

/** A resolved figure is in scope when the answer that resolved it, or the one that left it open, is. */
export const resolvedInScope = (questions: Prisma.QuestionWhereInput): Prisma.FigureWhereInput => ({
  resolvedByAnswerId: { not: null },
  OR: [{ resolvedBy: { is: answersInScope(questions) } }, { sourceAnswer: { is: answersInScope(questions) } }],
});

const figureSelect = { id: true, measure: true, value: true, valueText: true, unit: true, status: true, askedInQuestionId: true } as const;

function pickQuestion(askedInQuestionId: number | null, ...lists: { question: TimelineQuestionRow }[][]): TimelineQuestion | null {
  const all = lists.flat().map((l) => l.question);
  const q = all.find((x) => x.id === askedInQuestionId) ?? all[0];
  return q ? timelineQuestion(q) : null;
}

export async function figureLeftOpenEvents(args: SourceArgs): Promise<FigureEvent[]> {
  const kind = "FIGURE_LEFT_UNRESOLVED" as const;
  const rows = await db.figure.findMany({
    where: {
      AND: [
        { status: { in: LEFT_OPEN_STATUSES }, reviewState: "ACCEPTED", sourceAnswer: { is: answersInScope(args.questions) } },
        ...keyset<Prisma.FigureWhereInput>(args, kind, (f) => ({ sourceAnswer: { is: { dateAnswered: f } } }), (f) => ({ id: f })),
      ],
    },
    orderBy: [{ sourceAnswer: { dateAnswered: args.order } }, { id: args.order }],
    take: args.take,
    select: { ...figureSelect, sourceAnswer: { select: { id: true, dateAnswered: true, dateIsApproximate: true, questions: linksInScope(args.questions) } } },
  });
  return rows.flatMap(({ sourceAnswer, askedInQuestionId, ...figure }) => {
    const question = sourceAnswer && pickQuestion(askedInQuestionId, sourceAnswer.questions);
    if (!sourceAnswer || !question) return [];
    const event: FigureEvent = {
      kind,
      date: toDay(sourceAnswer.dateAnswered),
      id: figure.id,
      key: eventKey(kind, figure.id),
      figure,
      answer: { id: sourceAnswer.id, dateIsApproximate: sourceAnswer.dateIsApproximate },
      question,
    };
    return [event];
  });
}

export async function figureResolvedEvents(args: SourceArgs): Promise<FigureEvent[]> {
  const kind = "FIGURE_RESOLVED" as const;
  const rows = await db.figure.findMany({
    where: {
      AND: [resolvedInScope(args.questions), { reviewState: "ACCEPTED" }, ...keyset<Prisma.FigureWhereInput>(args, kind, (f) => ({ resolvedBy: { is: { dateAnswered: f } } }), (f) => ({ id: f }))],
    },
    orderBy: [{ resolvedBy: { dateAnswered: args.order } }, { id: args.order }],
    take: args.take,
    select: {
      ...figureSelect,
      resolvedBy: { select: { id: true, dateAnswered: true, dateIsApproximate: true, questions: linksInScope(args.questions) } },
      sourceAnswer: { select: { questions: linksInScope(args.questions) } },
    },
  });
  return rows.flatMap(({ resolvedBy, sourceAnswer, askedInQuestionId, ...figure }) => {
    const question = resolvedBy && pickQuestion(askedInQuestionId, resolvedBy.questions, sourceAnswer?.questions ?? []);
    if (!resolvedBy || !question) return [];
    const event: FigureEvent = {
      kind,
      date: toDay(resolvedBy.dateAnswered),
      id: figure.id,
      key: eventKey(kind, figure.id),
      figure,
      answer: { id: resolvedBy.id, dateIsApproximate: resolvedBy.dateIsApproximate },
      question,
    };
    return [event];
  });
}
