import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LORDS_ANSWERING_BODY, parseHansardXml, parseScottishSpeaker } from "@/lib/import/hansard-xml";
import type { ImportQuestion, ImportRejection, ParsedItem } from "@/lib/import/types";
import { decodeXmlInput } from "@/lib/import/xml-source";

const FIXTURES = path.join(__dirname, "../../test/fixtures/import-xml");
const REAL = "/work/shared/data/hansard-xml";

function parse(file: string, sourceName = file): { records: ImportQuestion[]; rejections: ImportRejection[] } {
  return split(parseHansardXml(readFileSync(path.join(FIXTURES, file)), sourceName));
}

function split(items: Iterable<ParsedItem>) {
  const records: ImportQuestion[] = [];
  const rejections: ImportRejection[] = [];
  for (const item of items) {
    if (item.ok) records.push(item.record);
    else rejections.push(item.rejection);
  }
  return { records, rejections };
}

const byUin = (records: ImportQuestion[], uin: string) => {
  const record = records.find((r) => r.uin === uin);
  if (!record) throw new Error(`no record ${uin}`);
  return record;
};
const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10);

describe("parseHansardXml: Commons fixtures", () => {
  it("splits a numbered multi-part question into one record per UIN, grouped under one answer", () => {
    const { records, rejections } = parse("answers2009-10-26f.sample.xml", "answers2009-10-26f.xml");
    expect(rejections).toEqual([]);
    expect(records.map((r) => r.uin)).toEqual([
      "294335", "294343", "294347", "294349", "290476", "292461", "293049", "295064",
    ]);
    const q = byUin(records, "294343");
    expect(q).toMatchObject({
      format: "hansard-xml",
      house: "COMMONS",
      heading: "Prison Accommodation",
      answeringBody: { name: "Northern Ireland Office" },
      askingMember: { name: "Iris Robinson", house: "COMMONS", parliamentId: null },
      text: "To ask the Secretary of State for Northern Ireland what types of accommodation sex offenders occupy in prisons in Northern Ireland.",
    });
    expect(q.groupedWith?.map((g) => g.uin).sort()).toEqual(["294335", "294347", "294349"]);
    expect(q.answers).toHaveLength(1);
    expect(q.answers[0]).toMatchObject({ kind: "SUBSTANTIVE", answeringMember: { name: "Paul Goggins" } });
    expect(byUin(records, "294335").answers[0]!.html).toBe(q.answers[0]!.html);
  });

  it("uses the file's date for both dateAnswered and dateTabled, and says so in sourceRef", () => {
    const { records } = parse("answers2009-10-26f.sample.xml", "answers2009-10-26f.xml");
    for (const r of records) {
      // Tabled = the first answer's day (a holding answer's, when there was one).
      expect(day(r.dateTabled)).toBe(day(r.answers[0]!.dateAnswered));
      expect(day(r.answers.at(-1)?.dateAnswered)).toBe("2009-10-26");
      expect(r.sourceRef).toMatch(/^answers2009-10-26f\.xml#line \d+ .*qnum \d+ .*dateTabled not in Hansard/);
    }
  });

  it("groups consecutive <ques> elements by different members that share one reply", () => {
    const { records } = parse("answers2009-10-26f.sample.xml");
    const shapps = byUin(records, "292461");
    expect(shapps.askingMember.name).toBe("Grant Shapps");
    expect(shapps.heading).toBe("Mortgages: Government Assistance");
    expect(shapps.answeringBody.name).toBe("Department for Communities and Local Government");
    expect(shapps.groupedWith?.map((g) => g.uin).sort()).toEqual(["290476", "293049"]);
    expect(shapps.answers[0]!.answeringMember?.name).toBe("John Healey");
    // parlparse's <phrase> markup is unwrapped, its text kept.
    expect(shapps.answers[0]!.html).not.toContain("<phrase");
    expect(shapps.answers[0]!.html).toContain("John Battle");
  });

  it("records a holding answer before the substantive one", () => {
    const { records } = parse("answers2009-10-26f.sample.xml");
    const casinos = byUin(records, "295064");
    expect(casinos.answers.map((a) => [a.kind, day(a.dateAnswered)])).toEqual([
      ["HOLDING", "2009-10-22"],
      ["SUBSTANTIVE", "2009-10-26"],
    ]);
    expect(casinos.answers[1]!.html).not.toMatch(/holding answer/i);
    expect(casinos.groupedWith).toEqual([]);
  });

  it("keeps answer tables as HTML with entities decoded, and maps department headings", () => {
    const { records, rejections } = parse("answers2009-10-29a.sample.xml", "answers2009-10-29a.xml");
    expect(rejections).toEqual([]);
    expect(records.map((r) => r.uin)).toEqual(["292659", "295709", "294181"]);
    const charities = byUin(records, "292659");
    expect(charities.answeringBody.name).toBe("Department for Work and Pensions");
    expect(charities.askingMember.name).toBe("Bob Spink");
    const html = charities.answers[0]!.html;
    expect(html).toContain("<table><tbody><tr>");
    expect(html).toContain("£000");
    expect(html).not.toContain("&pound;");
    expect(html).not.toContain("pid=");
    expect(html).toContain('<a href="http://www.motability.co.uk">www.motability.co.uk</a>');
    expect(charities.answers[0]!.answeringMember).toEqual({ parliamentId: null, name: "Jonathan R Shaw", house: "COMMONS" });
    expect(byUin(records, "294181").answeringBody.name).toBe("Home Office");
    expect(byUin(records, "295709").answers.map((a) => a.kind)).toEqual(["HOLDING", "SUBSTANTIVE"]);
  });

  it("decodes a Buffer as ISO-8859-1 unless the declaration says UTF-8", () => {
    expect(decodeXmlInput(Buffer.from([0x3c, 0x61, 0x3e, 0xa3, 0x35]))).toBe("<a>£5");
    const utf8 = Buffer.from('<?xml version="1.0" encoding="utf-8"?><a>£5</a>', "utf8");
    expect(decodeXmlInput(utf8)).toContain("<a>£5</a>");
  });
});

describe("parseHansardXml: Lords and Scotland fixtures", () => {
  it("reads Lords UINs as printed and one record per HL number", () => {
    const { records, rejections } = parse("lordswrans2009-10-26a.sample.xml", "lordswrans2009-10-26a.xml");
    expect(rejections).toEqual([]);
    expect(records.map((r) => r.uin)).toEqual(["HL5669", "HL5586", "HL5587", "HL5588"]);
    const first = records[0]!;
    expect(first).toMatchObject({
      house: "LORDS",
      heading: "Armed Forces: Unmanned Aircraft",
      askingMember: { name: "Lord Moonie", house: "LORDS", parliamentId: null },
      answeringBody: { name: LORDS_ANSWERING_BODY },
    });
    expect(first.answers[0]!.answeringMember?.name).toBe("Baroness Taylor of Bolton");
    expect(byUin(records, "HL5587").groupedWith?.map((g) => g.uin)).toEqual(["HL5586", "HL5588"]);
    expect(byUin(records, "HL5587").text).toMatch(/^To ask Her Majesty's Government further to the Written Answer/);
  });

  it("reads Scottish questions: S3W ids, the MSP's region and party, the Executive as answering body", () => {
    const { records, rejections } = parse("spwa2009-10-26.sample.xml", "spwa2009-10-26.xml");
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(3);
    for (const r of records) {
      expect(r.house).toBe("SCOTTISH");
      expect(r.uin).toMatch(/^S3W-\d+$/);
      expect(r.sourceRef).toMatch(/^spwa2009-10-26\.xml#line \d+ S3W-\d+ /);
      expect(r.answeringBody.name).toBe("Scottish Executive");
      expect(r.text).toMatch(/^To ask the Scottish Executive/);
      expect(r.answers.at(-1)).toMatchObject({ kind: "SUBSTANTIVE" });
      expect(day(r.answers.at(-1)!.dateAnswered)).toBe("2009-10-26");
    }
    expect(records[0]).toMatchObject({
      uin: "S3W-28257",
      heading: "Animal Welfare",
      askingMember: { name: "Peter Peacock", constituency: "Highlands and Islands", party: "Labour", house: "SCOTTISH", parliamentId: null },
    });
  });

  it("splits a Scottish speaker name into name, constituency and party", () => {
    expect(parseScottishSpeaker("John Farquhar Munro (Ross, Skye and Inverness West) (LD)")).toEqual({
      name: "John Farquhar Munro",
      constituency: "Ross, Skye and Inverness West",
      party: "Liberal Democrat",
    });
    expect(parseScottishSpeaker("Shona Robison")).toEqual({ name: "Shona Robison", constituency: null, party: null });
  });
});

describe("parseHansardXml: malformed input", () => {
  const sample = readFileSync(path.join(FIXTURES, "answers2009-10-29a.sample.xml"), "latin1");

  it("rejects the question whose reply is cut off by a truncated file, keeps earlier ones, and flags the file", () => {
    const cut = sample.slice(0, sample.indexOf("ATOS Healthcare has provided guidance"));
    const { records, rejections } = split(parseHansardXml(cut, "answers2009-10-29a.xml"));
    expect(records.map((r) => r.uin)).toEqual(["292659"]);
    expect(rejections.map((r) => r.reason)).toEqual([
      expect.stringContaining("truncated inside this reply"),
      expect.stringContaining("no closing </publicwhip>"),
    ]);
    expect(rejections[0]?.sourceRef).toMatch(/^answers2009-10-29a\.xml#line \d+ wrans\/2009-10-29a\.295709\.q0$/);
  });

  it("rejects only the record that contains an unknown entity", () => {
    const bad = sample.replace("Grant payments to Motability", "Grant &bogus; payments to Motability");
    const { records, rejections } = split(parseHansardXml(bad, "x-2009-10-29.xml"));
    expect(records.map((r) => r.uin)).toEqual(["295709", "294181"]);
    expect(rejections).toHaveLength(1);
    expect(rejections[0]?.reason).toContain("unknown entity &bogus;");
  });

  it("rejects a question without a qnum", () => {
    const bad = sample.replace('qnum="294181"', "");
    const { records, rejections } = split(parseHansardXml(bad, "x-2009-10-29.xml"));
    expect(records).toHaveLength(2);
    expect(rejections).toEqual([{ sourceRef: expect.stringContaining("294181.q0"), reason: "question has no qnum (UIN)" }]);
  });

  it("gives one rejection for input that is not a parlparse file at all", () => {
    for (const input of ["", "not xml at all", Buffer.from([0, 1, 2, 255]), "<html><body>hi</body></html>"]) {
      const items = [...parseHansardXml(input, "junk.xml")];
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ ok: false, rejection: { sourceRef: "junk.xml#file" } });
    }
  });
});

describe.skipIf(!existsSync(REAL))("parseHansardXml: the real October 2009 files", () => {
  const parseDir = (dir: string) => {
    const perFile: Record<string, [number, number]> = {};
    const all = { records: [] as ImportQuestion[], rejections: [] as ImportRejection[] };
    for (const file of readdirSync(path.join(REAL, dir)).sort()) {
      const { records, rejections } = split(parseHansardXml(readFileSync(path.join(REAL, dir, file)), file));
      perFile[file] = [records.length, rejections.length];
      all.records.push(...records);
      all.rejections.push(...rejections);
    }
    return { ...all, perFile };
  };
  // The README counts <ques> elements; each record keeps its <ques> position in sourceRef.
  const quesCount = (records: ImportQuestion[]) => new Set(records.map((r) => r.sourceRef.split(" qnum ")[0])).size;

  it("Commons: 1,340 <ques> elements give 1,436 questions (one per UIN), none rejected", () => {
    const { records, rejections, perFile } = parseDir("commons");
    expect(rejections).toEqual([]);
    expect(quesCount(records)).toBe(1340);
    expect(records).toHaveLength(1436);
    // UIN 296062 is printed twice (26 and 28 October), so it gives two records with different dates.
    expect(new Set(records.map((r) => r.uin)).size).toBe(1435);
    expect(records.filter((r) => r.uin === "296062").map((r) => day(r.dateTabled))).toEqual(["2009-10-26", "2009-10-28"]);
    expect(perFile).toEqual({
      "answers2009-10-26f.xml": [500, 0],
      "answers2009-10-27c.xml": [328, 0],
      "answers2009-10-28c.xml": [291, 0],
      "answers2009-10-29a.xml": [317, 0],
    });
    expect(records.every((r) => r.answers.at(-1)?.kind === "SUBSTANTIVE" && r.answeringBody.name && r.heading)).toBe(true);
    expect(records.some((r) => r.answeringBody.name === "Home Office")).toBe(true);
  });

  it("Lords: 142 question/answer pairs give 159 questions", () => {
    const { records, rejections } = parseDir("lords");
    expect(rejections).toEqual([]);
    expect(quesCount(records)).toBe(142);
    expect(records).toHaveLength(159);
    expect(records.every((r) => r.house === "LORDS" && /^HL\d+$/.test(r.uin))).toBe(true);
  });

  it("Scotland: 256 questions, grouped under 226 replies, holding answers from holdingdate", () => {
    const { records, rejections } = parseDir("scotland");
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(256);
    expect(new Set(records.map((r) => r.uin)).size).toBe(256);
    expect(records.every((r) => r.house === "SCOTTISH" && /^S3[WO]-\d+$/.test(r.uin) && r.askingMember.party)).toBe(true);
    // Oral questions (S3O-) answered in writing appear among the written answers.
    expect(records.filter((r) => r.uin.startsWith("S3O-"))).toHaveLength(5);
    const held = records.find((r) => r.uin === "S3W-27767")!;
    expect(held.answers.map((a) => [a.kind, day(a.dateAnswered)])).toEqual([
      ["HOLDING", "2009-10-26"],
      ["SUBSTANTIVE", "2009-10-27"],
    ]);
    expect(day(held.dateTabled)).toBe("2009-10-26");
    expect(records.filter((r) => r.groupedWith?.length).length).toBeGreaterThan(0);
    expect(new Set(records.map((r) => r.answeringBody.name))).toEqual(new Set(["Scottish Executive", "Scottish Parliamentary Corporate Body"]));
  });
});

if (!existsSync(REAL)) console.warn(`skipping real-file counts: ${REAL} not found`);
