import { describe, expect, it } from "vitest";
import { RowWordCounts } from "@/lib/search/row-word-counts";

describe("RowWordCounts", () => {
  it("sums a row's weights per word, words ascending, and starts empty for the next row", () => {
    const c = new RowWordCounts();
    for (const [w, weight] of [[9, 3], [2, 2], [9, 1], [70_000, 1], [2, 1]] as const) c.add(w, weight);
    const first = c.take();
    expect([Array.from(first.words), Array.from(first.counts)]).toEqual([[2, 9, 70_000], [3, 4, 1]]);
    c.add(9, 1);
    const second = c.take();
    expect([Array.from(second.words), Array.from(second.counts)]).toEqual([[9], [1]]);
    expect(Array.from(c.take().words)).toEqual([]);
  });

  it("takes rows of more words than it first had room for", () => {
    const c = new RowWordCounts();
    for (let w = 5_000; w > 0; w--) c.add(w, 1);
    const row = c.take();
    expect(row.words.length).toBe(5_000);
    expect([row.words[0], row.words[4_999], row.counts[17]]).toEqual([1, 5_000, 1]);
  });
});
