import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("keeps abbreviations, approximations and money inside their sentence", () => {
    // "I will write to the hon. Member…" (id 1787206); "c.65 staff" (founding case 95752)
    expect(texts("I will write to the hon. Member once the information is available. There are c.65 staff. Mr. Smith met No. 10 officials, e.g. Dr. Jones. Costs were £1.2m. The rate was 3.5 per cent.")).toEqual([
      "I will write to the hon. Member once the information is available.",
      "There are c.65 staff.",
      "Mr. Smith met No. 10 officials, e.g. Dr. Jones.",
      "Costs were £1.2m.",
      "The rate was 3.5 per cent.",
    ]);
  });

  it("treats newlines as paragraph breaks and numbered items as part of their sentence", () => {
    const sentences = splitSentences("Figures are below.\n1. The first item is here. 2. The second item.\n(a) A part. Yes!");
    expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, "Figures are below."],
      [1, "1. The first item is here."],
      [1, "2. The second item."],
      [2, "(a) A part."],
      [2, "Yes!"],
    ]);
  });

  it("gives offsets into the text", () => {
    const text = "  First one. Second one.\n\nThird";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(["First one.", "Second one.", "Third"]);
  });

  it("ends a sentence after a one-letter annex name but not after an initial", () => {
    expect(texts("See Annex C. Then we end. J. Smith agreed.")).toEqual(["See Annex C.", "Then we end.", "J. Smith agreed."]);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n \n")).toEqual([]);
  });
});
