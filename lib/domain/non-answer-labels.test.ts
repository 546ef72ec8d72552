import { describe, expect, it } from "vitest";
import { NON_ANSWER_KINDS } from "@/lib/analysis/types";
import { NON_ANSWER_LABELS, isNonAnswerKind, nonAnswerLabel, shareLabel } from "@/lib/domain/non-answer-labels";

describe("non-answer labels", () => {
  it("names every kind analysis can produce", () => {
    for (const k of NON_ANSWER_KINDS) expect(NON_ANSWER_LABELS[k]).toMatch(/^[A-Z]/);
    expect(nonAnswerLabel("disproportionate_cost")).toBe("Disproportionate cost");
    expect(nonAnswerLabel("estimate_unreliable")).toBe("Estimate unreliable");
    expect(nonAnswerLabel("will_write")).toBe("Will write / Library");
    expect(nonAnswerLabel("no_comment")).toBe("Declined to comment");
  });
  it("shows an unknown stored kind readably and nothing for none", () => {
    expect(nonAnswerLabel("commercially_sensitive")).toBe("commercially sensitive");
    expect(nonAnswerLabel(null)).toBeNull();
    expect(isNonAnswerKind("not_held")).toBe(true);
    expect(isNonAnswerKind("NOT_HELD")).toBe(false);
  });
});

describe("shareLabel", () => {
  it("rounds to a whole percent without hiding a few either way", () => {
    expect(shareLabel(1, 3)).toBe("33%");
    expect(shareLabel(0, 5)).toBe("0%");
    expect(shareLabel(5, 5)).toBe("100%");
    expect(shareLabel(1, 1000)).toBe("<1%");
    expect(shareLabel(999, 1000)).toBe(">99%");
    expect(shareLabel(0, 0)).toBe("—");
  });
});
