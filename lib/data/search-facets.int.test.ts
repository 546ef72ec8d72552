import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resolveSearchCriteria, searchQuestions } from "@/lib/data/search";
import { FACET_SAMPLE_SIZE, roundEstimate, searchFacets } from "@/lib/data/search-facets";
import { searchFacetCountsSqlite } from "@/lib/data/search-facets-sqlite";
import { makeAnswer, makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";

/** Facet counts on a small corpus of our own (the database is shared: every search carries our word). */
const suffix = Math.random().toString(36).slice(2, 9);
const w = `zqf${suffix}`;
const day = (s: string) => new Date(`${s}T00:00:00Z`);

const made: { id: number; bodyId: number; memberId: number; year: number; status: string }[] = [];
let bodyA: { id: number; name: string }, bodyB: { id: number; name: string };
let memberA: { id: number; name: string }, memberB: { id: number; name: string };

beforeAll(async () => {
  bodyA = await makeBody({ name: `Facet Office ${suffix}` });
  bodyB = await makeBody({ name: `Facet Department ${suffix}` });
  memberA = await makeMember({ name: `Facet Asker ${suffix}` });
  memberB = await makeMember({ name: `Facet Other ${suffix}` });
  // A: 3 questions (2025, 2025, 2024), B: 2 (2023); answered: the first of each.
  const plan = [
    { body: bodyA, member: memberA, date: "2025-03-01", answer: true },
    { body: bodyA, member: memberA, date: "2025-06-01", answer: false },
    { body: bodyA, member: memberB, date: "2024-02-01", answer: false },
    { body: bodyB, member: memberB, date: "2023-05-01", answer: true },
    { body: bodyB, member: memberA, date: "2023-07-01", answer: false },
  ];
  for (const p of plan) {
    const q = await makeQuestion({ askingMemberId: p.member.id, answeringBodyId: p.body.id, dateTabled: day(p.date), text: `Facets ${w} question.` });
    if (p.answer) await makeAnswer([q.id], { dateAnswered: day(p.date.replace(/-01$/, "-10")) });
    made.push({ id: q.id, bodyId: p.body.id, memberId: p.member.id, year: Number(p.date.slice(0, 4)), status: p.answer ? "ANSWERED" : "TABLED" });
  }
});

describe("search facets", () => {
  it("counts the matches by department, member, year and status, exactly for a small result", async () => {
    const r = await searchQuestions({ q: w, facets: true });
    expect(r.total).toBe(5);
    expect(r.facetsApproximate).toBe(false);
    expect(r.facets!.department).toEqual([
      { id: bodyA.id, name: bodyA.name, count: 3 },
      { id: bodyB.id, name: bodyB.name, count: 2 },
    ]);
    expect(r.facets!.member).toEqual([
      { id: memberA.id, name: memberA.name, count: 3 },
      { id: memberB.id, name: memberB.name, count: 2 },
    ]);
    // Newest year first.
    expect(r.facets!.year).toEqual([
      { year: 2025, count: 2 },
      { year: 2024, count: 1 },
      { year: 2023, count: 2 },
    ]);
    // Unanswered and long past due: all three TABLED are also overdue.
    expect(r.facets!.status).toEqual([
      { status: "TABLED", count: 3 },
      { status: "OVERDUE", count: 3 },
      { status: "ANSWERED", count: 2 },
    ]);
  });

  it("counts within the filters, from the form and from the query", async () => {
    const r = await searchQuestions({ q: `${w} date:2025`, answeringBodyId: bodyA.id, facets: true });
    expect(r.total).toBe(2);
    expect(r.facets!.department).toEqual([{ id: bodyA.id, name: bodyA.name, count: 2 }]);
    expect(r.facets!.year).toEqual([{ year: 2025, count: 2 }]);
    // Filters alone (no words): the same counts from the Question indexes.
    const f = await searchQuestions({ q: `member:"facet asker ${suffix}"`, facets: true });
    expect(f.total).toBe(3);
    expect(f.facets!.member).toEqual([{ id: memberA.id, name: memberA.name, count: 3 }]);
    expect(f.facets!.department.map((d) => [d.id, d.count])).toEqual([
      [bodyA.id, 2],
      [bodyB.id, 1],
    ]);
  });

  it("gives empty facets when nothing matches, and none unless asked", async () => {
    const none = await searchQuestions({ q: `${w} house:lords`, facets: true });
    expect(none.facets).toEqual({ department: [], member: [], year: [], status: [] });
    expect(none.facetsApproximate).toBe(false);
    expect((await searchQuestions({ q: w })).facets).toBeUndefined();
  });

  it("keeps the top ten of each facet", async () => {
    const x = `zqg${suffix}`;
    for (let i = 0; i < 12; i++) await makeQuestion({ text: `Many ${x} bodies ${i}` });
    const r = await searchQuestions({ q: x, facets: true });
    expect(r.total).toBe(12);
    expect(r.facets!.department).toHaveLength(10);
    expect(r.facets!.member).toHaveLength(10);
  });

  it("counts a large result on a sample spread over the ids, scaled up and flagged approximate", async () => {
    const { parsed, filters } = await resolveSearchCriteria({ q: w });
    const req = { ftsQuery: parsed.ftsQuery, filters };
    // Every second id: the sample is exactly the even ids among ours.
    const sample = searchFacetCountsSqlite(req, { stride: 2, perFacet: 10, maxRows: 100 });
    const even = made.filter((m) => m.id % 2 === 0);
    expect(sample.counted).toBe(even.length);
    const years = sample.rows.filter((r) => r.facet === "year");
    for (const y of years) expect(y.count).toBe(even.filter((m) => String(m.year) === y.key).length);

    // As if there were 12,000 matches: the stride is 3 and counts are estimates of the total.
    const total = 12_000;
    const est = await searchFacets(req, total);
    expect(est.approximate).toBe(true);
    const third = made.filter((m) => m.id % Math.ceil(total / FACET_SAMPLE_SIZE) === 0);
    expect(est.counted).toBe(third.length);
    if (third.length) {
      const sum = est.facets.department.reduce((n, d) => n + d.count, 0);
      expect(sum).toBeGreaterThan(total * 0.9);
      expect(sum).toBeLessThan(total * 1.1);
    }
  });

  it("rounds estimates to two significant figures, never to zero", () => {
    expect(roundEstimate(0)).toBe(0);
    expect(roundEstimate(0.4)).toBe(1);
    expect(roundEstimate(57.4)).toBe(57);
    expect(roundEstimate(12_345)).toBe(12_000);
    expect(roundEstimate(987)).toBe(990);
  });
});
