import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { searchQuestions, type SearchResult } from "@/lib/data/search";
import { searchQuestionIdsSqlite } from "@/lib/data/search-sqlite";
import { createFigure } from "@/lib/data/figures";
import { seedFoundingCase } from "@/prisma/seed/founding-case";
import { makeAnswer, makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";

/** A word no other test (or the seed) uses: one FTS5 token. */
const uniqueWord = () => `zq${Math.random().toString(36).slice(2, 10)}`;
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const uins = (r: SearchResult) => r.items.map((i) => i.question.uin);
const ids = (r: SearchResult) => r.items.map((i) => i.question.id);
const plain = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

beforeAll(async () => {
  await seedFoundingCase(db);
});

describe("searchQuestions: the founding case", () => {
  it('finds 95752 for "tracing" with a snippet from Norris\'s answer', async () => {
    const r = await searchQuestions({ q: "tracing" });
    expect(r.notices).toEqual([]);
    const item = r.items.find((i) => i.question.uin === "95752");
    expect(item).toBeDefined();
    expect(item!.snippetSource).toBe("answer");
    expect(item!.answer).toMatchObject({ kind: "SUBSTANTIVE", answeringMemberName: "Alex Norris", dateAnswered: "2025-12-17" });
    expect(plain(item!.snippetSegments)).toContain("c.65 staff");
    expect(item!.snippetSegments.filter((s) => s.hit).map((s) => s.text.toLowerCase())).toContain("tracing");
    expect(item!.question).toMatchObject({ house: "COMMONS", askingMember: { name: "Rupert Lowe" }, answeringBody: { name: "Home Office" }, dateTabled: "2025-12-01", overdue: false });
    expect(Object.keys(item!.question).sort()).toEqual(["answeringBody", "askingMember", "dateTabled", "heading", "house", "id", "overdue", "status", "uin"]);
  });

  it("finds it by the figure as written and by a prefix", async () => {
    expect(uins(await searchQuestions({ q: '"c.65 staff"' }))).toContain("95752");
    expect(uins(await searchQuestions({ q: "c.65" }))).toContain("95752");
    expect(uins(await searchQuestions({ q: "trac* absconders" }))).toContain("95752");
  });
});

describe("searchQuestions: filters", () => {
  it("narrows by member, department, dates and status, counting the same way", async () => {
    const w = uniqueWord();
    const member = await makeMember();
    const other = await makeMember();
    const body = await makeBody();
    const a = await makeQuestion({ askingMemberId: member.id, answeringBodyId: body.id, dateTabled: day("2025-11-03"), text: `About ${w} one` });
    const b = await makeQuestion({ askingMemberId: member.id, answeringBodyId: body.id, dateTabled: day("2025-11-10"), text: `About ${w} two` });
    const c = await makeQuestion({ askingMemberId: other.id, dateTabled: day("2025-11-10"), text: `About ${w} three` });
    await makeAnswer([b.id], { dateAnswered: day("2025-11-12"), html: "<p>Answered.</p>" });

    expect((await searchQuestions({ q: w })).total).toBe(3);
    expect(ids(await searchQuestions({ q: w, memberId: member.id, order: "newest" }))).toEqual([b.id, a.id]);
    expect(ids(await searchQuestions({ q: w, answeringBodyId: c.answeringBodyId }))).toEqual([c.id]);
    expect(ids(await searchQuestions({ q: w, from: day("2025-11-04") })).sort()).toEqual([b.id, c.id].sort());
    // "to" takes in its whole day.
    expect(ids(await searchQuestions({ q: w, to: day("2025-11-03") }))).toEqual([a.id]);
    expect(ids(await searchQuestions({ q: w, from: day("2025-11-03"), to: day("2025-11-03") }))).toEqual([a.id]);
    expect(ids(await searchQuestions({ q: w, status: "ANSWERED" }))).toEqual([b.id]);
    const overdue = await searchQuestions({ q: w, status: "OVERDUE" });
    expect(ids(overdue).sort()).toEqual([a.id, c.id].sort());
    expect(overdue.items.every((i) => i.question.overdue)).toBe(true);
  });

  it("browses by newest with filters and no words, and returns nothing with neither", async () => {
    const member = await makeMember();
    const older = await makeQuestion({ askingMemberId: member.id, dateTabled: day("2025-10-01") });
    const newer = await makeQuestion({ askingMemberId: member.id, dateTabled: day("2025-10-02") });
    const r = await searchQuestions({ memberId: member.id });
    expect(ids(r)).toEqual([newer.id, older.id]);
    expect(r.items[0]!.snippetSource).toBe("question");
    expect(r.items[0]!.headingSegments.some((s) => s.hit)).toBe(false);
    expect(await searchQuestions({})).toMatchObject({ total: 0, items: [] });
    // Only exclusions: the filters browse, leaving the excluded words out.
    const onlyNot = await searchQuestions({ q: "-tracing", memberId: member.id });
    expect(onlyNot.notices).toEqual([]);
    expect(ids(onlyNot)).toEqual([newer.id, older.id]);
    expect(ids(await searchQuestions({ q: `-${older.heading.split(" ")[0]} -"${older.text}"`, memberId: member.id }))).toEqual([]);
    // Only exclusions and no filter: a notice, nothing searched.
    expect((await searchQuestions({ q: "-tracing" })).notices.join(" ")).toMatch(/only of words to leave out/);
  });

  it("pages, never more than 50 at a time", async () => {
    const w = uniqueWord();
    const body = await makeBody();
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await makeQuestion({ answeringBodyId: body.id, dateTabled: day(`2025-09-0${i + 1}`), text: `Paging ${w}` }));
    const p2 = await searchQuestions({ q: w, order: "newest", page: 2, pageSize: 2 });
    expect(p2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(ids(p2)).toEqual([made[2]!.id, made[1]!.id]);
    expect((await searchQuestions({ q: w, pageSize: 500 })).pageSize).toBe(50);
    expect(await searchQuestions({ q: w, page: 9 })).toMatchObject({ total: 5, items: [] });
  });

  it("keeps only questions with an unresolved or declined figure", async () => {
    const w = uniqueWord();
    const body = await makeBody();
    const viaAnswer = await makeQuestion({ answeringBodyId: body.id, text: `Figures ${w} one` });
    const viaAsked = await makeQuestion({ answeringBodyId: body.id, text: `Figures ${w} two` });
    const stated = await makeQuestion({ answeringBodyId: body.id, text: `Figures ${w} three` });
    const grouped = await makeQuestion({ answeringBodyId: body.id, text: `Figures ${w} four` });
    const ans = await makeAnswer([viaAnswer.id, grouped.id]);
    const ans3 = await makeAnswer([stated.id]);
    await createFigure({ measure: `Unresolved ${w}`, status: "UNRESOLVED", sourceAnswerId: ans.id });
    await createFigure({ measure: `Declined ${w}`, status: "DECLINED", sourceTitle: "Press", askedInQuestionId: viaAsked.id });
    await createFigure({ measure: `Stated ${w}`, status: "STATED", value: 3, sourceAnswerId: ans3.id, askedInQuestionId: stated.id });

    const all = await searchQuestions({ q: w });
    expect(all.total).toBe(4);
    const open = await searchQuestions({ q: w, hasUnresolvedFigures: true });
    expect(ids(open).sort()).toEqual([viaAnswer.id, viaAsked.id, grouped.id].sort());
    expect(ids(await searchQuestions({ answeringBodyId: body.id, hasUnresolvedFigures: true })).sort()).toEqual(ids(open).sort());
    expect((await searchQuestions({ q: w, hasUnresolvedFigures: false })).total).toBe(4);
  });
});

describe("searchQuestions: ranking and snippets", () => {
  it("puts a heading match above an answer-only match, whatever the dates", async () => {
    const w = uniqueWord();
    const inAnswer = await makeQuestion({ dateTabled: day("2025-12-20"), heading: "Something else", text: "A question." });
    await makeAnswer([inAnswer.id], { dateAnswered: day("2025-12-22"), html: `<p>The ${w} is mentioned here.</p>` });
    const inHeading = await makeQuestion({ dateTabled: day("2025-01-05"), heading: `The ${w} question`, text: "A question." });
    const r = await searchQuestions({ q: w });
    expect(ids(r)).toEqual([inHeading.id, inAnswer.id]);
    expect(r.items[0]!.headingSegments).toEqual([
      { text: "The ", hit: false },
      { text: w, hit: true },
      { text: " question", hit: false },
    ]);
    expect(r.items[0]!.snippetSource).toBe("question");
    expect(r.items[1]!.snippetSource).toBe("answer");
    expect(ids(await searchQuestions({ q: w, order: "newest" }))).toEqual([inAnswer.id, inHeading.id]);
  });

  it("weights heading ×3 over question text ×2 over answer text ×1", async () => {
    const w = uniqueWord();
    // Same length everywhere, so only the column weights tell them apart.
    const inAnswer = await makeQuestion({ dateTabled: day("2025-03-03"), heading: "Filler words here", text: "Filler words here." });
    await makeAnswer([inAnswer.id], { html: `<p>${w} words here.</p>` });
    const inText = await makeQuestion({ dateTabled: day("2025-03-02"), heading: "Filler words here", text: `${w} words here.` });
    const inHeading = await makeQuestion({ dateTabled: day("2025-03-01"), heading: `${w} words here`, text: "Filler words here." });
    expect(ids(await searchQuestions({ q: w }))).toEqual([inHeading.id, inText.id, inAnswer.id]);
  });

  it("breaks ties by recency: newest tabled first, then the later id", async () => {
    const w = uniqueWord();
    const same = { heading: `Tie ${w}`, text: "Identical text for a tie." };
    const older = await makeQuestion({ ...same, dateTabled: day("2025-04-01") });
    const newer = await makeQuestion({ ...same, dateTabled: day("2025-04-02") });
    const newerLaterId = await makeQuestion({ ...same, dateTabled: day("2025-04-02") });
    expect(ids(await searchQuestions({ q: w }))).toEqual([newerLaterId.id, newer.id, older.id]);
  });

  it("makes an answer searchable as soon as it is added (triggers)", async () => {
    const w = uniqueWord();
    const q = await makeQuestion({ text: "Nothing special yet." });
    expect((await searchQuestions({ q: w })).total).toBe(0);
    await makeAnswer([q.id], { html: `<p>Now the answer mentions ${w}.</p>` });
    const r = await searchQuestions({ q: w });
    expect(ids(r)).toEqual([q.id]);
    expect(r.items[0]!.snippetSource).toBe("answer");
    expect(r.items[0]!.snippetSegments).toContainEqual({ text: w, hit: true });
  });

  it("reads every answer of each result, an answer to two questions with both, and snips the one with the words", async () => {
    const w = uniqueWord();
    const body = await makeBody({});
    const asked = { answeringBodyId: body.id, dateTabled: day("2025-10-01") };
    const one = await makeQuestion({ ...asked, heading: `Grouped ${w}`, text: "Asked once." });
    const two = await makeQuestion({ ...asked, heading: `Grouped ${w} too`, text: "Asked twice." });
    const bare = await makeQuestion({ ...asked, heading: `Grouped ${w} unanswered`, text: `The question itself says ${w}.` });
    await makeAnswer([one.id], { kind: "HOLDING", dateAnswered: day("2025-11-01"), html: "<p>A holding reply.</p>" });
    const shared = await makeAnswer([one.id, two.id], { dateAnswered: day("2025-11-20"), html: `<p>The joint answer gives ${w}.</p>` });
    const r = await searchQuestions({ q: w });
    expect(ids(r).sort()).toEqual([one.id, two.id, bare.id].sort());
    for (const item of r.items.filter((i) => i.question.id !== bare.id)) {
      expect(item.snippetSource).toBe("answer");
      expect(item.answer).toMatchObject({ id: shared.id, kind: "SUBSTANTIVE", dateAnswered: "2025-11-20" });
      expect(plain(item.snippetSegments)).toBe(`The joint answer gives ${w}.`);
    }
    const unanswered = r.items.find((i) => i.question.id === bare.id)!;
    expect(unanswered.snippetSource).toBe("question");
    expect(unanswered.answer).toBeUndefined();
    expect(plain(unanswered.snippetSegments)).toBe(`The question itself says ${w}.`);
  });

  it("never throws on hostile input", async () => {
    const hostile = ['"', "AND", "NEAR(", "*", "-", "col:term", "heading:tracing", "^", "😀", "OR", "NOT", "x".repeat(5000), "'; DROP TABLE \"Question\"; --"];
    for (const q of hostile) {
      const r = await searchQuestions({ q });
      expect(Array.isArray(r.items)).toBe(true);
      expect(r.total).toBeGreaterThanOrEqual(0);
    }
    expect(await db.question.count()).toBeGreaterThan(0);
  });

  it("turns an FTS5 error into a notice, not an exception", async () => {
    expect(() => searchQuestionIdsSqlite({ ftsQuery: "NEAR(", filters: {}, order: "relevance", limit: 1, offset: 0 })).toThrow();
    vi.resetModules();
    vi.doMock("@/lib/search/query", () => ({ parseSearchQuery: () => ({ ftsQuery: "NEAR(", excludeQuery: null, terms: [], filters: [], notices: [] }) }));
    try {
      const fresh = await import("@/lib/data/search");
      const r = await fresh.searchQuestions({ q: "anything" });
      expect(r.total).toBe(0);
      expect(r.items).toEqual([]);
      expect(r.notices.join(" ")).toMatch(/could not be run/);
    } finally {
      vi.doUnmock("@/lib/search/query");
      vi.resetModules();
    }
  });
});
