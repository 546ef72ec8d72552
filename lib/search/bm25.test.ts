import { describe, expect, it } from "vitest";
import { bm25Score, driftFactor, idf, saturation } from "@/lib/search/bm25";

describe("bm25 as FTS5 computes it", () => {
  it("idf is log((N - n + 0.5) / (n + 0.5)), at least 1e-6", () => {
    expect(idf(1000, 10, Math.log)).toBeCloseTo(Math.log(990.5 / 10.5), 12);
    expect(idf(1000, 600, Math.log)).toBe(1e-6);
    expect(idf(1000, 500, Math.log)).toBe(1e-6); // log(1) = 0 is clamped too
  });

  it("saturates with the weighted count and falls with the row's length", () => {
    expect(saturation(0, 100, 100)).toBe(0);
    expect(saturation(1, 100, 100)).toBeCloseTo(1, 12); // (1·2.2)/(1 + 1.2) at the average length
    expect(saturation(3, 100, 100)).toBeGreaterThan(saturation(1, 100, 100));
    expect(saturation(3, 50, 100)).toBeGreaterThan(saturation(3, 200, 100));
    expect(saturation(1e9, 100, 100)).toBeLessThan(2.2);
  });

  it("sums phrase by phrase", () => {
    const s = bm25Score([2, 0.5], [3, 1], 120, 100);
    expect(s).toBe(0.0 + 2 * saturation(3, 120, 100) + 0.5 * saturation(1, 120, 100));
  });

  it("a bound stored at one average length still bounds the saturation at another, times driftFactor", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 5_000; i++) {
      const tf = 1 + Math.floor(rnd() * 40);
      const len = 1 + Math.floor(rnd() * 3000);
      const built = 20 + rnd() * 400;
      const now = built * (0.5 + rnd());
      expect(saturation(tf, len, now)).toBeLessThanOrEqual(saturation(tf, len, built) * driftFactor(now, built));
    }
  });
});
