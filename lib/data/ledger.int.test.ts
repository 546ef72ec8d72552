import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedFoundingCase } from "@/prisma/seed/founding-case";
import { makeAnswer, makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";
import { createFigure } from "@/lib/data/figures";
import { createFollowUp } from "@/lib/data/follow-ups";
import { NotFoundError } from "@/lib/data/errors";
import { getFigureChain, listLedger, listLedgerFilterOptions, type LedgerItem } from "@/lib/data/ledger";
import { quoteInContext } from "@/lib/domain/figure-ledger";

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);
const TODAY = day("2026-12-09");
const ids = (items: LedgerItem[]) => items.map((i) => i.id);

describe("the founding case in the ledger", () => {
  let loweId: number;
  let homeOfficeId: number;
  const fig = new Map<string, number>();

  beforeAll(async () => {
    await seedFoundingCase(db);
    loweId = (await db.member.findUniqueOrThrow({ where: { parliamentId: 5158 } })).id;
    homeOfficeId = (await db.answeringBody.findUniqueOrThrow({ where: { name: "Home Office" } })).id;
    const byMeasure = async (prefix: string) => (await db.figure.findFirstOrThrow({ where: { measure: { startsWith: prefix } } })).id;
    fig.set("cost", await byMeasure("Annual cost of tracing absconders"));
    fig.set("pool", await byMeasure("Irregular migrants in the total absconder pool"));
    fig.set("fno", await byMeasure("Foreign national offenders and irregular migrants"));
    fig.set("staff", await byMeasure("Staff dedicated to tracing absconders"));
  });

  it("lists the unresolved cost and the two declined pool figures as open, with department, asker and days open", async () => {
    const ledger = await listLedger({ memberId: loweId, today: TODAY, pageSize: 100 });
    expect(ids(ledger.items)).toEqual(expect.arrayContaining([fig.get("cost"), fig.get("pool"), fig.get("fno")]));
    expect(ids(ledger.items)).not.toContain(fig.get("staff"));
    for (const item of ledger.items) expect(["UNRESOLVED", "DECLINED"]).toContain(item.status);

    const cost = ledger.items.find((i) => i.id === fig.get("cost"))!;
    expect(cost).toMatchObject({
      status: "UNRESOLVED",
      answeringBody: { id: homeOfficeId, name: "Home Office" },
      askingMember: { id: loweId, name: "Rupert Lowe" },
      question: { uin: "95751" },
      openedOn: "2025-12-17",
      resolvedOn: null,
      openPeriod: { days: 357, closed: false },
    });
    expect(cost.measure).toMatch(/^Annual cost of tracing absconders/);
    const pool = ledger.items.find((i) => i.id === fig.get("pool"))!;
    expect(pool).toMatchObject({ status: "DECLINED", question: { uin: "95748" }, askingMember: { name: "Rupert Lowe" } });
    expect(ledger.items.find((i) => i.id === fig.get("fno"))).toMatchObject({ status: "DECLINED", question: { uin: "95741" } });
  });

  it("shows the cost figure in the default ledger and offers Home Office and Rupert Lowe as filters", async () => {
    const ledger = await listLedger({ answeringBodyId: homeOfficeId, pageSize: 100 });
    expect(ids(ledger.items)).toContain(fig.get("cost"));
    expect(ledger.total).toBeGreaterThanOrEqual(3);
    const options = await listLedgerFilterOptions();
    expect(options.departments.map((d) => d.name)).toContain("Home Office");
    expect(options.members.map((m) => m.name)).toContain("Rupert Lowe");
    // Alex Norris answered but asked nothing with a figure.
    expect(options.members.map((m) => m.name)).not.toContain("Alex Norris");
  });

  it("tells the cost figure's chain: asked in 95751, left open by Alex Norris's answer with the quote", async () => {
    const chain = await getFigureChain({ id: fig.get("cost")!, today: TODAY });
    expect(chain.figure).toMatchObject({ status: "UNRESOLVED", reviewState: "ACCEPTED", openedOn: "2025-12-17", openPeriod: { days: 357, closed: false } });
    expect(chain.askedIn).toMatchObject({ uin: "95751", askingMember: { name: "Rupert Lowe" } });
    expect(chain.sourceAnswer?.answeringMember?.name).toBe("Alex Norris");
    expect(chain.sourceAnswer?.dateAnswered).toBe("2025-12-17");
    expect(chain.sourceAnswer?.questions.map((q) => q.uin).sort()).toEqual(["95751", "95752"]);
    expect(chain.figure.quote).toContain("any general estimate would be unreliable");
    const ctx = quoteInContext(chain.sourceAnswer!.text, chain.figure.quote!);
    expect(ctx?.match).toContain("any general estimate would be unreliable");
    expect(chain.answeringBody?.name).toBe("Home Office");
    expect(chain.resolvedBy).toBeNull();
  });

  it("tells the pool figure's chain with the three follow-ups that pursued it", async () => {
    const chain = await getFigureChain({ id: fig.get("pool")! });
    expect(chain.askedIn?.uin).toBe("95748");
    expect(chain.sourceAnswer?.answeringMember).toBeNull();
    expect(chain.followUps.map((u) => u.question.uin).sort()).toEqual(["97688", "97694", "97695"]);
    expect(chain.followUps.every((u) => u.kind === "UNRESOLVED_FIGURE" && u.question.dateTabled === "2025-12-05")).toBe(true);
  });

  it("shows an outside source on a press figure's chain", async () => {
    const press = await db.figure.findFirstOrThrow({ where: { measure: "Migrants in the absconder pool whose whereabouts are unknown" } });
    const chain = await getFigureChain({ id: press.id });
    expect(chain.sourceAnswer).toBeNull();
    expect(chain.figure.sourceTitle).toMatch(/Press report/);
    expect(chain.figure.openPeriod.days).toBeNull();
  });
});

describe("ledger filters, order, paging and chains (factories)", () => {
  const f = {} as Record<"open1" | "declined2" | "resolved3" | "outside4" | "suggested5" | "stated6" | "rejected7" | "quoted8", number>;
  let m1: number;
  let m2: number;
  let bodyA: number;
  let bodyB: number;
  let later: { accepted: number; suggested: number };

  beforeAll(async () => {
    const tag = `${Date.now()}`;
    m1 = (await makeMember({ name: `Ledger Asker One ${tag}` })).id;
    m2 = (await makeMember({ name: `Ledger Asker Two ${tag}` })).id;
    bodyA = (await makeBody({ name: `Ledger A ${tag}` })).id;
    bodyB = (await makeBody({ name: `Ledger B ${tag}` })).id;
    const q1 = await makeQuestion({ askingMemberId: m1, answeringBodyId: bodyA, dateTabled: day("2025-01-02") });
    const q2 = await makeQuestion({ askingMemberId: m2, answeringBodyId: bodyB, dateTabled: day("2025-05-20") });
    const q3 = await makeQuestion({ askingMemberId: m1, answeringBodyId: bodyB, dateTabled: day("2025-02-20") });
    const q4 = await makeQuestion({ askingMemberId: m1, answeringBodyId: bodyB, dateTabled: day("2025-03-20") });
    const q7 = await makeQuestion({ askingMemberId: m1, answeringBodyId: bodyA, dateTabled: day("2025-02-01"), heading: "Pursues the estimate" });
    const q8 = await makeQuestion({ askingMemberId: m1, answeringBodyId: bodyA, dateTabled: day("2025-02-02") });
    const a1 = await makeAnswer([q1.id], { dateAnswered: day("2025-01-10"), html: "<p>Costs vary. Any estimate would be unreliable. We will write.</p>" });
    const a2 = await makeAnswer([q2.id], { dateAnswered: day("2025-06-01") });
    const a3 = await makeAnswer([q3.id], { dateAnswered: day("2025-03-01") });
    const a4 = await makeAnswer([q4.id], { dateAnswered: day("2025-04-01") });
    const a5 = await makeAnswer([q7.id], { dateAnswered: day("2025-02-10") });
    const a6 = await makeAnswer([q8.id], { dateAnswered: day("2025-02-11") });

    f.open1 = (await createFigure({ measure: `Estimate ${tag}`, status: "UNRESOLVED", sourceAnswerId: a1.id, askedInQuestionId: q1.id, quote: "Any estimate would be unreliable." })).id;
    await db.figure.update({ where: { id: f.open1 }, data: { nonAnswerKind: "estimate_unreliable" } });
    f.declined2 = (await createFigure({ measure: `Declined ${tag}`, status: "DECLINED", sourceAnswerId: a2.id })).id;
    await db.figure.update({ where: { id: f.declined2 }, data: { nonAnswerKind: "disproportionate_cost" } });
    f.resolved3 = (await createFigure({ measure: `Resolved ${tag}`, status: "RESOLVED", valueText: "12", sourceAnswerId: a3.id, resolvedByAnswerId: a4.id })).id;
    f.outside4 = (await createFigure({ measure: `Outside ${tag}`, status: "UNRESOLVED", sourceTitle: "A press report", askedInQuestionId: q1.id })).id;
    await db.figure.update({ where: { id: f.outside4 }, data: { createdAt: day("2025-02-01") } });
    f.stated6 = (await createFigure({ measure: `Stated ${tag}`, status: "STATED", valueText: "7", sourceAnswerId: a1.id })).id;
    // Analysis output awaiting an editor, and one an editor turned down: neither is in the ledger.
    f.suggested5 = (await db.figure.create({ data: { measure: `Suggested ${tag}`, status: "UNRESOLVED", sourceAnswerId: a1.id, answeringBodyId: bodyA, reviewState: "SUGGESTED", createdBy: "analysis", suggestionKey: `s-${tag}` } })).id;
    f.rejected7 = (await db.figure.create({ data: { measure: `Rejected ${tag}`, status: "DECLINED", sourceAnswerId: a1.id, answeringBodyId: bodyA, reviewState: "REJECTED", createdBy: "analysis", suggestionKey: `r-${tag}` } })).id;

    // Creating questions and answers runs analysis; this test sets the links and non-answers itself.
    await db.followUp.deleteMany({ where: { toQuestionId: { in: [q7.id, q8.id] } } });
    await db.nonAnswer.deleteMany({ where: { answerId: a1.id } });
    later = {
      accepted: (await createFollowUp({ fromAnswerId: a1.id, toQuestionId: q7.id, kind: "UNRESOLVED_FIGURE", figureId: f.open1, createdBy: "test" })).id,
      suggested: (await createFollowUp({ fromAnswerId: a1.id, toQuestionId: q8.id, kind: "UNRESOLVED_FIGURE", figureId: f.open1, createdBy: "analysis", reviewState: "SUGGESTED" })).id,
    };
    await db.figureResolution.createMany({
      data: [
        { figureId: f.resolved3, answerId: a4.id, valueText: "12", reviewState: "ACCEPTED", createdBy: "editor" },
        { figureId: f.resolved3, answerId: a6.id, valueText: "11", reviewState: "REJECTED" },
        { figureId: f.resolved3, answerId: a5.id, valueText: "about 10", reviewState: "SUGGESTED", score: 0.8 },
      ],
    });
    const text = (await db.answer.findUniqueOrThrow({ where: { id: a1.id } })).text;
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    f.quoted8 = (await db.figure.create({ data: { measure: `Quoted ${tag}`, status: "DECLINED", sourceAnswerId: a1.id, quote: "We will write.", reviewState: "SUGGESTED", suggestionKey: `q-${tag}` } })).id;
    await db.nonAnswer.createMany({
      data: [
        { answerId: a1.id, kind: "will_write", quote: "We will write.", ...at("We will write.") },
        { answerId: a1.id, kind: "estimate_unreliable", quote: "Any estimate would be unreliable.", ...at("Any estimate would be unreliable.") },
      ],
    });
  });

  it("keeps only accepted figures, open ones by default, longest open first", async () => {
    const open = await listLedger({ memberId: m1, today: TODAY });
    expect(ids(open.items)).toEqual([f.open1, f.outside4]);
    expect(open.items[0]!.openPeriod).toEqual({ days: 698, closed: false });
    // No source answer: open since the figure was recorded.
    expect(open.items[1]).toMatchObject({ openedOn: "2025-02-01", answeringBody: { id: bodyA }, askingMember: { id: m1 }, sourceTitle: "A press report" });
    const newest = await listLedger({ memberId: m1, sort: "newest", today: TODAY });
    expect(ids(newest.items)).toEqual([f.outside4, f.open1]);
  });

  it("filters by the member who asked a question the source answer answered, by department and by kind", async () => {
    expect(ids((await listLedger({ memberId: m2 })).items)).toEqual([f.declined2]);
    expect(ids((await listLedger({ answeringBodyId: bodyB })).items)).toEqual([f.declined2]);
    expect(ids((await listLedger({ answeringBodyId: bodyB, status: "RESOLVED" })).items)).toEqual([f.resolved3]);
    expect(ids((await listLedger({ memberId: m1, nonAnswerKind: "estimate_unreliable" })).items)).toEqual([f.open1]);
    expect((await listLedger({ memberId: m1, nonAnswerKind: "not_held" })).total).toBe(0);
    expect(ids((await listLedger({ answeringBodyId: bodyA, status: "DECLINED" })).items)).toEqual([]);
    expect(ids((await listLedger({ memberId: m2, status: "UNRESOLVED" })).items)).toEqual([]);
  });

  it("counts a resolved figure's days open to the day it was resolved", async () => {
    const resolved = await listLedger({ memberId: m1, status: "RESOLVED", today: TODAY });
    expect(resolved.items).toHaveLength(1);
    expect(resolved.items[0]).toMatchObject({ id: f.resolved3, openedOn: "2025-03-01", resolvedOn: "2025-04-01", openPeriod: { days: 31, closed: true }, valueText: "12" });
  });

  it("orders every status by days open (never-open last) or by department, and pages through", async () => {
    const all = await listLedger({ memberId: m1, status: "ALL", today: TODAY });
    expect(ids(all.items)).toEqual([f.open1, f.outside4, f.resolved3, f.stated6]);
    expect(all.items[3]!.openPeriod.days).toBeNull();
    const byDept = await listLedger({ memberId: m1, status: "ALL", sort: "department", today: TODAY });
    expect(ids(byDept.items)).toEqual([f.open1, f.outside4, f.stated6, f.resolved3]);
    expect(byDept.items.map((i) => i.answeringBody?.id)).toEqual([bodyA, bodyA, bodyA, bodyB]);

    const p1 = await listLedger({ memberId: m1, status: "ALL", pageSize: 3, page: 1, today: TODAY });
    const p2 = await listLedger({ memberId: m1, status: "ALL", pageSize: 3, page: 2, today: TODAY });
    expect({ total: p1.total, pageCount: p1.pageCount }).toEqual({ total: 4, pageCount: 2 });
    expect([...ids(p1.items), ...ids(p2.items)]).toEqual(ids(all.items));
    const beyond = await listLedger({ memberId: m1, status: "ALL", pageSize: 3, page: 5 });
    expect(beyond).toMatchObject({ total: 4, page: 5, items: [] });
  });

  it("chains only accepted follow-ups, every resolution with its state, and the answer's non-answers", async () => {
    const chain = await getFigureChain({ id: f.open1 });
    expect(chain.followUps.map((u) => u.id)).toEqual([later.accepted]);
    expect(chain.followUps[0]!.question.heading).toBe("Pursues the estimate");
    expect(chain.figure.nonAnswerKind).toBe("estimate_unreliable");
    expect(chain.sourceAnswer?.nonAnswers.map((n) => n.kind)).toEqual(["estimate_unreliable", "will_write"]);
    expect(chain.declinedAs).toBe("estimate_unreliable");
    // No kind of its own: the non-answer found in the passage it quotes says how it was declined.
    expect((await getFigureChain({ id: f.quoted8 })).declinedAs).toBe("will_write");
    expect((await getFigureChain({ id: f.outside4 })).declinedAs).toBeNull();

    const resolved = await getFigureChain({ id: f.resolved3 });
    expect(resolved.resolutions.map((r) => [r.reviewState, r.valueText, r.answer.dateAnswered])).toEqual([
      ["SUGGESTED", "about 10", "2025-02-10"],
      ["REJECTED", "11", "2025-02-11"],
      ["ACCEPTED", "12", "2025-04-01"],
    ]);
    expect(resolved.resolvedBy?.dateAnswered).toBe("2025-04-01");
    expect(resolved.figure.resolvedOn).toBe("2025-04-01");
  });

  it("still tells the chain of a suggested or rejected figure, marked as such", async () => {
    expect((await getFigureChain({ id: f.suggested5 })).figure).toMatchObject({ reviewState: "SUGGESTED", createdBy: "analysis" });
    expect((await getFigureChain({ id: f.rejected7 })).figure.reviewState).toBe("REJECTED");
    const everything = await listLedger({ memberId: m1, status: "ALL", pageSize: 100 });
    expect(ids(everything.items)).not.toContain(f.suggested5);
    expect(ids(everything.items)).not.toContain(f.rejected7);
  });

  it("throws NotFoundError for an unknown figure", async () => {
    await expect(getFigureChain({ id: 999_999_999 })).rejects.toBeInstanceOf(NotFoundError);
  });
});
