import { describe, expect, it } from "vitest";
import { detectReferences, normaliseUin } from "./references";

const refs = (text: string) => detectReferences(text, "answer").map((r) => [r.uin, r.date]);

describe("detectReferences", () => {
  it("reads the usual ways of citing a question", () => {
    expect(refs("See Question 12345, UIN 74872, PQ 146306 and WPQ 5555.")).toEqual([
      ["12345", null], ["74872", null], ["146306", null], ["5555", null],
    ]);
    expect(refs("PQs 1234 and 5678; Questions 1, 2 and 3.")).toEqual([["1234", null], ["5678", null], ["1", null], ["2", null], ["3", null]]);
    expect(refs("Member to Questions HL14450, HL14451 and HL14452 and to S6W-12345.")).toEqual([
      ["HL14450", null], ["HL14451", null], ["HL14452", null], ["S6W-12345", null],
    ]);
  });

  it("dates a reference from 'the answer I gave on … to Question …' (founding case wording)", () => {
    expect(refs("I refer the hon. Member to the answer I gave on 3 December 2025 to Question 95752.")).toEqual([["95752", "2025-12-03"]]);
    // id 1883698
    expect(refs("I also refer the Honourable Gentleman to the answer which I gave to his question on 16 February 2026 (UIN 110965).")).toEqual([["110965", "2026-02-16"]]);
    expect(detectReferences("To ask the Secretary of State, pursuant to the Answer of 12 November 2025 to Question 123, what", "question")).toMatchObject([
      { uin: "123", date: "2025-11-12", source: "question" },
    ]);
  });

  it("dates from a following 'on …' and pairs lists of dates with lists of questions (ids 1846871, 1874172)", () => {
    expect(refs("Member to the answers given to Question UIN 58901 on 19 June 2025 and Question UIN 78942 on 20 October 2025.")).toEqual([
      ["58901", "2025-06-19"], ["78942", "2025-10-20"],
    ]);
    expect(refs("I refer the Right Honourable Member to the answers I gave on 20 October, 23 October and 5 November 2025 to PQs UIN78707, UIN83374 and UIN85910.")).toEqual([
      ["78707", "2025-10-20"], ["83374", "2025-10-23"], ["85910", "2025-11-05"],
    ]);
  });

  it("leaves the date null when there is none, or no year (founding case 95750, id 1914697)", () => {
    expect(refs("The information requested on the number of foreign national offenders (including the previous request under UIN 74872) and irregular migrants")).toEqual([["74872", null]]);
    expect(refs("I refer the Rt Hon Member to the answers provided on 29 April in response to Question 128991.")).toEqual([["128991", null]]);
  });

  it("reads 'my answer to 110422' and 'question of …, reference 96210' (ids 1884615, 1888322)", () => {
    expect(refs("I refer to my answer to 110422, the recruitment campaign will be launched in due course.")).toEqual([["110422", null]]);
    expect(refs("I refer the Honourable Member to the government’s response to his previous question of 9 December 2025, reference 96210.")).toEqual([["96210", "2025-12-09"]]);
  });

  it("never takes phone numbers, years, money, SI numbers, sections or parts of the question asked", () => {
    expect(refs("Call 0300 123 4567. In 2024, £1,234 was spent under Section 12 and SI 2024/123 (S.I. 2023 No. 1234).")).toEqual([]);
    // id 1657819: "question 1" is the first part of the question being answered.
    expect(refs("Figures for question 1 are in Table 1. Figures for question 2 are in Table 2.")).toEqual([]);
    expect(refs("Consultation question 3 asked about fees.")).toEqual([]);
  });

  it("gives spans on the id itself and tags the source", () => {
    const text = "Please see the response to UIN 22711 here.";
    const r = detectReferences(text, "question")[0]!;
    expect(text.slice(r.start, r.end)).toBe("22711");
    expect(r.source).toBe("question");
  });

  it("normalises ids as Parliament prints them", () => {
    expect(normaliseUin("UIN 78707")).toBe("78707");
    expect(normaliseUin("hl 1234")).toBe("HL1234");
    expect(normaliseUin("S6W-12345")).toBe("S6W-12345");
  });
});
