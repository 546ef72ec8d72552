import { describe, expect, it } from "vitest";
import { best, bestFirst, kthSmallest } from "@/lib/search/best-first";

describe("best (the postings a cut list keeps)", () => {
  const impact = Float64Array.from([0.5, 2, 1, 2, 0.1, 1, 1]);
  const docs = Uint32Array.from([10, 11, 12, 13, 14, 15, 16]);
  const kept = (keep: number) => {
    const r = best(impact, docs, keep);
    return { idx: [...r.idx].sort((a, b) => a - b), rest: r.rest };
  };

  it("keeps the highest impacts, equal ones by row, and bounds what it leaves", () => {
    expect(kept(2)).toEqual({ idx: [1, 3], rest: 1 });
    // Three postings tie at 1: the two with the lowest rows are kept; the third bounds the rest.
    expect(kept(4)).toEqual({ idx: [1, 2, 3, 5], rest: 1 });
    expect(kept(5)).toEqual({ idx: [1, 2, 3, 5, 6], rest: 0.5 });
  });

  it("keeps everything when asked for as many", () => {
    expect(kept(7)).toEqual({ idx: [0, 1, 2, 3, 4, 5, 6], rest: 0 });
  });
});

describe("kthSmallest", () => {
  it("finds every rank of random values with repeats", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 20; round++) {
      const values = Float64Array.from({ length: 1 + Math.floor(rnd() * 200) }, () => Math.floor(rnd() * 30) / 7);
      const sorted = values.slice().sort();
      for (let k = 0; k < values.length; k++) expect(kthSmallest(values.slice(), k)).toBe(sorted[k]);
    }
  });
});

describe("bestFirst", () => {
  it("orders postings by impact, highest first, equal ones by index", () => {
    const impact = Float64Array.from([0.5, 2.19, 1, 2.19, 0, 1]);
    const idx = Uint32Array.from([5, 4, 3, 2, 1, 0]);
    bestFirst(idx, impact);
    expect([...idx]).toEqual([1, 3, 2, 5, 0, 4]);
  });

  it("orders a long list (sorted by radix) as a short one is sorted, given its indexes in any order", () => {
    let seed = 3;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (const n of [511, 512, 5_000, 40_000]) {
      // Many equal impacts, impacts a hair apart (one rounding step and less), and 0.
      const impact = Float64Array.from({ length: n }, () => (rnd() < 0.3 ? Math.floor(rnd() * 20) / 10 : rnd() < 0.1 ? 0 : 1 + Math.floor(rnd() * 8) * 2 ** -19));
      const idx = Uint32Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [idx[i], idx[j]] = [idx[j]!, idx[i]!];
      }
      const want = [...idx].sort((a, b) => Math.floor(impact[b]! * 2 ** 18) - Math.floor(impact[a]! * 2 ** 18) || a - b);
      bestFirst(idx, impact);
      expect([...idx]).toEqual(want);
    }
  });
});
