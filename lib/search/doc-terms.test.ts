import { describe, expect, it } from "vitest";
import { approximateTokenizer, columnWordIds, docTerms } from "@/lib/search/doc-terms";
import { WordTable } from "@/lib/search/word-table";

describe("docTerms", () => {
  it("counts words per column with the column weights (heading 3, question 2, answer 1) and the row length", () => {
    const d = docTerms(["Absconded migrants", "To ask the Home Secretary how many staff trace absconded migrants.", "About 65 staff."]);
    expect(d.terms.get("absconded")).toBe(3 + 2);
    expect(d.terms.get("staff")).toBe(2 + 1);
    expect(d.terms.get("65")).toBe(1);
    expect(d.length).toBe(2 + 11 + 3);
  });

  it("splits on punctuation beyond ASCII without leaving the fast path", () => {
    const calls: string[] = [];
    const d = docTerms(["The Government’s plans — costs…", null, "“net zero”\u00a0targets"], (t) => (calls.push(t), []));
    expect(calls).toEqual([]);
    expect([...d.terms.keys()]).toEqual(["the", "government", "s", "plans", "costs", "net", "zero", "targets"]);
  });

  it("hands a column with letters beyond ASCII to the exact tokenizer", () => {
    const seen: string[] = [];
    const d = docTerms(["Søren Café", "plain"], (t) => (seen.push(t), ["soren", "cafe"]));
    expect(seen).toEqual(["Søren Café"]);
    expect(d.terms.get("soren")).toBe(3);
    expect(d.terms.get("plain")).toBe(2);
    expect(d.length).toBe(3);
  });
});

describe("columnWordIds (the rank index's build)", () => {
  it("gives the numbers of the words docTerms counts, in order, the same word the same number", () => {
    const texts = [
      "To ask the Home Secretary how many staff trace absconded migrants; and what the annual cost of the operation is.",
      "The Government’s plans — costs… “net zero”\u00a0targets (2024-25): 1,234 staff.",
      "a ab abc abcd abcde abcdef abcdefghijklmnopqrstuvwxyz0123456789 a ab",
      "",
      "   ",
    ];
    const table = new WordTable();
    const ids: number[] = [];
    for (const text of texts) {
      columnWordIds(text, approximateTokenizer, table, ids);
      const words: string[] = [];
      docTerms([text], approximateTokenizer, (_, w) => words.push(...w));
      expect(ids.map((id) => table.words[id])).toEqual(words);
    }
    // Each distinct word once, numbered in the order first met.
    expect(new Set(table.words).size).toBe(table.words.length);
    expect(table.words.slice(0, 3)).toEqual(["to", "ask", "the"]);
  });

  it("hands a column with letters beyond ASCII to the exact tokenizer, numbering its words in the same table", () => {
    const table = new WordTable();
    const ids: number[] = [];
    columnWordIds("cafe plain", approximateTokenizer, table, ids);
    const seen: string[] = [];
    columnWordIds("Søren Café", (t) => (seen.push(t), ["soren", "cafe"]), table, ids);
    expect(seen).toEqual(["Søren Café"]);
    expect(ids).toEqual([2, 0]);
    expect(table.words).toEqual(["cafe", "plain", "soren"]);
  });
});
