import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedFoundingCase } from "@/prisma/seed/founding-case";
import { makeAnswer, makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";
import { createFigure } from "@/lib/data/figures";
import { createFollowUp } from "@/lib/data/follow-ups";
import { DomainValidationError, NotFoundError } from "@/lib/data/errors";
import { getTimelineCounts, listTimeline, type ListTimelineOptions } from "@/lib/data/timeline";
import { compareEventsAsc, type AnswerEvent, type TimelineEvent } from "@/lib/domain/timeline";

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

/** Follows nextCursor to the end, checking the cursor always moves on. */
async function pageAll(opts: Omit<ListTimelineOptions, "cursor">): Promise<TimelineEvent[]> {
  const out: TimelineEvent[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 500; i++) {
    const page = await listTimeline({ ...opts, cursor });
    expect(page.events.length).toBeLessThanOrEqual(opts.limit ?? 50);
    out.push(...page.events);
    if (!page.nextCursor) return out;
    expect(page.nextCursor).not.toBe(cursor);
    cursor = page.nextCursor;
  }
  throw new Error("timeline paging did not end");
}

const keys = (events: TimelineEvent[]) => events.map((e) => e.key);

function expectSorted(events: TimelineEvent[], order: "asc" | "desc") {
  for (let i = 1; i < events.length; i++) {
    const c = compareEventsAsc(events[i - 1]!, events[i]!);
    expect(order === "asc" ? c : -c).toBeLessThan(0);
  }
}

describe("timeline of the founding case (Rupert Lowe)", () => {
  let loweId: number;
  const q = new Map<string, number>();
  let tracingAnswerId: number;
  let costFigureId: number;

  beforeAll(async () => {
    await seedFoundingCase(db);
    loweId = (await db.member.findUniqueOrThrow({ where: { parliamentId: 5158 } })).id;
    const rows = await db.question.findMany({ where: { askingMemberId: loweId, uin: { in: ["95752", "95751", "95748", "97688", "97690"] } } });
    for (const r of rows) q.set(r.uin, r.id);
    tracingAnswerId = (await db.answerQuestion.findFirstOrThrow({ where: { questionId: q.get("95752")!, answer: { kind: "SUBSTANTIVE" } } })).answerId;
    costFigureId = (await db.figure.findFirstOrThrow({ where: { sourceAnswerId: tracingAnswerId, status: "UNRESOLVED" } })).id;
  });

  it("contains the questions, the grouped answer once, the follow-ups and the open cost figure", async () => {
    const { events } = await listTimeline({ scope: { kind: "member", id: loweId }, limit: 100 });
    expectSorted(events, "desc");
    expect(events.some((e) => e.kind === "QUESTION_TABLED" && e.question.id === q.get("95752") && e.date === "2025-12-01")).toBe(true);

    const tracing = events.filter((e): e is AnswerEvent => e.kind === "ANSWER_RECEIVED" && e.answer.id === tracingAnswerId);
    expect(tracing).toHaveLength(1);
    expect(tracing[0]!.questions.map((x) => x.id).sort()).toEqual([q.get("95752"), q.get("95751")].sort());
    expect(tracing[0]!.date).toBe("2025-12-17");
    expect(tracing[0]!.answer.answeringMember?.name).toBe("Alex Norris");
    const text = (await db.answer.findUniqueOrThrow({ where: { id: tracingAnswerId } })).text;
    expect(text).toContain("c.65 staff");
    expect(text.replace(/\s+/g, " ").startsWith(tracing[0]!.answer.excerpt.replace(/…$/, ""))).toBe(true);

    const followUp = events.find((e) => e.kind === "FOLLOW_UP_TABLED" && e.question.id === q.get("97688"));
    expect(followUp?.kind === "FOLLOW_UP_TABLED" && followUp.from.questions.map((x) => x.id)).toContain(q.get("95748"));
    expect(followUp?.kind === "FOLLOW_UP_TABLED" && followUp.from.viaAnswerId).not.toBe(tracingAnswerId);
    expect(followUp?.date).toBe("2025-12-05");

    const cost = events.find((e) => e.kind === "FIGURE_LEFT_UNRESOLVED" && e.figure.id === costFigureId);
    expect(cost?.kind === "FIGURE_LEFT_UNRESOLVED" && cost.question.id).toBe(q.get("95751"));
    expect(cost?.date).toBe("2025-12-17");
    // STATED figures were never open.
    expect(events.some((e) => e.kind === "FIGURE_LEFT_UNRESOLVED" && e.figure.status === "STATED")).toBe(false);
  });

  it("pages with limit 3 through every event exactly once, in both orders", async () => {
    for (const order of ["desc", "asc"] as const) {
      const whole = await listTimeline({ scope: { kind: "member", id: loweId }, limit: 100, order });
      expect(whole.nextCursor).toBeNull();
      const paged = await pageAll({ scope: { kind: "member", id: loweId }, limit: 3, order });
      expect(keys(paged)).toEqual(keys(whole.events));
      expect(new Set(keys(paged)).size).toBe(paged.length);
      expectSorted(paged, order);
    }
  });

  it("narrows by department, status and date", async () => {
    const scope = { kind: "member" as const, id: loweId };
    const moj = (await db.answeringBody.findUniqueOrThrow({ where: { name: "Ministry of Justice" } })).id;
    const byDept = await listTimeline({ scope, filters: { answeringBodyId: moj }, limit: 100 });
    expect(byDept.events.length).toBeGreaterThan(0);
    for (const e of byDept.events) {
      const qs = "questions" in e ? e.questions : [e.question];
      for (const x of qs) expect(x.answeringBody.id).toBe(moj);
    }
    expect(byDept.events.some((e) => e.kind === "QUESTION_TABLED" && e.question.id === q.get("97690"))).toBe(true);

    const answered = await listTimeline({ scope, filters: { status: "ANSWERED" }, limit: 100 });
    expect(answered.events.some((e) => e.key === `ANSWER_RECEIVED:${tracingAnswerId}`)).toBe(true);
    expect(answered.events.some((e) => e.kind === "QUESTION_TABLED" && e.question.id === q.get("97688"))).toBe(false);
    for (const e of answered.events) if (e.kind === "QUESTION_TABLED") expect(e.question.status).toBe("ANSWERED");

    const fifth = await listTimeline({ scope, filters: { from: day("2025-12-05"), to: day("2025-12-05") }, limit: 100 });
    expect(fifth.events.length).toBeGreaterThan(0);
    expect(new Set(fifth.events.map((e) => e.date))).toEqual(new Set(["2025-12-05"]));
    expect(fifth.events.some((e) => e.kind === "FOLLOW_UP_TABLED" && e.question.id === q.get("97688"))).toBe(true);

    const after = await listTimeline({ scope, filters: { from: day("2025-12-06") }, limit: 100 });
    expect(after.events.some((e) => e.key === `ANSWER_RECEIVED:${tracingAnswerId}`)).toBe(true);
    expect(after.events.every((e) => e.date >= "2025-12-06")).toBe(true);
  });

  it("shows the grouped answer once on the department timeline, with every asker", async () => {
    const home = (await db.answeringBody.findUniqueOrThrow({ where: { name: "Home Office" } })).id;
    const events = await pageAll({ scope: { kind: "department", id: home }, limit: 20 });
    const tracing = events.filter((e) => e.key === `ANSWER_RECEIVED:${tracingAnswerId}`);
    expect(tracing).toHaveLength(1);
    expect(tracing[0]!.kind === "ANSWER_RECEIVED" && tracing[0]!.questions.every((x) => x.askingMember.id === loweId)).toBe(true);
    expect(events.some((e) => e.kind === "QUESTION_TABLED" && e.question.id === q.get("97690"))).toBe(false);
  });
});

describe("timeline of a member made with factories", () => {
  let memberId: number;
  let bodyB: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const member = await makeMember();
    memberId = member.id;
    const a = (await makeBody()).id;
    bodyB = (await makeBody()).id;
    const d1 = day("2025-11-03");
    const d3 = day("2025-11-05");
    const mk = (answeringBodyId: number, dateTabled: Date, dateForAnswer?: Date) =>
      makeQuestion({ askingMemberId: memberId, answeringBodyId, dateTabled, ...(dateForAnswer ? { dateForAnswer } : {}) });
    const qA1 = await mk(a, d1);
    const qA2 = await mk(a, d1);
    const qA3 = await mk(a, d1);
    const qB1 = await mk(bodyB, d3);
    const qB2 = await mk(bodyB, d1);
    const qB3 = await mk(bodyB, d1, day("2099-01-01"));
    await db.question.update({ where: { id: qB2.id }, data: { withdrawn: true, status: "WITHDRAWN" } });
    // Many events on one day, to exercise the tie-breaks across sources.
    const ansA1 = await makeAnswer([qA1.id], { dateAnswered: d3 });
    const corr = await makeAnswer([qA1.id], { kind: "CORRECTION", dateAnswered: d3, correctsAnswerId: ansA1.id, html: "<p>Corrected.</p>" });
    await makeAnswer([qA2.id], { kind: "HOLDING", dateAnswered: d3 });
    const ansA3 = await makeAnswer([qA3.id], { dateAnswered: d3, html: "<p>Another answer.</p>" });
    // Answer analysis runs on creation; the counts below need known non-answers.
    await db.nonAnswer.deleteMany({ where: { answer: { questions: { some: { question: { askingMemberId: memberId } } } } } });
    await db.nonAnswer.create({ data: { answerId: ansA3.id, kind: "not_held", quote: "Another answer.", start: 0, end: 15 } });
    await createFollowUp({ fromAnswerId: ansA3.id, toQuestionId: qB1.id, kind: "SAME_SUBJECT", createdBy: "test" });
    await createFigure({ measure: `Unresolved ${memberId}`, status: "UNRESOLVED", sourceAnswerId: ansA3.id, askedInQuestionId: qA3.id });
    await createFigure({ measure: `Declined ${memberId}`, status: "DECLINED", sourceAnswerId: ansA1.id });
    const resolved = await createFigure({ measure: `Resolved ${memberId}`, status: "RESOLVED", valueText: "12", sourceAnswerId: ansA3.id, resolvedByAnswerId: corr.id });
    Object.assign(ids, { qA1: qA1.id, qB1: qB1.id, resolved: resolved.id, corr: corr.id });
  });

  it("counts by status, overdue, follow-ups and figures", async () => {
    const counts = await getTimelineCounts({ scope: { kind: "member", id: memberId } });
    expect(counts).toEqual({
      questions: 6,
      awaiting: 2,
      holding: 1,
      answered: 1,
      corrected: 1,
      withdrawn: 1,
      overdue: 2,
      followUps: 1,
      figuresUnresolved: 2,
      figuresResolved: 1,
      answers: 4,
      answersWithNonAnswer: 1,
    });
    const inB = await getTimelineCounts({ scope: { kind: "member", id: memberId }, filters: { answeringBodyId: bodyB } });
    expect(inB).toMatchObject({ questions: 3, awaiting: 2, withdrawn: 1, answered: 0, overdue: 1, followUps: 1, figuresUnresolved: 0, figuresResolved: 0, answers: 0, answersWithNonAnswer: 0 });
    const overdue = await getTimelineCounts({ scope: { kind: "member", id: memberId }, filters: { status: "OVERDUE" } });
    expect(overdue).toMatchObject({ questions: 2, overdue: 2 });
    const early = await getTimelineCounts({ scope: { kind: "member", id: memberId }, filters: { to: day("2025-11-04") } });
    expect(early).toMatchObject({ questions: 5, followUps: 0, figuresUnresolved: 0, figuresResolved: 0, answers: 0, answersWithNonAnswer: 0 });
  });

  it("counts a grouped answer once, and the answers with a non-answer, on member and department timelines", async () => {
    const member = (await makeMember()).id;
    const body = (await makeBody()).id;
    const [q1, q2] = [await makeQuestion({ askingMemberId: member, answeringBodyId: body }), await makeQuestion({ askingMemberId: member, answeringBodyId: body })];
    const grouped = await makeAnswer([q1.id, q2.id], { dateAnswered: day("2025-12-10") });
    const correction = await makeAnswer([q1.id], { kind: "CORRECTION", correctsAnswerId: grouped.id, dateAnswered: day("2025-12-20"), html: "<p>Corrected.</p>" });
    await db.nonAnswer.deleteMany({ where: { answerId: { in: [grouped.id, correction.id] } } });
    await db.nonAnswer.createMany({
      data: [
        { answerId: grouped.id, kind: "disproportionate_cost", quote: "A test", start: 0, end: 6 },
        { answerId: grouped.id, kind: "not_held", quote: "answer", start: 7, end: 13 },
      ],
    });
    for (const scope of [{ kind: "member" as const, id: member }, { kind: "department" as const, id: body }]) {
      expect(await getTimelineCounts({ scope })).toMatchObject({ answers: 2, answersWithNonAnswer: 1 });
      expect(await getTimelineCounts({ scope, filters: { from: day("2025-12-15") } })).toMatchObject({ answers: 1, answersWithNonAnswer: 0 });
    }
  });

  it("has every kind of event, and pages through same-day ties at any page size", async () => {
    const scope = { kind: "member" as const, id: memberId };
    const whole = await listTimeline({ scope, limit: 100, order: "asc" });
    expect(whole.events.map((e) => e.kind).filter((k, i, all) => all.indexOf(k) === i).sort()).toEqual(
      ["ANSWER_CORRECTED", "ANSWER_RECEIVED", "FIGURE_LEFT_UNRESOLVED", "FIGURE_RESOLVED", "FOLLOW_UP_TABLED", "HOLDING_ANSWER", "QUESTION_TABLED"],
    );
    expect(whole.events).toHaveLength(6 + 4 + 1 + 3 + 1);
    expect(whole.events.find((e) => e.kind === "FIGURE_RESOLVED")).toMatchObject({ id: ids.resolved, answer: { id: ids.corr } });
    for (const order of ["asc", "desc"] as const) {
      const all = order === "asc" ? whole.events : [...whole.events].reverse();
      for (const limit of [1, 2, 3, 4]) expect(keys(await pageAll({ scope, limit, order }))).toEqual(keys(all));
    }
  });

  it("shows a newly tabled question first by default", async () => {
    const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
    const fresh = await makeQuestion({ askingMemberId: memberId, answeringBodyId: bodyB, dateTabled: today, heading: "A brand new question" });
    const { events } = await listTimeline({ scope: { kind: "member", id: memberId }, limit: 1 });
    expect(events[0]).toMatchObject({ kind: "QUESTION_TABLED", id: fresh.id, question: { heading: "A brand new question" } });
    await db.question.delete({ where: { id: fresh.id } });
  });

  it("rejects an unknown member or department and a bad cursor", async () => {
    await expect(listTimeline({ scope: { kind: "member", id: 999_999_999 } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listTimeline({ scope: { kind: "department", id: 999_999_999 } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTimelineCounts({ scope: { kind: "member", id: 999_999_999 } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listTimeline({ scope: { kind: "member", id: memberId }, cursor: "garbage" })).rejects.toBeInstanceOf(DomainValidationError);
  });
});
