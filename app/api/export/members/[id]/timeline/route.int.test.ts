import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/export/members/[id]/timeline/route";
import { GET as GET_DEPT } from "@/app/api/export/departments/[id]/timeline/route";
import { db } from "@/lib/db";
import { parseCsv } from "@/lib/export/csv-parse";
import { readText } from "@/lib/export/stream";
import { makeAnswer, makeBody, makeMember } from "@/prisma/seed/factories";
import { seedFoundingCase } from "@/prisma/seed/founding-case";

const N = 1200;
let memberId = 0;
let bodyId = 0;
let answerId = 0;

const call = (handler: typeof GET, path: string, id: string | number, qs = "") =>
  handler(new Request(`http://test.local${path}${qs}`), { params: Promise.resolve({ id: String(id) }) });

beforeAll(async () => {
  await seedFoundingCase(db);
  const member = await makeMember();
  const body = await makeBody();
  memberId = member.id;
  bodyId = body.id;
  const tag = `T${Date.now() % 100000}`;
  await db.question.createMany({
    data: Array.from({ length: N }, (_, i) => ({
      house: "COMMONS" as const,
      uin: `${tag}-${i}`,
      askingMemberId: member.id,
      answeringBodyId: body.id,
      dateTabled: new Date(Date.UTC(2024, 0, 1 + (i % 40))),
      heading: `Timeline export ${i}`,
      text: `To ask about item ${i}.`,
    })),
  });
  const first = await db.question.findFirstOrThrow({ where: { askingMemberId: member.id }, orderBy: { id: "asc" } });
  answerId = (await makeAnswer([first.id], { dateAnswered: new Date(Date.UTC(2024, 2, 1)) })).id;
}, 120_000);

describe("GET /api/export/members/:id/timeline", () => {
  it("streams every event exactly once through the keyset cursor (JSON)", async () => {
    const res = await call(GET, `/api/export/members/${memberId}/timeline`, memberId, "?format=json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`filename="answerable-member-${memberId}-timeline-.*\\.json"`));
    const rows = JSON.parse(await res.text()) as { key: string; kind: string; date: string; answerId: number | null }[];
    expect(rows.filter((r) => r.kind === "QUESTION_TABLED")).toHaveLength(N);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(rows.some((r) => r.answerId === answerId && r.kind === "ANSWER_RECEIVED")).toBe(true);
    const dates = rows.map((r) => r.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("writes valid CSV, oldest first when asked, with filters applied", async () => {
    const text = await readText((await call(GET, "", memberId, "?order=asc&from=2024-01-01&to=2024-01-10")).body!);
    const [header, ...rows] = parseCsv(text);
    expect(header![0]).toBe("date");
    const dates = rows.map((r) => r[0]!);
    expect(dates.length).toBe(N / 40 * 10);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((d) => d >= "2024-01-01" && d <= "2024-01-10")).toBe(true);
  });

  it("exports the founding member's timeline with the tracing answer", async () => {
    const lowe = await db.member.findUniqueOrThrow({ where: { parliamentId: 5158 } });
    const rows = JSON.parse(await (await call(GET, "", lowe.id, "?format=json")).text()) as { uins: string; answerExcerpt: string | null }[];
    expect(rows.some((r) => r.uins.includes("95752") && r.answerExcerpt !== null)).toBe(true);
  });

  it("answers 404 for an unknown or non-numeric member, 400 for a bad field", async () => {
    expect((await call(GET, "", 999_999_999)).status).toBe(404);
    expect((await call(GET, "", "abc")).status).toBe(404);
    const bad = await call(GET, "", memberId, "?from=2024-13-01");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: "from" });
    const badFormat = await call(GET, "", memberId, "?format=pdf");
    expect(await badFormat.json()).toMatchObject({ field: "format" });
  });
});

describe("GET /api/export/departments/:id/timeline", () => {
  it("streams the department's events once each", async () => {
    const rows = JSON.parse(await (await call(GET_DEPT, "", bodyId, "?format=json")).text()) as { key: string }[];
    expect(rows.length).toBe(N + 1);
    expect(new Set(rows.map((r) => r.key)).size).toBe(N + 1);
  });

  it("answers 404 for an unknown department", async () => {
    expect((await call(GET_DEPT, "", 999_999_998)).status).toBe(404);
  });
});
