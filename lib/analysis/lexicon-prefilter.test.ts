import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerPlainText } from "./analyze";
import { parseEvalItems } from "./evaluate";
import { LEXICON } from "./lexicon";
import { anyCanMatch, requiredWords } from "./lexicon-prefilter";
import { splitSentences } from "./sentences";

describe("requiredWords", () => {
  it("reads the words a match must contain", () => {
    expect(requiredWords(/\bholding\s+(?:answer|reply)\b/i)).toEqual(["holding"]);
    expect(requiredWords(/\b(?:collate|compile)\s+it\b/i)).toEqual(["collate", "compile"]);
    expect(requiredWords(/\bnot\s+(?:be\s+)?held\b|\bwe\s+(?:do\s+not|don't)\s+hold\b/i)).toEqual(["held", "hold"]); // the longest of each branch
    // Optional parts, lookarounds and classes are not required; repeats are.
    expect(requiredWords(/(?:very\s+)?(?=.*cost)shortly\s+publish/i)).toEqual(["shortly"]);
    expect(requiredWords(/(?:figures?){1,2}\s+x/i)).toEqual(["figure"]);
    expect(requiredWords(/Hon\.\s+Member/)).toEqual(["member"]);
    expect(requiredWords(/\u00A0answers/i)).toEqual(["answers"]);
  });

  it("gives none rather than a guess", () => {
    expect(requiredWords(/\bno\b/i)).toBeNull(); // too short to filter with
    expect(requiredWords(/\w+\s+\d+/)).toBeNull();
    expect(requiredWords(/holding|\s+/)).toBeNull(); // a branch without words
    expect(requiredWords(/(a)bc\1/)).toBeNull();
  });

  it("lets every kind of the lexicon filter", () => {
    for (const rules of LEXICON) for (const p of rules.phrases) expect({ re: p.re.source, words: requiredWords(p.re) }).not.toMatchObject({ words: null });
  });
});

describe("the lexicon prefilter", () => {
  const items = ["test/fixtures/analysis-eval.jsonl", "test/fixtures/analysis-heldout.jsonl"].flatMap((f) => parseEvalItems(readFileSync(f, "utf8")));
  const sentences = [
    ...LEXICON.flatMap((k) => [...k.phrases, ...k.guards].map((p) => p.example)),
    ...items.flatMap((i) => [i.question_text, ...splitSentences(answerPlainText(i.answer_text)).map((s) => s.text)]),
  ];

  it("never turns away a sentence a phrase matches (labelled answers, every example)", () => {
    expect(sentences.length).toBeGreaterThan(2000);
    const missed: string[] = [];
    for (const rules of LEXICON) {
      const could = anyCanMatch(rules.phrases.map((p) => p.re));
      for (const s of sentences) if (rules.phrases.some((p) => p.re.test(s)) && !could(s.toLowerCase())) missed.push(`${rules.kind}: ${s}`);
    }
    expect(missed).toEqual([]);
  });

  it("turns most sentences away", () => {
    const could = LEXICON.map((rules) => anyCanMatch(rules.phrases.map((p) => p.re)));
    const checks = sentences.flatMap((s) => could.map((c) => c(s.toLowerCase())));
    expect(checks.filter(Boolean).length / checks.length).toBeLessThan(0.5);
  });
});
