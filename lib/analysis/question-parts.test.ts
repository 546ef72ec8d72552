import { describe, expect, it } from "vitest";
import { UIN_95750, UIN_95752 } from "@/test/fixtures/analysis-founding-case";
import { answerPlainText } from "./analyze";
import { detectNonAnswers } from "./non-answers";
import { assessParts, splitQuestionParts } from "./question-parts";

describe("splitQuestionParts", () => {
  it("splits (a) (b) (c), keeping the stem as 'main' (founding case 95748)", () => {
    const q = "To ask the Secretary of State for the Home Department, how many irregular migrants in the total absconder pool (a) have been located, (b) have been removed from the UK and (c) remain at large as of the most recent date for which data is available.";
    expect(splitQuestionParts(q)).toEqual([
      { label: "main", text: "how many irregular migrants in the total absconder pool" },
      { label: "a", text: "have been located" },
      { label: "b", text: "have been removed from the UK" },
      { label: "c", text: "remain at large as of the most recent date for which data is available" },
    ]);
  });

  it("keeps nested (i) (ii) inside their lettered part and follows '; and (b)' (id 1655766 style)", () => {
    const q = "To ask the Secretary of State for Transport, what steps her Department is taking to help (a) prevent (i) serious delays and (ii) cancellations; and (b) provide adequate alternate travel provisions.";
    expect(splitQuestionParts(q).map((p) => p.label)).toEqual(["main", "a", "b"]);
    expect(splitQuestionParts(q)[1]?.text).toBe("prevent (i) serious delays and (ii) cancellations");
  });

  it("splits (1) (2) and, without labels, '; and whether …' clauses", () => {
    expect(splitQuestionParts("To ask His Majesty's Government (1) how many staff there are, and (2) what they cost.")).toEqual([
      { label: "1", text: "how many staff there are" },
      { label: "2", text: "what they cost" },
    ]);
    expect(splitQuestionParts(UIN_95752.questionText)).toEqual([
      { label: "1", text: "how many civil servants are assigned to locating absconded foreign national offenders and irregular migrants" },
      { label: "2", text: "whether performance targets are in place for reducing the size of the absconder pool" },
    ]);
  });

  it("gives one 'main' part for a single question, without the preamble (with commas in the department's name)", () => {
    expect(splitQuestionParts("To ask the Secretary of State for Environment, Food and Rural Affairs, what progress he has made on tree planting.")).toEqual([
      { label: "main", text: "what progress he has made on tree planting" },
    ]);
  });
});

describe("assessParts", () => {
  it("marks the founding case's staff count answered and leaves the targets part undecided (95752)", () => {
    const text = UIN_95752.answerText;
    const parts = assessParts(splitQuestionParts(UIN_95752.questionText), text, detectNonAnswers(text));
    expect(parts.map((p) => [p.label, p.answered])).toEqual([["1", true], ["2", null]]);
  });

  it("marks a part unanswered when only non-answer sentences speak of it (95750: risk categories)", () => {
    const text = answerPlainText(UIN_95750.answerHtml);
    const parts = assessParts(splitQuestionParts(UIN_95750.questionText), text, detectNonAnswers(text));
    expect(parts[0]?.answered).toBeNull();
    expect(parts[1]).toMatchObject({ label: "2", answered: false, nonAnswerKind: "not_available" });
  });

  it("marks every part unanswered when the whole answer is a non-answer", () => {
    const text = "The information requested is not held centrally and could only be obtained at disproportionate cost.";
    const parts = assessParts(splitQuestionParts("To ask the Secretary of State for Justice, how many (a) men and (b) women were recalled."), text, detectNonAnswers(text));
    expect(parts.map((p) => [p.label, p.answered, p.nonAnswerKind])).toEqual([
      ["main", false, "disproportionate_cost"],
      ["a", false, "disproportionate_cost"],
      ["b", false, "disproportionate_cost"],
    ]);
  });

  it("marks parts answered by figures and unanswered by refusals in one answer", () => {
    const question = "To ask the Secretary of State for Defence, how many (a) army recruits and (b) navy recruits were there in 2024.";
    const text = "There were 1,234 army recruits in 2024. Data on navy recruits is not held centrally.";
    const parts = assessParts(splitQuestionParts(question), text, detectNonAnswers(text));
    expect(parts.find((p) => p.label === "a")?.answered).toBe(true);
    expect(parts.find((p) => p.label === "b")).toMatchObject({ answered: false, nonAnswerKind: "not_held" });
  });
});
