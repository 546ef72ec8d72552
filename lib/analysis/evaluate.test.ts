import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, parseEvalItems, predict, type EvalItem } from "./evaluate";

const FIXTURE = path.join(process.cwd(), "test/fixtures/analysis-eval.jsonl");

function item(answer: string, labels: Partial<EvalItem["labels"]>): EvalItem {
  return { id: "t", question_text: "", answer_text: answer, labels: { nonAnswers: [], references: [], ...labels } };
}

describe("evaluate (scoring rules)", () => {
  it("matches a prediction to a gold passage of the same kind when the spans overlap", () => {
    const text = "Sentence one is fine. The information is not held centrally. Last one.";
    const gold = item(text, { nonAnswers: [{ kind: "not_held", quote: "The information is not held" }] });
    const hit = evaluate([gold], [{ nonAnswers: [{ kind: "not_held", start: 22, end: 61, quote: "" }], references: [] }]);
    expect(hit.perKind.not_held).toMatchObject({ gold: 1, predicted: 1, tp: 1, found: 1, precision: 1, recall: 1 });
    const wrongKind = evaluate([gold], [{ nonAnswers: [{ kind: "not_available", start: 22, end: 61, quote: "x" }], references: [] }]);
    expect(wrongKind.overall).toMatchObject({ gold: 1, predicted: 1, tp: 0, found: 0, precision: 0, recall: 0 });
    expect(wrongKind.falsePositives).toEqual([{ id: "t", kind: "not_available", quote: "x" }]);
    expect(wrongKind.falseNegatives).toEqual([{ id: "t", kind: "not_held", quote: "The information is not held" }]);
    const elsewhere = evaluate([gold], [{ nonAnswers: [{ kind: "not_held", start: 0, end: 21, quote: "y" }], references: [] }]);
    expect(elsewhere.perKind.not_held).toMatchObject({ tp: 0, found: 0 });
  });

  it("locates a quote labelled twice at its second occurrence", () => {
    const s = "It could only be obtained at disproportionate cost.";
    const text = `${s} Some figures. ${s}`;
    const gold = item(text, { nonAnswers: [{ kind: "disproportionate_cost", quote: s }, { kind: "disproportionate_cost", quote: s }] });
    const report = evaluate([gold], [predict(gold)]);
    expect(report.perKind.disproportionate_cost).toMatchObject({ gold: 2, predicted: 2, tp: 2, found: 2 });
  });

  it("counts gold quotes missing from the text as unlocated misses", () => {
    const report = evaluate([item("Nothing here.", { nonAnswers: [{ kind: "holding", quote: "not in the text" }] })], [{ nonAnswers: [], references: [] }]);
    expect(report.unlocated).toHaveLength(1);
    expect(report.perKind.holding.recall).toBe(0);
  });

  it("matches references on normalised UIN and source, and scores dates separately", () => {
    const gold = item("", { references: [{ uin: "UIN 95752", date: "2025-12-03", source: "answer" }, { uin: "74872", date: null, source: "question" }] });
    const report = evaluate([gold], [{
      nonAnswers: [],
      references: [
        { uin: "95752", date: null, source: "answer" },
        { uin: "74872", date: null, source: "answer" },
      ],
    }]);
    expect(report.references).toMatchObject({ gold: 2, predicted: 2, tp: 1, precision: 0.5, recall: 0.5, dated: 1, dateCorrect: 0 });
  });

  it("treats empty sets as perfect rather than dividing by zero", () => {
    const report = evaluate([item("Nothing.", {})], [{ nonAnswers: [], references: [] }]);
    expect(report.overall).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe("evaluation on the hand-labelled set (test/fixtures/analysis-eval.jsonl)", () => {
  const items = parseEvalItems(readFileSync(FIXTURE, "utf8"));
  const report = evaluate(items, items.map(predict));

  it("has a labelled set of real answers", () => {
    expect(items.length).toBeGreaterThanOrEqual(170);
  });

  it("finds non-answers with precision ≥ 0.9 and recall ≥ 0.85", () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("finds references with precision ≥ 0.95 and recall ≥ 0.95", () => {
    expect(report.references.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.references.recall).toBeGreaterThanOrEqual(0.95);
  });
});
