import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/export/search/route";
import { GET as GET_FIGURES } from "@/app/api/export/figures/route";
import { db } from "@/lib/db";
import { listLedger } from "@/lib/data/ledger";
import { parseCsv } from "@/lib/export/csv-parse";
import { readText } from "@/lib/export/stream";
import { makeBody, makeMember } from "@/prisma/seed/factories";
import { seedFoundingCase } from "@/prisma/seed/founding-case";

const get = (qs: string) => GET(new Request(`http://test.local/api/export/search${qs}`));
const N = 1200;
const word = `zqexport${Date.now() % 100000}`;
let memberId = 0;

beforeAll(async () => {
  await seedFoundingCase(db);
  const member = await makeMember();
  const body = await makeBody();
  memberId = member.id;
  // createMany in one statement: the factories' per-question checks make 1,200 rows too slow.
  // The FTS triggers still index every row.
  await db.question.createMany({
    data: Array.from({ length: N }, (_, i) => ({
      house: "COMMONS" as const,
      uin: `X${word}${i}`,
      askingMemberId: member.id,
      answeringBodyId: body.id,
      // Many questions share a day, so keyset ties on the date are exercised.
      dateTabled: new Date(Date.UTC(2025, 0, 1 + (i % 30))),
      dateForAnswer: new Date(Date.UTC(2025, 0, 3 + (i % 30))),
      heading: i === 7 ? `=HYPERLINK("evil") ${word}` : `Export heading ${word} ${i}`,
      text: i === 7 ? `To ask, with "quotes", commas,\nand a new line about ${word}.` : `To ask about ${word} number ${i}.`,
    })),
  });
}, 180_000);

async function csvRows(res: Response) {
  const text = await readText(res.body!);
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = parseCsv(text);
  return { header: header!, rows };
}

describe("GET /api/export/search", () => {
  it("exports the founding case's tracing answer as CSV with headers", async () => {
    const res = await get("?q=tracing&format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="answerable-search-\d{4}-\d{2}-\d{2}\.csv"$/);
    const { header, rows } = await csvRows(res);
    expect(header).toContain("answerText");
    const uin = header.indexOf("uin");
    const row = rows.find((r) => r[uin] === "95752");
    expect(row).toBeDefined();
    expect(row![header.indexOf("answerText")]).toContain("c.65 staff currently dedicated to tracing activities");
    expect(row![header.indexOf("url")]).toMatch(/^http:\/\/test\.local\/questions\/\d+$/);
  });

  it("exports JSON that parses, tracing included", async () => {
    const res = await get("?q=tracing&format=json");
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const rows = JSON.parse(await res.text()) as { uin: string; latestAnswerKind: string | null }[];
    expect(rows.some((r) => r.uin === "95752")).toBe(true);
  });

  it.each([
    ["relevance (offset paging)", `?q=${word}&format=csv`],
    ["newest (keyset paging)", `?q=${word}&order=newest&format=csv`],
  ])("returns every one of %s rows exactly once: %s", async (_label, qs) => {
    const { header, rows } = await csvRows(await get(qs));
    const ids = rows.map((r) => r[header.indexOf("id")]);
    expect(ids).toHaveLength(N);
    expect(new Set(ids).size).toBe(N);
    // Every row has every column (no broken quoting).
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const evil = rows.find((r) => r[header.indexOf("heading")]!.includes("HYPERLINK"));
    expect(evil![header.indexOf("heading")]!.startsWith("'=")).toBe(true);
    expect(evil![header.indexOf("questionText")]).toContain('"quotes", commas,\nand a new line');
  });

  it("pages a filter-only export by keyset, newest first, every row once", async () => {
    const rows = JSON.parse(await (await get(`?member=${memberId}&format=json`)).text()) as { id: number; dateTabled: string }[];
    expect(rows).toHaveLength(N);
    expect(new Set(rows.map((r) => r.id)).size).toBe(N);
    const dates = rows.map((r) => r.dateTabled);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("defaults to CSV and exports nothing (header only) without criteria", async () => {
    const { header, rows } = await csvRows(await get(""));
    expect(header[0]).toBe("id");
    expect(rows).toHaveLength(0);
  });

  it.each([
    ["?q=tracing&format=xml", "format"],
    ["?from=2025-02-30", "from"],
    ["?member=abc", "member"],
    ["?status=lost", "status"],
  ])("answers 400 naming the field for %s", async (qs, field) => {
    const res = await get(qs);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field });
  });
});

describe("GET /api/export/figures", () => {
  const getFigures = (qs: string) => GET_FIGURES(new Request(`http://test.local/api/export/figures${qs}`));

  it("exports every ledger row of the chosen status", async () => {
    const total = (await listLedger({ status: "ALL", pageSize: 1 })).total;
    expect(total).toBeGreaterThan(0);
    const rows = JSON.parse(await (await getFigures("?status=all&format=json")).text()) as { id: number; status: string }[];
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.id)).size).toBe(total);
    const open = JSON.parse(await (await getFigures("?format=json")).text()) as { status: string }[];
    expect(open.every((r) => r.status === "UNRESOLVED" || r.status === "DECLINED")).toBe(true);
  });

  it("writes CSV with a header and the filename", async () => {
    const res = await getFigures("?status=ALL");
    expect(res.headers.get("content-disposition")).toMatch(/filename="answerable-figures-.*\.csv"/);
    const [header] = parseCsv(await readText(res.body!));
    expect(header).toEqual(expect.arrayContaining(["id", "measure", "status", "daysOpen", "url"]));
  });

  it("answers 400 naming a bad field", async () => {
    const res = await getFigures("?status=nope");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: "status" });
  });
});
