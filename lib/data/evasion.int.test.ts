import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeAnswer, makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";
import { getEvasionProfile } from "@/lib/data/evasion";

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("getEvasionProfile", () => {
  let body: number;
  let empty: number;

  beforeAll(async () => {
    const member = (await makeMember()).id;
    body = (await makeBody()).id;
    const other = (await makeBody()).id;
    empty = (await makeBody()).id;
    const q = (answeringBodyId: number) => makeQuestion({ askingMemberId: member, answeringBodyId, dateTabled: day("2024-11-01") });
    const [q1, q2, q3, q4a, q4b, q5, qOther] = [await q(body), await q(body), await q(body), await q(body), await q(body), await q(body), await q(other)];

    const jan1 = await makeAnswer([q1.id], { dateAnswered: day("2025-01-31") });
    const jan2 = await makeAnswer([q2.id], { dateAnswered: day("2025-01-02") });
    const mar1 = await makeAnswer([q3.id], { dateAnswered: day("2025-03-01"), kind: "HOLDING" });
    // Grouped: two of the department's questions answered once.
    const mar2 = await makeAnswer([q4a.id, q4b.id], { dateAnswered: day("2025-03-31") });
    const dec = await makeAnswer([q5.id], { dateAnswered: day("2024-12-15") });
    const elsewhere = await makeAnswer([qOther.id], { dateAnswered: day("2025-03-10") });

    const answers = [jan1, jan2, mar1, mar2, dec, elsewhere].map((a) => a.id);
    // Creating answers runs analysis; this test decides the non-answers itself.
    await db.nonAnswer.deleteMany({ where: { answerId: { in: answers } } });
    const row = (answerId: number, kind: string, start: number) => ({ answerId, kind, quote: "x", start, end: start + 1 });
    await db.nonAnswer.createMany({
      data: [
        row(jan1.id, "disproportionate_cost", 0),
        row(jan1.id, "disproportionate_cost", 5),
        row(jan1.id, "not_held", 9),
        row(mar1.id, "holding", 0),
        row(mar2.id, "will_write", 0),
        row(dec.id, "something_new", 0),
        row(elsewhere.id, "not_held", 0),
      ],
    });
  });

  it("counts answers, answers with a non-answer and each kind per month, newest first, in the database", async () => {
    const p = await getEvasionProfile({ answeringBodyId: body });
    expect(p.months.map((m) => [m.month, m.answers, m.answersWithNonAnswer])).toEqual([
      ["2025-03", 2, 2],
      ["2025-01", 2, 1],
      ["2024-12", 1, 1],
    ]);
    expect(p.months[0]!.byKind).toMatchObject({ holding: 1, will_write: 1, not_held: 0, disproportionate_cost: 0 });
    // Two cost passages in one answer: one answer.
    expect(p.months[1]!.byKind).toMatchObject({ disproportionate_cost: 1, not_held: 1, holding: 0 });
    // A kind this build does not know still marks the answer, but has no column.
    expect(Object.values(p.months[2]!.byKind).every((n) => n === 0)).toBe(true);
    expect(p.totals).toEqual({
      answers: 5,
      answersWithNonAnswer: 4,
      byKind: { disproportionate_cost: 1, not_held: 1, not_available: 0, will_write: 1, referral: 0, holding: 1, estimate_unreliable: 0, no_comment: 0 },
    });
  });

  it("keeps only the latest months that have data", async () => {
    const p = await getEvasionProfile({ answeringBodyId: body, months: 1 });
    expect(p.months.map((m) => m.month)).toEqual(["2025-03"]);
    expect(p.totals).toMatchObject({ answers: 2, answersWithNonAnswer: 2, byKind: { disproportionate_cost: 0, holding: 1 } });
  });

  it("is empty for a department with no answers", async () => {
    const p = await getEvasionProfile({ answeringBodyId: empty });
    expect(p.months).toEqual([]);
    expect(p.totals.answers).toBe(0);
  });
});
