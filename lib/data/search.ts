import type { AnswerKind, QuestionStatus } from "@/lib/generated/prisma/enums";
import { toDay } from "@/lib/dates";
import type { QuestionRef } from "@/lib/data/dto";
import { compareAnswers, isOverdue } from "@/lib/domain/question-status";
import { ONLY_EXCLUSIONS_NOTICE, parseSearchQuery, type ParsedSearchQuery, type SearchTerm } from "@/lib/search/query";
import type { QueryFilter, QueryField } from "@/lib/search/query-filters";
import { buildSnippet, highlightAll, snippetFrom, snippetText, type Segment, type SnippetText } from "@/lib/search/highlight";
import { resolveNameIdsSqlite } from "@/lib/data/search-names-sqlite";
import { chooseFilterFirst, searchQuestionIdsSqlite, type FoundIds, type SearchSqlFilters, type SqlFieldFilter } from "@/lib/data/search-sqlite";
import { emptyFacets, searchFacets, type SearchFacets } from "@/lib/data/search-facets";
import { loadSearchItemRows, type SearchItemRow } from "@/lib/data/search-items-sqlite";

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
  /** Also count the matches by department, member, year and status (the page and the API; not feeds). */
  facets?: boolean;
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
  /** total is an estimate (more than a thousand matches, where counting them all would cost more than the ranking). */
  totalApproximate?: boolean;
  page: number;
  pageSize: number;
  notices: string[];
  items: SearchResultItem[];
  /** Present when asked for (options.facets); top FACET_LIMIT of each. */
  facets?: SearchFacets;
  /** The facet counts are estimates from a sample of the matches (large result sets). */
  facetsApproximate?: boolean;
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
  const { parsed, filters, hasFilters, notices, impossible } = await resolveSearchCriteria(opts);
  const empty: SearchResult = {
    total: 0,
    page,
    pageSize,
    notices,
    items: [],
    ...(opts.facets ? { facets: emptyFacets(), facetsApproximate: false } : {}),
  };
  if ((!parsed.ftsQuery && !hasFilters) || impossible) return empty;

  const today = new Date();
  let found: FoundIds;
  try {
    found = searchQuestionIdsSqlite({
      ftsQuery: parsed.ftsQuery,
      match: parsed.match,
      filters,
      order: opts.order ?? "relevance",
      limit: pageSize,
      offset: (page - 1) * pageSize,
      today,
    });
  } catch (e) {
    if (!parsed.ftsQuery && !filters.excludeFts) throw e;
    // The parser only emits quoted strings, so this should not happen; if FTS5
    // still refuses the query, the user gets a message rather than a 500.
    console.warn("Search query failed:", parsed.ftsQuery ?? filters.excludeFts, e instanceof Error ? e.message : e);
    return { ...empty, notices: [...notices, "That search could not be run. Try plain words without special characters."] };
  }

  const items = loadItems(found.ids, parsed.terms);
  const where = { ftsQuery: parsed.ftsQuery, filters, today };
  const facets = opts.facets ? searchFacets({ ...where, filterFirst: found.filterFirst ?? chooseFilterFirst(where) }, found.total) : null;
  return {
    total: found.total,
    ...(found.totalApproximate ? { totalApproximate: true } : {}),
    page,
    pageSize,
    notices,
    items,
    ...(facets ? { facets: facets.facets, facetsApproximate: facets.approximate } : {}),
  };
}

export type SearchCriteria = {
  parsed: ParsedSearchQuery;
  filters: SearchSqlFilters;
  /** Something to browse by besides words: a form filter or a field filter in the query. */
  hasFilters: boolean;
  notices: string[];
  /** A filter matched nothing (member:nobody): there can be no results. */
  impossible: boolean;
};

const NO_QUERY: ParsedSearchQuery = { ftsQuery: null, excludeQuery: null, terms: [], filters: [], notices: [] };

/**
 * The parsed words and the form's filters of a search, without the query's
 * field filters (their names need the database: see resolveSearchCriteria).
 */
export function searchCriteria(opts: SearchQuestionsOptions): { parsed: ParsedSearchQuery; filters: SearchSqlFilters; hasFilters: boolean } {
  const parsed = opts.q?.trim() ? parseSearchQuery(opts.q) : NO_QUERY;
  const filters: SearchSqlFilters = {
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
    !!filters.hasUnresolvedFigures ||
    parsed.filters.length > 0;
  return { parsed, filters, hasFilters };
}

/**
 * Everything a search filters on: the form's filters and the query's field
 * filters ANDed, names resolved to ids; shared with the export
 * (lib/data/search-export.ts).
 */
export async function resolveSearchCriteria(opts: SearchQuestionsOptions): Promise<SearchCriteria> {
  const { parsed, filters, hasFilters } = searchCriteria(opts);
  const notices = [...parsed.notices];
  const { fields, impossible } = fieldFilters(parsed.filters, notices);
  if (fields.length) filters.fields = fields;
  if (parsed.excludeQuery) {
    if (hasFilters) filters.excludeFts = parsed.excludeQuery;
    else notices.push(ONLY_EXCLUSIONS_NOTICE);
  }
  return { parsed, filters, hasFilters, notices, impossible };
}

const NOUNS: Partial<Record<QueryField, string>> = { member: "member", dept: "department" };

/**
 * The query's filters as SQL filters: repeats of a field merged (any of the
 * values; negated ones: none of them), member and department names resolved
 * to ids.
 */
function fieldFilters(list: QueryFilter[], notices: string[]): { fields: SqlFieldFilter[]; impossible: boolean } {
  const fields: SqlFieldFilter[] = [];
  let impossible = false;
  for (const negate of [false, true]) {
    const of = <F extends QueryField>(field: F) => list.filter((f): f is Extract<QueryFilter, { field: F }> => f.field === field && f.negate === negate);
    for (const table of ["member", "dept"] as const) {
      const named = of(table);
      if (!named.length) continue;
      const resolved = resolveNameIdsSqlite(table, named);
      named.forEach((f, i) => {
        if (!resolved[i]!.length) notices.push(`No ${NOUNS[table]}’s name matches “${f.raw.replace(/^(NOT |-)?[A-Za-z]+:/, "").replace(/"/g, "")}”.`);
      });
      const ids = [...new Set(resolved.flat())];
      if (!ids.length && !negate) impossible = true;
      if (ids.length || !negate) fields.push({ field: table, ids, negate });
    }
    const uins = of("uin");
    if (uins.length) fields.push({ field: "uin", negate, uins: uins.map((f) => ({ house: f.house, uin: f.uin })) });
    const statuses = of("status");
    if (statuses.length) fields.push({ field: "status", negate, statuses: [...new Set(statuses.flatMap((f) => f.statuses))] });
    const houses = of("house");
    if (houses.length) fields.push({ field: "house", negate, houses: [...new Set(houses.flatMap((f) => f.houses))] });
    if (of("has").length) fields.push({ field: "has", negate, has: "unresolved" });
    const kinds = of("nonanswer");
    if (kinds.length) fields.push({ field: "nonanswer", negate, kinds: [...new Set(kinds.flatMap((f) => f.kinds))] });
    const dates = of("date");
    if (dates.length) {
      const day = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : undefined);
      fields.push({ field: "date", negate, ranges: dates.map((f) => ({ from: day(f.from), to: day(f.to) })) });
    }
  }
  return { fields, impossible };
}

/**
 * The page's items, each built as one object literal: spreading questionRef
 * into a question and adding the asker and department (and spreading that
 * into the item) made V8 keep every item of every page past two
 * young-generation collections: over 1,350 searches of the 100k main mix
 * 31 MB went to the old generation, 15 MB without, and the scavenges that
 * copied it, which pause a search, took 195–205 ms in all against 137–140.
 */
function loadItems(ids: number[], terms: SearchTerm[]): SearchResultItem[] {
  const byId = new Map(loadSearchItemRows(ids).map((r) => [r.id, r]));
  const items: SearchResultItem[] = [];
  for (const id of ids) {
    const q = byId.get(id);
    if (!q) continue; // Deleted between the two queries.
    const question = {
      id: q.id,
      house: q.house,
      uin: q.uin,
      heading: q.heading,
      dateTabled: toDay(q.dateTabled),
      status: q.status,
      overdue: isOverdue(q.status, q.dateForAnswer),
      askingMember: q.askingMember,
      answeringBody: q.answeringBody,
    };
    const headingSegments = highlightAll(q.heading, terms);
    const best = bestAnswer(q.answers, terms);
    if (best) {
      const { answer, text } = best;
      items.push({
        question,
        headingSegments,
        snippetSegments: snippetFrom(text),
        snippetSource: "answer",
        answer: { id: answer.id, kind: answer.kind, dateAnswered: toDay(answer.dateAnswered), answeringMemberName: answer.answeringMemberName },
      });
    } else {
      items.push({ question, headingSegments, snippetSegments: buildSnippet(q.text, terms), snippetSource: "question" });
    }
  }
  return items;
}

type AnswerRow = SearchItemRow["answers"][number];
/** The answer matching the most distinct terms; on a tie the latest word (a correction over the answer it corrects). With its hits, for the snippet. */
function bestAnswer(answers: AnswerRow[], terms: SearchTerm[]): { answer: AnswerRow; text: SnippetText } | null {
  if (!terms.length) return null;
  let best: { answer: AnswerRow; text: SnippetText } | null = null;
  // Latest word first (sorting copies: most questions have one answer).
  for (const answer of answers.length > 1 ? [...answers].sort(compareAnswers).reverse() : answers) {
    const text = snippetText(answer.text, terms);
    if (text.distinct > (best?.text.distinct ?? 0)) best = { answer, text };
  }
  return best;
}
