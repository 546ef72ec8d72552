import { describe, expect, it } from "vitest";
import { docTerms } from "@/lib/search/doc-terms";

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
