import { describe, expect, it } from "vitest";
import { UIN_95752 } from "@/test/fixtures/analysis-founding-case";
import { processLine } from "./jsonl";

describe("processLine", () => {
  it("analyses a valid line into the CLI's output shape", () => {
    const result = processLine(JSON.stringify({ id: 1858568, question_text: UIN_95752.questionText, answer_text: UIN_95752.answerText }));
    expect(result.kind).toBe("ok");
    if (result.kind !== "ok") return;
    expect(Object.keys(result.output)).toEqual(["id", "nonAnswers", "figures", "references"]);
    expect(result.output.id).toBe(1858568);
    expect(result.output.nonAnswers).toEqual([
      { kind: "estimate_unreliable", quote: expect.stringMatching(/^Given these variables, any general estimate would be unreliable/) },
    ]);
    expect(result.output.figures).toEqual([
      { value: 65, unit: "staff", subject: "staff", approximate: true, quote: expect.stringContaining("c.65 staff") },
    ]);
    expect(result.output.references).toEqual([]);
  });

  it("lists each referenced UIN once, from question and answer, keeping a known date", () => {
    const result = processLine(JSON.stringify({
      id: "x",
      question_text: "Pursuant to the Answer of 12 November 2025 to Question 123, what",
      answer_text: "<p>See Question 123 and UIN 74872.</p>",
    }));
    expect(result).toMatchObject({ kind: "ok", output: { id: "x", references: [{ uin: "123", date: "2025-11-12" }, { uin: "74872", date: null }] } });
  });

  it("ignores blank lines", () => {
    expect(processLine("")).toEqual({ kind: "blank" });
    expect(processLine("   \t")).toEqual({ kind: "blank" });
  });

  it("explains malformed lines", () => {
    expect(processLine("{not json")).toMatchObject({ kind: "error", message: expect.stringMatching(/^invalid JSON/) });
    expect(processLine("[1,2]")).toEqual({ kind: "error", message: "expected a JSON object" });
    expect(processLine('{"question_text":"q","answer_text":"a"}')).toEqual({ kind: "error", message: 'missing field "id"' });
    expect(processLine('{"id":true,"question_text":"q","answer_text":"a"}')).toEqual({ kind: "error", message: '"id" must be a string or a number' });
    expect(processLine('{"id":1,"answer_text":"a"}')).toEqual({ kind: "error", message: 'missing field "question_text"' });
    expect(processLine('{"id":1,"question_text":"q","answer_text":5}')).toEqual({ kind: "error", message: '"answer_text" must be a string' });
  });
});
