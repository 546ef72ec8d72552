import type { AnswerKind, House } from "@/lib/generated/prisma/enums";
import { db, type DbOrTx } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { NotFoundError } from "@/lib/data/errors";
import { normaliseUin } from "@/lib/data/questions";

/**
 * Look-ups the data-entry forms need around the create* functions: resolving
 * typed UINs to questions, and knowing whose pages a change makes stale.
 */
export type QuestionContext = {
  id: number;
  uin: string;
  house: House;
  dateTabled: Date;
  askingMemberId: number;
  answeringBodyId: number;
  answeringBodyName: string;
};

const contextSelect = {
  id: true,
  uin: true,
  house: true,
  dateTabled: true,
  askingMemberId: true,
  answeringBodyId: true,
  answeringBody: { select: { name: true } },
} as const;

function context(q: Omit<QuestionContext, "answeringBodyName"> & { answeringBody: { name: string } }): QuestionContext {
  const { answeringBody, ...rest } = q;
  return { ...rest, answeringBodyName: answeringBody.name };
}

export async function getQuestionContext(opts: { id: number }, tx: DbOrTx = db): Promise<QuestionContext> {
  const q = await tx.question.findUnique({ where: { id: opts.id }, select: contextSelect });
  if (!q) throw new NotFoundError("Question", opts.id);
  return context(q);
}

/**
 * Grouped questions named by UIN: same House and department, tabled on or
 * before the answer. UINs restart each session, so the latest match wins.
 */
export async function findQuestionsByUins(
  opts: { house: House; answeringBodyId: number; uins: readonly string[]; tabledOnOrBefore: Date },
  tx: DbOrTx = db,
): Promise<{ found: QuestionContext[]; missing: string[] }> {
  const uins = [...new Set(opts.uins.map(normaliseUin))];
  if (uins.length === 0) return { found: [], missing: [] };
  const rows = await tx.question.findMany({
    where: { house: opts.house, answeringBodyId: opts.answeringBodyId, uin: { in: uins }, dateTabled: { lte: opts.tabledOnOrBefore } },
    orderBy: [{ dateTabled: "desc" }, { id: "desc" }],
    select: contextSelect,
  });
  const byUin = new Map<string, QuestionContext>();
  for (const r of rows) if (!byUin.has(r.uin)) byUin.set(r.uin, context(r));
  return { found: uins.flatMap((u) => byUin.get(u) ?? []), missing: uins.filter((u) => !byUin.has(u)) };
}

/** A later question named by UIN: same House, the first one tabled on or after `tabledOnOrAfter`. */
export async function findLaterQuestionByUin(opts: { house: House; uin: string; tabledOnOrAfter: Date }, tx: DbOrTx = db) {
  const q = await tx.question.findFirst({
    where: { house: opts.house, uin: normaliseUin(opts.uin), dateTabled: { gte: opts.tabledOnOrAfter } },
    orderBy: [{ dateTabled: "asc" }, { id: "asc" }],
    select: contextSelect,
  });
  return q ? context(q) : null;
}

/** The questions one answer answers (a grouped answer answers several). */
export async function listAnswerQuestionContexts(opts: { answerId: number }, tx: DbOrTx = db): Promise<QuestionContext[]> {
  const rows = await tx.answerQuestion.findMany({
    where: { answerId: opts.answerId },
    orderBy: { questionId: "asc" },
    select: { question: { select: contextSelect } },
  });
  return rows.map((r) => context(r.question));
}

export type AnswerPickerOption = { id: number; kind: AnswerKind; dateAnswered: string; questionId: number; questionUin: string; questionHeading: string };

/** A department's most recent answers, for pickers such as "Resolved by answer". */
export async function listDepartmentAnswerOptions(opts: { answeringBodyId: number; limit?: number }): Promise<AnswerPickerOption[]> {
  const rows = await db.answer.findMany({
    where: { questions: { some: { question: { answeringBodyId: opts.answeringBodyId } } } },
    orderBy: [{ dateAnswered: "desc" }, { id: "desc" }],
    take: opts.limit ?? 100,
    select: {
      id: true,
      kind: true,
      dateAnswered: true,
      questions: { take: 1, orderBy: { questionId: "asc" }, select: { question: { select: { id: true, uin: true, heading: true } } } },
    },
  });
  return rows.flatMap((a) => {
    const q = a.questions[0]?.question;
    return q ? [{ id: a.id, kind: a.kind, dateAnswered: toDay(a.dateAnswered), questionId: q.id, questionUin: q.uin, questionHeading: q.heading }] : [];
  });
}
