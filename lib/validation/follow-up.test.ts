import { describe, expect, it } from "vitest";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation/form-data";
import { followUpInputSchema } from "@/lib/validation/follow-up";

const valid = { from: "answer:12", toQuestionId: "34", kind: "SAME_SUBJECT" };

function errorsOf(input: Record<string, unknown>) {
  const r = followUpInputSchema.safeParse(input);
  if (r.success) throw new Error("expected the input to be refused");
  return fieldErrorsOf(r.error);
}

describe("followUpInputSchema", () => {
  it("reads the earlier side from the select's value", () => {
    expect(followUpInputSchema.parse(valid)).toEqual({
      from: { fromAnswerId: 12 },
      toQuestionId: 34,
      toUin: undefined,
      kind: "SAME_SUBJECT",
      note: undefined,
      figureId: undefined,
      questionId: undefined,
    });
    expect(followUpInputSchema.parse({ ...valid, from: "question:7" }).from).toEqual({ fromQuestionId: 7 });
  });

  it("accepts a UIN instead of the later question's id", () => {
    const r = followUpInputSchema.parse({ ...valid, toQuestionId: "", toUin: " hl97 " });
    expect(r.toQuestionId).toBeUndefined();
    expect(r.toUin).toBe("HL97");
  });

  it("puts each error on its own field", () => {
    expect(errorsOf({ ...valid, from: "answer:x" })).toEqual({ from: ["Say which earlier question or answer this follows up."] });
    expect(errorsOf({ ...valid, from: undefined })).toEqual({ from: ["Say which earlier question or answer this follows up."] });
    expect(errorsOf({ ...valid, toQuestionId: "" })).toEqual({ toQuestionId: ["Choose the later question, or give its UIN."] });
    expect(errorsOf({ ...valid, toUin: "97688" })).toEqual({ toUin: ["Choose the later question from the list or give its UIN, not both."] });
    expect(errorsOf({ ...valid, toQuestionId: "", toUin: "1 2" })).toEqual({ toUin: ["Give one UIN."] });
    expect(errorsOf({ ...valid, kind: "OTHER" })).toEqual({ kind: ["Choose the kind of link."] });
    expect(errorsOf({ ...valid, note: "x".repeat(2001) })).toEqual({ note: ["Note is too long (at most 2000 characters)."] });
    expect(followUpInputSchema.parse({ ...valid, note: "x".repeat(2000) }).note).toHaveLength(2000);
  });

  it("needs the figure when the link pursues an unresolved figure", () => {
    expect(errorsOf({ ...valid, kind: "UNRESOLVED_FIGURE", figureId: "" })).toEqual({
      figureId: ["Say which unresolved figure the later question pursues."],
    });
    expect(followUpInputSchema.parse({ ...valid, kind: "UNRESOLVED_FIGURE", figureId: "5" }).figureId).toBe(5);
  });

  it("survives a FormData round trip", () => {
    const fd = new FormData();
    for (const [k, v] of Object.entries({ ...valid, from: "question:3", note: " Pursues part (b). ", figureId: "", toUin: "" })) fd.append(k, v);
    expect(followUpInputSchema.parse(formDataToObject(fd))).toMatchObject({ from: { fromQuestionId: 3 }, toQuestionId: 34, note: "Pursues part (b)." });
  });
});
