import { describe, expect, it } from "vitest";
import { GET as list } from "@/app/api/questions/route";
import { GET as one } from "@/app/api/questions/[id]/route";
import { makeQuestion } from "@/prisma/seed/factories";

const get = (qs: string) => list(new Request(`http://test/api/questions${qs}`));
const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe("GET /api/questions", () => {
  it("lists with filters", async () => {
    const q = await makeQuestion();
    const res = await get(`?member=${q.askingMemberId}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; items: Array<{ id: number; askingMember: { id: number } }> };
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ id: q.id, askingMember: { id: q.askingMemberId } });
  });

  it.each([
    ["?member=x", "member"],
    ["?from=2025-02-31", "from"],
    ["?pageSize=0", "pageSize"],
    ["?status=lost", "status"],
    ["?bogus=1", "bogus"],
  ])("answers 400 naming the field for %s", async (qs, field) => {
    const res = await get(qs);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field });
  });
});

describe("GET /api/questions/[id]", () => {
  it("returns the question, 404 for unknown or malformed ids", async () => {
    const q = await makeQuestion({ heading: "Route test heading" });
    const ok = await one(new Request("http://test"), params(String(q.id)));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: q.id, heading: "Route test heading", answers: [] });
    expect((await one(new Request("http://test"), params("999999999"))).status).toBe(404);
    expect((await one(new Request("http://test"), params("abc"))).status).toBe(404);
    expect((await one(new Request("http://test"), params("1e3"))).status).toBe(404);
  });
});
