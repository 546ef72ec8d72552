import { describe, expect, it } from "vitest";
import { WORD_HASH_SEED, wordHashStep, WordTable } from "@/lib/search/word-table";

const hashOf = (word: string) => {
  let h = WORD_HASH_SEED;
  for (let k = 0; k < word.length; k++) h = wordHashStep(h, word.charCodeAt(k));
  return h >>> 0;
};

describe("WordTable", () => {
  it("numbers words in the order first added, found again from a word or a stretch of a text, growing as it fills", () => {
    const table = new WordTable();
    const words = Array.from({ length: 40_000 }, (_, i) => `w${(i * 7919) % 1_000_003}`);
    const numbers = words.map((_, i) => i);
    expect(words.map((w) => table.idOf(w))).toEqual(numbers);
    expect(words.map((w) => table.idOf(w))).toEqual(numbers);
    const word = words[4_321]!;
    const text = `the ${word} and`;
    expect(table.idOfSpan(text, 4, 4 + word.length, hashOf(word))).toBe(4_321);
    expect(table.words.length).toBe(40_000);
    // A new stretch is kept as a word of its own, not the text.
    const other = new WordTable();
    expect(other.idOfSpan(text, 4, 4 + word.length, hashOf(word))).toBe(0);
    expect(other.idOf(word)).toBe(0);
    expect(other.words).toEqual([word]);
  });

  it("tells apart words whose hashes meet", () => {
    const table = new WordTable();
    // One hash given to different words: told apart by their characters.
    expect(table.idOfSpan("cost", 0, 4, 7)).toBe(0);
    expect(table.idOfSpan("cast", 0, 4, 7)).toBe(1);
    expect(table.idOfSpan("costs", 0, 5, 7)).toBe(2);
    expect(table.idOfSpan("a cost", 2, 6, 7)).toBe(0);
    expect(table.idOfSpan("cast", 0, 4, 7)).toBe(1);
    expect(table.words).toEqual(["cost", "cast", "costs"]);
  });

  it("keeps words beyond ASCII (the exact tokenizer's) apart by every character", () => {
    const table = new WordTable();
    const words = ["søren", "sören", "東京", "东京", "soren"];
    expect(words.map((w) => table.idOf(w))).toEqual([0, 1, 2, 3, 4]);
    expect(words.map((w) => table.idOf(w))).toEqual([0, 1, 2, 3, 4]);
  });
});
