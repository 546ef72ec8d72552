import { describe, expect, it } from "vitest";
import type { Phrase, Word } from "@/lib/data/rank-phrases-sqlite";
import { wholeIsCheaper } from "@/lib/data/rank-whole-sqlite";

let nextId = 1;
const word = (group: number, rows: number, kind: Phrase["kind"] = "word"): Phrase => {
  const w: Word = { id: nextId++, df: rows, blocks: Math.ceil(rows / 64) };
  return { kind, group, tokens: [], prefix: kind === "prefix", ids: [w.id], lists: [w], df: rows, walk: rows, idf: 1 };
};
const groupsOf = (phrases: Phrase[]) =>
  Array.from({ length: Math.max(...phrases.map((p) => p.group)) + 1 }, (_, g) => ({ df: phrases.filter((p) => p.group === g).reduce((n, p) => n + p.df, 0) }));
const cheaper = (phrases: Phrase[], otherwise: "fts5" | "lists") => wholeIsCheaper(phrases, groupsOf(phrases), otherwise);

describe("wholeIsCheaper", () => {
  it("takes words ANDed or ORed whose lists add up to at most 256 blocks", () => {
    // At 100k: special educational needs (60 + 34 + 135 blocks).
    expect(cheaper([word(0, 3803), word(1, 2162), word(2, 8592)], "lists")).toBe(true);
    expect(cheaper([word(0, 3803), word(1, 2162), word(2, 18_142)], "lists")).toBe(false);
    // sewage OR wastewater: one group of two words.
    expect(cheaper([word(0, 209), word(0, 145)], "lists")).toBe(true);
  });

  it("leaves one word with others excluded, and anything but words, to the threshold algorithm", () => {
    expect(cheaper([word(0, 2131), word(-1, 376)], "lists")).toBe(false);
    expect(cheaper([word(0, 2131), word(1, 376, "phrase")], "lists")).toBe(false);
    expect(cheaper([word(0, 2131)], "lists")).toBe(false);
  });

  it("instead of FTS5, only while the lists are within 32 times the rarest group's blocks", () => {
    // GP appointments (14 blocks drive 29): read whole; dentistry waiting lists (one block drives ~130): FTS5 seeks.
    expect(cheaper([word(0, 868), word(1, 1819)], "fts5")).toBe(true);
    expect(cheaper([word(0, 40), word(1, 5000), word(2, 3000)], "fts5")).toBe(false);
  });
});
