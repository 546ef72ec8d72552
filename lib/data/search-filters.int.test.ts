import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resolveSearchCriteria, searchQuestions, type SearchResult } from "@/lib/data/search";
import { chooseFilterFirst, searchQuestionIdsSqlite } from "@/lib/data/search-sqlite";
import { listSearchExportQuestions, rankSearchExport } from "@/lib/data/search-export";
import { createFigure } from "@/lib/data/figures";
import { makeAnswer, makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";

/**
 * Field filters typed in the query (member:, dept:, uin:, status:, has:,
 * nonanswer:, date:, house:) on a corpus of four questions of our own. The
 * database is shared with other test files, so every search carries a word
 * (or a name) only this file uses.
 */
const suffix = Math.random().toString(36).slice(2, 9);
const w = `zqw${suffix}`;
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const ids = (r: SearchResult) => r.items.map((i) => i.question.id);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const digits = () => String(Math.floor(100_000 + Math.random() * 899_999));

let q1: number, q2: number, q3: number, q4: number;
let mA: number, d1: number;
const lordsUin = `HL${digits()}`;
const scotsUin = `S6W-${digits()}`;

beforeAll(async () => {
  const a = await makeMember({ name: `Áine Zqa${suffix}` });
  const b = await makeMember({ name: `Bram Zqb${suffix}`, house: "LORDS" });
  const c = await makeMember({ name: `Ceit Zqc${suffix}`, house: "SCOTTISH" });
  const body1 = await makeBody({ name: `Zqd${suffix} Office` });
  const body2 = await makeBody({ name: `Department of Zqe${suffix}` });
  mA = a.id;
  d1 = body1.id;

  // Unanswered and past its due date: TABLED and overdue. Mentions its member's name (never highlighted as a filter).
  q1 = (await makeQuestion({ askingMemberId: a.id, answeringBodyId: body1.id, dateTabled: day("2025-11-03"), heading: "Alpha", text: `Alpha ${w} asked by Zqa${suffix}.` })).id;
  // Answered; the answer declined on cost.
  q2 = (await makeQuestion({ askingMemberId: a.id, answeringBodyId: body2.id, dateTabled: day("2025-12-10"), heading: "Beta", text: `Beta ${w} question.` })).id;
  const ans2 = await makeAnswer([q2], { dateAnswered: day("2025-12-15"), html: "<p>The answer is given.</p>" });
  await db.nonAnswer.deleteMany({ where: { answerId: ans2.id } });
  await db.nonAnswer.create({ data: { answerId: ans2.id, kind: "disproportionate_cost", quote: "at disproportionate cost", start: 0, end: 10 } });
  // A Lords question with a holding answer.
  q3 = (await makeQuestion({ house: "LORDS", uin: lordsUin, askingMemberId: b.id, answeringBodyId: body1.id, dateTabled: day("2024-06-01"), heading: "Gamma", text: `Gamma ${w} question.` })).id;
  const ans3 = await makeAnswer([q3], { kind: "HOLDING", dateAnswered: day("2024-06-05"), html: "<p>I will reply shortly.</p>" });
  await db.nonAnswer.deleteMany({ where: { answerId: ans3.id } });
  // A Scottish question whose answer left a figure open.
  q4 = (await makeQuestion({ house: "SCOTTISH", uin: scotsUin, askingMemberId: c.id, answeringBodyId: body2.id, dateTabled: day("2025-12-31"), heading: "Delta", text: `Delta ${w} question.` })).id;
  const ans4 = await makeAnswer([q4], { dateAnswered: day("2026-01-05"), html: "<p>The figure is not given.</p>" });
  await db.nonAnswer.deleteMany({ where: { answerId: ans4.id } });
  await createFigure({ measure: `Open figure ${w}`, status: "UNRESOLVED", sourceAnswerId: ans4.id });
});

const search = (q: string, extra: Parameters<typeof searchQuestions>[0] = {}) => searchQuestions({ q, ...extra });
const found = async (q: string, extra: Parameters<typeof searchQuestions>[0] = {}) => sorted(ids(await search(q, extra)));

describe("query field filters", () => {
  it("the fixture: the word alone finds all four", async () => {
    expect(await found(w)).toEqual(sorted([q1, q2, q3, q4]));
  });

  it("member: matches a name word, a quoted name, case and accents ignored", async () => {
    expect(await found(`${w} member:zqa${suffix}`)).toEqual(sorted([q1, q2]));
    expect(await found(`${w} member:"AINE ZQA${suffix}"`)).toEqual(sorted([q1, q2]));
    // Words in the order of the name or of the sort name ("Lowe, Rupert"), not any order.
    expect(await found(`${w} member:"zqa${suffix} aine"`)).toEqual([]);
    await db.member.update({ where: { id: mA }, data: { sortName: `Zqa${suffix}, Áine` } });
    expect(await found(`${w} member:"zqa${suffix} aine"`)).toEqual(sorted([q1, q2]));
    expect(await found(`${w} member:zqb${suffix}`)).toEqual([q3]);
    expect(await found(`${w} member:zqa${suffix.slice(0, 3)}*`)).toEqual(sorted([q1, q2]));
  });

  it("member: and dept: that match nobody give no results and say so", async () => {
    const r = await search(`${w} member:nobody${suffix}`);
    expect(r.total).toBe(0);
    expect(r.notices.join(" ")).toMatch(new RegExp(`No member’s name matches “nobody${suffix}”`));
    const d = await search(`dept:"nothing ${suffix}"`);
    expect(d.total).toBe(0);
    expect(d.notices.join(" ")).toMatch(/No department’s name matches/);
  });

  it("dept: matches the answering body by name words", async () => {
    expect(await found(`${w} dept:"zqd${suffix} office"`)).toEqual(sorted([q1, q3]));
    expect(await found(`${w} department:zqe${suffix}`)).toEqual(sorted([q2, q4]));
  });

  it("uin: finds one question in each house", async () => {
    const commonsUin = (await db.question.findUniqueOrThrow({ where: { id: q1 } })).uin;
    expect(await found(`uin:${commonsUin} member:zqa${suffix}`)).toEqual([q1]);
    expect(await found(`uin:${lordsUin.toLowerCase()}`)).toEqual([q3]);
    expect(await found(`uin:${scotsUin}`)).toEqual([q4]);
    expect(await found(`${w} uin:${lordsUin} uin:${scotsUin}`)).toEqual(sorted([q3, q4]));
  });

  it("status: unanswered, holding, answered, overdue, and lists", async () => {
    const today = new Date();
    expect(today > day("2025-11-05")).toBe(true); // q1 and q3 are past their due dates.
    expect(await found(`${w} status:unanswered`)).toEqual([q1]);
    expect(await found(`${w} status:holding`)).toEqual([q3]);
    expect(await found(`${w} status:answered`)).toEqual(sorted([q2, q4]));
    expect(await found(`${w} status:corrected`)).toEqual([]);
    expect(await found(`${w} status:overdue`)).toEqual(sorted([q1, q3]));
    expect(await found(`${w} status:unanswered,holding`)).toEqual(sorted([q1, q3]));
    expect(await found(`${w} -status:answered`)).toEqual(sorted([q1, q3]));
  });

  it("has:unresolved and nonanswer:", async () => {
    expect(await found(`${w} has:unresolved`)).toEqual([q4]);
    expect(await found(`${w} -has:unresolved`)).toEqual(sorted([q1, q2, q3]));
    expect(await found(`${w} nonanswer:disproportionate_cost`)).toEqual([q2]);
    expect(await found(`${w} nonanswer:not_held`)).toEqual([]);
    expect(await found(`${w} nonanswer:not_held,disproportionate_cost`)).toEqual([q2]);
  });

  it("date: days, months, years and open ranges of the tabled date", async () => {
    expect(await found(`${w} date:2025-12`)).toEqual(sorted([q2, q4]));
    expect(await found(`${w} date:2025-12-01..2025-12-31`)).toEqual(sorted([q2, q4]));
    expect(await found(`${w} date:2025`)).toEqual(sorted([q1, q2, q4]));
    expect(await found(`${w} date:2025-11-03`)).toEqual([q1]);
    expect(await found(`${w} date:2025-12-10..`)).toEqual(sorted([q2, q4]));
    expect(await found(`${w} date:..2025-11-03`)).toEqual(sorted([q1, q3]));
    expect(await found(`${w} date:2024 date:2025-11`)).toEqual(sorted([q1, q3]));
  });

  it("house:", async () => {
    expect(await found(`${w} house:lords`)).toEqual([q3]);
    expect(await found(`${w} house:scottish`)).toEqual([q4]);
    expect(await found(`${w} house:commons`)).toEqual(sorted([q1, q2]));
    expect(await found(`${w} house:lords house:scottish`)).toEqual(sorted([q3, q4]));
    expect(await found(`${w} -house:commons`)).toEqual(sorted([q3, q4]));
  });

  it("combines filters with each other and with the form's filters (AND)", async () => {
    expect(await found(`${w} member:zqa${suffix} status:answered`)).toEqual([q2]);
    expect(await found(`${w} status:answered`, { memberId: mA })).toEqual([q2]);
    expect(await found(`${w} house:lords`, { answeringBodyId: d1 })).toEqual([q3]);
    expect(await found(`${w} date:2025`, { from: day("2025-12-01") })).toEqual(sorted([q2, q4]));
    expect(await found(`${w} member:zqa${suffix}`, { memberId: mA + 100_000 })).toEqual([]);
  });

  it("pages of a filtered search carry the whole count, past the last page too", async () => {
    for (const order of ["relevance", "newest"] as const) {
      const pages = [];
      for (let page = 1; page <= 4; page++) pages.push(await search(`${w} -house:scottish`, { pageSize: 1, page, order }));
      expect(pages.map((p) => p.total)).toEqual([3, 3, 3, 3]);
      expect(sorted(pages.flatMap(ids))).toEqual(sorted([q1, q2, q3]));
      expect(pages[3]!.items).toEqual([]);
    }
    expect((await search(`${w} status:answered`, { pageSize: 1 })).total).toBe(2);
    expect((await search(`${w} status:corrected`, { pageSize: 1, page: 2 })).total).toBe(0);
  });

  it("finds the same whether the filtered questions are gathered first or each match is looked up", async () => {
    const queries = [
      `${w} member:zqa${suffix}`,
      `${w} dept:zqd${suffix} status:holding`,
      `${w} date:2025-12`,
      `${w} status:overdue`,
      `${w} nonanswer:disproportionate_cost`,
      `${w} member:zqa${suffix} -status:answered`,
      `${w} has:unresolved`,
    ];
    for (const q of queries) {
      const { parsed, filters } = await resolveSearchCriteria({ q });
      for (const order of ["relevance", "newest"] as const) {
        const run = (filterFirst: boolean) => searchQuestionIdsSqlite({ ftsQuery: parsed.ftsQuery, filters, filterFirst, order, limit: 20, offset: 0 });
        expect(run(true), q).toEqual(run(false));
      }
    }
    // A small indexed filter is gathered first (open figures may be too: both plans are compared above); a negated one never is.
    const member = await resolveSearchCriteria({ q: `${w} member:zqa${suffix}` });
    expect(chooseFilterFirst({ ftsQuery: member.parsed.ftsQuery, filters: member.filters })).toBe(true);
    const notMember = await resolveSearchCriteria({ q: `${w} -member:zqa${suffix}` });
    expect(chooseFilterFirst({ ftsQuery: notMember.parsed.ftsQuery, filters: notMember.filters })).toBe(false);
  });

  it("a query of filters alone lists the newest first, with snippets from the question and nothing highlighted", async () => {
    const r = await search(`member:zqa${suffix}`, { order: "relevance" });
    expect(ids(r)).toEqual([q2, q1]);
    expect(r.notices).toEqual([]);
    for (const item of r.items) {
      expect(item.headingSegments.some((s) => s.hit)).toBe(false);
      expect(item.snippetSegments.some((s) => s.hit)).toBe(false);
      expect(item.snippetSource).toBe("question");
    }
  });

  it("highlights the words looked for, never a filter's value", async () => {
    const r = await search(`alpha member:zqa${suffix} dept:zqd${suffix}`);
    expect(ids(r)).toEqual([q1]);
    const hits = r.items[0]!.snippetSegments.filter((s) => s.hit).map((s) => s.text.toLowerCase());
    expect(hits).toContain("alpha");
    expect(hits).not.toContain(`zqa${suffix}`);
    expect(r.items[0]!.headingSegments).toEqual([{ text: "Alpha", hit: true }]);
  });

  it("leaves out -words from a search of filters alone", async () => {
    expect(ids(await search(`member:zqa${suffix} -alpha`))).toEqual([q2]);
    const noFilter = await search("-alpha");
    expect(noFilter.total).toBe(0);
    expect(noFilter.notices.join(" ")).toMatch(/only of words to leave out/);
  });

  it("reads broken syntax as words, with a notice, never an error", async () => {
    const unknown = await search(`${w} foo:bar`);
    expect(unknown.total).toBe(0); // "foo bar" is now a phrase to find.
    expect(unknown.notices.join(" ")).toMatch(/“foo:” is not a search filter/);
    const badDate = await search(`${w} date:2025-13-45`);
    expect(badDate.notices.join(" ")).toMatch(/was searched for as words/);
    const unclosed = await search(`${w} member:"aine zqa${suffix}`);
    expect(unclosed.notices.join(" ")).toMatch(/quotation mark/);
    for (const q of ["member:", "date:..", "uin:*", ':"', "NOT status:", "-:", "NEAR AND NOT OR", `status:${"x".repeat(9000)}`]) {
      const r = await search(q);
      expect(Array.isArray(r.items)).toBe(true);
    }
  });

  it("exports what the search finds, filters included", async () => {
    const answered = await listSearchExportQuestions(await rankSearchExport({ q: `${w} status:answered` }));
    expect(sorted(answered.map((q) => q.id))).toEqual(sorted([q2, q4]));
    expect(sorted((await rankSearchExport({ q: `${w} house:lords` }))!)).toEqual([q3]);
    const byMember = await listSearchExportQuestions(await rankSearchExport({ q: `member:zqa${suffix}` }));
    expect(byMember.map((q) => q.id)).toEqual([q2, q1]);
    expect(await rankSearchExport({ q: `${w} member:nobody${suffix}` })).toEqual([]);
  });
});
