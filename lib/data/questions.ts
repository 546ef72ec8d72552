import type { House, QuestionStatus } from "@/lib/generated/prisma/enums";
import { Prisma, type Question } from "@/lib/generated/prisma/client";
import { db, type DbOrTx } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { DomainValidationError, DuplicateError, NotFoundError } from "@/lib/data/errors";
import { suggestLinksForQuestion } from "@/lib/data/suggestions/question-links";
import { questionRef, questionRefSelect, memberRefSelect, type QuestionRef } from "@/lib/data/dto";
import { houseLabel } from "@/lib/domain/house";

export type CreateQuestionInput = {
  house: House;
  uin: string;
  dateTabled: Date;
  dateForAnswer?: Date | null;
  isNamedDay?: boolean;
  heading: string;
  text: string;
  askingMemberId: number;
  answeringBodyId: number;
  parliamentId?: number | null;
  /** Look for the questions and open figures it follows up (links, suggestions). Default true. */
  suggestLinks?: boolean;
  /** Where it came from: "form" (default) or "seed". Importers write their own. */
  sourceFormat?: "form" | "seed";
};

export function normaliseUin(uin: string): string {
  return uin.trim().toUpperCase();
}

export async function findQuestionByKey(opts: { house: House; uin: string; dateTabled: Date }, tx: DbOrTx = db) {
  return tx.question.findUnique({
    where: { house_uin_dateTabled: { house: opts.house, uin: normaliseUin(opts.uin), dateTabled: opts.dateTabled } },
    select: { id: true },
  });
}

export async function createQuestion(input: CreateQuestionInput, tx?: DbOrTx): Promise<Question> {
  if (!tx) return db.$transaction((t) => createQuestion(input, t));
  const uin = normaliseUin(input.uin);
  const duplicate = await findQuestionByKey({ ...input, uin }, tx);
  if (duplicate) {
    throw new DuplicateError(
      `${houseLabel(input.house)} question ${uin} tabled on ${toDay(input.dateTabled)} is already recorded.`,
      "Question",
      duplicate.id,
      "uin",
      `/questions/${duplicate.id}`,
    );
  }
  if (input.parliamentId) {
    const byPid = await tx.question.findUnique({ where: { parliamentId: input.parliamentId }, select: { id: true } });
    if (byPid) throw new DuplicateError(`A question with Parliament id ${input.parliamentId} is already recorded.`, "Question", byPid.id, "parliamentId", `/questions/${byPid.id}`);
  }
  const [member, body] = await Promise.all([
    tx.member.findUnique({ where: { id: input.askingMemberId }, select: { house: true, name: true } }),
    tx.answeringBody.findUnique({ where: { id: input.answeringBodyId }, select: { id: true } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (!member) errors.askingMemberId = ["Choose a member from the list."];
  else if (member.house !== input.house) {
    errors.askingMemberId = [`${member.name} sits in the ${houseLabel(member.house)}, not the ${houseLabel(input.house)}.`];
  }
  if (!body) errors.answeringBodyId = ["Choose a department from the list."];
  if (Object.keys(errors).length) throw new DomainValidationError(errors);

  let created;
  try {
    created = await tx.question.create({
      data: {
        house: input.house,
        uin,
        dateTabled: input.dateTabled,
        dateForAnswer: input.dateForAnswer ?? null,
        isNamedDay: input.isNamedDay ?? false,
        heading: input.heading.trim(),
        text: input.text.trim(),
        askingMemberId: input.askingMemberId,
        answeringBodyId: input.answeringBodyId,
        parliamentId: input.parliamentId ?? null,
        sourceFormat: input.sourceFormat ?? "form",
      },
    });
  } catch (e) {
    // Lost a race with another writer between the check and the insert.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const existing = await findQuestionByKey({ ...input, uin }, tx);
      if (existing) throw new DuplicateError(`Question ${uin} is already recorded.`, "Question", existing.id, "uin", `/questions/${existing.id}`);
    }
    throw e;
  }
  if (input.suggestLinks !== false) await suggestLinksForQuestion(tx, created.id);
  return created;
}

export type QuestionListFilters = {
  memberId?: number;
  answeringBodyId?: number;
  status?: QuestionStatus | "OVERDUE";
  from?: Date;
  to?: Date;
  house?: House;
};

export type QuestionListItem = QuestionRef & {
  dateForAnswer: string | null;
  askingMember: { id: number; name: string };
  answeringBody: { id: number; name: string };
};

export function questionWhere(f: QuestionListFilters, today = new Date()): Prisma.QuestionWhereInput {
  const where: Prisma.QuestionWhereInput = {
    askingMemberId: f.memberId,
    answeringBodyId: f.answeringBodyId,
    house: f.house,
  };
  if (f.from || f.to) where.dateTabled = { gte: f.from, lte: f.to };
  if (f.status === "OVERDUE") {
    where.status = { in: ["TABLED", "HOLDING"] };
    where.dateForAnswer = { lt: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) };
  } else if (f.status) {
    where.status = f.status;
  }
  return where;
}

/** Newest first, offset-paged (the list is for browsing; timelines use keysets). */
export async function listQuestions(opts: { filters?: QuestionListFilters; page?: number; pageSize?: number } = {}) {
  const pageSize = Math.min(Math.max(opts.pageSize ?? 20, 1), 100);
  const page = Math.max(opts.page ?? 1, 1);
  const where = questionWhere(opts.filters ?? {});
  const [total, rows] = await Promise.all([
    db.question.count({ where }),
    db.question.findMany({
      where,
      orderBy: [{ dateTabled: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        ...questionRefSelect,
        askingMember: { select: { id: true, name: true } },
        answeringBody: { select: { id: true, name: true } },
      },
    }),
  ]);
  const items: QuestionListItem[] = rows.map((q) => ({
    ...questionRef(q),
    dateForAnswer: q.dateForAnswer ? toDay(q.dateForAnswer) : null,
    askingMember: q.askingMember,
    answeringBody: q.answeringBody,
  }));
  return { total, page, pageSize, items };
}

/** Questions not yet substantively answered, the most overdue first. */
export async function listAwaitingAnswer(opts: { limit?: number } = {}) {
  const rows = await db.question.findMany({
    where: { status: { in: ["TABLED", "HOLDING"] } },
    orderBy: [{ dateForAnswer: "asc" }, { id: "asc" }],
    take: opts.limit ?? 20,
    select: {
      ...questionRefSelect,
      askingMember: { select: { id: true, name: true } },
      answeringBody: { select: { id: true, name: true } },
    },
  });
  return rows.map((q) => ({
    ...questionRef(q),
    dateForAnswer: q.dateForAnswer ? toDay(q.dateForAnswer) : null,
    askingMember: q.askingMember,
    answeringBody: q.answeringBody,
  }));
}

export async function getQuestionRef(opts: { id: number }, tx: DbOrTx = db) {
  const q = await tx.question.findUnique({ where: { id: opts.id }, select: { ...questionRefSelect, answeringBodyId: true } });
  if (!q) throw new NotFoundError("Question", opts.id);
  return { ...questionRef(q), answeringBodyId: q.answeringBodyId };
}

/** For pickers: questions of one department, newest first. */
export async function listQuestionOptions(opts: { answeringBodyId?: number; excludeId?: number; limit?: number } = {}) {
  const rows = await db.question.findMany({
    where: { answeringBodyId: opts.answeringBodyId, id: opts.excludeId ? { not: opts.excludeId } : undefined },
    orderBy: [{ dateTabled: "desc" }, { id: "desc" }],
    take: opts.limit ?? 200,
    select: { ...questionRefSelect, askingMember: { select: memberRefSelect } },
  });
  return rows.map((q) => ({ ...questionRef(q), askingMemberName: q.askingMember.name }));
}

export { getQuestion, type QuestionDetail } from "@/lib/data/question-detail";
