import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { analyseAnswer } from "@/lib/data/suggestions/answer-analysis";
import { listSuggestionsForQuestion } from "@/lib/data/suggestions/list";
import { reviewFigure, reviewFollowUp, reviewResolution } from "@/lib/data/reviews";
import { getQuestion } from "@/lib/data/question-detail";
import { createFigure } from "@/lib/data/figures";
import { makeAnswer, makeBody, makeMember, makeQuestion } from "@/prisma/seed/factories";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("analysis when an answer is saved", () => {
  it("stores non-answers and suggests the figure left open; a rejected one is never suggested again", async () => {
    const q = await makeQuestion({ heading: "Prisons: Staff", text: "To ask the Secretary of State for Justice, how many prison officers were assaulted in each prison in 2024." });
    const a = await makeAnswer([q.id], {
      html: "<p>The information requested is not held centrally and could only be obtained at disproportionate cost.</p>",
    });
    const nonAnswers = await db.nonAnswer.findMany({ where: { answerId: a.id } });
    expect(nonAnswers.map((n) => n.kind).sort()).toEqual(expect.arrayContaining(["disproportionate_cost"]));

    const { figures } = await listSuggestionsForQuestion({ questionId: q.id });
    expect(figures.length).toBeGreaterThan(0);
    const declined = figures.find((f) => f.status === "DECLINED")!;
    expect(declined.quote).toContain("disproportionate cost");
    expect((await getQuestion({ id: q.id })).figures).toHaveLength(0); // not in the ledger until accepted

    await reviewFigure({ id: declined.id, decision: "reject" });
    await db.$transaction((tx) => analyseAnswer(tx, a.id));
    const again = await listSuggestionsForQuestion({ questionId: q.id });
    expect(again.figures.find((f) => f.quote === declined.quote)).toBeUndefined();
    expect(await db.figure.count({ where: { sourceAnswerId: a.id, quote: declined.quote } })).toBe(1);
  });

  it("accepting a suggested figure (with edits) puts it in the ledger", async () => {
    const q = await makeQuestion({ heading: "Police: Recruitment", text: "To ask the Secretary of State for the Home Department, how many police officers were recruited in 2024." });
    await makeAnswer([q.id], { html: "<p>In 2024, forces recruited around 8,100 police officers.</p>" });
    const stated = (await listSuggestionsForQuestion({ questionId: q.id })).figures.find((f) => f.status === "STATED");
    expect(stated).toMatchObject({ value: 8100, approximate: true });
    await reviewFigure({ id: stated!.id, decision: "accept", edits: { measure: "Police officers recruited in 2024" } });
    const ledger = (await getQuestion({ id: q.id })).figures;
    expect(ledger.map((f) => f.measure)).toEqual(["Police officers recruited in 2024"]);
  });

  it("links an explicit reference to the earlier question automatically", async () => {
    const member = await makeMember();
    const body = await makeBody();
    const earlier = await makeQuestion({ askingMemberId: member.id, answeringBodyId: body.id, uin: "555101", dateTabled: day("2025-10-01") });
    await makeAnswer([earlier.id], { dateAnswered: day("2025-10-06") });
    const later = await makeQuestion({ askingMemberId: member.id, answeringBodyId: body.id, dateTabled: day("2025-11-03") });
    await makeAnswer([later.id], {
      dateAnswered: day("2025-11-10"),
      html: "<p>I refer the hon. Member to the answer I gave on 6 October 2025 to Question 555101.</p>",
    });
    const detail = await getQuestion({ id: later.id });
    expect(detail.followsUp).toEqual([expect.objectContaining({ kind: "EXPLICIT_REFERENCE", from: expect.objectContaining({ id: earlier.id }) })]);
    expect((await getQuestion({ id: earlier.id })).followedUpBy.map((f) => f.to.id)).toEqual([later.id]);
  });
});

describe("suggested follow-ups and resolutions", () => {
  it("suggests a same-subject link to an earlier question to the same department; accepting shows it on both", async () => {
    const body = await makeBody();
    const a = await makeMember();
    const b = await makeMember();
    const earlier = await makeQuestion({
      askingMemberId: a.id,
      answeringBodyId: body.id,
      dateTabled: day("2025-09-01"),
      heading: "Immigration Bail: Absconding",
      text: "To ask the Secretary of State for the Home Department, how many people on immigration bail absconded in each of the last three years.",
    });
    await makeAnswer([earlier.id], { dateAnswered: day("2025-09-05"), html: "<p>We publish quarterly statistics.</p>" });
    const later = await makeQuestion({
      askingMemberId: b.id,
      answeringBodyId: body.id,
      dateTabled: day("2025-10-20"),
      heading: "Immigration Bail: Absconding",
      text: "To ask the Secretary of State for the Home Department, what proportion of people released on immigration bail absconded in 2024.",
    });
    const pending = await listSuggestionsForQuestion({ questionId: later.id });
    const link = pending.links.find((l) => l.kind === "SAME_SUBJECT" && l.from.some((q) => q.id === earlier.id));
    expect(link).toBeDefined();
    expect((await getQuestion({ id: later.id })).followsUp).toHaveLength(0);

    await reviewFollowUp({ id: link!.id, decision: "accept" });
    expect((await getQuestion({ id: later.id })).followsUp.map((f) => f.from.id)).toContain(earlier.id);
    expect((await getQuestion({ id: earlier.id })).followedUpBy.map((f) => f.to.id)).toContain(later.id);
  });

  it("suggests resolving an open figure when a later answer states it; the figure keeps its origin", async () => {
    const body = await makeBody();
    const member = await makeMember();
    const asked = await makeQuestion({
      askingMemberId: member.id,
      answeringBodyId: body.id,
      dateTabled: day("2025-06-02"),
      heading: "Asylum: Hotels",
      text: "To ask the Secretary of State for the Home Department, what the annual cost of asylum hotels was in 2024.",
    });
    const declined = await makeAnswer([asked.id], { dateAnswered: day("2025-06-09"), html: "<p>The information is not available.</p>" });
    const figure = await createFigure({ measure: "Annual cost of asylum hotels in 2024", status: "UNRESOLVED", sourceAnswerId: declined.id, askedInQuestionId: asked.id, quote: "The information is not available." });

    const again = await makeQuestion({
      askingMemberId: member.id,
      answeringBodyId: body.id,
      dateTabled: day("2025-09-01"),
      heading: "Asylum: Hotels",
      text: "To ask the Secretary of State for the Home Department, what the cost of asylum hotels was in 2024.",
    });
    const pursuit = (await listSuggestionsForQuestion({ questionId: again.id })).links.find((l) => l.kind === "UNRESOLVED_FIGURE");
    expect(pursuit).toBeDefined();

    const supplying = await makeAnswer([again.id], { dateAnswered: day("2025-09-08"), html: "<p>The cost of asylum hotels in 2024 was £2.1 billion.</p>" });
    const resolution = (await listSuggestionsForQuestion({ questionId: again.id })).resolutions.find((r) => r.figure.id === figure.id);
    expect(resolution).toMatchObject({ answerId: supplying.id, value: 2_100_000_000 });
    await reviewResolution({ id: resolution!.id, decision: "accept" });
    const after = await db.figure.findUniqueOrThrow({ where: { id: figure.id }, include: { resolutions: true } });
    expect(after).toMatchObject({ status: "RESOLVED", resolvedByAnswerId: supplying.id, sourceAnswerId: declined.id, quote: "The information is not available.", value: 2_100_000_000 });
    expect(after.resolutions.map((r) => r.reviewState)).toEqual(["ACCEPTED"]);
  });
});
