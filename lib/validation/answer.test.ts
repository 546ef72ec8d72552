import { describe, expect, it } from "vitest";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation/form-data";
import { answerInputSchema } from "@/lib/validation/answer";

const valid = { questionId: "12", kind: "SUBSTANTIVE", dateAnswered: "2025-12-17", html: "The Home Office has c.65 staff." };

function errorsOf(input: Record<string, unknown>) {
  const r = answerInputSchema.safeParse(input);
  if (r.success) throw new Error("expected the input to be refused");
  return fieldErrorsOf(r.error);
}

describe("answerInputSchema", () => {
  it("parses a substantive answer", () => {
    expect(answerInputSchema.parse({ ...valid, answeringMemberId: "4", correctsAnswerId: "", alsoAnswers: "" })).toEqual({
      questionId: 12,
      kind: "SUBSTANTIVE",
      dateAnswered: new Date(Date.UTC(2025, 11, 17)),
      answeringMemberId: 4,
      html: "The Home Office has c.65 staff.",
      correctsAnswerId: undefined,
      alsoAnswers: [],
    });
  });

  it("splits grouped UINs on commas and spaces, upper-cased and without repeats", () => {
    expect(answerInputSchema.parse({ ...valid, alsoAnswers: " 95751, 95750 ;95751\nhl12 " }).alsoAnswers).toEqual(["95751", "95750", "HL12"]);
    expect(answerInputSchema.parse(valid).alsoAnswers).toEqual([]);
  });

  it("names the UINs that are not UINs", () => {
    expect(errorsOf({ ...valid, alsoAnswers: "95751, abc 12x" })).toEqual({
      alsoAnswers: ['Also answers: "ABC", "12X" are not UINs (e.g. 95751, HL1234).'],
    });
    expect(errorsOf({ ...valid, alsoAnswers: "9575a" })).toEqual({ alsoAnswers: ['Also answers: "9575A" is not a UIN (e.g. 95751, HL1234).'] });
  });

  it("puts each error on its own field", () => {
    expect(errorsOf({ ...valid, kind: "" })).toEqual({ kind: ["Choose the type of answer."] });
    expect(errorsOf({ ...valid, dateAnswered: "" })).toEqual({ dateAnswered: ["Date answered is required."] });
    expect(errorsOf({ ...valid, dateAnswered: "17/12/2025" })).toEqual({ dateAnswered: ["Date answered must be a date (YYYY-MM-DD)."] });
    expect(errorsOf({ ...valid, html: " " })).toEqual({ html: ["Answer text is required."] });
    expect(errorsOf({ ...valid, answeringMemberId: "1.5" })).toEqual({ answeringMemberId: ["Choose the minister who answered."] });
    expect(errorsOf({ ...valid, questionId: "" })).toEqual({ questionId: ["Choose the question."] });
  });

  it("requires the corrected answer for a correction, and only then", () => {
    expect(errorsOf({ ...valid, kind: "CORRECTION" })).toEqual({ correctsAnswerId: ["Choose the answer this correction corrects."] });
    expect(answerInputSchema.parse({ ...valid, kind: "CORRECTION", correctsAnswerId: "9" }).correctsAnswerId).toBe(9);
    expect(errorsOf({ ...valid, correctsAnswerId: "9" })).toEqual({
      correctsAnswerId: ["Only a correction corrects an earlier answer; leave this empty."],
    });
  });

  it("reports the correction rule together with other field errors", () => {
    expect(errorsOf({ ...valid, kind: "CORRECTION", html: "" })).toEqual({
      html: ["Answer text is required."],
      correctsAnswerId: ["Choose the answer this correction corrects."],
    });
  });

  it("survives a FormData round trip", () => {
    const fd = new FormData();
    for (const [k, v] of Object.entries({ ...valid, kind: "HOLDING", alsoAnswers: "95750 95751", answeringMemberId: "" })) fd.append(k, v);
    const r = answerInputSchema.parse(formDataToObject(fd));
    expect(r).toMatchObject({ questionId: 12, kind: "HOLDING", alsoAnswers: ["95750", "95751"], answeringMemberId: undefined });
  });
});
