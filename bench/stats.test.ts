import { describe, expect, it } from "vitest";
import { percentile, round, summarise } from "@/bench/stats";

describe("percentile", () => {
  it("interpolates between the nearest ranks", () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(xs, 50)).toBe(5.5);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 100)).toBe(10);
    expect(percentile(xs, 95)).toBeCloseTo(9.55, 10);
    expect(percentile(xs, 99)).toBeCloseTo(9.91, 10);
  });

  it("does not depend on the order of the samples and leaves them unsorted", () => {
    const xs = [10, 1, 7, 3, 9, 2];
    expect(percentile(xs, 50)).toBe(5);
    expect(xs).toEqual([10, 1, 7, 3, 9, 2]);
  });

  it("handles one sample and none", () => {
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });

  it("rejects a percentile outside 0..100", () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe("summarise", () => {
  it("gives p50, p95, p99, mean and max", () => {
    const xs = Array.from({ length: 101 }, (_, i) => i); // 0..100
    expect(summarise(xs)).toEqual({ n: 101, p50: 50, p95: 95, p99: 99, mean: 50, max: 100 });
  });
});

describe("round", () => {
  it("keeps more decimals for small figures", () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(12.345)).toBe(12.3);
    expect(round(1234.5)).toBe(1235);
  });
});
