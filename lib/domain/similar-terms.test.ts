import { describe, expect, it } from "vitest";
import { chooseTerms, conceptsToRecount, indexTokens, matchExpression, questionConcepts, sharedConcepts, SIMILAR_LIMITS } from "./similar-terms";

const absconders = {
  heading: "Immigration: Absconders",
  text: "To ask the Secretary of State for the Home Department, how many staff are dedicated to tracing absconded migrants; and what the annual cost is.",
};

describe("questionConcepts", () => {
  it("keeps the subject words of heading and text, as the index spells them, with their stems", () => {
    const concepts = questionConcepts(absconders);
    const byStem = new Map(concepts.map((c) => [c.stem, c]));
    expect(byStem.get("abscond")).toMatchObject({ inHeading: true, label: "absconders" });
    expect(byStem.get("abscond")!.forms.sort()).toEqual(["abscond", "absconded", "absconders"]);
    expect(byStem.get("migrant")!.forms.sort()).toEqual(["migrant", "migrants"]);
    // The preamble and parliamentary stock words carry no subject.
    expect(concepts.map((c) => c.stem)).not.toContain("secretary");
    expect(concepts.map((c) => c.stem)).not.toContain("home");
  });

  it("folds diacritics and case like the index's tokenizer", () => {
    expect(indexTokens("Café Zoë’s RÉSUMÉ-2025")).toEqual(["cafe", "zoe", "s", "resume", "2025"]);
  });
});

describe("chooseTerms", () => {
  const concepts = questionConcepts(absconders);
  const total = 1_000_000;

  it("searches the rarest words first, within the match budget, and leaves out words only this question has", () => {
    const df = new Map([
      ["absconders", 40],
      ["absconded", 300],
      ["abscond", 0],
      ["tracing", 900],
      ["migrants", 2_500],
      ["migrant", 2_000],
      ["staff", 3_001],
      ["dedicated", 1_500],
      ["annual", 3_001],
      ["cost", 3_001],
      ["immigration", 3_001],
      ["tracing", 900],
    ]);
    const choice = chooseTerms(concepts, df, total);
    expect(choice.any.map((c) => c.stem)).toEqual(["abscond", "trac", "dedicat"]);
    // migrants (4,500 with its stem) would take the matches past the budget.
    expect(choice.any.map((c) => c.stem)).not.toContain("migrant");
    expect(choice.all).toEqual([]);
    // Forms no question has ("abscond") are not searched; the heading's two words must meet in a heading.
    expect(matchExpression(choice)).toBe('{heading question} : (("absconders" OR "absconded") OR "tracing" OR "dedicated") OR {heading} : ("immigration" AND ("absconders" OR "absconded"))');
  });

  it("ANDs the two most telling common words when too few rare ones exist, and the heading's words within headings", () => {
    const df = new Map<string, number>([
      ["absconders", 1],
      ["immigration", 20_000],
      ["staff", 25_000],
      ["migrants", 9_000],
      ["tracing", 2_000],
      ["cost", 400_000],
    ]);
    const choice = chooseTerms(concepts, df, total);
    expect(choice.any.map((c) => c.stem)).toEqual(["trac"]);
    // The heading word weighs more.
    expect(choice.all.map((c) => c.stem)).toEqual(["immigration", "migrant"]);
    // "absconders" is in no other question: a one-word heading clause would find nothing else.
    expect(choice.heading).toEqual([]);
    expect(matchExpression(choice)).toBe('{heading question} : ("tracing" OR ("immigration" AND "migrants"))');
  });

  it("asks for exact counts of heading words and, when rare ones are few, common ones", () => {
    const capped = new Map([
      ["immigration", SIMILAR_LIMITS.rareMax + 1],
      ["absconders", 50],
      ["staff", SIMILAR_LIMITS.rareMax + 1],
    ]);
    expect(conceptsToRecount(concepts, capped).map((c) => c.stem)).toEqual(["immigration", "staff"]);
    const heading = chooseTerms(concepts, new Map([...capped, ["immigration", 20_000]]), total);
    expect(heading.heading.map((c) => c.stem)).toEqual(["immigration", "abscond"]);
    expect(matchExpression(heading)).toContain('{heading} : ("immigration" AND "absconders")');
  });

  it("has nothing to search with when no word is shared with another question", () => {
    const choice = chooseTerms(concepts, new Map(), total);
    expect(matchExpression(choice)).toBeNull();
  });
});

describe("sharedConcepts", () => {
  it("names the shared words, most telling first, and scores their share of the weight", () => {
    const concepts = questionConcepts(absconders);
    const choice = chooseTerms(concepts, new Map([["absconders", 40], ["tracing", 900], ["dedicated", 1_500]]), 1_000_000);
    const near = sharedConcepts(choice, { heading: "Asylum: Absconders", text: "To ask …, how many absconders were traced in 2024." });
    expect(near.terms).toEqual(["absconders"]);
    expect(near.score).toBeGreaterThan(0.3);
    expect(near.score).toBeLessThan(1);
    const same = sharedConcepts(choice, absconders);
    expect(same).toEqual({ terms: ["absconders", "tracing", "dedicated"], score: 1 });
    expect(sharedConcepts(choice, { heading: "Roads", text: "Potholes." })).toEqual({ terms: [], score: 0 });
  });
});
