import { describe, expect, it } from "vitest";
import { ListRows, WholeLists } from "@/lib/data/rank-members-sqlite";
import type { SqliteReader } from "@/lib/data/sqlite-reader";
import type { Phrase, Word } from "@/lib/data/rank-phrases-sqlite";

/** A reader whose lists hold no postings (only which lists get read matters here). */
const emptyReader = { statement: () => ({ pluck: () => ({ iterate: () => [] }) }) } as unknown as SqliteReader;

const word = (id: number, blocks: number): Word => ({ id, df: blocks * 64, blocks });
const phrase = (group: number, lists: Word[], kind: Phrase["kind"] = "word"): Phrase =>
  ({ kind, group, tokens: [], prefix: kind === "prefix", ids: lists.map((w) => w.id), lists, df: 0, walk: 0, idf: 1 }) as Phrase;

describe("WholeLists", () => {
  const a = { word: word(1, 4) };
  const b = { word: word(2, 6) };
  const huge = { word: word(3, 2_000) };

  it("reads a word's list once the rows that lacked it cost as much, and never a list too long or shared", () => {
    const included = [phrase(0, [a.word]), phrase(1, [b.word]), phrase(2, [huge.word])];
    const whole = new WholeLists(emptyReader, included, 3, [a, b, huge], 100);
    whole.update([1, 1, 1_000_000]);
    expect(whole.read).toEqual([]);
    // 4 blocks × 1.6 µs against 3 rows × 2.6 µs: a is due; b (6 blocks) not yet; "of"-like lists never.
    whole.update([3, 3, 1_000_000]);
    expect(whole.read.map((m) => m.list)).toEqual([a]);
    whole.update([3, 4, 1_000_000]);
    expect(whole.read.map((m) => m.list)).toEqual([a, b]);
  });

  it("stops using a list another phrase comes to read (a cut prefix list gone on with its words)", () => {
    const included = [phrase(0, [a.word]), phrase(1, [b.word])];
    const whole = new WholeLists(emptyReader, included, 2, [a, b], 100);
    whole.update([10, 0]);
    expect(whole.read.map((m) => m.list)).toEqual([a]);
    included.push(phrase(0, [a.word, b.word], "prefix"));
    whole.dropShared(included);
    expect(whole.read).toEqual([]);
    whole.update([10, 10]);
    expect(whole.read).toEqual([]);
  });

  it("reads nothing for one group, or for words ORed", () => {
    expect(new WholeLists(emptyReader, [phrase(0, [a.word])], 1, [a], 100).read).toEqual([]);
    const ored = new WholeLists(emptyReader, [phrase(0, [a.word]), phrase(0, [b.word])], 1, [a, b], 100);
    ored.update([100]);
    expect(ored.read).toEqual([]);
  });
});

describe("ListRows", () => {
  it("holds a list's rows and counts in the order read, answers which rows it has, and is emptied by reset", () => {
    const list = new ListRows();
    const read: [number, number][] = [[70, 3], [5, 1], [1_000_000, 2], [31, 9], [32, 4]];
    for (const [row, count] of read) list.add(row, count);
    // Grown past its first arrays and bitmap.
    for (let row = 100; row < 300; row++) list.add(row, 1);
    expect(list.size).toBe(205);
    expect([...list.rows.subarray(0, 5)]).toEqual([70, 5, 1_000_000, 31, 32]);
    expect([...list.counts.subarray(0, 5)]).toEqual([3, 1, 2, 9, 4]);
    expect([5, 31, 32, 70, 150, 1_000_000].every((r) => list.has(r))).toBe(true);
    expect([0, 4, 33, 69, 99, 300, 999_999, 1_000_001, 5_000_000].some((r) => list.has(r))).toBe(false);
    list.reset();
    expect(list.size).toBe(0);
    expect(list.has(70)).toBe(false);
    list.add(6, 1);
    expect(list.has(6) && !list.has(5)).toBe(true);
  });

  it("gives the rows of several lists once each, ascending", () => {
    const a = new ListRows();
    const b = new ListRows();
    for (const row of [70, 3, 31, 32]) a.add(row, 1);
    for (const row of [3, 0, 100_000, 33, 63, 64]) b.add(row, 1);
    expect([...ListRows.inOrder([a, b])]).toEqual([0, 3, 31, 32, 33, 63, 64, 70, 100_000]);
    expect([...ListRows.inOrder([a])]).toEqual([3, 31, 32, 70]);
    a.reset();
    expect([...ListRows.inOrder([a])]).toEqual([]);
  });
});
