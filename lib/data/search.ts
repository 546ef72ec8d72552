import type { AnswerKind, QuestionStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { questionRef, questionRefSelect, type QuestionRef } from "@/lib/data/dto";
import { compareAnswers } from "@/lib/domain/question-status";
import { parseSearchQuery, type SearchTerm } from "@/lib/search/query";
import { buildSnippet, countDistinctTerms, highlightAll, type Segment } from "@/lib/search/highlight";
import { searchQuestionIdsSqlite } from "@/lib/data/search-sqlite";

export type SearchQuestionsOptions = {
  q?: string;
  memberId?: number;
  answeringBodyId?: number;
  from?: Date;
  to?: Date;
  status?: QuestionStatus | "OVERDUE";
  /** Only questions with a figure left UNRESOLVED or DECLINED (false: no filter). */
  hasUnresolvedFigures?: boolean;
  order?: "relevance" | "newest";
  page?: number;
  pageSize?: number;
};

export type SearchResultItem = {
  question: QuestionRef & { askingMember: { id: number; name: string }; answeringBody: { id: number; name: string } };
  headingSegments: Segment[];
  snippetSegments: Segment[];
  snippetSource: "answer" | "question";
  /** The answer the snippet was taken from, when it was. */
  answer?: { id: number; kind: AnswerKind; dateAnswered: string; answeringMemberName: string | null };
};

export type SearchResult = {
  total: number;
  page: number;
  pageSize: number;
  notices: string[];
  items: SearchResultItem[];
};

export const MAX_SEARCH_PAGE_SIZE = 50;
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE = 10_000;

const clampInt = (v: number | undefined, min: number, max: number, dflt: number) =>
  v === undefined || !Number.isFinite(v) ? dflt : Math.min(Math.max(Math.trunc(v), min), max);

/**
 * Full-text search over questions and their answers, with the list filters.
 * Without words to look for, filters alone browse by newest; with neither,
 * nothing is returned. Queries FTS5 cannot run come back as a notice and no
 * results, never as an error.
 */
export async function searchQuestions(opts: SearchQuestionsOptions = {}): Promise<SearchResult> {
  const pageSize = clampInt(opts.pageSize, 1, MAX_SEARCH_PAGE_SIZE, DEFAULT_PAGE_SIZE);
  const page = clampInt(opts.page, 1, MAX_PAGE, 1);
  const { parsed, filters, hasFilters } = searchCriteria(opts);
  const notices = [...parsed.notices];
  const empty: SearchResult = { total: 0, page, pageSize, notices, items: [] };
  if (!parsed.ftsQuery && !hasFilters) return empty;

  let found: { ids: number[]; total: number };
  try {
    found = await searchQuestionIdsSqlite(db, {
      ftsQuery: parsed.ftsQuery,
      filters,
      order: opts.order ?? "relevance",
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
  } catch (e) {
    if (!parsed.ftsQuery) throw e;
    // The parser only emits quoted strings, so this should not happen; if FTS5
    // still refuses the query, the user gets a message rather than a 500.
    console.warn("Search query failed:", parsed.ftsQuery, e instanceof Error ? e.message : e);
    return { ...empty, notices: [...notices, "That search could not be run. Try plain words without special characters."] };
  }

  return { total: found.total, page, pageSize, notices, items: await loadItems(found.ids, parsed.terms) };
}

/** The parsed words and the SQL filters of a search; shared with the export (lib/data/search-export.ts). */
export function searchCriteria(opts: SearchQuestionsOptions) {
  const parsed = opts.q?.trim() ? parseSearchQuery(opts.q) : { ftsQuery: null, terms: [] as SearchTerm[], notices: [] as string[] };
  const filters = {
    memberId: opts.memberId,
    answeringBodyId: opts.answeringBodyId,
    from: opts.from,
    to: opts.to,
    status: opts.status,
    hasUnresolvedFigures: opts.hasUnresolvedFigures === true,
  };
  const hasFilters =
    filters.memberId !== undefined ||
    filters.answeringBodyId !== undefined ||
    !!filters.from ||
    !!filters.to ||
    !!filters.status ||
    filters.hasUnresolvedFigures;
  return { parsed, filters, hasFilters };
}

async function loadItems(ids: number[], terms: SearchTerm[]): Promise<SearchResultItem[]> {
  if (!ids.length) return [];
  const rows = await db.question.findMany({
    where: { id: { in: ids } },
    select: {
      ...questionRefSelect,
      text: true,
      askingMember: { select: { id: true, name: true } },
      answeringBody: { select: { id: true, name: true } },
      answers: {
        select: {
          answer: { select: { id: true, kind: true, dateAnswered: true, text: true, answeringMember: { select: { name: true } } } },
        },
      },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id): SearchResultItem[] => {
    const q = byId.get(id);
    if (!q) return []; // Deleted between the two queries.
    const base = {
      question: { ...questionRef(q), askingMember: q.askingMember, answeringBody: q.answeringBody },
      headingSegments: highlightAll(q.heading, terms),
    };
    const answer = bestAnswer(q.answers.map((a) => a.answer), terms);
    if (answer) {
      return [{
        ...base,
        snippetSegments: buildSnippet(answer.text, terms),
        snippetSource: "answer",
        answer: { id: answer.id, kind: answer.kind, dateAnswered: toDay(answer.dateAnswered), answeringMemberName: answer.answeringMember?.name ?? null },
      }];
    }
    return [{ ...base, snippetSegments: buildSnippet(q.text, terms), snippetSource: "question" }];
  });
}

type AnswerRow = { id: number; kind: AnswerKind; dateAnswered: Date; text: string; answeringMember: { name: string } | null };

/** The answer matching the most distinct terms; on a tie the latest word (a correction over the answer it corrects). */
function bestAnswer(answers: AnswerRow[], terms: SearchTerm[]): AnswerRow | null {
  if (!terms.length) return null;
  let best: AnswerRow | null = null;
  let bestCount = 0;
  for (const a of [...answers].sort(compareAnswers).reverse()) {
    const n = countDistinctTerms(a.text, terms);
    if (n > bestCount) {
      best = a;
      bestCount = n;
    }
  }
  return best;
}
