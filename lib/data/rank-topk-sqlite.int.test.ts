import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { makeAnswer, makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";
import { parseSearchQuery } from "@/lib/search/query";
import { BM25_SQL, searchQuestionIdsSqlite } from "@/lib/data/search-sqlite";
import { countsExactly } from "@/lib/data/search-count-sqlite";
import { sqliteReader } from "@/lib/data/sqlite-reader";
import { buildRankIndex } from "@/lib/data/rank-index-build-sqlite";
import { pairListKey } from "@/lib/data/rank-index-pairs";
import { ftsSegments } from "@/lib/data/rank-index-sqlite";
import { rankTopK } from "@/lib/data/rank-topk-sqlite";
import { estimateMatches } from "@/lib/data/rank-estimate-sqlite";
import { countFilteredMatches } from "@/lib/data/rank-count-sqlite";
import { refreshRankIndex, settleRankIndex } from "@/lib/data/rank-index-refresh-sqlite";
import { searchQuestions } from "@/lib/data/search";
import { questionConditions, type SearchSqlFilters, type Sql } from "@/lib/data/search-conditions-sqlite";

/**
 * The pruned ranking against FTS5's own: on a corpus with Zipf-distributed
 * words (several posting blocks for the common ones, repeated texts for
 * ties), every query's pages must be FTS5's ORDER BY bm25(…), newest first
 * on ties, with bit-equal scores, before and after random inserts, edits and
 * deletes of questions and answers.
 */

let seed = 20261204;
const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;

const tag = `rk${Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 5)}`;
const VOCAB = Array.from({ length: 16 }, (_, i) => `${tag}${String.fromCharCode(97 + i)}`);
// Word i is drawn with weight 1/(i+1): the first few are in most rows, the last in a few.
const ZIPF = VOCAB.flatMap((w, i) => Array<string>(Math.round(48 / (i + 1))).fill(w));
const words = (n: number) => Array.from({ length: n }, () => (rnd() < 0.3 ? pick(["the", "of", "and"]) : pick(ZIPF))).join(" ");

const [A, B, C, D, E, F, G] = VOCAB as [string, string, string, string, string, string, string];
const QUERIES = [
  A, B, C, G, VOCAB[12]!, `${A} ${B}`, `${B} ${E}`, `${C} ${F} ${A}`, `${A} ${A}`, `${B} OR ${G}`, `${A} -${C}`, `${D} OR ${E} ${B}`, `${E} NOT ${F}`,
  // Phrases and prefixes, alone (ranked with idf 1) and with other terms (idf counted by FTS5).
  // Words in nearly every row ("the", "of", "and"), with absent lists (in over half the rows here), ANDed, ORed and excluded.
  `${A} of ${C}`, `${F} the ${B}`, `${G} -the`, `${D} OR ${E} and`, `${E} ask`,
  `"${A} ${B}"`, `"${B} ${A}"`, `"${A} and ${C}"`, `"${C} ${D}" ${A}`, `"${A} ${B}" OR "${B} ${C}"`, `${A} -"${A} ${B}"`, `${tag}k*`, `${tag}k* ${A}`, `${tag}*`, `${tag}* ${B}`,
];
/** Queries with filters: [words, conditions on the questions]. */
const FILTERED: [string, string][] = [
  [A, `q."dateTabled" >= '2025-03-01'`],
  [`${B} ${C}`, `q."dateTabled" < '2025-03-01'`],
  [`"${A} ${B}"`, `q."id" % 3 = 0`],
  [`${tag}k* ${C}`, `q."id" % 2 = 1`],
  [`${B} -"${A} ${C}"`, `q."dateTabled" <= '2025-03-10'`],
  [`"${A} ${B}" ${C}`, `q."id" % 40 = 0`],
];
const TODAY = new Date("2025-03-20T00:00:00Z");
/** Filters the rank index's columns decide (lib/data/rank-attrs.ts): [words, filters]. */
const COLUMN_FILTERED: [string, SearchSqlFilters][] = [
  [A, { from: new Date("2025-03-01T00:00:00Z") }],
  [`${B} ${C}`, { status: "ANSWERED" }],
  [`"${A} ${B}"`, { fields: [{ field: "status", statuses: ["ANSWERED"], negate: true }] }],
  [`${tag}k* ${C}`, { status: "OVERDUE", to: new Date("2025-06-29T00:00:00Z") }],
  [`${A} ${D}`, { fields: [{ field: "date", ranges: [{ to: new Date("2025-02-03T00:00:00Z") }, { from: new Date("2025-06-30T00:00:00Z") }], negate: false }] }],
  // "about" is only in "To ask about A and C.": a pair of words that come together, its list kept whole.
  [`"about ${A}"`, { status: "ANSWERED" }],
];

let bodyId = 0;
let memberId = 0;
const dates = ["2025-01-06", "2025-02-03", "2025-03-10", "2025-03-10", "2025-06-30"].map((d) => new Date(`${d}T00:00:00Z`));

async function addQuestion(): Promise<number> {
  // One text in five repeats an earlier one, so that scores tie and dates decide.
  const heading = rnd() < 0.2 ? `${A} ${B}` : words(1 + Math.floor(rnd() * 3));
  const text = rnd() < 0.2 ? `To ask about ${A} and ${C}.` : `To ask ${words(4 + Math.floor(rnd() * 40))}.`;
  return (await makeQuestion({ askingMemberId: memberId, answeringBodyId: bodyId, dateTabled: pick(dates), heading, text })).id;
}

function expected(ftsQuery: string, offset: number, filter: string | Sql = "1"): { ids: number[]; scores: number[] } {
  const cond = typeof filter === "string" ? { sql: filter, params: [] } : filter;
  const rows = sqliteReader().all<{ id: number; s: number }>(
    `SELECT q."id" AS "id", ${BM25_SQL} AS "s" FROM "question_search" JOIN "Question" q ON q."id" = "question_search"."rowid"
     WHERE "question_search" MATCH ? AND ${cond.sql} ORDER BY "s", q."dateTabled" DESC, q."id" DESC LIMIT 20 OFFSET ?`,
    [ftsQuery, ...cond.params, offset],
  );
  return { ids: rows.map((r) => r.id), scores: rows.map((r) => -r.s) };
}

/**
 * How a filter is applied: checked per row met, its questions gathered and
 * scored one by one, or gathered and met in the lists; with its filters
 * given, checked on the rank index's columns ("columns": per row met;
 * "columns-counted": counted first, too many to score one by one).
 */
type FilterWay = "per-row" | "first-per-row" | "direct" | "in-set" | "columns" | "columns-counted";

function checkOne(label: string, q: string, filter?: string | SearchSqlFilters, way: FilterWay = "per-row"): void {
  const parsed = parseSearchQuery(q);
  const filters = typeof filter === "object" ? filter : undefined;
  const cond: Sql | undefined = filters ? questionConditions({ ftsQuery: parsed.ftsQuery, filters, today: TODAY }) : typeof filter === "string" ? { sql: filter, params: [] } : undefined;
  // Ranked from whole lists (with the other lists read, or looked up), and not.
  // Words in nearly every row read from their absent lists (absentFirst), or from their own.
  for (const [offset, fromWholeLists, wholeUnitBlocks, absentFirst] of [[0, true, undefined, false], [20, true, undefined, true], [45, true, undefined, false], [0, true, 0, false], [20, true, 0, false], [0, false, undefined, false], [45, false, undefined, false], [0, true, undefined, true]] as const) {
    const got = rankTopK({
      fromWholeLists,
      wholeUnitBlocks,
      absentFirst,
      match: parsed.match!,
      offset,
      limit: 20,
      fewMatches: 0,
      longExpansions: 99,
      filter: cond ?? null,
      filters,
      today: TODAY,
      // Columns only where the way says so (a filter's SQL alone, above, has none).
      useColumns: way.startsWith("columns") || way === "direct",
      filterFirst: way !== "per-row" && way !== "columns",
      directScoringUpTo: way === "direct" ? 100_000 : 0,
      checkPerRowFrom: way === "in-set" ? 100_000 : 0,
      // Checked per row at first, then gathered when few pass.
      perRowTrial: way === "first-per-row" ? 16 : undefined,
    });
    expect(got, `${label}: ${q} @${offset} was not ranked`).not.toBeNull();
    const want = expected(parsed.ftsQuery!, offset, cond);
    expect({ q, filter, way, offset, fromWholeLists, wholeUnitBlocks, absentFirst, ids: got!.ids }, label).toEqual({ q, filter, way, offset, fromWholeLists, wholeUnitBlocks, absentFirst, ids: want.ids });
    if (got!.total !== null) expect({ q, filter, way, fromWholeLists, wholeUnitBlocks, absentFirst, total: got!.total }, label).toEqual({ q, filter, way, fromWholeLists, wholeUnitBlocks, absentFirst, total: count(parsed.ftsQuery!, cond ?? "1") });
    // A phrase or prefix alone is ranked without its idf (scores null), unless near-ties needed it.
    if (got!.scores) expect(got!.scores, `${label}: ${q} @${offset} scores`).toEqual(want.scores);
    else expect(parsed.match!.groups.flat().length + parsed.match!.excluded.length).toBe(1);
  }
}

function checkAll(label: string): void {
  for (const q of QUERIES) checkOne(label, q);
  for (const [q, filter] of FILTERED) for (const way of ["per-row", "first-per-row", "direct", "in-set"] as const) checkOne(label, q, filter, way);
  for (const [q, filters] of COLUMN_FILTERED) for (const way of ["columns", "columns-counted", "direct", "in-set", "per-row"] as const) checkOne(label, q, filters, way);
  for (const [q, filters] of COLUMN_FILTERED) checkCount(label, q, filters);
}

/** A filtered search's count: exact through the columns (rows changed since the build in SQL), and as the search returns it. */
function checkCount(label: string, q: string, filters: SearchSqlFilters): void {
  const parsed = parseSearchQuery(q);
  const filter = questionConditions({ ftsQuery: parsed.ftsQuery, filters, today: TODAY });
  const want = count(parsed.ftsQuery!, filter);
  expect({ label, q, n: countFilteredMatches(sqliteReader(), { ftsQuery: parsed.ftsQuery!, filter, filters, today: TODAY }) }).toEqual({ label, q, n: want });
  // A short page (5) so that the count is not the page's length.
  const found = searchQuestionIdsSqlite({ ftsQuery: parsed.ftsQuery, match: parsed.match, filters, order: "relevance", limit: 5, offset: 0, today: TODAY });
  expect({ label, q, total: found.total, approximate: found.totalApproximate }).toEqual({ label, q, total: want, approximate: undefined });
}

function count(ftsQuery: string, filter: string | Sql = "1"): number {
  const cond = typeof filter === "string" ? { sql: filter, params: [] } : filter;
  return sqliteReader().get<{ n: number }>(
    `SELECT COUNT(*) AS "n" FROM "question_search" JOIN "Question" q ON q."id" = "question_search"."rowid" WHERE "question_search" MATCH ? AND ${cond.sql}`,
    [ftsQuery, ...cond.params],
  )!.n;
}

describe("rankTopK (pruned exact ranking)", () => {
  beforeAll(async () => {
    bodyId = (await makeBody({})).id;
    memberId = (await makeMember({})).id;
    const ids: number[] = [];
    for (let i = 0; i < 420; i++) ids.push(await addQuestion());
    // A question has one substantive answer; one answer in five answers two questions.
    for (let i = 0; i + 1 < 110; i++) {
      const linked = rnd() < 0.2 ? [ids[i]!, ids[++i]!] : [ids[i]!];
      await makeAnswer(linked, { html: `<p>${words(5 + Math.floor(rnd() * 80))}</p>` });
    }
    const file = env.DATABASE_URL.replace(/^file:/, "");
    const conn = new Database(file);
    try {
      // Pairs in 8 rows get lists here (256 in the app), and words in half the rows absent lists, so that this corpus has them.
      const built = buildRankIndex(conn, { pairMinRows: 8, absentMinShare: 0.5 });
      expect(built.lengthMismatches).toBe(0);
      expect(built.pairLists).toBeGreaterThan(10);
      // "A and C" is in a row in five: a three-word list, ranked from its exact counts.
      expect(built.tripleLists).toBeGreaterThan(0);
      // The tag's words share a prefix and the commonest few have long lists: merged for rk…*.
      expect(built.mergedLists).toBeGreaterThan(0);
      // "to" and "ask" (every text), "the", "of", "and".
      expect(built.absentLists).toBeGreaterThanOrEqual(5);
    } finally {
      conn.close();
    }
  }, 120_000);

  it("gives FTS5's pages and scores exactly, reading less than every posting of a common word", () => {
    checkAll("built");
    const common = rankTopK({ match: parseSearchQuery(A).match!, offset: 0, limit: 20, fewMatches: 0 })!;
    expect(common.total).toBeGreaterThan(200);
    expect(common.rowsScored).toBeLessThan(common.total!);
    // A prefix with several long expansions is ranked from its merged list without raising the limit on them.
    for (const q of [`${tag}*`, `${tag}* ${B}`]) {
      const merged = rankTopK({ match: parseSearchQuery(q).match!, offset: 0, limit: 20, fewMatches: 0 });
      expect(merged?.ids, q).toEqual(expected(parseSearchQuery(q).ftsQuery!, 0).ids);
    }
    // Alone, its count is the merged list's, exact while no row has changed since the build.
    const alone = rankTopK({ match: parseSearchQuery(`${tag}*`).match!, offset: 0, limit: 20, fewMatches: 0 })!;
    expect(alone.total).toBe(count(parseSearchQuery(`${tag}*`).ftsQuery!));
    // So is a two-word phrase's, from its pair's list, and a three-word one's from its own;
    // and phrases ORed whose short lists were read whole count the rows of any of them.
    for (const q of [`"${A} ${B}"`, `"${A} and ${C}"`, `"${A} ${B}" OR "${B} ${C}"`, `"${B} ${A}" OR "${A} and ${C}" OR "${C} ${D}"`]) {
      const phrase = rankTopK({ match: parseSearchQuery(q).match!, offset: 0, limit: 20, fewMatches: 0 })!;
      expect(phrase.total, q).toBe(count(parseSearchQuery(q).ftsQuery!));
      checkOne("phrases", q);
    }
  });

  it("ranks words whose lists are all short from the lists alone: no row looked up, every match counted", () => {
    for (const [q, filters] of [[`${A} ${B}`, undefined], [`${C} ${F} ${A}`, undefined], [`${D} OR ${E} ${B}`, undefined], [`${B} OR ${G}`, undefined], [`${B} ${E} -${C}`, undefined], [`${B} ${C}`, { status: "ANSWERED" }]] as const) {
      const parsed = parseSearchQuery(q);
      const filter = filters ? questionConditions({ ftsQuery: parsed.ftsQuery, filters, today: TODAY }) : null;
      const got = rankTopK({ match: parsed.match!, offset: 0, limit: 20, fewMatches: 0, filter, filters, today: TODAY, directScoringUpTo: 0, fromWholeLists: true })!;
      expect({ q, rowsScored: got.rowsScored, total: got.total }).toEqual({ q, rowsScored: 0, total: count(parsed.ftsQuery!, filter ?? "1") });
      expect(got.ids).toEqual(expected(parsed.ftsQuery!, 0, filter ?? "1").ids);
      // The other lists left long: the rows the rarest group leaves are looked up, best bound first, no more than there are.
      const looked = rankTopK({ match: parsed.match!, offset: 0, limit: 20, fewMatches: 0, filter, filters, today: TODAY, directScoringUpTo: 0, fromWholeLists: true, wholeUnitBlocks: 0 })!;
      expect(looked.ids).toEqual(got.ids);
      expect(looked.scores).toEqual(got.scores);
      if (parsed.match!.groups.length > 1 || parsed.match!.excluded.length) expect(looked.rowsScored, q).toBeGreaterThan(0);
    }
  });

  it("ranks a phrase whose pair list is whole, with a filter, from that list alone: no row looked up, every match counted", () => {
    const cases: [string, SearchSqlFilters][] = [
      [`"about ${A}"`, { status: "ANSWERED" }],
      [`"ask about"`, { from: new Date("2025-03-01T00:00:00Z") }],
    ];
    for (const [q, filters] of cases) {
      const parsed = parseSearchQuery(q);
      const filter = questionConditions({ ftsQuery: parsed.ftsQuery, filters, today: TODAY });
      // Chosen by cost (nothing forces the lists read whole).
      const got = rankTopK({ match: parsed.match!, offset: 0, limit: 20, fewMatches: 0, filter, filters, today: TODAY, directScoringUpTo: 0 })!;
      const total = count(parsed.ftsQuery!, filter);
      expect(total, q).toBeGreaterThan(20);
      expect({ q, rowsScored: got.rowsScored, total: got.total, ...expected(parsed.ftsQuery!, 0, filter) }).toEqual({ q, rowsScored: 0, total, ids: got.ids, scores: got.scores });
      // And as the search returns it: counted exactly.
      const found = searchQuestionIdsSqlite({ ftsQuery: parsed.ftsQuery, match: parsed.match, filters, order: "relevance", limit: 5, offset: 0, today: TODAY });
      expect({ q, total: found.total, approximate: found.totalApproximate }).toEqual({ q, total, approximate: undefined });
    }
    // Without a filter one word or phrase is left to the threshold algorithm, which reads only its best rows.
    const alone = rankTopK({ match: parseSearchQuery(`"about ${A}"`).match!, offset: 0, limit: 20, fewMatches: 0 })!;
    expect(alone.total).toBe(count(parseSearchQuery(`"about ${A}"`).ftsQuery!));
    expect(alone.rowsScored).toBeLessThan(alone.total!);
  });

  it("keeps whole the pair lists of words that come together, cutting the others", () => {
    const conn = new Database(env.DATABASE_URL.replace(/^file:/, ""));
    const all = (conn.prepare(`SELECT count(*) AS "n" FROM "search_doc"`).get() as { n: number }).n;
    /** Every pair list longer than one block: its rows, its words' rows, and whether it was cut (an empty last block). */
    const pairs = () =>
      conn
        .prepare(
          `SELECT t."term" AS "term", t."df" AS "rows", (SELECT length(b."data") FROM "search_block" b WHERE b."termId" = t."id" AND b."ord" = t."blocks" - 1) = 0 AS "cut"
           FROM "search_term" t WHERE t."term" >= char(2) AND t."term" < char(3) AND t."df" > 64`,
        )
        .all()
        .map((r) => {
          const { term, rows, cut } = r as { term: string; rows: number; cut: number };
          const [a, b] = term.slice(1).split(" ").map((w) => (conn.prepare(`SELECT "df" FROM "search_term" WHERE "term" = ?`).get(w) as { df: number }).df);
          // In at least 2% of all rows and at least half its rarer word's.
          return { term, rows, cut: cut === 1, together: rows * 50 >= all && rows * 2 >= Math.min(a!, b!) };
        });
    try {
      // Lists cut to their best block: those of words mostly together ("ask about", only in "To ask about A and C.") stay whole.
      buildRankIndex(conn, { cutBlocks: 1, pairMinRows: 8, absentMinShare: 0.5 });
      const built = pairs();
      expect(built.filter((p) => p.together).length).toBeGreaterThan(0);
      expect(built.filter((p) => !p.together && p.rows > 80).length).toBeGreaterThan(0);
      // Lists within a quarter of the one block they would keep are whole too.
      for (const p of built) expect(p).toEqual({ ...p, cut: !p.together && p.rows > 80 });
      expect(built.find((p) => p.term === pairListKey("ask", "about"))).toMatchObject({ cut: false });
      buildRankIndex(conn, { cutBlocks: 1, pairMinRows: 8, absentMinShare: 0.5, wholePairRows: 0 });
      expect(pairs().every((p) => p.cut || p.rows <= 80)).toBe(true);
      // Nor those in fewer than the share of all rows asked ("ask about" is in about a fifth of this corpus's; "to ask" in all).
      buildRankIndex(conn, { cutBlocks: 1, pairMinRows: 8, absentMinShare: 0.5, wholePairMinShare: 0.9 });
      const narrow = pairs();
      expect(narrow.find((p) => p.term === pairListKey("ask", "about"))).toMatchObject({ cut: true });
      for (const p of narrow) expect(p).toEqual({ ...p, cut: !(p.together && p.rows >= 0.9 * all) && p.rows > 80 });
    } finally {
      buildRankIndex(conn, { pairMinRows: 8, absentMinShare: 0.5 });
      conn.close();
    }
  });

  it("ranks words ANDed with one in nearly every row from the others' lists and its absent list: every match counted, few rows looked up", () => {
    for (const q of [`${E} of ${F}`, `${VOCAB[9]!} the`, `${G} ${VOCAB[8]!} and`, `${D} ask -${E}`]) {
      const parsed = parseSearchQuery(q);
      // Chosen by cost where the threshold algorithm would rank (it would leave the count to FTS5).
      const got = rankTopK({ match: parsed.match!, offset: 0, limit: 20, fewMatches: 0, absentFirst: true })!;
      const total = count(parsed.ftsQuery!);
      expect({ q, ids: got.ids, scores: got.scores, total: got.total }).toEqual({ q, ...expected(parsed.ftsQuery!, 0), total });
      // Only rows that could reach the page are looked up for the common word's count.

      // Only rows that could reach the page are looked up (in batches of 16) for the common word's share of their score.
      expect(got.rowsScored, q).toBeLessThanOrEqual(48);
      expect(total, q).toBeGreaterThan(60);
    }
  });

  it("reads the short lists of words ANDed whole once rows lacking their word have cost as much, with the same pages and fewer rows looked up", () => {
    let fewer = 0;
    for (const q of [`${B} ${E}`, `${C} ${F} ${A}`, `${D} ${G}`, `${E} ${F} ${G}`, `${B} ${C} ${D} ${E}`, `${A} ${VOCAB[9]!}`]) {
      const parsed = parseSearchQuery(q);
      for (const offset of [0, 20]) {
        const run = (readWhole: boolean) => rankTopK({ match: parsed.match!, offset, limit: 20, fewMatches: 0, readWhole, fromWholeLists: false })!;
        const [whole, lookups] = [run(true), run(false)];
        const want = expected(parsed.ftsQuery!, offset);
        expect({ q, offset, ids: whole.ids, scores: whole.scores }).toEqual({ q, offset, ids: want.ids, scores: want.scores });
        expect({ q, offset, ids: lookups.ids }).toEqual({ q, offset, ids: want.ids });
        expect(whole.rowsScored, q).toBeLessThanOrEqual(lookups.rowsScored);
        if (whole.rowsScored < lookups.rowsScored) fewer++;
      }
    }
    expect(fewer).toBeGreaterThan(2);
  });

  it("stays exact after random inserts, edits and deletes of questions and answers", async () => {
    const all = async () => (await db.question.findMany({ select: { id: true }, where: { answeringBodyId: bodyId } })).map((q) => q.id);
    for (let round = 0; round < 4; round++) {
      for (let op = 0; op < 15; op++) {
        const ids = await all();
        const r = rnd();
        if (r < 0.25) await addQuestion();
        else if (r < 0.38) await db.question.update({ where: { id: pick(ids) }, data: { heading: words(1 + Math.floor(rnd() * 3)) } });
        // Its filterable columns only: the rank index's copy of them is then stale for it.
        else if (r < 0.45) await db.question.update({ where: { id: pick(ids) }, data: { status: pick(["TABLED", "ANSWERED", "WITHDRAWN"] as const), dateTabled: pick(dates), dateForAnswer: pick(dates) } });
        else if (r < 0.6) await db.question.update({ where: { id: pick(ids) }, data: { text: `To ask ${words(10)}.` } });
        else if (r < 0.75) await db.question.delete({ where: { id: pick(ids) } });
        else if (r < 0.9) {
          const open = await db.question.findFirst({ where: { answeringBodyId: bodyId, answers: { none: {} } }, select: { id: true }, skip: Math.floor(rnd() * 50) });
          if (open) await makeAnswer([open.id], { html: `<p>${words(20)}</p>` });
        }
        else {
          const answer = await db.answerQuestion.findFirst({ where: { questionId: { in: ids } }, select: { answerId: true }, skip: Math.floor(rnd() * 20) });
          if (answer) await db.answer.update({ where: { id: answer.answerId }, data: { text: words(30) } });
        }
      }
      checkAll(`after round ${round + 1}`);
    }
    // A word only the new rows have is found, with its right count.
    const fresh = `${tag}zz`;
    await makeQuestion({ askingMemberId: memberId, answeringBodyId: bodyId, heading: `${fresh} ${A}`, text: "To ask." });
    const got = rankTopK({ match: parseSearchQuery(fresh).match!, offset: 0, limit: 20, fewMatches: 0 });
    expect(got?.ids.length).toBe(1);
    expect(got?.total).toBe(1);
    // And by a prefix whose merged list was built without it.
    checkOne("new word", `${tag}*`);
    checkOne("new word", `${tag}z*`);
  });

  it("ranks from cut merged prefix and pair lists, going on with their words' lists past the cut", () => {
    const conn = new Database(env.DATABASE_URL.replace(/^file:/, ""));
    try {
      buildRankIndex(conn, { cutBlocks: 3, pairMinRows: 8, wholePairRows: 0 });
      const ranked: boolean[] = [];
      for (const q of [`${tag}*`, `${tag}* ${B}`, `${tag}* -${A}`, `"${A} ${B}"`, `"${B} ${A}" ${C}`, `"${A} and ${C}"`]) {
        const parsed = parseSearchQuery(q);
        for (const offset of [0, 20, 45]) {
          const got = rankTopK({ match: parsed.match!, offset, limit: 20, fewMatches: 0 });
          ranked.push(got !== null);
          if (got) expect({ q, offset, ids: got.ids }).toEqual({ q, offset, ids: expected(parsed.ftsQuery!, offset).ids });
        }
      }
      expect(ranked.every(Boolean)).toBe(true);
    } finally {
      buildRankIndex(conn);
      conn.close();
    }
  });

  it("leaves an index of another layout to FTS5 until a settle rebuilds it (and merges FTS5's segments)", async () => {
    const conn = new Database(env.DATABASE_URL.replace(/^file:/, ""));
    try {
      // Questions written one transaction at a time: FTS5 holds them in several segments.
      expect(ftsSegments(conn)).toBeGreaterThan(1);
      conn.prepare(`UPDATE "search_rank_meta" SET "value" = 1 WHERE "key" = 'format'`).run();
      // A row changed meanwhile is not patched into it (its word lists are in another form).
      const some = (await db.question.findFirst({ where: { answeringBodyId: bodyId }, select: { id: true } }))!.id;
      await db.question.update({ where: { id: some }, data: { heading: `${A} ${C} layout` } });
      expect(refreshRankIndex(conn)).toBeNull();
      expect(rankTopK({ match: parseSearchQuery(A).match!, offset: 0, limit: 20, fewMatches: 0 })).toBeNull();
      expect(settleRankIndex(conn)).toBe("rebuilt");
      expect(ftsSegments(conn)).toBe(1);
      checkOne("rebuilt", `${A} ${B}`);
      checkAll("merged");
    } finally {
      conn.close();
    }
  });

  it("reports the postings FTS5 steps through to match a search (each word's rows, a phrase's words', a prefix's expansions'), which decide whether words alone are counted", () => {
    const reader = sqliteReader();
    const df = (term: string) => reader.get<{ n: number }>(`SELECT COALESCE(SUM("df"), 0) AS "n" FROM "search_term" WHERE "term" = ?`, [term])!.n;
    const expansions = (stem: string) => reader.get<{ n: number }>(`SELECT COALESCE(SUM("df"), 0) AS "n" FROM "search_term" WHERE "term" >= ? AND "term" < ?`, [stem, `${stem}\u{10FFFF}`])!.n;
    const cases: [string, number][] = [
      [`${A} ${B}`, df(A) + df(B)],
      [`"${A} and ${C}" ${B}`, df(A) + df("and") + df(C) + df(B)],
      [`${tag}k* ${A}`, expansions(`${tag}k`) + df(A)],
      [`${B} -${C}`, df(B) + df(C)],
    ];
    for (const [q, walk] of cases) {
      const ranked = rankTopK({ match: parseSearchQuery(q).match!, offset: 0, limit: 20, fewMatches: 0 });
      expect({ q, walk: ranked?.matchWalk }).toEqual({ q, walk });
      expect(walk).toBeGreaterThan(0);
    }
    // At 100k: net zero (bound 5,710, walk 11,445) counted; cost of living (bound 3,199; "of" in every row) by its bound; schools funding not.
    expect(countsExactly({ matchBound: 5_710, matchWalk: 11_445 })).toBe(true);
    expect(countsExactly({ matchBound: 3_199, matchWalk: 113_000 })).toBe(true);
    expect(countsExactly({ matchBound: 4_408, matchWalk: 19_326 })).toBe(true);
    expect(countsExactly({ matchBound: 14_918, matchWalk: 19_326 })).toBe(false);
    // Words alone: exact either way here (a bound under 5,000 rows).
    const found = searchQuestionIdsSqlite({ ftsQuery: parseSearchQuery(`${A} ${B}`).ftsQuery, match: parseSearchQuery(`${A} ${B}`).match, filters: {}, order: "relevance", limit: 5, offset: 0 });
    expect(found).toMatchObject({ total: count(parseSearchQuery(`${A} ${B}`).ftsQuery!, "1") });
    expect(found.totalApproximate).toBeUndefined();
  });

  it("counts the matches of a search from its rarest word's postings (estimated from a sample when they are many)", () => {
    for (const [q, filter] of [[`${A} ${B}`, undefined], [`${B} -${C}`, undefined], [`${A} ${C}`, `q."dateTabled" >= '2025-03-01'`], [A, `q."dateTabled" >= '2025-03-01'`]] as const) {
      const parsed = parseSearchQuery(q);
      const exact = count(parsed.ftsQuery!, filter);
      const est = estimateMatches({ match: parsed.match!, offset: 0, limit: 20, filter: filter ? { sql: filter, params: [] } : null });
      expect(est, q).not.toBeNull();
      // Sampled whole (this corpus's words have a few blocks), it is the count, unless changed rows were left out.
      if (est!.exact) expect(est!.count, q).toBe(exact);
      else expect(Math.abs(est!.count - exact), `${q}: ${est!.count} for ${exact}`).toBeLessThanOrEqual(Math.max(10, exact * 0.3));
    }
    // A two- or three-word phrase with a list of its own, nothing changed since the build: its rows with all its words stand for its rows.
    const conn = new Database(env.DATABASE_URL.replace(/^file:/, ""));
    try {
      buildRankIndex(conn, { pairMinRows: 8 });
    } finally {
      conn.close();
    }
    const cases: [string, Sql | null][] = [
      [`"${A} ${B}" ${C}`, null],
      [`"${A} ${B}"`, { sql: `q."dateTabled" >= ?`, params: ["2025-03-01"] }],
      [`"${A} and ${C}"`, { sql: `q."dateTabled" >= ?`, params: ["2025-03-01"] }],
    ];
    for (const [q, filter] of cases) {
      const parsed = parseSearchQuery(q);
      const exact = count(parsed.ftsQuery!, filter ?? "1");
      const est = estimateMatches({ match: parsed.match!, offset: 0, limit: 20, filter });
      expect(est?.exact, q).toBe(false);
      expect(Math.abs(est!.count - exact), `${q}: ${est!.count} for ${exact}`).toBeLessThanOrEqual(Math.max(10, exact * 0.3));
    }
    // A phrase of four words (no list of its own) would need the text: no estimate.
    expect(estimateMatches({ match: parseSearchQuery(`"to ask about ${A}"`).match!, offset: 0, limit: 20, filter: { sql: "1", params: [] } })).toBeNull();
  });

  it("is what searchQuestions returns for words alone", async () => {
    const q = `${A} ${B}`;
    const want = expected(parseSearchQuery(q).ftsQuery!, 0).ids;
    const res = await searchQuestions({ q });
    expect(res.items.map((i) => i.question.id)).toEqual(want);
  });
});
