import { describe, expect, it } from "vitest";
import { contentWords, cosine, distinctiveWords, makeIdf, stripQuestionPreamble, tfidfVector } from "@/lib/analysis/similarity";

const idf = makeIdf(1000, new Map([["abscond", 20], ["migrant", 200], ["bail", 40], ["police", 300], ["trac", 5]]));

describe("similarity", () => {
  it("drops the parliamentary preamble and stopwords, folds word forms", () => {
    expect(contentWords("To ask the Secretary of State for the Home Department, how many absconders absconded on bail.")).toEqual(["home", "abscond", "abscond", "bail"]);
    expect(stripQuestionPreamble("To ask the Secretary of State for Justice, what criteria the CPS uses")).toBe("what criteria the CPS uses");
  });

  it("scores questions on the same subject above unrelated ones", () => {
    const a = tfidfVector("how many absconders released on bail have committed further offences", idf);
    const b = tfidfVector("how many people on immigration bail absconded again; absconders on bail", idf);
    const c = tfidfVector("what steps the Department is taking to improve rail punctuality in Kent", idf);
    expect(cosine(a, b)).toBeGreaterThan(0.25);
    expect(cosine(a, c)).toBe(0);
    expect(cosine(a, a)).toBeCloseTo(1);
  });

  it("picks the rarest words for candidate search", () => {
    expect(distinctiveWords("police tracing of absconders and migrants", idf, 2)).toEqual(["trac", "abscond"]);
  });
});
