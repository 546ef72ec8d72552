import { describe, expect, it } from "vitest";
import { daysBetween, isOpenFigureStatus, ledgerCountLabel, openPeriod, openPeriodLabel, quoteInContext, withoutRepeatedUnit } from "@/lib/domain/figure-ledger";

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("daysBetween", () => {
  it("counts whole UTC calendar days, ignoring the time of day", () => {
    expect(daysBetween(day("2025-12-17"), day("2026-12-09"))).toBe(357);
    expect(daysBetween(new Date("2025-12-17T23:59:00Z"), new Date("2025-12-18T00:01:00Z"))).toBe(1);
    expect(daysBetween(day("2025-12-17"), new Date("2025-12-17T22:00:00Z"))).toBe(0);
  });
  it("crosses a leap day and never goes negative", () => {
    expect(daysBetween(day("2028-02-28"), day("2028-03-01"))).toBe(2);
    expect(daysBetween(day("2026-01-10"), day("2026-01-01"))).toBe(0);
  });
});

describe("openPeriod", () => {
  const today = day("2026-12-09");
  it("counts an open figure to today", () => {
    expect(openPeriod({ status: "UNRESOLVED", openedOn: day("2025-12-17"), resolvedAt: null }, today)).toEqual({ days: 357, closed: false });
    expect(openPeriod({ status: "DECLINED", openedOn: day("2026-12-09"), resolvedAt: null }, today)).toEqual({ days: 0, closed: false });
  });
  it("counts a resolved figure to the day it was resolved, not to today", () => {
    expect(openPeriod({ status: "RESOLVED", openedOn: day("2025-12-17"), resolvedAt: day("2026-01-16") }, today)).toEqual({ days: 30, closed: true });
  });
  it("has no period for a figure that was never open", () => {
    expect(openPeriod({ status: "STATED", openedOn: day("2025-12-17"), resolvedAt: null }, today).days).toBeNull();
    expect(openPeriod({ status: "REPORTED_UNCONFIRMED", openedOn: day("2025-12-17"), resolvedAt: null }, today).days).toBeNull();
    expect(openPeriod({ status: "RESOLVED", openedOn: day("2025-12-17"), resolvedAt: null }, today).days).toBeNull();
  });
});

describe("labels", () => {
  it("words the open period", () => {
    expect(openPeriodLabel({ days: 357, closed: false })).toBe("open 357 days");
    expect(openPeriodLabel({ days: 1, closed: false })).toBe("open 1 day");
    expect(openPeriodLabel({ days: 0, closed: false })).toBe("open since today");
    expect(openPeriodLabel({ days: 1200, closed: false })).toBe("open 1,200 days");
    expect(openPeriodLabel({ days: 30, closed: true })).toBe("was open 30 days");
    expect(openPeriodLabel({ days: null, closed: false })).toBeNull();
  });
  it("counts the ledger in the words of its status filter", () => {
    expect(ledgerCountLabel("OPEN", 3)).toBe("3 open figures");
    expect(ledgerCountLabel("OPEN", 1)).toBe("1 open figure");
    expect(ledgerCountLabel("RESOLVED", 0)).toBe("0 resolved figures");
    expect(ledgerCountLabel("ALL", 2)).toBe("2 figures");
  });
  it("knows which statuses are open", () => {
    expect(["UNRESOLVED", "DECLINED", "RESOLVED", "STATED"].map((s) => isOpenFigureStatus(s as never))).toEqual([true, true, false, false]);
  });
});

describe("quoteInContext", () => {
  const text = [
    "The Home Office does not hold this information centrally.",
    "Costs vary with each case. Given these variables, any general estimate would be unreliable with assessments made case by case.",
    "Final paragraph.",
  ].join("\n");

  it("finds the quote in its paragraph only", () => {
    const ctx = quoteInContext(text, "any general estimate would be unreliable")!;
    expect(ctx.match).toBe("any general estimate would be unreliable");
    expect(ctx.before).toBe("Costs vary with each case. Given these variables, ");
    expect(ctx.after).toBe(" with assessments made case by case.");
    expect(text.slice(ctx.start, ctx.end)).toBe(ctx.match);
    expect(ctx.clippedStart).toBe(true);
    expect(ctx.clippedEnd).toBe(true);
  });
  it("matches across different whitespace and falls back to any case", () => {
    expect(quoteInContext("A  long\nwrapped   line.", "long wrapped line")?.match).toBe("long\nwrapped   line");
    expect(quoteInContext("Any General Estimate.", "any general estimate")?.match).toBe("Any General Estimate");
  });
  it("treats regex characters in the quote literally", () => {
    expect(quoteInContext("It cost £1.2m (approx.) in 2024.", "£1.2m (approx.)")?.match).toBe("£1.2m (approx.)");
    expect(quoteInContext("It cost £1x2m in 2024.", "£1.2m")).toBeNull();
  });
  it("cuts a long paragraph at word boundaries around the quote", () => {
    const long = `${"word ".repeat(200)}THE QUOTE ${"more ".repeat(200)}`.trim();
    const ctx = quoteInContext(long, "THE QUOTE", 50)!;
    expect(ctx.before.length).toBeLessThanOrEqual(50);
    expect(ctx.before.startsWith("word")).toBe(true);
    expect(ctx.after.length).toBeLessThanOrEqual(51);
    expect(ctx.after.endsWith("more")).toBe(true);
    expect(ctx.clippedStart && ctx.clippedEnd).toBe(true);
  });
  it("returns null for a quote that is not there, or is blank", () => {
    expect(quoteInContext(text, "not in the answer")).toBeNull();
    expect(quoteInContext(text, "   ")).toBeNull();
  });
});

describe("withoutRepeatedUnit", () => {
  it("drops a unit the written value already carries, and keeps any other", () => {
    expect(withoutRepeatedUnit({ valueText: "£1.2 million", unit: "£" }).unit).toBeNull();
    expect(withoutRepeatedUnit({ valueText: "23%", unit: "%" }).unit).toBeNull();
    expect(withoutRepeatedUnit({ valueText: "c.65", unit: "staff" }).unit).toBe("staff");
    expect(withoutRepeatedUnit({ valueText: null, unit: "people" }).unit).toBe("people");
  });
});
