import { describe, expect, it } from "vitest";
import { compareAnswers, deriveQuestionStatus, isOverdue } from "@/lib/domain/question-status";

describe("deriveQuestionStatus", () => {
  it("is TABLED with no answers", () => expect(deriveQuestionStatus(false, [])).toBe("TABLED"));
  it("is HOLDING with only a holding answer", () => expect(deriveQuestionStatus(false, ["HOLDING"])).toBe("HOLDING"));
  it("is ANSWERED once a substantive answer arrives after a holding one", () =>
    expect(deriveQuestionStatus(false, ["HOLDING", "SUBSTANTIVE"])).toBe("ANSWERED"));
  it("is CORRECTED when any correction exists", () =>
    expect(deriveQuestionStatus(false, ["SUBSTANTIVE", "CORRECTION"])).toBe("CORRECTED"));
  it("is WITHDRAWN whatever the answers", () => expect(deriveQuestionStatus(true, ["SUBSTANTIVE"])).toBe("WITHDRAWN"));
});

describe("isOverdue", () => {
  const today = new Date("2025-12-10T15:00:00Z");
  it("is overdue when unanswered after the due day", () => expect(isOverdue("TABLED", "2025-12-09", today)).toBe(true));
  it("is not overdue on the due day itself", () => expect(isOverdue("TABLED", "2025-12-10", today)).toBe(false));
  it("keeps a holding answer overdue", () => expect(isOverdue("HOLDING", new Date("2025-12-03"), today)).toBe(true));
  it("is never overdue once answered or withdrawn", () => {
    expect(isOverdue("ANSWERED", "2025-12-01", today)).toBe(false);
    expect(isOverdue("WITHDRAWN", "2025-12-01", today)).toBe(false);
  });
  it("is not overdue without a due date", () => expect(isOverdue("TABLED", null, today)).toBe(false));
});

describe("compareAnswers", () => {
  it("orders holding → substantive → correction, then by date", () => {
    const answers = [
      { id: 3, kind: "CORRECTION" as const, dateAnswered: "2025-12-20" },
      { id: 2, kind: "SUBSTANTIVE" as const, dateAnswered: "2025-12-12" },
      { id: 1, kind: "HOLDING" as const, dateAnswered: "2025-12-04" },
      { id: 4, kind: "CORRECTION" as const, dateAnswered: "2025-12-15" },
    ];
    expect(answers.sort(compareAnswers).map((a) => a.id)).toEqual([1, 2, 4, 3]);
  });
});
