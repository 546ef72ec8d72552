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
});
