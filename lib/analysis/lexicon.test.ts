import { describe, expect, it } from "vitest";
import { LEXICON } from "./lexicon";
import { classifySentence } from "./non-answers";
import { NON_ANSWER_KINDS } from "./types";

describe("lexicon", () => {
  it("has rules for every kind, once", () => {
    expect(LEXICON.map((r) => r.kind).sort()).toEqual([...NON_ANSWER_KINDS].sort());
  });

  for (const rules of LEXICON) {
    describe(rules.kind, () => {
      rules.phrases.forEach((p, i) => {
        it(`phrase ${i} matches and detects its own example: ${p.example}`, () => {
          expect(p.re.test(p.example)).toBe(true);
          expect(classifySentence(p.example)).toContain(rules.kind);
        });
      });
      rules.guards.forEach((g, i) => {
        it(`guard ${i} vetoes its example: ${g.example}`, () => {
          expect(g.re.test(g.example)).toBe(true);
          expect(classifySentence(g.example)).not.toContain(rules.kind);
        });
      });
    });
  }

  it("uses no global or sticky regexes (test() must not carry state between sentences)", () => {
    for (const rules of LEXICON) for (const p of [...rules.phrases, ...rules.guards]) expect(p.re.flags).not.toMatch(/[gy]/);
  });
});
