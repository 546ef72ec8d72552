import { describe, expect, it } from "vitest";
import { mergedListKey, mergedSets } from "@/lib/data/rank-index-build-sqlite";

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
