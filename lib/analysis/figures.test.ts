import { describe, expect, it } from "vitest";
import { UIN_95752 } from "@/test/fixtures/analysis-founding-case";
import { detectFigures } from "./figures";
import { detectReferences } from "./references";

const figures = (text: string) =>
  detectFigures(text, { exclude: detectReferences(text, "answer") }).map(({ valueText, value, unit, subject, approximate }) => ({
    valueText, value, unit, subject, approximate,
  }));

describe("detectFigures", () => {
  it("reads the founding case's c.65 staff as an approximate count of staff (95752)", () => {
    const found = detectFigures(UIN_95752.answerText);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ value: 65, valueText: "c.65", unit: "staff", subject: "staff", approximate: true });
    expect(UIN_95752.answerText.slice(f.start, f.end)).toBe("c.65");
    expect(f.quote).toMatch(/^The Home Office has a range of tools to trace those who abscond/);
  });

  it("reads money, percentages, hedges and counts (id 1713931)", () => {
    expect(figures("The UK cyber security sector is worth £10.5 billion, up 3% since last year, and employs over 58,000 people, having generated an additional 5,300 jobs in the past year.")).toEqual([
      { valueText: "£10.5 billion", value: 10_500_000_000, unit: "£", subject: "UK cyber security sector", approximate: false },
      { valueText: "3%", value: 3, unit: "%", subject: null, approximate: false },
      { valueText: "over 58,000", value: 58_000, unit: "people", subject: "people", approximate: true },
      { valueText: "5,300", value: 5_300, unit: "jobs", subject: "jobs", approximate: false },
    ]);
  });

  it("reads 'almost', 'around' and 'per cent' (ids 1836729, 1837824, 1912966)", () => {
    expect(figures("Co-operatives serve 16.6 million members and employ almost 240,000 people.")).toEqual([
      { valueText: "16.6 million", value: 16_600_000, unit: "members", subject: "members", approximate: false },
      { valueText: "almost 240,000", value: 240_000, unit: "people", subject: "people", approximate: true },
    ]);
    expect(figures("As of 13 October, the Home Office has the capacity to detain around 2,400 people in IRCs.")).toEqual([
      { valueText: "around 2,400", value: 2_400, unit: "people", subject: "people", approximate: true },
    ]);
    expect(figures("Network Rail has completed habitat management plans for almost 80 per cent of the network by area.")).toEqual([
      { valueText: "almost 80 per cent", value: 80, unit: "%", subject: "network", approximate: true },
    ]);
  });

  it("reads £1.2 million, £1.2m, 3.5 per cent, 'up 23%' and the subject before a verb", () => {
    expect(figures("We spent £1.2 million on consultants. Costs were £1.2m.").map((f) => f.value)).toEqual([1_200_000, 1_200_000]);
    expect(figures("We spent £1.2 million on consultants.")[0]?.subject).toBe("consultants");
    expect(figures("The rate was 3.5 per cent.")).toEqual([{ valueText: "3.5 per cent", value: 3.5, unit: "%", subject: "rate", approximate: false }]);
    expect(figures("Applications were up 23%.")[0]).toMatchObject({ value: 23, unit: "%", subject: "Applications" });
    // id 1666875
    expect(figures("The 2013 cost estimate for the electrification of the Great Western Main Line was £1.7 billion.")[0]).toMatchObject({
      value: 1_700_000_000, unit: "£", subject: "cost estimate",
    });
  });

  it("skips dates, years, times, UINs, clause numbers, phone numbers and list markers", () => {
    expect(figures("On 3 December 2025, in 2024 and in 2023-24, at 10:30 and 10am, the answer to UIN 74872 under clause 12 and Section 42 of the Act.")).toEqual([]);
    // id 1717908
    expect(figures("Bereaved claimants can contact the DWP Bereavement Service on 0800 151 2012, to cancel the person’s benefits.")).toEqual([]);
    expect(figures("(a) 1. The first item. The COVID-19 response and the 10-Year Health Plan for Key Stage 2 pupils aged 5 to 11.")).toEqual([]);
  });

  it("keeps a number that merely follows a list marker", () => {
    expect(figures("(a) 5 people were arrested.")).toEqual([{ valueText: "5", value: 5, unit: "people", subject: "people", approximate: false }]);
  });

  it("gives offsets into the whole text", () => {
    const text = "First paragraph.\nThere were 1,234 claims.";
    const f = detectFigures(text)[0]!;
    expect(text.slice(f.start, f.end)).toBe("1,234");
    expect(f.quote).toBe("There were 1,234 claims.");
  });
});
