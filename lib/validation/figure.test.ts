import { describe, expect, it } from "vitest";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation/form-data";
import { figureInputSchema } from "@/lib/validation/figure";

const valid = { measure: "Staff dedicated to tracing absconders", status: "STATED", sourceAnswerId: "8" };

function errorsOf(input: Record<string, unknown>) {
  const r = figureInputSchema.safeParse(input);
  if (r.success) throw new Error("expected the input to be refused");
  return fieldErrorsOf(r.error);
}

describe("figureInputSchema", () => {
  it("parses a stated figure from an answer", () => {
    expect(
      figureInputSchema.parse({ ...valid, value: "65", valueText: "c.65", unit: "staff", approximate: "on", asOf: "2025-12-17", askedInQuestionId: "3" }),
    ).toEqual({
      measure: "Staff dedicated to tracing absconders",
      value: 65,
      valueText: "c.65",
      unit: "staff",
      approximate: true,
      asOf: new Date(Date.UTC(2025, 11, 17)),
      status: "STATED",
      quote: undefined,
      sourceAnswerId: 8,
      sourceTitle: undefined,
      sourceUrl: undefined,
      askedInQuestionId: 3,
      resolvedByAnswerId: undefined,
    });
  });

  it("reads numbers as figures are printed", () => {
    expect(figureInputSchema.parse({ ...valid, value: "1,234.5" }).value).toBe(1234.5);
    expect(figureInputSchema.parse({ ...valid, value: "53 298" }).value).toBe(53298);
    expect(figureInputSchema.parse({ ...valid, value: "-3" }).value).toBe(-3);
    expect(figureInputSchema.parse({ ...valid, value: "" }).value).toBeUndefined();
    expect(errorsOf({ ...valid, value: "c.65" })).toEqual({
      value: ['Value must be a number, such as 1,234.5 (put words in "As the source puts it").'],
    });
  });

  it("needs an answer or an outside source", () => {
    expect(errorsOf({ ...valid, sourceAnswerId: "" })).toEqual({
      sourceTitle: ["Give the answer the figure comes from, or name the outside source."],
    });
    expect(figureInputSchema.parse({ ...valid, sourceAnswerId: "", sourceTitle: "Press report" }).sourceTitle).toBe("Press report");
    expect(errorsOf({ ...valid, sourceUrl: "https://example.org/a" })).toEqual({ sourceTitle: ["Give the outside source a title as well as its URL."] });
  });

  it("accepts only http(s) source URLs", () => {
    const base = { ...valid, sourceAnswerId: "", sourceTitle: "ONS" };
    expect(figureInputSchema.parse({ ...base, sourceUrl: "https://www.ons.gov.uk/x" }).sourceUrl).toBe("https://www.ons.gov.uk/x");
    for (const bad of ["javascript:alert(1)", "ons.gov.uk", "ftp://ons.gov.uk/x"]) {
      expect(errorsOf({ ...base, sourceUrl: bad })).toEqual({ sourceUrl: ["Outside source URL must be a web address starting with http:// or https://."] });
    }
  });

  it("needs the resolving answer and a value for a resolved figure, and no resolving answer otherwise", () => {
    expect(errorsOf({ ...valid, status: "RESOLVED" })).toEqual({
      resolvedByAnswerId: ["A resolved figure needs the answer that supplied it."],
      value: ["A resolved figure needs its value (a number, or as the source puts it)."],
    });
    expect(figureInputSchema.parse({ ...valid, status: "RESOLVED", resolvedByAnswerId: "9", valueText: "none" }).resolvedByAnswerId).toBe(9);
    expect(errorsOf({ ...valid, status: "UNRESOLVED", resolvedByAnswerId: "9" })).toEqual({
      resolvedByAnswerId: ["Only a resolved figure has a resolving answer: set the status to Resolved or leave this empty."],
    });
  });

  it("puts each error on its own field", () => {
    expect(errorsOf({ ...valid, measure: "" })).toEqual({ measure: ["What is measured is required."] });
    expect(errorsOf({ ...valid, status: "" })).toEqual({ status: ["Choose the status of the figure."] });
    expect(errorsOf({ ...valid, asOf: "2025-13-01" })).toEqual({ asOf: ["As of must be a date (YYYY-MM-DD)."] });
    expect(errorsOf({ ...valid, unit: "u".repeat(51) })).toEqual({ unit: ["Unit is too long (at most 50 characters)."] });
    expect(errorsOf({ ...valid, resolvedByAnswerId: "0", status: "RESOLVED", value: "1" })).toEqual({
      resolvedByAnswerId: ["Choose the answer that resolved it."],
    });
  });

  it("survives a FormData round trip", () => {
    const fd = new FormData();
    const fields = { measure: "Removals", value: "50,000", valueText: "almost 50,000", unit: "people", status: "REPORTED_UNCONFIRMED", sourceAnswerId: "", sourceTitle: "Home Office spokesperson", sourceUrl: "", approximate: "on" };
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    expect(figureInputSchema.parse(formDataToObject(fd))).toMatchObject({ value: 50000, approximate: true, sourceTitle: "Home Office spokesperson", sourceUrl: undefined });
  });
});
