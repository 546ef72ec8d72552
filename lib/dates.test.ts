import { describe, expect, it } from "vitest";
import { formatDay, parseDay, toDay } from "@/lib/dates";

describe("dates", () => {
  it("parses calendar days as UTC midnight", () => expect(parseDay("2025-12-01")?.toISOString()).toBe("2025-12-01T00:00:00.000Z"));
  it("rejects impossible and malformed days", () => {
    expect(parseDay("2025-02-30")).toBeNull();
    expect(parseDay("1/12/2025")).toBeNull();
    expect(parseDay("")).toBeNull();
  });
  it("round-trips and formats in en-GB regardless of zone", () => {
    expect(toDay(parseDay("2025-12-05")!)).toBe("2025-12-05");
    // The UTC day, as toISOString gives it, whatever the time of day; years outside 1000–9999 as toISOString writes them.
    for (const iso of ["2024-02-29T23:59:59.999Z", "1999-01-01T00:00:00.000Z", "2025-10-09T12:00:00+05:00", "0999-03-04T00:00:00Z", "+010000-01-01T00:00:00Z"]) {
      const d = new Date(iso);
      expect(toDay(d)).toBe(d.toISOString().slice(0, 10));
    }
    expect(() => toDay(new Date("nonsense"))).toThrow();
    expect(formatDay("2025-12-05", "long")).toBe("5 December 2025");
  });
});
