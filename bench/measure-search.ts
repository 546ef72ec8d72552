import Database from "better-sqlite3";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { resolveSearchCriteria, searchCriteria, searchQuestions, type SearchQuestionsOptions } from "@/lib/data/search";
import { BM25_SQL as BM25, chooseFilterFirst, searchFromWhere, searchQuestionIdsSqlite } from "@/lib/data/search-sqlite";
import { READ_PRAGMAS } from "@/lib/data/sqlite-pragmas";
import { queryLabel, type BenchQuery } from "@/bench/query-mix";
import { msSince, spreadOrder, summarise, type Summary } from "@/bench/stats";

/**
 * Search latency three ways over one query mix: the app's own search
 * (searchQuestions: FTS5 ids, COUNT, then the result rows and snippets), the
 * floor (the same FTS5 statement run bare with better-sqlite3: what SQLite
 * alone costs), and the naive baseline (Prisma `contains`, i.e. LIKE '%…%').
 * Importing this module opens lib/db.ts, so DATABASE_URL must be set first.
 */

export type ResolvedQuery = {
  label: string;
  kind: BenchQuery["kind"];
  options: SearchQuestionsOptions;
  /** The same search as /api/search parameters. */
  params: URLSearchParams;
  /** Filters naming a member or department absent from this corpus (they then match nothing). */
  unresolved: string[];
};

const dayOf = (s: string) => new Date(`${s}T00:00:00Z`);

/** Filters by UK Parliament id → database ids; `fieldSyntax` sends fieldQ instead, where a query has one. */
export async function resolveQueries(mix: readonly BenchQuery[], fieldSyntax = false): Promise<ResolvedQuery[]> {
  const out: ResolvedQuery[] = [];
  for (const m of mix) {
    const useField = fieldSyntax && !!m.fieldQ;
    const f = useField ? {} : (m.filters ?? {});
    const unresolved: string[] = [];
    const options: SearchQuestionsOptions = { q: useField ? m.fieldQ : m.q, order: "relevance" };
    if (f.member !== undefined) {
      const row = await db.member.findUnique({ where: { parliamentId: f.member }, select: { id: true } });
      if (!row) unresolved.push(`member ${f.member}`);
      options.memberId = row?.id ?? 2_147_483_647;
    }
    if (f.dept !== undefined) {
      const row = await db.answeringBody.findUnique({ where: { parliamentId: f.dept }, select: { id: true } });
      if (!row) unresolved.push(`dept ${f.dept}`);
      options.answeringBodyId = row?.id ?? 2_147_483_647;
    }
    if (f.from) options.from = dayOf(f.from);
    if (f.to) options.to = dayOf(f.to);
    if (f.status) options.status = f.status;
    if (f.unresolved) options.hasUnresolvedFigures = true;
    const params = new URLSearchParams();
    if (options.q) params.set("q", options.q);
    if (options.memberId !== undefined) params.set("member", String(options.memberId));
    if (options.answeringBodyId !== undefined) params.set("dept", String(options.answeringBodyId));
    if (f.from) params.set("from", f.from);
    if (f.to) params.set("to", f.to);
    if (f.status) params.set("status", f.status);
    if (f.unresolved) params.set("unresolved", "1");
    out.push({ label: useField ? m.fieldQ! : queryLabel(m), kind: m.kind, options, params, unresolved });
  }
  return out;
}

export type PerQuery = { label: string; kind: string; total: number; p50: number; max: number };
export type LatencyRun = { summary: Summary; perQuery: PerQuery[]; samples: number[] };

/**
 * Runs `warmup` untimed rounds over the mix (caches, and V8's optimising
 * compiler, which takes the search code only after many calls), then
 * `repeats` timed rounds (rounds, not one query many times in a row, so no
 * query runs only hot).
 */
export async function measureLoop(
  queries: readonly ResolvedQuery[],
  repeats: number,
  run: (q: ResolvedQuery) => Promise<number> | number,
  warmup = 1,
): Promise<LatencyRun> {
  const totals = new Array<number>(queries.length).fill(0);
  for (let w = 0; w < warmup; w++) for (let i = 0; i < queries.length; i++) totals[i] = await run(queries[i]!);
  const per = queries.map(() => [] as number[]);
  for (let r = 0; r < repeats; r++) {
    for (let i = 0; i < queries.length; i++) {
      const start = process.hrtime.bigint();
      await run(queries[i]!);
      per[i]!.push(msSince(start));
    }
  }
  const samples = per.flat();
  return {
    summary: summarise(samples),
    samples,
    perQuery: queries.map((q, i) => ({ label: q.label, kind: q.kind, total: totals[i]!, p50: summarise(per[i]!).p50, max: summarise(per[i]!).max })),
  };
}

/** The app: lib/data/search.ts searchQuestions, first page of 20 (returns the match count). */
export const appSearch = async (q: ResolvedQuery) => (await searchQuestions(q.options)).total;

/**
 * The app's ranking alone, the part Xapian's get_mset does: the first 20 ids
 * and the match count (exact here; Xapian's is an estimate), as
 * searchQuestions gets them, without loading the result rows or snippets.
 */
export async function rankSearch(q: ResolvedQuery): Promise<number> {
  const { parsed, filters, hasFilters, impossible } = await resolveSearchCriteria(q.options);
  if ((!parsed.ftsQuery && !hasFilters) || impossible) return 0;
  // filterFirst left for the search to settle, as searchQuestions leaves it.
  return searchQuestionIdsSqlite({ ftsQuery: parsed.ftsQuery, match: parsed.match, filters, order: "relevance", limit: 20, offset: 0, today: new Date() }).total;
}

// ---- The floor: SQLite alone ------------------------------------------------

const DAY_MS = 86_400_000;

/**
 * The floor for a query: the app's own FROM and WHERE (searchFromWhere, with
 * the query's filters resolved as the app resolves them) ordered by bm25 and
 * cut at 20, or, for words alone, the FTS5 index ranked on its own. No
 * COUNT, no loading of the result rows or snippets.
 */
export async function floorStatement(q: ResolvedQuery): Promise<{ sql: string; params: unknown[] }> {
  const { parsed, filters } = await resolveSearchCriteria(q.options);
  const ftsQuery = parsed.ftsQuery;
  // The same plan as the app's (the choice itself is left out of the floor's time).
  const { from, where, params } = searchFromWhere({ ftsQuery, filters, filterFirst: chooseFilterFirst({ ftsQuery, filters }) });
  const wordsOnly = ftsQuery !== null && where === `WHERE "question_search" MATCH ?`;
  if (wordsOnly) return { sql: `SELECT "rowid" AS "id" FROM "question_search" WHERE "question_search" MATCH ? ORDER BY ${BM25} LIMIT 20`, params };
  if (ftsQuery === null) return { sql: `SELECT q."id" AS "id" ${from} ${where} ORDER BY q."dateTabled" DESC, q."id" DESC LIMIT 20`, params };
  // Scores kept in a temporary table, then sorted: faster in SQLite than
  // ORDER BY bm25(…) over the join (defence status=ANSWERED at 100k: 15 ms
  // against 30), so the floor is the faster form, as the app runs it.
  return {
    sql: `WITH m AS MATERIALIZED (SELECT q."id" AS "id", ${BM25} AS "score", q."dateTabled" AS "dateTabled" ${from} ${where})
      SELECT "id" FROM m ORDER BY "score", "dateTabled" DESC, "id" DESC LIMIT 20`,
    params,
  };
}

/** The floor's statements prepared once on a read-only connection of its own; run() is then synchronous. */
export async function openFloor(dbFile: string, queries: readonly ResolvedQuery[]): Promise<{ run: (q: ResolvedQuery) => number; close: () => void }> {
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
  // The app's connections' settings (memory-mapped reads), so the two differ only in what the app adds.
  sqlite.exec(READ_PRAGMAS);
  const prepared = new Map<ResolvedQuery, { stmt: Database.Statement; params: unknown[] }>();
  for (const q of queries) {
    const { sql, params } = await floorStatement(q);
    prepared.set(q, { stmt: sqlite.prepare(sql), params });
  }
  return {
    run(q) {
      const p = prepared.get(q)!;
      return p.stmt.all(...p.params).length;
    },
    close: () => sqlite.close(),
  };
}

// ---- The naive baseline: LIKE -----------------------------------------------

/**
 * What search would cost without the index: every positive term must occur
 * (case-insensitively, as LIKE does) in the heading, the question or one of
 * its answers; first 20 newest plus the count, as the app returns. OR and NOT
 * are not modelled (terms are all required; exclusions are ignored).
 */
export function likeWhere(q: ResolvedQuery): Prisma.QuestionWhereInput {
  const { parsed, filters: f } = searchCriteria(q.options);
  const and: Prisma.QuestionWhereInput[] = parsed.terms.map((t) => ({
    OR: [{ heading: { contains: t.text } }, { text: { contains: t.text } }, { answers: { some: { answer: { text: { contains: t.text } } } } }],
  }));
  if (f.memberId !== undefined) and.push({ askingMemberId: f.memberId });
  if (f.answeringBodyId !== undefined) and.push({ answeringBodyId: f.answeringBodyId });
  if (f.from) and.push({ dateTabled: { gte: f.from } });
  if (f.to) and.push({ dateTabled: { lt: new Date(f.to.getTime() + DAY_MS) } });
  if (f.status === "OVERDUE") and.push({ status: { in: ["TABLED", "HOLDING"] }, dateForAnswer: { lt: new Date(new Date().setUTCHours(0, 0, 0, 0)) } });
  else if (f.status) and.push({ status: f.status });
  if (f.hasUnresolvedFigures) {
    const open = { status: { in: ["UNRESOLVED", "DECLINED"] as Array<"UNRESOLVED" | "DECLINED"> }, reviewState: "ACCEPTED" as const };
    and.push({ OR: [{ figuresAsked: { some: open } }, { answers: { some: { answer: { figuresSourced: { some: open } } } } }] });
  }
  return { AND: and };
}

export async function likeSearch(q: ResolvedQuery): Promise<number> {
  const where = likeWhere(q);
  await db.question.findMany({ where, orderBy: [{ dateTabled: "desc" }, { id: "desc" }], take: 20, select: { id: true } });
  return db.question.count({ where });
}

/**
 * LIKE scans every row, so it runs once per query (no warm-up beyond the
 * first query) and only while the time budget lasts, over queries spread
 * through the mix so the subset keeps its kinds.
 */
export async function measureLike(queries: readonly ResolvedQuery[], budgetMs: number): Promise<{ summary: Summary; perQuery: PerQuery[]; ran: number[] }> {
  const order = spreadOrder(queries.length);
  const perQuery: PerQuery[] = [];
  const ran: number[] = [];
  const samples: number[] = [];
  const started = Date.now();
  await likeSearch(queries[order[0]!]!); // page in the tables once
  for (const i of order) {
    if (Date.now() - started > budgetMs && ran.length >= 3) break;
    const start = process.hrtime.bigint();
    const total = await likeSearch(queries[i]!);
    const ms = msSince(start);
    samples.push(ms);
    ran.push(i);
    perQuery.push({ label: queries[i]!.label, kind: queries[i]!.kind, total, p50: ms, max: ms });
  }
  return { summary: summarise(samples), perQuery, ran };
}
