import { beforeEach, describe, expect, it } from "vitest";
import { forgetImportedQuestions } from "@/test/forget-imports";
import { db } from "@/lib/db";
import { runImport, UsageError } from "@/lib/import/run-import";

const F = "test/fixtures/import";

describe("runImport", () => {
  beforeEach(forgetImportedQuestions);

  it("imports files, counts per entity, and a re-import is all unchanged", async () => {
    const paths = [`${F}/wrapped-correction-grouped.json`, `${F}/members-api-sample.json`, `${F}/paged-response.json`, `${F}/members-and-bodies-sample.json`];
    const first = await runImport({ paths, analyse: false, batchSize: 3 });
    expect(first.rejections).toEqual([]);
    expect(first.files.map((f) => f.records)).toEqual([4, 2, 2, 4]);
    expect(first.questions.created + first.questions.updated).toBe(8);
    expect(first.answers.created).toBeGreaterThan(0);
    const second = await runImport({ paths, analyse: false });
    expect(second.questions).toEqual({ created: 0, updated: 0, unchanged: 8, rejected: 0 });
    expect(second.answers.created + second.answers.updated).toBe(0);
    expect(second.members.created + second.members.updated).toBe(0);
    expect(second.bodies.created + second.bodies.updated).toBe(0);
    expect((await db.member.findUnique({ where: { parliamentId: 163 } }))?.name).toBe("Sir Stephen Timms");
  });

  it("a malformed file rejects with clear messages, imports the good records and changes nothing stored", async () => {
    await runImport({ paths: [`${F}/snapshot-2025-12-10.json`], analyse: false });
    const snapshot = await db.question.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, text: true, updatedAt: true } });
    const s = await runImport({ paths: [`${F}/malformed-truncated.json`, `${F}/malformed-wrong-types.json`, `${F}/malformed-unknown-house.json`], analyse: false });
    expect(s.rejections.map((r) => r.sourceRef)).toEqual(["malformed-truncated.json", "malformed-wrong-types.json#1", "malformed-wrong-types.json#2", "malformed-wrong-types.json#3", "malformed-unknown-house.json#1"]);
    expect(s.rejections[0]!.reason).toMatch(/not valid JSON/);
    expect(s.rejections[4]!.reason).toMatch(/unknown house "Scottish"/);
    expect(s.questions.rejected).toBe(5);
    // Filtered in memory: other suites share this database, and an `in` list of every id can exceed SQLite's parameter limit.
    const before = new Set(snapshot.map((q) => q.id));
    const after = (await db.question.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, text: true, updatedAt: true } })).filter((q) => before.has(q.id));
    expect(after).toEqual(snapshot);
  });

  it("--dry-run rolls everything back", async () => {
    const before = await db.question.count();
    const s = await runImport({ paths: [`${F}/detail-bare.json`, `${F}/longform-target.json`], dryRun: true, analyse: false });
    expect(s.dryRun).toBe(true);
    expect(s.questions.created).toBeGreaterThan(0);
    expect(await db.question.count()).toBe(before);
  });

  it("completes truncated text from a longform file (also when the .gz is among the paths)", async () => {
    const s = await runImport({ paths: [`${F}/longform-target.json`, `${F}/longform-sample.jsonl.gz`], analyse: false });
    expect(s.rejections).toEqual([]);
    const q = await db.question.findUnique({ where: { parliamentId: 1721288 }, include: { answers: { include: { answer: true } } } });
    const answer = q!.answers[0]!.answer;
    expect(answer.textTruncated).toBe(false);
    expect(answer.text.length).toBeGreaterThan(300);
  });

  it("a members list sets a member's details; copies embedded in question records only fill gaps, in any order", async () => {
    const questions = `${F}/falconer-questions.json`;
    const members = `${F}/falconer-members.json`;
    // The two records embed "Mr Hamish Falconer" and "Hamish Falconer"; the members list says the latter.
    await runImport({ paths: [questions, members], analyse: false });
    const name = async () => (await db.member.findUnique({ where: { parliamentId: 5148 } }))!.name;
    expect(await name()).toBe("Hamish Falconer");
    for (const paths of [[questions, members], [members, questions], [questions]]) {
      const again = await runImport({ paths, analyse: false });
      expect(again.members.updated + again.members.created).toBe(0);
      expect(again.questions.updated + again.questions.created).toBe(0);
    }
    expect(await name()).toBe("Hamish Falconer");
  });

  it("usage errors for missing paths", async () => {
    await expect(runImport({ paths: [`${F}/no-such-file.json`] })).rejects.toBeInstanceOf(UsageError);
  });
});
