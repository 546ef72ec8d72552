import { describe, expect, it } from "vitest";
import { hasForeignLetters, weightedPhraseCount } from "@/lib/search/phrase-count";

describe("weightedPhraseCount", () => {
  it("counts consecutive words per column, weighted heading 3, question 2, answer 1", () => {
    expect(weightedPhraseCount(["Net zero", "Net Zero targets and net-zero costs", "not net\nzero; netzero"], ["net", "zero"], false)).toBe(3 + 2 * 2 + 1);
  });

  it("needs whole words, except a prefix's last", () => {
    expect(weightedPhraseCount([null, null, "cabinet zero, net zeros, net zero"], ["net", "zero"], false)).toBe(1);
    expect(weightedPhraseCount([null, null, "net zeros and net zero"], ["net", "zero"], true)).toBe(2);
  });

  it("reads curly quotes and dashes as spaces", () => {
    expect(weightedPhraseCount([null, null, "the “cost–of–living” crisis"], ["cost", "of", "living"], false)).toBe(1);
  });

  it("tells text with letters beyond ASCII (which FTS5 folds its own way) from mere punctuation", () => {
    expect(hasForeignLetters("the “net zero” target — 2050")).toBe(false);
    expect(hasForeignLetters("Søren’s café")).toBe(true);
  });

  it("tells them as one Unicode test over the whole text does, for characters beyond the BMP and lone halves too", () => {
    const whole = /(?![\x00-\x7f])[\p{L}\p{N}\p{Co}\p{M}]/u;
    const alphabet = ["a", " ", "’", "—", "é", "\u0301", "𝐀", "😀", "\ud835", "\u00a0", "٣", "\ue000", "Z"];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => (rnd() < 0.7 ? "a b " : alphabet[Math.floor(rnd() * alphabet.length)]!)).join("");
      expect({ text, foreign: hasForeignLetters(text) }).toEqual({ text, foreign: whole.test(text) });
    }
  });
});
