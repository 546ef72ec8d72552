import { describe, expect, it } from "vitest";
import { forEachPosting, matches, mergeWords, nearTies, prefixBound, TopScores } from "@/lib/search/rank-parts";
import { VarintWriter } from "@/lib/search/varint";
import { saturation } from "@/lib/search/bm25";
import { TextVarintWriter } from "@/lib/search/text-varint";

describe("rank parts", () => {
  it("TopScores keeps the page's worst score among the best `size`", () => {
    const top = new TopScores(3);
    for (const s of [1, 5, 2, 4]) top.add(s);
    expect(top.full).toBe(true);
    expect(top.worst).toBe(2);
    top.add(0.5);
    expect(top.worst).toBe(2);
    top.scale(2);
    expect(top.worst).toBe(4);
  });

  it("mergeWords reports the wanted words a row has, with their counts", () => {
    const w = new TextVarintWriter();
    let prev = 0;
    for (const [id, tf] of [[2, 3], [7, 1], [300, 9], [70_000, 2]] as const) {
      w.write(id - prev);
      w.write(tf);
      prev = id;
    }
    const seen: [number, number][] = [];
    mergeWords(w.text(), [1, 7, 300, 70_000, 80_000], (k, tf) => seen.push([k, tf]));
    expect(seen).toEqual([[1, 1], [2, 9], [3, 2]]);
  });

  it("forEachPosting reads a block as the build writes it: its shortest length, then rows as deltas with their counts", () => {
    const w = new VarintWriter();
    w.write(17);
    let prev = 0;
    for (const [row, tf] of [[5, 3], [9, 1], [200_000, 12]] as const) {
      w.write(row - prev);
      w.write(tf);
      prev = row;
    }
    const seen: [number, number, number][] = [];
    forEachPosting(w.bytes(), (row, tf, minLen) => seen.push([row, tf, minLen]));
    expect(seen).toEqual([[5, 3, 17], [9, 1, 17], [200_000, 12, 17]]);
  });

  it("matches needs every group and no excluded phrase", () => {
    // phrases: group 0, group 0 (OR), group 1, excluded
    const groupOf = [0, 0, 1, -1];
    expect(matches(groupOf, 2, [0, 1, 2, 0])).toBe(true);
    expect(matches(groupOf, 2, [0, 0, 2, 0])).toBe(false);
    expect(matches(groupOf, 2, [1, 0, 2, 1])).toBe(false);
  });

  it("nearTies finds different scores within rounding of each other", () => {
    expect(nearTies([1, 2, 3])).toBe(false);
    expect(nearTies([1, 1, 2])).toBe(false); // equal is a tie already, not a near one
    expect(nearTies([1, 1 + 1e-14])).toBe(true);
  });

  it("prefixBound bounds the saturation of the summed counts, and is tighter than the sum of the bounds", () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 5_000; i++) {
      const len = 1 + Math.floor(rnd() * 2000);
      const tfs = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => Math.floor(rnd() * 12));
      const sats = tfs.map((tf) => saturation(tf, len, 180));
      const exact = saturation(tfs.reduce((a, b) => a + b, 0), len, 180);
      expect(exact).toBeLessThanOrEqual(prefixBound(sats) * (1 + 1e-12));
      expect(prefixBound(sats)).toBeLessThanOrEqual(sats.reduce((a, b) => a + b, 0) * (1 + 1e-12));
    }
    expect(prefixBound([])).toBe(0);
  });
});
