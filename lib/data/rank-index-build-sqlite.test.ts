import { describe, expect, it } from "vitest";
import { best, bestFirst, kthSmallest, mergedListKey, mergedSets } from "@/lib/data/rank-index-build-sqlite";

describe("mergedSets (prefixes whose long lists are merged)", () => {
  it("gives each distinct set of two or more long words under a prefix once", () => {
    const words = ["pension", "pensioner", "pensioners", "pensions", "pent", "zero", "zeros"];
    const long = [true, true, false, true, false, true, false];
    const sets = mergedSets(words, long).map((s) => s.map((i) => words[i]));
    // pe* and pen* expand to pent too; pens* … pension* to the four pension words; pensione* to one long word.
    expect(sets).toEqual([
      ["pension", "pensioner", "pensioners", "pensions", "pent"],
      ["pension", "pensioner", "pensioners", "pensions"],
    ]);
  });

  it("skips prefixes with more expansions than a search would rank", () => {
    const words = Array.from({ length: 70 }, (_, i) => `ab${String(i).padStart(2, "0")}`).sort();
    const long = words.map((_, i) => i < 3);
    // ab* has 70 words (too many); ab0* has ten, three of them long.
    expect(mergedSets(words, long).map((s) => s.map((i) => words[i]))).toEqual([words.slice(0, 10)]);
  });

  it("keys a set whatever the order of its ids", () => {
    expect(mergedListKey([9, 2, 10])).toBe(mergedListKey([10, 9, 2]));
    expect(mergedListKey([2, 9, 10]) < "0").toBe(true);
  });
});

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
});
