import { describe, expect, it } from "vitest";
import { reviewInputSchema } from "@/lib/validation/review";

describe("reviewInputSchema", () => {
  it("parses a decision from form fields", () => {
    expect(reviewInputSchema.parse({ target: "figure", id: "12", decision: "reject" })).toEqual({ target: "figure", id: 12, decision: "reject" });
  });
  it.each([
    [{ target: "question", id: "1", decision: "accept" }, "target"],
    [{ target: "figure", id: "x", decision: "accept" }, "id"],
    [{ target: "figure", id: "1", decision: "maybe" }, "decision"],
  ])("rejects %j on %s", (input, field) => {
    expect(reviewInputSchema.safeParse(input).error?.issues[0]?.path[0]).toBe(field);
  });
});
