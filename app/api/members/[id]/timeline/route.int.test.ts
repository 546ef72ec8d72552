import { beforeAll, describe, expect, it } from "vitest";
import { GET as memberTimeline } from "@/app/api/members/[id]/timeline/route";
import { GET as departmentTimeline } from "@/app/api/departments/[id]/timeline/route";
import { makeAnswer, makeQuestion } from "@/prisma/seed/factories";
import type { TimelinePage } from "@/lib/domain/timeline";
import type { TimelineCounts } from "@/lib/data/timeline";

type Body = TimelinePage & { counts?: TimelineCounts };
const params = (id: string | number) => ({ params: Promise.resolve({ id: String(id) }) });
const member = (id: string | number, qs = "") => memberTimeline(new Request(`http://test/api/members/${id}/timeline${qs}`), params(id));
const department = (id: string | number, qs = "") => departmentTimeline(new Request(`http://test/api/departments/${id}/timeline${qs}`), params(id));

describe("GET /api/members/:id/timeline and /api/departments/:id/timeline", () => {
  let memberId: number;
  let bodyId: number;

  beforeAll(async () => {
    const q1 = await makeQuestion({ dateTabled: new Date(Date.UTC(2025, 10, 3)) });
    memberId = q1.askingMemberId;
    bodyId = q1.answeringBodyId;
    await makeQuestion({ askingMemberId: memberId, answeringBodyId: bodyId, dateTabled: new Date(Date.UTC(2025, 10, 4)) });
    await makeAnswer([q1.id], { dateAnswered: new Date(Date.UTC(2025, 10, 5)) });
  });

  it("returns the first page with counts, then pages without them", async () => {
    const res = await member(memberId, "?limit=2");
    expect(res.status).toBe(200);
    const first = (await res.json()) as Body;
    expect(first.events.map((e) => e.kind)).toEqual(["ANSWER_RECEIVED", "QUESTION_TABLED"]);
    expect(first.counts).toMatchObject({ questions: 2, answered: 1, awaiting: 1 });
    expect(first.nextCursor).toEqual(expect.any(String));

    const second = (await (await member(memberId, `?limit=2&cursor=${first.nextCursor}`)).json()) as Body;
    expect(second.counts).toBeUndefined();
    expect(second.events).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });

  it("serves a department's timeline, oldest first on request", async () => {
    const res = await department(bodyId, "?order=asc");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(body.events.map((e) => e.date)).toEqual(["2025-11-03", "2025-11-04", "2025-11-05"]);
  });

  it.each([
    ["?cursor=garbage", "cursor"],
    ["?limit=1000", "limit"],
    ["?limit=0", "limit"],
    ["?limit=abc", "limit"],
    ["?status=lost", "status"],
    ["?from=2025-02-30", "from"],
    ["?from=2025-12-05&to=2025-12-01", "to"],
    ["?order=sideways", "order"],
    ["?dept=x", "dept"],
    ["?dept=1&dept=2", "dept"],
  ])("answers 400 naming the field for %s", async (qs, field) => {
    for (const res of [await member(memberId, qs), await department(bodyId, qs)]) {
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ field });
    }
  });

  it.each(["999999999", "abc", "0", "-1", "1.5"])("answers 404 for member and department id %s", async (id) => {
    expect((await member(id)).status).toBe(404);
    expect((await department(id)).status).toBe(404);
  });
});
