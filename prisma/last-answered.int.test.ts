import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeAnswer, makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";

/**
 * Question.lastAnsweredAt is kept by triggers (migration
 * *_last_answered_triggers), whatever writes the answers: Prisma here, the
 * bulk importer's own statements in lib/import/bulk-sqlite.int.test.ts.
 */
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const latest = async (id: number) => (await db.question.findUniqueOrThrow({ where: { id }, select: { lastAnsweredAt: true } })).lastAnsweredAt;

describe("Question.lastAnsweredAt", () => {
  it("follows answers added, redated, unlinked and deleted", async () => {
    const member = await makeMember({});
    const body = await makeBody({});
    const q = (await makeQuestion({ askingMemberId: member.id, answeringBodyId: body.id, dateTabled: day("2025-01-06") })).id;
    const other = (await makeQuestion({ askingMemberId: member.id, answeringBodyId: body.id, dateTabled: day("2025-01-06") })).id;
    expect(await latest(q)).toBeNull();

    const holding = await makeAnswer([q], { kind: "HOLDING", dateAnswered: day("2025-01-14") });
    expect(await latest(q)).toEqual(day("2025-01-14"));
    // Answered together with another question: both move.
    const full = await makeAnswer([q, other], { dateAnswered: day("2025-02-03") });
    expect(await latest(q)).toEqual(day("2025-02-03"));
    expect(await latest(other)).toEqual(day("2025-02-03"));

    await db.answer.update({ where: { id: full.id }, data: { dateAnswered: day("2025-02-10") } });
    expect(await latest(q)).toEqual(day("2025-02-10"));
    await db.answer.update({ where: { id: holding.id }, data: { dateAnswered: day("2025-01-15") } });
    expect(await latest(q)).toEqual(day("2025-02-10"));

    await db.answerQuestion.delete({ where: { answerId_questionId: { answerId: full.id, questionId: other } } });
    expect(await latest(other)).toBeNull();
    // Deleting the answer cascades to its links, which fire the trigger.
    await db.answer.delete({ where: { id: full.id } });
    expect(await latest(q)).toEqual(day("2025-01-15"));
  });
});
