import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/search/route";
import { db } from "@/lib/db";
import type { SearchResult } from "@/lib/data/search";
import { seedFoundingCase } from "@/prisma/seed/founding-case";

const get = (qs: string) => GET(new Request(`http://test/api/search${qs}`));

beforeAll(async () => {
  await seedFoundingCase(db);
});

describe("GET /api/search", () => {
  it("returns the search result as JSON", async () => {
    const res = await get("?q=tracing&order=relevance&page=1");
    expect(res.status).toBe(200);
    const body = (await res.json()) as SearchResult;
    expect(body.total).toBeGreaterThanOrEqual(2);
    const item = body.items.find((i) => i.question.uin === "95752");
    expect(item?.snippetSegments.map((s) => s.text).join("")).toContain("c.65 staff");
    expect(item?.snippetSegments).toContainEqual({ text: "tracing", hit: true });
  });

  it("applies filters given as parameters", async () => {
    const body = (await (await get("?q=absconders&unresolved=1&status=answered&from=2025-12-01&to=2025-12-01")).json()) as SearchResult;
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((i) => i.question.status === "ANSWERED" && i.question.dateTabled === "2025-12-01")).toBe(true);
  });

  it.each([
    ["?from=notadate", "from"],
    ["?from=2025-02-30", "from"],
    ["?from=2025-12-05&to=2025-12-01", "to"],
    ["?member=abc", "member"],
    ["?dept=0", "dept"],
    ["?status=lost", "status"],
    ["?order=best", "order"],
    ["?page=0", "page"],
    ["?unresolved=maybe", "unresolved"],
    ["?q=a&q=b", "q"],
  ])("answers 400 naming the field for %s", async (qs, field) => {
    const res = await get(qs);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field });
  });

  it.each(['"', "NEAR(", "col:term", "^", "*", "-", "AND OR NOT", "😀", "x".repeat(5000)])("answers 200 for a weird q: %s", async (q) => {
    const res = await get(`?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as SearchResult;
    expect(Array.isArray(body.notices)).toBe(true);
  });

  it("returns facet counts beside the results", async () => {
    const res = await get("?q=absconders");
    expect(res.status).toBe(200);
    const body = (await res.json()) as SearchResult;
    expect(body.facetsApproximate).toBe(false);
    expect(body.facets!.department).toContainEqual(expect.objectContaining({ name: "Home Office", count: expect.any(Number) }));
    expect(body.facets!.member).toContainEqual(expect.objectContaining({ name: "Rupert Lowe" }));
    expect(body.facets!.year).toContainEqual(expect.objectContaining({ year: 2025 }));
    expect(body.facets!.status.length).toBeGreaterThan(0);
    // Counts never exceed the total, and the departments add up to it (exact counts).
    expect(body.facets!.department.reduce((n, d) => n + d.count, 0)).toBe(body.total);
    for (const list of [body.facets!.department, body.facets!.member, body.facets!.year]) expect(list.length).toBeLessThanOrEqual(10);
  });

  it("narrows by field filters in q, filters alone newest first", async () => {
    const body = (await (await get(`?q=${encodeURIComponent("member:lowe dept:justice")}`)).json()) as SearchResult;
    expect(body.items.map((i) => i.question.uin)).toContain("97690");
    expect(body.items.every((i) => /lowe/i.test(i.question.askingMember.name) && i.question.answeringBody.name === "Ministry of Justice")).toBe(true);
    const all = (await (await get(`?q=${encodeURIComponent("member:lowe")}`)).json()) as SearchResult;
    expect(all.total).toBeGreaterThan(body.total);
    const dates = all.items.map((i) => i.question.dateTabled);
    expect(dates).toEqual([...dates].sort().reverse());
    const one = (await (await get(`?q=${encodeURIComponent("uin:95752")}`)).json()) as SearchResult;
    expect(one.items.map((i) => i.question.uin)).toEqual(["95752"]);
  });

  it("answers broken query syntax with results and a notice, not an error", async () => {
    const res = await get(`?q=${encodeURIComponent('foo:bar "unbalanced')}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as SearchResult;
    expect(body.notices.join(" ")).toMatch(/“foo:” is not a search filter/);
    expect(body.notices.join(" ")).toMatch(/quotation mark was not closed/);
    const badDate = (await (await get(`?q=${encodeURIComponent("absconders date:2025-13-45")}`)).json()) as SearchResult;
    expect(badDate.notices.join(" ")).toMatch(/searched for as words/);
  });
});
