import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createQuestion, listQuestions } from "@/lib/data/questions";
import { getQuestion } from "@/lib/data/question-detail";
import { createAnswer } from "@/lib/data/answers";
import { DomainValidationError, DuplicateError } from "@/lib/data/errors";
import { makeAnswer, makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("createQuestion", () => {
  it("refuses a second question with the same House, UIN and date, pointing at the first", async () => {
    const q = await makeQuestion({ uin: "7770001" });
    const again = createQuestion({ house: "COMMONS", uin: " 7770001 ", dateTabled: q.dateTabled, heading: "x", text: "y", askingMemberId: q.askingMemberId, answeringBodyId: q.answeringBodyId });
    await expect(again).rejects.toBeInstanceOf(DuplicateError);
    await expect(again).rejects.toMatchObject({ existingId: q.id, url: `/questions/${q.id}` });
    expect(await db.question.count({ where: { uin: "7770001" } })).toBe(1);
  });

  it("allows the same UIN on another date (UINs restart each Parliament)", async () => {
    const q = await makeQuestion({ uin: "7770002", dateTabled: day("2024-01-10") });
    const other = await makeQuestion({ uin: "7770002", dateTabled: day("2025-01-10"), askingMemberId: q.askingMemberId });
    expect(other.id).not.toBe(q.id);
  });

  it("refuses a member of the other House", async () => {
    const lord = await makeMember({ house: "LORDS" });
    const body = await makeBody();
    await expect(
      createQuestion({ house: "COMMONS", uin: "7770003", dateTabled: day("2025-12-01"), heading: "h", text: "t", askingMemberId: lord.id, answeringBodyId: body.id }),
    ).rejects.toBeInstanceOf(DomainValidationError);
  });
});

describe("createAnswer and status", () => {
  it("moves a question through holding → answered → corrected and keeps every answer", async () => {
    const q = await makeQuestion({ dateTabled: day("2025-12-01") });
    await makeAnswer([q.id], { kind: "HOLDING", dateAnswered: day("2025-12-03"), html: "It will not be possible to answer within the usual time." });
    expect((await getQuestion({ id: q.id })).status).toBe("HOLDING");
    const sub = await makeAnswer([q.id], { kind: "SUBSTANTIVE", dateAnswered: day("2025-12-08"), html: "<p>There are 12.</p>" });
    expect((await getQuestion({ id: q.id })).status).toBe("ANSWERED");
    await makeAnswer([q.id], { kind: "CORRECTION", dateAnswered: day("2025-12-20"), html: "<p>There are 14.</p>", correctsAnswerId: sub.id });
    const detail = await getQuestion({ id: q.id });
    expect(detail.status).toBe("CORRECTED");
    expect(detail.answers.map((a) => a.kind)).toEqual(["HOLDING", "SUBSTANTIVE", "CORRECTION"]);
    expect(detail.answers[1]!.html).toBe("<p>There are 12.</p>");
    expect(detail.answers[2]!.correctsAnswerId).toBe(sub.id);
  });

  it("refuses what Parliament would not produce, and writes nothing", async () => {
    const q = await makeQuestion({ dateTabled: day("2025-12-01") });
    const before = await db.answer.count();
    await expect(makeAnswer([q.id], { dateAnswered: day("2025-11-30") })).rejects.toMatchObject({ fieldErrors: { dateAnswered: expect.any(Array) } });
    await expect(makeAnswer([q.id], { kind: "CORRECTION" })).rejects.toMatchObject({ fieldErrors: { correctsAnswerId: expect.any(Array) } });
    await makeAnswer([q.id]);
    await expect(makeAnswer([q.id], { html: "<p>Another</p>" })).rejects.toMatchObject({ fieldErrors: { kind: expect.any(Array) } });
    await expect(makeAnswer([q.id], { kind: "HOLDING", html: "<p>late holding</p>" })).rejects.toMatchObject({ fieldErrors: { kind: expect.any(Array) } });
    expect(await db.answer.count()).toBe(before + 1);
  });

  it("answers grouped questions once and sanitises what it stores", async () => {
    const a = await makeQuestion();
    const b = await makeQuestion({ askingMemberId: a.askingMemberId, answeringBodyId: a.answeringBodyId });
    const answer = await createAnswer({
      questionIds: [a.id, b.id],
      kind: "SUBSTANTIVE",
      dateAnswered: day("2025-12-05"),
      html: `<p>Answer<script>alert(1)</script> &amp; more</p>`,
    });
    expect(answer.html).toBe("<p>Answer &amp; more</p>");
    expect(answer.text).toBe("Answer & more");
    expect((await getQuestion({ id: b.id })).status).toBe("ANSWERED");
    expect((await getQuestion({ id: a.id })).groupedQuestions.map((g) => g.id)).toEqual([b.id]);
  });

  it("refuses to group questions to different departments", async () => {
    const a = await makeQuestion();
    const b = await makeQuestion();
    await expect(makeAnswer([a.id, b.id])).rejects.toMatchObject({ fieldErrors: { questionIds: expect.any(Array) } });
  });
});

describe("listQuestions", () => {
  it("filters by member, status and overdue", async () => {
    const member = await makeMember();
    const body = await makeBody();
    const old = await makeQuestion({ askingMemberId: member.id, answeringBodyId: body.id, dateTabled: day("2025-01-06") });
    const answered = await makeQuestion({ askingMemberId: member.id, answeringBodyId: body.id, dateTabled: day("2025-01-07") });
    await makeAnswer([answered.id], { dateAnswered: day("2025-01-09") });
    const all = await listQuestions({ filters: { memberId: member.id } });
    expect(all.total).toBe(2);
    expect(all.items.map((i) => i.id)).toEqual([answered.id, old.id]);
    const overdue = await listQuestions({ filters: { memberId: member.id, status: "OVERDUE" } });
    expect(overdue.items.map((i) => i.id)).toEqual([old.id]);
    expect(overdue.items[0]!.overdue).toBe(true);
    const done = await listQuestions({ filters: { memberId: member.id, status: "ANSWERED" } });
    expect(done.items.map((i) => i.id)).toEqual([answered.id]);
  });
});
