import { describe, expect, it } from "vitest";
import { parseFts, toMiniSearch } from "@/bench/fts-query";
import { parseSearchQuery } from "@/lib/search/query";

describe("parseFts", () => {
  it("reads terms, prefixes, phrases, OR groups and NOT", () => {
    expect(parseFts('"asylum" AND ("hotels" OR "barracks" *) NOT "costs"')).toEqual({
      op: "and",
      children: [
        { op: "term", text: "asylum", prefix: false },
        { op: "not", left: { op: "or", children: [{ op: "term", text: "hotels", prefix: false }, { op: "term", text: "barracks", prefix: true }] }, right: { op: "term", text: "costs", prefix: false } },
      ],
    });
    expect(parseFts('"cost of living"')).toEqual({ op: "term", text: "cost of living", prefix: false });
  });

  it("reads back whatever the app's parser writes for the benchmark's queries", () => {
    for (const q of ["government", '"net zero"', "immigra*", "sewage OR wastewater", "asylum -hotels", "ukraine NOT russia", '"fuel poverty" OR "energy bills"']) {
      const { ftsQuery } = parseSearchQuery(q);
      expect(() => toMiniSearch(parseFts(ftsQuery!)), q).not.toThrow();
    }
  });

  it("turns NOT into MiniSearch's AND_NOT", () => {
    expect(toMiniSearch(parseFts('"a" NOT "b"'))).toEqual({
      combineWith: "AND_NOT",
      queries: [{ combineWith: "AND", queries: ["a"], prefix: false }, { combineWith: "AND", queries: ["b"], prefix: false }],
    });
  });
});
