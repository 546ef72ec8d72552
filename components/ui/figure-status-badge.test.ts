import { describe, expect, it } from "vitest";
import { figureValueLabel } from "@/components/ui/figure-status-badge";

describe("figureValueLabel", () => {
  it("puts the unit after a number, £ before money, and nothing after words", () => {
    expect(figureValueLabel({ value: 65, valueText: "c.65", unit: "staff" })).toBe("c.65 staff");
    expect(figureValueLabel({ value: 1_200_000, valueText: null, unit: "£" })).toBe("£1,200,000");
    expect(figureValueLabel({ value: 0, valueText: "none", unit: "targets" })).toBe("none");
    expect(figureValueLabel({ value: null, valueText: null, unit: "£" })).toBe("—");
    expect(figureValueLabel({ value: 1_200_000, valueText: "£1.2m", unit: "£" })).toBe("£1.2m");
    expect(figureValueLabel({ value: 23, valueText: "23%", unit: "%" })).toBe("23%");
  });
});
