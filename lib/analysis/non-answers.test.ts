import { describe, expect, it } from "vitest";
import { UIN_95750, UIN_95752 } from "@/test/fixtures/analysis-founding-case";
import { answerPlainText } from "./analyze";
import { classifySentence, detectNonAnswers } from "./non-answers";
import type { NonAnswerKind } from "./types";

// Real sentences from /work/shared/data/uk-parliament-api/longform-texts.jsonl.gz, by API id.
const REAL: [id: number, sentence: string, kinds: NonAnswerKind[]][] = [
  [1691358, "This could only be obtained at disproportionate cost.", ["disproportionate_cost"]],
  [1918985, "The information requested is not held centrally and therefore cannot be answered without incurring disproportionate costs.", ["disproportionate_cost", "not_held"]],
  [1906223, "Repayments are administered through a number of different systems and routes, and unfortunately collating the information required would exceed the cost threshold for responding to parliamentary questions.", ["disproportionate_cost"]],
  [1800457, "Defra does not hold this data.", ["not_held"]],
  [1859814, "The requested data is not held centrally in a reportable format.", ["not_held"]],
  [1786389, "The time lost due to incursions on Ministry of Defence Ranges, is not recorded.", ["not_held"]],
  [1885072, "Identifying the total annual expenditure for each year since 2019-20 would require a manual review of records across multiple teams and systems.", ["not_held"]],
  // With the cost refusal in the same sentence, the manual review is only its reason.
  [1893974, "Extracting this information from Yellow Card reports would require a manual review of individual records and would incur disproportionate cost.", ["disproportionate_cost"]],
  [1822333, "The requested information is not available from published statistics.", ["not_available"]],
  [1897277, "Data is not available by parliamentary constituency.", ["not_available"]],
  [1725681, "Information for the 2024/25 financial year will be published in due course.", ["not_available"]],
  [1665448, "I will write to the hon. Member once MOD officials have had an opportunity to collate the information .", ["will_write"]],
  [1726313, "A copy of the letter will be deposited in the House of Commons Library.", ["will_write"]],
  [1852314, "I refer the hon. Member to the answer I gave on 30 October 2025 to Question UIN 84144.", ["referral"]],
  [1656351, "Data on returns by destination are published in table Ret_D02 of the ‘Returns detailed datasets’.", ["referral"]],
  [1907821, "The Department for Transport has indicated that it will not be possible to answer this question within the usual time period.", ["holding"]],
  [1665330, "It has not proved possible to respond to the right hon. Member in the time available before Prorogation.", ["holding"]],
  [1682507, "It is not possible to estimate how many hours our staff dedicate to these voluntary roles as some advisers and practitioners are utilised more often than others.", ["estimate_unreliable"]],
  [1728355, "The sample sizes from survey data for Aldershot and Hampshire are too small, so it is not possible to make a robust estimate of the level of long-term youth unemployment for these areas.", ["estimate_unreliable"]],
  [1689102, "We do not comment on intelligence matters.", ["no_comment"]],
  [1841536, "The details of the contracts are commercially sensitive.", ["no_comment"]],
  [1874197, "It has been UK policy for decades to neither confirm nor deny the presence of nuclear weapons at any given location.", ["no_comment"]],
  [1806629, "I am withholding this information as its disclosure would, or would be likely to prejudice the capability, effectiveness or security of the Armed Forces.", ["no_comment"]],
  // Families widened by mining the corpus (not the labelled sets): deferrals, things not yet settled, pointers, refusals.
  [1724414, "Remuneration rates have not yet been finalised.", ["not_available"]],
  [1864050, "We will confirm local authority allocations for 2026/27 in the spring.", ["not_available"]],
  [1688527, "The Government continues to work at pace and expects to publish the consultation shortly.", ["not_available"]],
  [1714913, "The latest available data on Personal Independence Payment claims can be found at https://stat-xplore.dwp.gov.uk/.", ["referral"]],
  [1904464, "I otherwise refer the Rt Hon. Member to the answers to Questions UIN 123491 on 2 April 2026, UIN 123488 on 1 April 2026, and UIN 123483 on 1 April 2026.", ["referral"]],
  [1661946, "National Statistics on the number and percentage of people in poverty, including regional-level data, is published annually in the “Households Below Average Income” publication.", ["referral"]],
  [1659701, "These questions have therefore been passed to the FCA who will respond directly to the honourable Member by letter.", ["will_write"]],
  [1723325, "As the decision remains subject to ongoing litigation, it would be inappropriate to comment.", ["no_comment"]],
  [1786450, "It has been the practice of successive administrations not to publish granular information relating to the official movements of Ministers and those accompanying them within the United Kingdom.", ["no_comment"]],
  [1751860, "However, offences involving agricultural crime cannot be separately identified from the data held centrally.", ["not_held"]],
  [1912541, "It is difficult to estimate the true number of foster carers required.", ["estimate_unreliable"]],
];

// Answering sentences that use the lexicon's words (cost, available, estimate, held, published).
const ANSWERING: [id: number, sentence: string][] = [
  [1686992, "This is at a cost of £7bn over five years."],
  [1731235, "The average cost to a Department for a single DPC (Department Pool Car) in 2024/25 financial year is £108K per annum."],
  [1665766, "Up to £10m in annual funding has been made available for HLPAS."],
  [1659681, "Data for May 2023 has been provided in line with the latest available UC Household Statistics."],
  [1666875, "The 2013 cost estimate for the electrification of the 121 miles of the Great Western Main Line between Heathrow Airport Junction and Cardiff was £1.7 billion."],
  [1683447, "A total of eight Executive Let's Talk About Behaviours sessions were held in 2022."],
  [1778740, "The most recent waiting time data held by NHS England from 2024 indicated that the average waiting time across the nine centres was 28 weeks."],
  [1663678, "This assessment is outlined in the business case published in November 2022."],
  [1869191, "Stop and search disproportionately impacts particular ethnic groups, disparity rates have fallen recently."],
  [1876318, "MHCLG ministers and officials have not held any meetings with either the Venice Commission or the Organisation for Security and Co-operation in Europe on elections or democracy since July 2024."],
  // Hard negatives for the widened families.
  [1698347, "Approximately 45% of the current Access for All programme has entered into passenger service, with approximately 55% not yet complete although the majority of these are in construction."],
  [1838584, "The National Planning Policy Framework makes clear that inappropriate development in areas at risk of flooding should be avoided by directing development away from areas at highest risk (whether existing or future)."],
  [1716963, "This Government’s approach to decarbonisation is not to stop people doing things, but to enable people to do the same things differently and more sustainably."],
  [1673162, "We ran a programme of in-person and virtual public events, so that people could share their views verbally and offered a range of methods to enable people to respond in writing, including online, by email or by post."],
  [1842772, "There are no current plans to write to laboratories that provide testing for paraneoplastic encephalomyelitis to ask whether this includes KLHl11 antibody testing."],
  [1736729, "This can be seen to have a major impact on the statistics during this period and play a major role in the falls recorded."],
  [1747067, "A breakdown of the costs requested is set out in the attached table."],
  [1782315, "There are currently no plans to publish volumes of Pension Credit Outstanding Claims at a constituency level."],
];

describe("classifySentence", () => {
  for (const [id, sentence, kinds] of REAL) {
    it(`${id}: ${kinds.join(" + ")}`, () => {
      expect([...classifySentence(sentence)].sort()).toEqual([...kinds].sort());
    });
  }
  for (const [id, sentence] of ANSWERING) {
    it(`${id}: an answering sentence is not a non-answer`, () => {
      expect(classifySentence(sentence)).toEqual([]);
    });
  }
});

describe("detectNonAnswers", () => {
  it("finds the founding case's unreliable estimate (95752) at the end of its first paragraph", () => {
    const text = UIN_95752.answerText;
    const findings = detectNonAnswers(text);
    const firstParagraphEnd = text.indexOf("\n");
    const estimate = findings.find((f) => f.kind === "estimate_unreliable");
    expect(estimate?.quote).toBe(
      "Given these variables, any general estimate would be unreliable with assessments instead being made in response to individual requests and the specific circumstances.",
    );
    expect(estimate?.end).toBe(firstParagraphEnd);
    expect(text.slice(estimate!.start, estimate!.end)).toBe(estimate!.quote);
    // The second paragraph answers ("c.65 staff…"): nothing there is a non-answer.
    expect(findings.every((f) => f.end <= firstParagraphEnd)).toBe(true);
  });

  it("finds not_available, disproportionate_cost and the withheld methodology in the 95748/95750 answer", () => {
    const text = answerPlainText(UIN_95750.answerHtml);
    const findings = detectNonAnswers(text);
    const kinds = findings.map((f) => f.kind);
    expect(kinds).toContain("not_available");
    expect(kinds).toContain("disproportionate_cost");
    const noComment = findings.filter((f) => f.kind === "no_comment");
    expect(noComment).toHaveLength(1);
    expect(noComment[0]?.quote).toMatch(/^The release of the methods utilised to calculate these risks would prejudice/);
    // "Nor is the breakdown…" continues the first refusal: one passage of two sentences.
    const first = findings[0]!;
    expect(first.kind).toBe("not_available");
    expect(first.quote).toMatch(/published statistics\. Nor is the breakdown of those figures by risk category, criminal history and nationality\.$/);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it("reports one sentence twice when it says two kinds (id 1751774)", () => {
    const text = "Data on the number of offenders recalled to custody after becoming homeless are not held centrally and could only be supplied at disproportionate cost.";
    const findings = detectNonAnswers(text);
    expect(findings.map((f) => f.kind).sort()).toEqual(["disproportionate_cost", "not_held"]);
    expect(findings.every((f) => f.start === 0 && f.end === text.length)).toBe(true);
  });

  it("finds nothing in an answer that answers (id 1662977)", () => {
    const text = "In 2022, the FMU delivered training to 1,537 professionals and the unit has reached over 3,000 professionals by the end of September 2023. Over 650 police officers have been given this training.";
    expect(detectNonAnswers(text)).toEqual([]);
  });

  it("counts a deferral only when it defers what the question asks (real sentence from 1815917)", () => {
    const text = "Further details on the national inquiry will be announced in due course.";
    expect(detectNonAnswers(text).map((f) => f.kind)).toEqual(["not_available"]);
    const asked = "To ask the Secretary of State for the Home Department, whether the national inquiry will be judge-led.";
    expect(detectNonAnswers(text, undefined, { questionText: asked }).map((f) => f.kind)).toEqual(["not_available"]);
    const other = "To ask the Secretary of State for the Home Department, how many officers were recruited in Kent in 2024.";
    expect(detectNonAnswers(text, undefined, { questionText: other })).toEqual([]);
  });

  it("reads a pointer to a publication as a referral unless it follows a figure the answer gave (1685828)", () => {
    const pointer = "The latest statistics for the number of households in fuel poverty at administrative levels in England, are published here: https://www.gov.uk/government/statistics/sub-regional-fuel-poverty-data-2022";
    expect(detectNonAnswers(pointer).map((f) => f.kind)).toEqual(["referral"]);
    const afterFigure = `In 2022, 13.1% of households in England were in fuel poverty. ${pointer}`;
    expect(detectNonAnswers(afterFigure)).toEqual([]);
  });

  it("joins a pointer that runs on from a referral into one passage (1748595)", () => {
    const text = "The Home Office publishes quarterly statistics on detected irregular arrivals to the UK in the ‘Immigration System Statistics Quarterly Release’. Quarterly data on detected irregular arrivals by age group is published in table Irr_D01 of the ‘Irregular migration to the UK detailed datasets’.";
    const findings = detectNonAnswers(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "referral", start: 0, end: text.length, quote: text });
  });

  it("keeps offsets across paragraphs", () => {
    const text = "The figure is 12.\nThe requested information is not held.\nI will write to the hon. Member.";
    const findings = detectNonAnswers(text);
    expect(findings.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ["not_held", "The requested information is not held."],
      ["will_write", "I will write to the hon. Member."],
    ]);
  });
});
