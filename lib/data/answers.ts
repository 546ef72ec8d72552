import type { AnswerKind } from "@/lib/generated/prisma/enums";
import type { Answer } from "@/lib/generated/prisma/client";
import { db, type DbOrTx } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { DomainValidationError, DuplicateError } from "@/lib/data/errors";
import { refreshQuestionStatuses } from "@/lib/data/question-status";
import { htmlToPlainText, sanitizeAnswerHtml } from "@/lib/html/sanitize";
import { analyseAnswer } from "@/lib/data/suggestions/answer-analysis";

export type CreateAnswerInput = {
  /** The question being answered first; grouped questions after it. */
  questionIds: number[];
  kind: AnswerKind;
  dateAnswered: Date;
  dateIsApproximate?: boolean;
  /** HTML or plain text; sanitised here, whatever the caller did. */
  html: string;
  answeringMemberId?: number | null;
  correctsAnswerId?: number | null;
  /** Run answer analysis (non-answers, suggested figures and links) in the same transaction. Default true. */
  analyse?: boolean;
};

/**
 * Records an answer and recomputes the status of every question it answers.
 * Refuses what Parliament would not produce: a holding answer after a
 * substantive one, a second substantive answer (that is a correction), a
 * correction of nothing, an answer dated before its question.
 */
export async function createAnswer(input: CreateAnswerInput, tx?: DbOrTx): Promise<Answer> {
  if (!tx) return db.$transaction((t) => createAnswer(input, t));

  const questionIds = [...new Set(input.questionIds)];
  const questions = await tx.question.findMany({
    where: { id: { in: questionIds } },
    select: {
      id: true,
      uin: true,
      house: true,
      withdrawn: true,
      dateTabled: true,
      answeringBodyId: true,
      answers: { select: { answer: { select: { id: true, kind: true, dateAnswered: true, text: true } } } },
    },
  });
  const primary = questions.find((q) => q.id === questionIds[0]);
  const errors: Record<string, string[]> = {};
  if (!primary || questions.length !== questionIds.length) {
    errors.questionIds = ["One of the questions could not be found."];
    throw new DomainValidationError(errors);
  }

  for (const q of questions) {
    const label = `Question ${q.uin}`;
    if (q.withdrawn) (errors.questionIds ??= []).push(`${label} was withdrawn; it cannot be answered.`);
    if (q.house !== primary.house || q.answeringBodyId !== primary.answeringBodyId) {
      (errors.questionIds ??= []).push(`${label} is not to the same department and House, so it cannot share this answer.`);
    }
    if (input.dateAnswered < q.dateTabled) {
      (errors.dateAnswered ??= []).push(`${label} was tabled on ${toDay(q.dateTabled)}; it cannot be answered before that.`);
    }
    const kinds = q.answers.map((a) => a.answer.kind);
    if (input.kind === "HOLDING" && (kinds.includes("SUBSTANTIVE") || kinds.includes("CORRECTION"))) {
      (errors.kind ??= []).push(`${label} already has a substantive answer; a holding answer cannot follow it.`);
    }
    if (input.kind === "SUBSTANTIVE" && kinds.includes("SUBSTANTIVE")) {
      (errors.kind ??= []).push(`${label} already has a substantive answer. To change it, log a correction.`);
    }
  }

  let correctsAnswerId: number | null = null;
  if (input.kind === "CORRECTION") {
    const corrected = primary.answers.find((a) => a.answer.id === input.correctsAnswerId)?.answer;
    if (!corrected) errors.correctsAnswerId = ["Choose the answer to this question that is being corrected."];
    else if (corrected.kind === "HOLDING") errors.correctsAnswerId = ["A holding answer cannot be corrected; log the substantive answer."];
    else if (input.dateAnswered < corrected.dateAnswered) errors.dateAnswered = ["A correction cannot be dated before the answer it corrects."];
    correctsAnswerId = corrected?.id ?? null;
  } else if (input.correctsAnswerId) {
    errors.correctsAnswerId = ["Only a correction corrects an earlier answer."];
  }

  const html = sanitizeAnswerHtml(input.html);
  const text = htmlToPlainText(html);
  if (!text) errors.html = ["The answer has no text once unsafe markup is removed."];

  if (input.answeringMemberId) {
    const m = await tx.member.findUnique({ where: { id: input.answeringMemberId }, select: { id: true } });
    if (!m) errors.answeringMemberId = ["Choose a member from the list."];
  }
  if (Object.keys(errors).length) throw new DomainValidationError(errors);

  const same = primary.answers.find(
    (a) => a.answer.kind === input.kind && a.answer.dateAnswered.getTime() === input.dateAnswered.getTime() && a.answer.text === text,
  );
  if (same) throw new DuplicateError("This answer is already recorded for this question.", "Answer", same.answer.id, "html", `/questions/${primary.id}#answer-${same.answer.id}`);

  const answer = await tx.answer.create({
    data: {
      kind: input.kind,
      dateAnswered: input.dateAnswered,
      dateIsApproximate: input.dateIsApproximate ?? false,
      html,
      text,
      answeringMemberId: input.answeringMemberId ?? null,
      correctsAnswerId,
      questions: { create: questionIds.map((questionId) => ({ questionId })) },
    },
  });
  await refreshQuestionStatuses(tx, questionIds);
  if (input.analyse !== false) await analyseAnswer(tx, answer.id);
  return answer;
}

/** Answers to one question, for pickers (e.g. which answer a figure came from). */
export async function listAnswerOptions(opts: { questionId: number }) {
  const rows = await db.answerQuestion.findMany({
    where: { questionId: opts.questionId },
    select: { answer: { select: { id: true, kind: true, dateAnswered: true } } },
  });
  return rows
    .map(({ answer }) => ({ id: answer.id, kind: answer.kind, dateAnswered: toDay(answer.dateAnswered) }))
    .sort((a, b) => a.dateAnswered.localeCompare(b.dateAnswered) || a.id - b.id);
}

/** Recent answers, newest first, with the questions they answer. */
export async function listRecentAnswers(opts: { limit?: number } = {}) {
  const rows = await db.answer.findMany({
    orderBy: [{ dateAnswered: "desc" }, { id: "desc" }],
    take: opts.limit ?? 10,
    select: {
      id: true,
      kind: true,
      dateAnswered: true,
      dateIsApproximate: true,
      text: true,
      answeringMember: { select: { id: true, name: true } },
      questions: {
        take: 5,
        orderBy: { questionId: "asc" },
        select: { question: { select: { id: true, uin: true, heading: true, askingMember: { select: { id: true, name: true } }, answeringBody: { select: { id: true, name: true } } } } },
      },
    },
  });
  return rows.flatMap(({ questions, ...a }) => {
    const first = questions[0]?.question;
    if (!first) return [];
    return [{
      ...a,
      dateAnswered: toDay(a.dateAnswered),
      excerpt: excerpt(a.text, 240),
      askingMember: first.askingMember,
      answeringBody: first.answeringBody,
      questions: questions.map(({ question: { id, uin, heading } }) => ({ id, uin, heading })),
    }];
  });
}

function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}
