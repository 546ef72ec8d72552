import { describe, expect, it } from "vitest";
import type { Phrase, Word } from "@/lib/data/rank-phrases-sqlite";
import { lookupCap, wholeIsCheaper, wholeListPhrases, wholeSplit } from "@/lib/data/rank-whole-sqlite";

const ROWS = 100_000;
let nextId = 1;
const word = (group: number, rows: number, kind: Phrase["kind"] = "word"): Phrase => {
  const w: Word = { id: nextId++, df: rows, blocks: Math.ceil(rows / 64) };
  return { kind, group, tokens: [], prefix: kind === "prefix", ids: [w.id], lists: [w], df: rows, walk: rows, idf: 1 };
};
const groupsOf = (phrases: Phrase[]) =>
  Array.from({ length: Math.max(...phrases.map((p) => p.group)) + 1 }, (_, g) => ({ df: phrases.filter((p) => p.group === g).reduce((n, p) => n + p.df, 0) }));
const cheaper = (phrases: Phrase[], otherwise: "fts5" | "lists", filtered = false) => wholeIsCheaper(phrases, groupsOf(phrases), ROWS, otherwise, undefined, filtered);
/** A two-word phrase read from its pair list (whole unless cut at the build). */
const pairPhrase = (group: number, rows: number, complete: boolean): Phrase => {
  const p = word(group, rows, "phrase");
  return { ...p, ids: [nextId++, nextId++], pair: { id: p.lists[0]!.id, exact: true, builtRows: rows, complete } };
};

// Word counts at 100k questions.
describe("wholeSplit", () => {
  it("reads the rarest group's list, and another list when looking up the rows it rules out would cost more", () => {
    // rural bus services: bus drives; rural (8.6% of rows) rules out most of bus's 957 rows; services (18.8%) is left long.
    const { driver, read } = wholeSplit([word(0, 8589), word(1, 957), word(2, 18_751)], ROWS);
    expect(driver).toEqual([1]);
    expect(read).toEqual([true, true, false]);
  });

  it("never reads a word in nearly every row", () => {
    // cost of living: "of" rules nothing out.
    expect(wholeSplit([word(0, 10_000), word(1, 99_816), word(2, 3199)], ROWS).read).toEqual([true, false, true]);
  });

  it("reads a word in nearly every row from the list of the rows it is not in, which also makes the count exact", () => {
    const of = { ...word(1, 99_816), absent: { id: nextId++, df: 184, blocks: 3 } };
    const split = wholeSplit([word(0, 9660), of, word(2, 3199)], ROWS);
    expect(split.read).toEqual([true, true, true]);
    expect(split.units.find((u) => u.members[0] === 1)).toMatchObject({ absent: true, blocks: 3 });
    // Not when its own list is about as short (the missing counts cost lookups).
    const near = { ...word(1, 1000), absent: { id: nextId++, df: 900, blocks: 15 } };
    expect(wholeSplit([near, word(0, 300)], 1900).units[0]).toMatchObject({ absent: false, blocks: 16 });
  });

  it("reads an ORed group whole or not at all", () => {
    const { driver, read } = wholeSplit([word(0, 100), word(1, 2000), word(1, 1500)], ROWS);
    expect(driver).toEqual([0]);
    expect(read[1]).toBe(read[2]);
  });
});

describe("wholeIsCheaper", () => {
  it("takes words ORed where the threshold algorithm would rank, and leaves it words ANDed", () => {
    expect(cheaper([word(0, 209), word(0, 145)], "lists")).toBe(true);
    expect(cheaper([word(0, 209), word(0, 145), word(-1, 40)], "lists")).toBe(true);
    expect(cheaper([word(0, 3803), word(1, 2162), word(2, 8592)], "lists")).toBe(false);
    // A rarest group too large to walk.
    expect(cheaper([word(0, 5735), word(0, 5710)], "lists")).toBe(false);
  });

  it("takes words ANDed with one in nearly every row whose absent list is read (the threshold algorithm would leave the count to FTS5)", () => {
    const of = { ...word(1, 99_816), absent: { id: nextId++, df: 184, blocks: 3 } };
    expect(cheaper([word(0, 9660), of, word(2, 3199)], "lists")).toBe(true);
    expect(cheaper([word(0, 9660), word(1, 99_816), word(2, 3199)], "lists")).toBe(false);
  });

  it("leaves one word with others excluded, and anything but words, to the threshold algorithm", () => {
    expect(cheaper([word(0, 2131), word(-1, 376)], "lists")).toBe(false);
    expect(cheaper([word(0, 2131), word(1, 376, "phrase")], "lists")).toBe(false);
    expect(cheaper([word(0, 2131)], "lists")).toBe(false);
  });

  it("takes a phrase with its whole pair list that a filter narrows (ranked and counted in one walk), within the blocks read at most; not a word alone", () => {
    expect(cheaper([word(0, 2131)], "lists", true)).toBe(false);
    // "net zero" dept:environment: its pair list kept whole; cut, it is not one list of every row.
    expect(cheaper([pairPhrase(0, 4630, true)], "lists", true)).toBe(true);
    expect(cheaper([pairPhrase(0, 20_000, true)], "lists", true)).toBe(false);
    expect(cheaper([pairPhrase(0, 4630, false)], "lists", true)).toBe(false);
    expect(cheaper([pairPhrase(0, 4630, true)], "lists", false)).toBe(false);
    // Beside words, as one of them.
    expect(wholeListPhrases([pairPhrase(0, 4630, true), word(1, 300)], true)).toBe(true);
    expect(wholeListPhrases([pairPhrase(0, 4630, true), word(1, 300)], false)).toBe(false);
    expect(wholeListPhrases([pairPhrase(0, 4630, false), word(1, 300)], true)).toBe(false);
  });

  it("instead of FTS5, only while the lists read are within 32 times the rarest group's blocks", () => {
    expect(cheaper([word(0, 868), word(1, 1819)], "fts5")).toBe(true);
    // knife crime young people: knife drives, crime is read, the others are looked up.
    expect(cheaper([word(0, 103), word(1, 2680), word(2, 4546), word(3, 18_142)], "fts5")).toBe(true);
    // A rare word beside lists it cannot spare reading.
    expect(cheaper([word(0, 40), word(1, 90_000), word(2, 3000)], "fts5")).toBe(false);
  });
});

describe("lookupCap", () => {
  it("allows as many lookups as FTS5's walk would cost where FTS5 would rank, else 512", () => {
    // At 1M rural bus services: ~283,000 postings for FTS5, ~14 ms; 5,660 lookups cost as much.
    expect(lookupCap("fts5", 283_000)).toBe(5_660);
    expect(lookupCap("fts5", 1_000)).toBe(512);
    expect(lookupCap("lists", 283_000)).toBe(512);
  });
});
