import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeBody, makeQuestion } from "@/prisma/seed/factories";
import { CANDIDATES_SQL, candidateQuestionIds } from "@/lib/data/similar-sqlite";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("candidateQuestionIds (follow-up suggestions)", () => {
  it("finds the department's questions of the window that share a word, best first, and no others", async () => {
    const w = `zqc${Math.random().toString(36).slice(2, 8)}`;
    const body = (await makeBody({})).id;
    const otherBody = (await makeBody({})).id;
    const inHeading = (await makeQuestion({ answeringBodyId: body, dateTabled: day("2025-05-02"), heading: `${w} funding`, text: "To ask about it." })).id;
    const inText = (await makeQuestion({ answeringBodyId: body, dateTabled: day("2025-05-03"), heading: "Other", text: `To ask about ${w}.` })).id;
    await makeQuestion({ answeringBodyId: otherBody, dateTabled: day("2025-05-03"), heading: `${w}`, text: "Another department." });
    await makeQuestion({ answeringBodyId: body, dateTabled: day("2025-01-03"), heading: `${w}`, text: "Before the window." });
    const self = (await makeQuestion({ answeringBodyId: body, dateTabled: day("2025-05-04"), heading: `${w}`, text: "The question itself." })).id;
    const found = await candidateQuestionIds(db, { words: [w.slice(0, 6)], answeringBodyId: body, from: day("2025-04-01"), to: day("2025-05-04"), excludeId: self, limit: 30 });
    // Heading ×10 against text ×4: the heading match ranks first.
    expect(found).toEqual([inHeading, inText]);
  });

  it("gathers the window's questions from the department index and checks matches against them", async () => {
    const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${CANDIDATES_SQL}`, '{heading question} : ("cost"*)', 1, "2025-01-01", "2025-12-01", 1, 30);
    const plan = rows.map((r) => r.detail).join("\n");
    expect(plan).toContain("SCAN question_search VIRTUAL TABLE");
    expect(plan).toMatch(/SEARCH q USING COVERING INDEX Question_answeringBodyId_dateTabled_id_idx \(answeringBodyId=\? AND dateTabled>\? AND dateTabled<\?\)/);
    expect(plan).not.toMatch(/SEARCH q USING INTEGER PRIMARY KEY/);
  });
});
