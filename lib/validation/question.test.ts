import { describe, expect, it } from "vitest";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation/form-data";
import { questionInputSchema } from "@/lib/validation/question";

const valid = {
  house: "COMMONS",
  uin: "95752",
  dateTabled: "2025-12-01",
  dateForAnswer: "2025-12-03",
  heading: "Undocumented Migrants",
  text: "To ask the Secretary of State for the Home Department, how many staff trace absconders.",
  askingMemberId: "7",
  answeringBodyId: "3",
};

function errorsOf(input: Record<string, unknown>) {
  const r = questionInputSchema.safeParse(input);
  if (r.success) throw new Error("expected the input to be refused");
  return fieldErrorsOf(r.error);
}

describe("questionInputSchema", () => {
  it("parses a valid form into typed values", () => {
    const r = questionInputSchema.parse({ ...valid, isNamedDay: "on", parliamentId: "1858557" });
    expect(r).toEqual({
      house: "COMMONS",
      uin: "95752",
      dateTabled: new Date(Date.UTC(2025, 11, 1)),
      dateForAnswer: new Date(Date.UTC(2025, 11, 3)),
      isNamedDay: true,
      heading: "Undocumented Migrants",
      text: valid.text,
      askingMemberId: 7,
      answeringBodyId: 3,
      parliamentId: 1858557,
    });
  });

  it("treats blank optional fields and an unticked checkbox as absent", () => {
    const r = questionInputSchema.parse({ ...valid, dateForAnswer: "", parliamentId: "  " });
    expect(r.dateForAnswer).toBeUndefined();
    expect(r.parliamentId).toBeUndefined();
    expect(r.isNamedDay).toBe(false);
  });

  it("puts each error on its own field", () => {
    expect(errorsOf({ ...valid, heading: "  " })).toEqual({ heading: ["Heading is required."] });
    expect(errorsOf({ ...valid, text: "" })).toEqual({ text: ["Question text is required."] });
    expect(errorsOf({ ...valid, house: "" })).toEqual({ house: ["Choose the House."] });
    expect(errorsOf({ ...valid, uin: "95a" })).toEqual({ uin: ["UIN must be a number such as 95752 (Lords: HL1234; Scottish Parliament: S6W-12345)."] });
    expect(errorsOf({ ...valid, dateTabled: "2025-02-30" })).toEqual({ dateTabled: ["Date tabled must be a date (YYYY-MM-DD)."] });
    expect(errorsOf({ ...valid, askingMemberId: "" })).toEqual({ askingMemberId: ["Choose the member who asked."] });
    expect(errorsOf({ ...valid, answeringBodyId: "x" })).toEqual({ answeringBodyId: ["Choose the answering department."] });
    expect(errorsOf({ ...valid, parliamentId: "-4" })).toEqual({ parliamentId: ["Choose a Parliament id."] });
  });

  it("reports an empty heading and a date for answer before the date tabled together", () => {
    expect(errorsOf({ ...valid, heading: "", dateForAnswer: "2025-11-30" })).toEqual({
      heading: ["Heading is required."],
      dateForAnswer: ["Date for answer cannot be before the date tabled."],
    });
  });

  it("still reports the date rule when selects are left empty", () => {
    expect(errorsOf({ ...valid, askingMemberId: "", answeringBodyId: "", house: "", dateForAnswer: "2025-11-30" })).toEqual({
      house: ["Choose the House."],
      askingMemberId: ["Choose the member who asked."],
      answeringBodyId: ["Choose the answering department."],
      dateForAnswer: ["Date for answer cannot be before the date tabled."],
    });
  });

  it("says only that an empty UIN is required", () => {
    expect(errorsOf({ ...valid, uin: "" })).toEqual({ uin: ["UIN is required."] });
    expect(errorsOf({ ...valid, house: "LORDS", uin: " " })).toEqual({ uin: ["UIN is required."] });
    expect(errorsOf({ ...valid, uin: undefined, dateTabled: "x", dateForAnswer: "2025-01-01" })).toEqual({
      uin: ["UIN is required."],
      dateTabled: ["Date tabled must be a date (YYYY-MM-DD)."],
    });
  });

  it("checks the named day and the House's UIN form", () => {
    expect(errorsOf({ ...valid, isNamedDay: "on", dateForAnswer: "" })).toEqual({ dateForAnswer: ["A named-day question needs its named day."] });
    expect(errorsOf({ ...valid, house: "LORDS" })).toEqual({ uin: ["Lords UINs start with HL (e.g. HL1234)."] });
    expect(errorsOf({ ...valid, uin: "HL1234" })).toEqual({ uin: ["Commons UINs are numbers (HL… is the Lords, S6W-… the Scottish Parliament)."] });
    expect(errorsOf({ ...valid, uin: "S6W-12345" })).toEqual({ uin: ["Commons UINs are numbers (HL… is the Lords, S6W-… the Scottish Parliament)."] });
    expect(errorsOf({ ...valid, house: "SCOTTISH" })).toEqual({ uin: ["Scottish Parliament question ids look like S6W-12345."] });
    expect(questionInputSchema.parse({ ...valid, house: "SCOTTISH", uin: "S3W-28257" }).house).toBe("SCOTTISH");
    expect(questionInputSchema.parse({ ...valid, house: "LORDS", uin: "hl1234" }).uin).toBe("hl1234");
  });

  it("survives a FormData round trip", () => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(valid)) fd.append(k, v);
    fd.append("isNamedDay", "on");
    fd.append("$ACTION_ID_abc", "");
    const r = questionInputSchema.parse(formDataToObject(fd));
    expect(r.isNamedDay).toBe(true);
    expect(r.askingMemberId).toBe(7);
    expect(r.dateTabled.toISOString()).toBe("2025-12-01T00:00:00.000Z");
  });
});
