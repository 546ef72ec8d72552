import { describe, expect, it } from "vitest";
import { PostingUnion } from "@/lib/search/posting-union";

describe("PostingUnion", () => {
  it("sums each row's counts over the lists added, rows ascending, and starts empty again", () => {
    const u = new PostingUnion(100);
    u.add(Uint32Array.of(3, 31, 32, 99), Uint32Array.of(1, 2, 3, 4));
    u.add(Uint32Array.of(0, 31, 64), Uint32Array.of(5, 6, 7));
    const first = u.take();
    expect([Array.from(first.docs), Array.from(first.tfs)]).toEqual([
      [0, 3, 31, 32, 64, 99],
      [5, 1, 8, 3, 7, 4],
    ]);
    u.add(Uint32Array.of(31), Uint32Array.of(1));
    const second = u.take();
    expect([Array.from(second.docs), Array.from(second.tfs)]).toEqual([[31], [1]]);
    expect(u.take().docs).toHaveLength(0);
  });

  it("agrees with summing in a map over many random lists", () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const rows = 10_007;
    const u = new PostingUnion(rows);
    for (let round = 0; round < 20; round++) {
      const want = new Map<number, number>();
      for (let list = 0; list < 1 + rnd() * 5; list++) {
        const docs = [...new Set(Array.from({ length: Math.floor(rnd() * 3000) }, () => Math.floor(rnd() * rows)))].sort((a, b) => a - b);
        const tfs = docs.map(() => 1 + Math.floor(rnd() * 9));
        docs.forEach((d, i) => want.set(d, (want.get(d) ?? 0) + tfs[i]!));
        u.add(Uint32Array.from(docs), Uint32Array.from(tfs));
      }
      const got = u.take();
      const sorted = [...want].sort((a, b) => a[0] - b[0]);
      expect(Array.from(got.docs)).toEqual(sorted.map(([d]) => d));
      expect(Array.from(got.tfs)).toEqual(sorted.map(([, t]) => t));
    }
  });
});
