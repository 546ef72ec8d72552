import { describe, expect, it } from "vitest";
import { htmlToPlainText, sanitizeAnswerHtml } from "@/lib/html/sanitize";
import { UIN_95750, UIN_95752 } from "@/test/fixtures/analysis-founding-case";
import { analyzeAnswer } from "./analyze";

describe("analyzeAnswer", () => {
  it("analyses the founding case's HTML answer (95748/95750) against its stored plain text", () => {
    const analysis = analyzeAnswer({ questionText: UIN_95750.questionText, answerText: UIN_95750.answerHtml });
    expect(analysis.text).toBe(htmlToPlainText(sanitizeAnswerHtml(UIN_95750.answerHtml)));
    expect(analysis.nonAnswers.map((f) => f.kind)).toEqual(expect.arrayContaining(["not_available", "disproportionate_cost", "no_comment"]));
    for (const f of [...analysis.nonAnswers, ...analysis.figures]) expect(analysis.text.slice(f.start, f.end)).not.toBe("");
    for (const f of analysis.nonAnswers) expect(analysis.text.slice(f.start, f.end)).toBe(f.quote);
    expect(analysis.references).toEqual([expect.objectContaining({ uin: "74872", date: null, source: "answer" })]);
    const ref = analysis.references[0]!;
    expect(analysis.text.slice(ref.start, ref.end)).toBe("74872");
    expect(analysis.questionParts.map((p) => p.label)).toEqual(["1", "2"]);
  });

  it("analyses the founding case's plain answer (95752): one unreliable estimate, c.65 staff", () => {
    const analysis = analyzeAnswer({ questionText: UIN_95752.questionText, answerText: UIN_95752.answerText });
    expect(analysis.text).toBe(UIN_95752.answerText);
    expect(analysis.nonAnswers.map((f) => f.kind)).toEqual(["estimate_unreliable"]);
    expect(analysis.figures.map((f) => [f.value, f.unit, f.approximate])).toEqual([[65, "staff", true]]);
    expect(analysis.questionParts.find((p) => p.label === "1")?.answered).toBe(true);
  });

  it("tags references by the text they come from, with question offsets into the question", () => {
    const questionText = "To ask the Secretary of State for Health, pursuant to the Answer of 11 November 2024 to Question 11938, what estimate he has made.";
    const analysis = analyzeAnswer({ questionText, answerText: "<p>I refer the hon. Member to the answer I gave on 3 December 2025 to Question 95752.</p>" });
    expect(analysis.references.map((r) => [r.source, r.uin, r.date])).toEqual([
      ["question", "11938", "2024-11-11"],
      ["answer", "95752", "2025-12-03"],
    ]);
    const q = analysis.references[0]!;
    expect(questionText.slice(q.start, q.end)).toBe("11938");
    expect(analysis.nonAnswers.map((f) => f.kind)).toEqual(["referral"]);
  });

});
