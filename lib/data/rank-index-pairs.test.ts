import { describe, expect, it } from "vitest";
import { PairCollector } from "@/lib/data/rank-index-pairs";
import { pairMinRows } from "@/lib/data/rank-index-build-sqlite";

describe("PairCollector (word pairs of the rank index)", () => {
  // Words: 0 net, 1 zero, 2 target, 3 rare.
  const rows: [number, number[]][][] = [
    [[0, [0, 1]], [1, [0, 1, 2, 0, 1]]], // heading "net zero" (×3), question twice (×2 each)
    [[1, [1]], [2, [0, 1, 0]]], // a column ends on "zero", the next starts with "net": no "zero net" across them
    [[2, [0, 1, 3, 2]]],
  ];
  const collect = (minRows: number, wordRows = [3, 3, 2, 1]) => {
    const c = new PairCollector();
    for (const row of rows) {
      c.row();
      for (const [col, words] of row) c.column(col, words);
    }
    return c.collect(wordRows, 4, minRows);
  };
  const postings = (r: ReturnType<typeof collect>, a: number, b: number) => {
    const p = r.pairs.findIndex(([x, y]) => x === a && y === b);
    if (p < 0) return null;
    return Array.from(r.docs.subarray(r.offsets[p]!, r.offsets[p + 1]!), (d, i) => [d, r.tfs[r.offsets[p]! + i]!]);
  };

  it("counts each pair in a row by column weight, within a column only", () => {
    const r = collect(1);
    expect(postings(r, 0, 1)).toEqual([[0, 3 + 2 + 2], [1, 1], [2, 1]]);
    expect(postings(r, 1, 0)).toEqual([[1, 1]]);
    expect(postings(r, 1, 2)).toEqual([[0, 2]]);
  });

  it("keeps pairs in enough rows, of words in enough rows", () => {
    const r = collect(2);
    expect(r.pairs).toEqual([[0, 1]]);
    // "zero target" is in one row; "zero rare" has a rare word.
    expect(postings(r, 1, 3)).toBeNull();
  });

  it("finds three-word phrases in enough rows, counted by column weight, of pairs it keeps", () => {
    // Words: 0 cost, 1 of, 2 living, 3 crisis.
    const texts: [number, number[]][][] = [
      [[0, [0, 1, 2]], [2, [0, 1, 2, 3, 0, 1, 2]]], // heading once (×3), answer twice (×1 each)
      [[1, [0, 1, 2, 3]]],
      [[1, [0, 1]], [2, [2, 3]]], // "cost of" ends a column: no "cost of living" across it
      [[2, [1, 2, 3]]],
    ];
    const c = new PairCollector();
    for (const row of texts) {
      c.row();
      for (const [col, words] of row) c.column(col, words);
    }
    c.collect([3, 4, 4, 3], 4, 2);
    const r = c.triples(2);
    const at = (a: number, b: number, d: number) => {
      const t = r.triples.findIndex(([x, y, z]) => x === a && y === b && z === d);
      return t < 0 ? null : Array.from(r.docs.subarray(r.offsets[t]!, r.offsets[t + 1]!), (doc, i) => [doc, r.tfs[r.offsets[t]! + i]!]);
    };
    expect(at(0, 1, 2)).toEqual([[0, 3 + 1 + 1], [1, 2]]);
    expect(at(1, 2, 3)).toEqual([[0, 1], [1, 2], [3, 1]]);
    // "living crisis cost" is in one row only.
    expect(at(2, 3, 0)).toBeNull();
    expect(r.triples).toHaveLength(2);
  });
});

describe("pairMinRows", () => {
  it("lists a two-word phrase in 256 rows, or in 0.125% of the rows and at least 128", () => {
    expect(pairMinRows(1_000)).toBe(128);
    expect(pairMinRows(100_000)).toBe(128);
    expect(pairMinRows(150_000)).toBe(188);
    expect(pairMinRows(1_000_000)).toBe(256);
  });
});
