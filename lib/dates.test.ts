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
    expect(formatDay("2025-12-05", "long")).toBe("5 December 2025");
  });
});
