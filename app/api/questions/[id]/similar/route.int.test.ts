import { beforeAll, describe, expect, it } from "vitest";
import { makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";
import { GET } from "@/app/api/questions/[id]/similar/route";

// Made-up subject words, unique to this run: the integration database is shared by every test file.
const run = `${Date.now() % 100_000}`;
const zorb = `zorbroute${run}`;
const quim = `quimroute${run}`;
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("GET /api/questions/[id]/similar", () => {
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const member = (await makeMember()).id;
    const body = (await makeBody()).id;
    const ask = (key: string, dateTabled: string, heading: string, text: string) =>
      makeQuestion({ askingMemberId: member, answeringBodyId: body, dateTabled: day(dateTabled), heading, text }).then((q) => (ids[key] = q.id));
    const licences = (extra: string) => `To ask the Secretary of State for Trade, how many ${zorb} licences were issued to ${quim} operators ${extra}.`;
    await ask("target", "2025-06-10", `${zorb}: ${quim} Licences`, licences("in 2024; and what the average processing time was"));
    await ask("closest", "2025-03-03", `${zorb}: ${quim} Licences`, licences("in 2023; and what the average processing time was"));
    await ask("partial", "2025-02-03", `${zorb}: Exports`, `To ask the Secretary of State for Trade, what the value of ${zorb} exports was in 2024.`);
  });

  it("serves the closest earlier questions as JSON, 404 for an unknown or malformed id, 400 for a bad limit", async () => {
    const params = (id: string) => ({ params: Promise.resolve({ id }) });
    const ok = await GET(new Request(`http://test/api/questions/${ids.target}/similar?limit=1`), params(String(ids.target)));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ items: [{ id: ids.closest, sharedTerms: expect.any(Array) }] });
    expect((await GET(new Request("http://test/x"), params("999999999"))).status).toBe(404);
    expect((await GET(new Request("http://test/x"), params("abc"))).status).toBe(404);
    const bad = await GET(new Request(`http://test/x?limit=0`), params(String(ids.target)));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: "limit" });
  });
});
