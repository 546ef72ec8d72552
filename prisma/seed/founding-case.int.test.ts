import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedFoundingCase } from "./founding-case";
import { findQuestionByKey } from "@/lib/data/questions";
import { getQuestion } from "@/lib/data/question-detail";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("founding case seed", () => {
  it("creates the case once and nothing on a second run", async () => {
    await seedFoundingCase(db);
    const counts = async () => ({
      members: await db.member.count({ where: { parliamentId: { in: [5158, 4641] } } }),
      questions: await db.question.count({ where: { askingMember: { parliamentId: 5158 } } }),
      figures: await db.figure.count(),
      followUps: await db.followUp.count({ where: { createdBy: "seed" } }),
    });
    const first = await counts();
    const again = await seedFoundingCase(db);
    expect(again.created).toEqual({ questions: 0, answers: 0, figures: 0, followUps: 0, suggestions: 0 });
    expect(await counts()).toEqual(first);
    expect(first.members).toBe(2);
    expect(first.questions).toBeGreaterThanOrEqual(19);
    expect(first.followUps).toBeGreaterThanOrEqual(9);
  });

  it("holds Norris's answer to 95752, grouped with 95751, and the figures it stated and left open", async () => {
    await seedFoundingCase(db);
    const key = await findQuestionByKey({ house: "COMMONS", uin: "95752", dateTabled: day("2025-12-01") });
    const q = await getQuestion({ id: key!.id });
    expect(q.status).toBe("ANSWERED");
    expect(q.askingMember.name).toBe("Rupert Lowe");
    expect(q.answers).toHaveLength(1);
    expect(q.answers[0]!.answeringMember?.name).toBe("Alex Norris");
    expect(q.answers[0]!.html).toContain("c.65 staff currently dedicated to tracing activities");
    expect(q.groupedQuestions.map((g) => g.uin)).toEqual(["95751"]);
    expect(q.officialUrl).toBe("https://questions-statements.parliament.uk/written-questions/detail/2025-12-01/95752");
    const staff = q.figures.find((f) => f.measure.startsWith("Staff dedicated"));
    expect(staff).toMatchObject({ value: 65, approximate: true, status: "STATED" });
    expect(q.followedUpBy.map((f) => f.to.uin).sort()).toEqual(["97689", "97693", "97696"]);
  });

  it("keeps the 5 December follow-ups unanswered and linked back", async () => {
    await seedFoundingCase(db);
    for (const uin of ["97688", "97689", "97690", "97691", "97692", "97693", "97694", "97695", "97696"]) {
      const key = await findQuestionByKey({ house: "COMMONS", uin, dateTabled: day("2025-12-05") });
      const q = await getQuestion({ id: key!.id });
      expect(q.status, uin).toBe("TABLED");
      expect(q.followsUp.length, uin).toBeGreaterThan(0);
    }
    const cost = await db.figure.findFirst({ where: { measure: { contains: "cost" } } });
    expect(cost?.status).toBe("UNRESOLVED");
    expect(cost?.value).toBeNull();
  });
});
