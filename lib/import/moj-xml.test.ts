import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { headingFromText, parseMojXml } from "@/lib/import/moj-xml";
import type { ImportQuestion, ImportRejection, ParsedItem } from "@/lib/import/types";

const FIXTURES = path.join(__dirname, "../../test/fixtures/import-xml");
const REAL = "/work/shared/data/moj-pq-tracker";

function split(items: Iterable<ParsedItem>) {
  const records: ImportQuestion[] = [];
  const rejections: ImportRejection[] = [];
  for (const item of items) {
    if (item.ok) records.push(item.record);
    else rejections.push(item.rejection);
  }
  return { records, rejections };
}
const fixture = (file: string) => split(parseMojXml(readFileSync(path.join(FIXTURES, file)), file));
const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10);

const NS = 'xmlns="http://data.parliament.uk/QnA/2013/02"';
const question = (uin: string, extra = "") => `<Question>
  <Uin>${uin}</Uin><UpdatedDate>2014-02-03T10:00:00Z</UpdatedDate>
  <AnsweringBody><AnsweringBodyId>54</AnsweringBodyId><AnsweringBodyName>Ministry of Justice</AnsweringBodyName></AnsweringBody>
  <House><HouseId>2</HouseId><HouseName>House of Lords</HouseName></House>
  <TablingMember><MemberId>3898</MemberId><MemberName>Lord Example</MemberName></TablingMember>
  <QuestionType>Ordinary</QuestionType><TabledDate>2014-01-20</TabledDate><DateForAnswer>2014-02-03</DateForAnswer>
  <Text>To ask Her Majesty's Government what is the cost of legal aid in 2013 &amp; 2012.</Text>
  <QuestionStatus>${extra || "Tabled"}</QuestionStatus>
</Question>`;

describe("parseMojXml", () => {
  it("maps a <Questions> list to records", () => {
    const { records, rejections } = fixture("questions.sample.xml");
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(2);
    const [named, ordinary] = records as [ImportQuestion, ImportQuestion];
    expect(named).toMatchObject({
      format: "moj-xml",
      house: "COMMONS",
      uin: "174151",
      isNamedDay: true,
      withdrawn: false,
      heading: "How much was spent on with-cause breathalyser testing…",
      askingMember: { parliamentId: 308, name: "Mr Jim Cunningham", constituency: "Coventry South", house: "COMMONS" },
      answeringBody: { parliamentId: 54, name: "Ministry of Justice" },
      answers: [],
    });
    expect(named.text).toMatch(/^To ask the Secretary of State for Justice, how much was spent/);
    expect(day(named.dateTabled)).toBe("2013-11-01");
    expect(day(named.dateForAnswer)).toBe("2013-11-06");
    expect(named.sourceRef).toMatch(/^questions\.sample\.xml#line \d+ Uin 174151$/);
    expect(ordinary).toMatchObject({ uin: "168888", isNamedDay: false, askingMember: { parliamentId: 549 } });
  });

  it("joins an <Answer> to the question before it, dated by the question's UpdatedDate", () => {
    const { records, rejections } = fixture("sample_question_with_answer.xml");
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(1);
    const [q] = records as [ImportQuestion];
    expect(q.uin).toBe("183366");
    expect(q.answers).toEqual([
      {
        kind: "SUBSTANTIVE",
        dateAnswered: new Date("2014-05-16T00:00:00Z"),
        html: "Test answer",
        answeringMember: { parliamentId: 1533, name: null, house: "COMMONS" },
      },
    ]);
    expect(q.sourceRef).toContain("answer date from UpdatedDate");
  });

  it("rejects an answer document that has no question", () => {
    const { records, rejections } = fixture("answer.xml");
    expect(records).toEqual([]);
    expect(rejections).toEqual([{ sourceRef: "answer.xml#line 3 Answer", reason: expect.stringContaining("without its question") }]);
  });

  it("reads Lords houses, holding answers, grouped UINs, withdrawn status and XML entities", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Questions ${NS}>${question("HL4321", "Withdrawn")}</Questions>
<Answer ${NS}><IsHoldingAnswer>true</IsHoldingAnswer><Text>&lt;p&gt;Costs &pound;5&lt;/p&gt;</Text><MinisterId>42</MinisterId>
<OtherQuestionsInGroup><QuestionInGroup><Uin>HL4322</Uin></QuestionInGroup><QuestionInGroup><Uin>HL4323</Uin></QuestionInGroup></OtherQuestionsInGroup></Answer>`;
    const { records, rejections } = split(parseMojXml(Buffer.from(xml, "utf8"), "lords.xml"));
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(1);
    const [q] = records as [ImportQuestion];
    expect(q).toMatchObject({ house: "LORDS", uin: "HL4321", withdrawn: true, heading: "What is the cost of legal aid in…" });
    expect(q.text).toContain("2013 & 2012");
    expect(q.answers[0]).toMatchObject({ kind: "HOLDING", html: "<p>Costs £5</p>", answeringMember: { parliamentId: 42, house: "LORDS" } });
    expect(q.groupedWith).toEqual([
      { uin: "HL4322", dateTabled: null },
      { uin: "HL4323", dateTabled: null },
    ]);
  });

  it("rejects bad records without throwing and keeps the good ones", () => {
    const xml = `<Questions ${NS}>${question("1")}
${question("2").replace("2014-01-20", "20/01/2014")}
${question("").replace("<Uin></Uin>", "")}
${question("4").replace("legal aid", "legal &bogus; aid")}
${question("5")}`; // truncated: no </Questions>, and the last question is complete
    const { records, rejections } = split(parseMojXml(xml, "bad.xml"));
    expect(records.map((r) => r.uin)).toEqual(["1", "5"]);
    expect(rejections.map((r) => r.reason)).toEqual([
      '<TabledDate> is not a date: "20/01/2014"',
      "<Uin> is missing",
      "unknown entity &bogus; in <Text>",
      expect.stringContaining("truncated"),
    ]);
    const cut = question("9").slice(0, 200);
    const truncated = split(parseMojXml(`<Questions ${NS}>${cut}`, "cut.xml"));
    expect(truncated.records).toEqual([]);
    expect(truncated.rejections[0]?.reason).toContain("file is truncated inside this question");
  });

  it("gives one rejection for input with no XML in it", () => {
    for (const input of ["", "plain text", Buffer.alloc(0)]) {
      expect([...parseMojXml(input, "junk.xml")]).toEqual([
        { ok: false, rejection: { sourceRef: "junk.xml#file", reason: expect.stringContaining("no XML elements") } },
      ]);
    }
  });

  it("derives a short heading from the question text", () => {
    expect(headingFromText("To ask the Secretary of State for Justice, what plans he has to develop offender behaviour programmes.")).toBe(
      "What plans he has to develop offender behaviour…",
    );
    expect(headingFromText("To ask the Secretary of State for Justice, how many prisons there are.")).toBe("How many prisons there are");
    expect(headingFromText("Prisons")).toBe("Prisons");
  });
});

describe.skipIf(!existsSync(REAL))("parseMojXml: the real Ministry of Justice files", () => {
  it("questions.xml has 20 questions, all Commons, all Ministry of Justice", () => {
    const { records, rejections } = split(parseMojXml(readFileSync(path.join(REAL, "questions.xml")), "questions.xml"));
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(20);
    expect(records.filter((r) => r.isNamedDay)).toHaveLength(5);
    expect(records.every((r) => r.house === "COMMONS" && r.answeringBody.parliamentId === 54 && r.askingMember.parliamentId)).toBe(true);
  });
});

if (!existsSync(REAL)) console.warn(`skipping real-file counts: ${REAL} not found`);
