import { describe, expect, it } from "vitest";
import { createRng } from "@/bench/random";
import { htmlBlocks, mapHtmlText, perturbNumbers, recombineAnswer, recombineQuestion, shiftYears } from "@/bench/vary";

describe("shiftYears", () => {
  it("moves recent calendar and financial years, not far targets", () => {
    expect(shiftYears("In 2023-24 and since 2019, with net zero by 2050.", -2, 2024)).toBe("In 2021-22 and since 2017, with net zero by 2050.");
    expect(shiftYears("Published on 12 May 2025.", 1, 2025)).toBe("Published on 12 May 2026.");
  });
  it("leaves amounts that look like years alone", () => {
    expect(shiftYears("£2,024 and 2024.5 tonnes", 3, 2024)).toBe("£2,024 and 2024.5 tonnes");
  });
});

describe("perturbNumbers", () => {
  const rng = () => createRng(7);
  it("keeps references, dates, years and single digits", () => {
    const text = "See Question 23524 and section 106, on 21 January 2025 in 2024; 3 schools.";
    expect(perturbNumbers(text, rng())).toBe(text);
  });
  it("changes amounts but keeps how they are written", () => {
    const out = perturbNumbers("It cost £1,234,567 and 45.5% of 380 staff.", rng());
    expect(out).not.toBe("It cost £1,234,567 and 45.5% of 380 staff.");
    expect(out).toMatch(/^It cost £\d{1,3}(,\d{3})+ and \d+\.\d% of \d+ staff\.$/);
  });
  it("is deterministic for a seed", () => {
    expect(perturbNumbers("1,500 beds and 250 nurses", createRng(1))).toBe(perturbNumbers("1,500 beds and 250 nurses", createRng(1)));
  });
});

describe("recombination", () => {
  it("swaps the clause after '; and '", () => {
    expect(recombineQuestion("To ask X, what A; and if he will make a statement.", "To ask X, what B; and how many C.")).toBe("To ask X, what A; and how many C.");
    expect(recombineQuestion("To ask X, what A.", "To ask X, what B; and C.")).toBe("To ask X, what A.");
  });
  it("keeps the first paragraph of an answer and adds one from the donor", () => {
    const html = "<p>The first paragraph answers the question directly, at some length.</p>";
    const donor = "<p>A donor paragraph that is long enough to be used as one.</p><p>x</p>";
    const out = recombineAnswer(html, donor, createRng(3));
    expect(htmlBlocks(out)[0]).toBe("<p>The first paragraph answers the question directly, at some length.</p>");
    expect(out).toContain("A donor paragraph");
  });
  it("never touches markup", () => {
    expect(mapHtmlText('<a href="/q/2024">2024</a>', (t) => t.replace("2024", "X"))).toBe('<a href="/q/2024">X</a>');
  });
});
