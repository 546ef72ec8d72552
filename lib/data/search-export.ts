import type { AnswerKind, House, QuestionStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { DomainValidationError } from "@/lib/data/errors";
import { dayOrNull } from "@/lib/data/dto";
import { compareAnswers, isOverdue } from "@/lib/domain/question-status";
import { resolveSearchCriteria, type SearchQuestionsOptions } from "@/lib/data/search";
import { searchQuestionIdsSqlite } from "@/lib/data/search-sqlite";

/**
 * Every question a search matches, a batch at a time, with what an export
 * needs (full question text, the latest answer). Newest-first and filter-only
 * searches page by keyset; relevance order can only page by offset.
 */
export type SearchExportQuestion = {
  id: number;
  house: House;
  uin: string;
  dateTabled: string;
  dateForAnswer: string | null;
  status: QuestionStatus;
  overdue: boolean;
  heading: string;
  askingMember: string;
  answeringBody: string;
  questionText: string;
  latestAnswerDate: string | null;
  latestAnswerKind: AnswerKind | null;
  answerText: string | null;
};

export type SearchExportPosition = { offset: number; after?: { dateTabled: Date; id: number } };
export type SearchExportPage = { questions: SearchExportQuestion[]; next: SearchExportPosition | null };

// Under the 999 bound parameters Prisma allows SQLite for the `IN` list that loads a batch.
export const MAX_SEARCH_EXPORT_BATCH = 900;
/** An export orders its matches once; this many ids is a few MB. */
export const MAX_RANKED_EXPORT = 2_000_000;

/**
 * The ids of every match in the search's order, from one query. Paging the
 * search itself would redo the match (and the sort or scoring) for every
 * batch — quadratic on 100k rows: measured 7 s for 100k rows ranked once
 * against 22 s (newest first) and 35 s (filters only) paged by keyset.
 */
export async function rankSearchExport(opts: Omit<SearchQuestionsOptions, "page" | "pageSize">): Promise<number[]> {
  const { parsed, filters, hasFilters, impossible } = await resolveSearchCriteria(opts);
  if ((!parsed.ftsQuery && !hasFilters) || impossible) return [];
  const order = parsed.ftsQuery ? (opts.order ?? "relevance") : "newest";
  try {
    const { ids } = await searchQuestionIdsSqlite(db, { ftsQuery: parsed.ftsQuery, filters, order, limit: MAX_RANKED_EXPORT, offset: 0, withTotal: false });
    return ids;
  } catch (e) {
    if (!parsed.ftsQuery && !filters.excludeFts) throw e;
    throw new DomainValidationError({ q: ["That search could not be run. Try plain words without special characters."] });
  }
}

/** Export rows for these ids, in this order (ids deleted meanwhile are skipped). */
export async function listSearchExportQuestions(ids: number[]): Promise<SearchExportQuestion[]> {
  return (await loadQuestions(ids)).questions;
}

export async function listSearchExportPage(
  opts: Omit<SearchQuestionsOptions, "page" | "pageSize">,
  position: SearchExportPosition = { offset: 0 },
  limit = 500,
): Promise<SearchExportPage> {
  const take = Math.min(Math.max(Math.floor(limit), 1), MAX_SEARCH_EXPORT_BATCH);
  const { parsed, filters, hasFilters, impossible } = await resolveSearchCriteria(opts);
  if ((!parsed.ftsQuery && !hasFilters) || impossible) return { questions: [], next: null };
  const order = opts.order ?? "relevance";
  const keyset = !parsed.ftsQuery || order === "newest";

  let ids: number[];
  try {
    ({ ids } = await searchQuestionIdsSqlite(db, {
      ftsQuery: parsed.ftsQuery,
      filters,
      order,
      limit: take,
      offset: keyset ? 0 : position.offset,
      after: keyset ? position.after : undefined,
      withTotal: false,
    }));
  } catch (e) {
    if (!parsed.ftsQuery && !filters.excludeFts) throw e;
    throw new DomainValidationError({ q: ["That search could not be run. Try plain words without special characters."] });
  }
  const { questions, tabled } = await loadQuestions(ids);
  // The keyset continues from the last id SQL returned, even if it was deleted since.
  const lastId = ids.at(-1);
  const lastTabled = lastId === undefined ? undefined : tabled.get(lastId);
  const next =
    ids.length < take || lastId === undefined
      ? null
      : { offset: position.offset + ids.length, after: lastTabled ? { dateTabled: lastTabled, id: lastId } : undefined };
  if (next && keyset && !next.after) return { questions, next: null };
  return { questions, next };
}

async function loadQuestions(ids: number[]): Promise<{ questions: SearchExportQuestion[]; tabled: Map<number, Date> }> {
  if (!ids.length) return { questions: [], tabled: new Map() };
  const rows = await db.question.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      house: true,
      uin: true,
      dateTabled: true,
      dateForAnswer: true,
      status: true,
      heading: true,
      text: true,
      askingMember: { select: { name: true } },
      answeringBody: { select: { name: true } },
      answers: { select: { answer: { select: { id: true, kind: true, dateAnswered: true, text: true } } } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const tabled = new Map(rows.map((r) => [r.id, r.dateTabled]));
  const questions = ids.flatMap((id): SearchExportQuestion[] => {
    const q = byId.get(id);
    if (!q) return [];
    const latest = q.answers.map((a) => a.answer).sort(compareAnswers).at(-1) ?? null;
    return [
      {
        id: q.id,
        house: q.house,
        uin: q.uin,
        dateTabled: toDay(q.dateTabled),
        dateForAnswer: dayOrNull(q.dateForAnswer),
        status: q.status,
        overdue: isOverdue(q.status, q.dateForAnswer),
        heading: q.heading,
        askingMember: q.askingMember.name,
        answeringBody: q.answeringBody.name,
        questionText: q.text,
        latestAnswerDate: latest ? toDay(latest.dateAnswered) : null,
        latestAnswerKind: latest?.kind ?? null,
        answerText: latest?.text ?? null,
      },
    ];
  });
  return { questions, tabled };
}
