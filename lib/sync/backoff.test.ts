import { describe, expect, it } from "vitest";
import { backoffDelay, isRetryableStatus, parseRetryAfter } from "@/lib/sync/backoff";

describe("backoffDelay", () => {
  it("doubles the ceiling per attempt and caps it", () => {
    const top = (attempt: number) => backoffDelay(attempt, { baseMs: 100, maxMs: 1000, random: () => 1 });
    expect([0, 1, 2, 3, 4, 10].map(top)).toEqual([100, 200, 400, 800, 1000, 1000]);
  });
  it("jitters across the whole range", () => {
    expect(backoffDelay(3, { baseMs: 100, random: () => 0 })).toBe(0);
    expect(backoffDelay(3, { baseMs: 100, random: () => 0.5 })).toBe(400);
    const draws = new Set(Array.from({ length: 50 }, () => backoffDelay(5, { baseMs: 100 })));
    expect(draws.size).toBeGreaterThan(10);
    for (const d of draws) expect(d).toBeLessThanOrEqual(3200);
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("0.5")).toBe(500);
    const now = Date.parse("2025-12-10T12:00:00Z");
    expect(parseRetryAfter("Wed, 10 Dec 2025 12:00:03 GMT", now)).toBe(3000);
    expect(parseRetryAfter("Wed, 10 Dec 2025 11:00:00 GMT", now)).toBe(0);
  });
  it("ignores absent or unreadable values", () => {
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("")).toBeNull();
    expect(parseRetryAfter("soon")).toBeNull();
  });
});

describe("isRetryableStatus", () => {
  it("retries 5xx, 429 and 408 only", () => {
    expect([500, 502, 503, 429, 408].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 422].some(isRetryableStatus)).toBe(false);
  });
});
