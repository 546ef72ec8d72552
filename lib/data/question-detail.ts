import type { AnswerKind, FigureStatus, FollowUpKind, House, QuestionStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { NotFoundError } from "@/lib/data/errors";
import {
  bodyRef,
  dayOrNull,
  memberRef,
  memberRefSelect,
  questionRef,
  questionRefSelect,
  type BodyRef,
  type MemberRef,
  type QuestionRef,
} from "@/lib/data/dto";
import { compareAnswers, isOverdue } from "@/lib/domain/question-status";
import { officialQuestionUrl } from "@/lib/domain/official-links";

export type AnswerView = {
  id: number;
  kind: AnswerKind;
  dateAnswered: string;
  dateIsApproximate: boolean;
  html: string;
  /** Plain text, as analysed (offsets of findings refer to it). */
  text: string;
  answeringMember: MemberRef | null;
  correctsAnswerId: number | null;
  /** Every question this answer answers, this one included. */
  questions: QuestionRef[];
  /** The stored text is an excerpt from the source, not the whole answer. */
  textTruncated: boolean;
};

/** Where the question record came from (see lib/domain/provenance.ts for the wording). */
export type QuestionSourceView = {
  /** "form", "seed", "uk-parliament-api", "hansard-xml", "moj-xml". */
  format: string;
  /** File (or URL) and position it was last imported from, e.g. "commons-2025-12.json#135". */
  ref: string | null;
  /** ISO timestamp of the last import, null for records logged by hand. */
  importedAt: string | null;
};

export type AttachmentView = { id: number; title: string; url: string; fileType: string | null; sizeBytes: number | null };

export type FigureView = {
  id: number;
  measure: string;
  value: number | null;
  valueText: string | null;
  unit: string | null;
  approximate: boolean;
  asOf: string | null;
  status: FigureStatus;
  quote: string | null;
  sourceAnswerId: number | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  askedInQuestionId: number | null;
  resolvedByAnswerId: number | null;
};

export type FollowUpView = {
  id: number;
  kind: FollowUpKind;
  note: string | null;
  createdBy: string;
  /** The earlier side: a question, reached directly or through one of its answers. */
  from: QuestionRef & { viaAnswerId: number | null };
  /** When the earlier side is a grouped answer: every question it answered. */
  fromAnswerQuestions: QuestionRef[];
  to: QuestionRef;
  figureId: number | null;
};

export type QuestionDetail = {
  id: number;
  house: House;
  uin: string;
  dateTabled: string;
  dateForAnswer: string | null;
  isNamedDay: boolean;
  heading: string;
  text: string;
  withdrawn: boolean;
  status: QuestionStatus;
  overdue: boolean;
  parliamentId: number | null;
  officialUrl: string | null;
  askingMember: MemberRef;
  answeringBody: BodyRef;
  answers: AnswerView[];
  groupedQuestions: QuestionRef[];
  figures: FigureView[];
  followsUp: FollowUpView[];
  followedUpBy: FollowUpView[];
  /** The stored question text is an excerpt from the source. */
  textTruncated: boolean;
  source: QuestionSourceView;
  attachments: AttachmentView[];
};

const figureSelect = {
  id: true,
  measure: true,
  value: true,
  valueText: true,
  unit: true,
  approximate: true,
  asOf: true,
  status: true,
  quote: true,
  sourceAnswerId: true,
  sourceTitle: true,
  sourceUrl: true,
  askedInQuestionId: true,
  resolvedByAnswerId: true,
} as const;

const followUpSelect = {
  id: true,
  kind: true,
  note: true,
  createdBy: true,
  figureId: true,
  fromAnswerId: true,
  fromQuestion: { select: questionRefSelect },
  fromAnswer: { select: { id: true, questions: { select: { question: { select: questionRefSelect } }, orderBy: { questionId: "asc" as const } } } },
  toQuestion: { select: questionRefSelect },
} as const;

export async function getQuestion(opts: { id: number }): Promise<QuestionDetail> {
  const q = await db.question.findUnique({
    where: { id: opts.id },
    include: {
      askingMember: { select: memberRefSelect },
      answeringBody: { select: { id: true, name: true } },
      answers: {
        select: {
          answer: {
            include: {
              answeringMember: { select: memberRefSelect },
              questions: { select: { question: { select: questionRefSelect } }, orderBy: { questionId: "asc" } },
            },
          },
        },
      },
      attachments: { select: { id: true, title: true, url: true, fileType: true, sizeBytes: true }, orderBy: { id: "asc" } },
    },
  });
  if (!q) throw new NotFoundError("Question", opts.id);

  const answers = q.answers.map((a) => a.answer).sort(compareAnswers);
  const answerIds = answers.map((a) => a.id);

  const [figures, followsUpRows, followedUpRows] = await Promise.all([
    db.figure.findMany({
      where: {
        reviewState: "ACCEPTED",
        OR: [{ sourceAnswerId: { in: answerIds } }, { askedInQuestionId: q.id }, { resolvedByAnswerId: { in: answerIds } }],
      },
      select: figureSelect,
      orderBy: { id: "asc" },
    }),
    db.followUp.findMany({ where: { toQuestionId: q.id, reviewState: "ACCEPTED" }, select: followUpSelect, orderBy: { id: "asc" } }),
    db.followUp.findMany({
      where: { reviewState: "ACCEPTED", OR: [{ fromQuestionId: q.id }, { fromAnswerId: { in: answerIds } }] },
      select: followUpSelect,
      orderBy: { id: "asc" },
    }),
  ]);

  const grouped = new Map<number, QuestionRef>();
  for (const a of answers) for (const { question } of a.questions) if (question.id !== q.id) grouped.set(question.id, questionRef(question));

  const dateTabled = toDay(q.dateTabled);
  return {
    id: q.id,
    house: q.house,
    uin: q.uin,
    dateTabled,
    dateForAnswer: dayOrNull(q.dateForAnswer),
    isNamedDay: q.isNamedDay,
    heading: q.heading,
    text: q.text,
    withdrawn: q.withdrawn,
    status: q.status,
    overdue: isOverdue(q.status, q.dateForAnswer),
    parliamentId: q.parliamentId,
    officialUrl: officialQuestionUrl({ parliamentId: q.parliamentId, house: q.house, dateTabled, uin: q.uin }),
    askingMember: memberRef(q.askingMember),
    answeringBody: bodyRef(q.answeringBody),
    answers: answers.map((a) => ({
      id: a.id,
      kind: a.kind,
      dateAnswered: toDay(a.dateAnswered),
      dateIsApproximate: a.dateIsApproximate,
      html: a.html,
      text: a.text,
      answeringMember: a.answeringMember ? memberRef(a.answeringMember) : null,
      correctsAnswerId: a.correctsAnswerId,
      questions: a.questions.map(({ question }) => questionRef(question)),
      textTruncated: a.textTruncated,
    })),
    groupedQuestions: [...grouped.values()],
    figures: figures.map(figureView),
    followsUp: followsUpRows.map(followUpView),
    followedUpBy: followedUpRows.map(followUpView),
    textTruncated: q.textTruncated,
    source: { format: q.sourceFormat, ref: q.sourceRef, importedAt: q.importedAt ? q.importedAt.toISOString() : null },
    attachments: q.attachments,
  };
}

export function figureView(f: {
  id: number;
  measure: string;
  value: number | null;
  valueText: string | null;
  unit: string | null;
  approximate: boolean;
  asOf: Date | null;
  status: FigureStatus;
  quote: string | null;
  sourceAnswerId: number | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  askedInQuestionId: number | null;
  resolvedByAnswerId: number | null;
}): FigureView {
  return { ...f, asOf: dayOrNull(f.asOf) };
}

type FollowUpRow = {
  id: number;
  kind: FollowUpKind;
  note: string | null;
  createdBy: string;
  figureId: number | null;
  fromAnswerId: number | null;
  fromQuestion: Parameters<typeof questionRef>[0] | null;
  fromAnswer: { id: number; questions: { question: Parameters<typeof questionRef>[0] }[] } | null;
  toQuestion: Parameters<typeof questionRef>[0];
};

function followUpView(f: FollowUpRow): FollowUpView {
  const fromQuestion = f.fromQuestion ?? f.fromAnswer?.questions[0]?.question;
  if (!fromQuestion) throw new Error(`Follow-up ${f.id} has no source question`);
  return {
    id: f.id,
    kind: f.kind,
    note: f.note,
    createdBy: f.createdBy,
    figureId: f.figureId,
    from: { ...questionRef(fromQuestion), viaAnswerId: f.fromAnswerId },
    fromAnswerQuestions: f.fromAnswer?.questions.map(({ question }) => questionRef(question)) ?? [],
    to: questionRef(f.toQuestion),
  };
}
