import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toDay } from "@/lib/dates";
import type { ImportQuestion, ParsedItem } from "@/lib/import/types";
import { looksTruncated, parseUkParliamentApi, parseUkParliamentJson } from "@/lib/import/uk-parliament-api";
import { detectFromBytes, detectXmlDialect } from "@/lib/import/detect";

const fx = (name: string) => readFileSync(`test/fixtures/import/${name}`, "utf8");
const records = (name: string) => [...parseUkParliamentApi(fx(name), name)].filter((i): i is Extract<ParsedItem, { ok: true }> => i.ok).map((i) => i.record);
const byUin = (rs: ImportQuestion[], uin: string) => rs.find((r) => r.uin === uin)!;

describe("parseUkParliamentJson: shapes", () => {
  it("reads a month-file array of { value, links }, with positions", () => {
    const rs = records("snapshot-2025-12-03.json");
    expect(rs.map((r) => r.uin)).toEqual(["96467", "96536"]);
    expect(rs[1]).toMatchObject({ house: "COMMONS", parliamentId: 1859512, sourceRef: "snapshot-2025-12-03.json#1", answers: [], heading: "" });
    expect(toDay(rs[1]!.dateTabled)).toBe("2025-12-02");
    expect(rs[1]!.askingMember).toMatchObject({ parliamentId: 5403, name: null });
    expect(rs[1]!.answeringBody).toEqual({ parliamentId: 14, name: "Treasury" });
  });

  it("reads { source, results } wrappers, paged responses and a bare detail record", () => {
    expect(records("wrapped-correction-grouped.json")).toHaveLength(4);
    expect(records("paged-response.json")).toHaveLength(2);
    const [detail] = records("detail-bare.json");
    expect(detail?.parliamentId).toBeGreaterThan(0);
    expect(detail?.textTruncated).toBe(false);
  });

  it("reads Members API WrittenQuestions items (house 1, embedded member and body)", () => {
    const [r] = records("members-api-sample.json");
    expect(r).toMatchObject({ house: "COMMONS", uin: "14770", answeringBody: { parliamentId: 1, name: "Home Office" } });
    expect(r!.answers[0]).toMatchObject({ kind: "SUBSTANTIVE", truncated: true });
    expect(r!.answers[0]!.answeringMember).toMatchObject({ parliamentId: 4641, name: "Alex Norris", sortName: "Norris, Alex", party: "Labour", constituency: "Nottingham North and Kimberley" });
  });

  it("exposes members-and-answering-bodies as members and bodies, not questions", () => {
    const parsed = parseUkParliamentJson(fx("members-and-bodies-sample.json"), "m.json");
    expect(parsed.kind).toBe("members-and-bodies");
    if (parsed.kind !== "members-and-bodies") return;
    expect(parsed.data.members.map((m) => m.name).sort()).toEqual(["Alex Norris", "Sir Stephen Timms"]);
    expect(parsed.data.bodies[0]).toEqual({ parliamentId: 1, name: "Home Office" });
  });

  it("uses _longform_fulltext when an item carries it", () => {
    const rs = records("founding-case-95752.json");
    const withFull = rs[1]!;
    expect(withFull.textTruncated).toBe(false);
    expect(withFull.text.endsWith("Norfolk Constabulary.")).toBe(true);
    expect(byUin(rs, "95752")).toMatchObject({ askingMember: { parliamentId: 5158 }, answeringBody: { parliamentId: 1, name: "Home Office" }, answers: [] });
  });
});

describe("answers, truncation, grouping", () => {
  it("a holding answer on the 12-10 snapshot; a truncated substantive one", () => {
    const rs = records("snapshot-2025-12-10.json");
    expect(byUin(rs, "96467").answers.map((a) => a.kind)).toEqual(["HOLDING"]);
    const sub = byUin(rs, "96536").answers;
    expect(sub).toHaveLength(1);
    expect(sub[0]).toMatchObject({ kind: "SUBSTANTIVE", truncated: true });
  });

  it("holding then substantive: a placeholder holding answer dated dateHoldingAnswer", () => {
    const r = byUin(records("wrapped-correction-grouped.json"), "96639");
    expect(r.answers.map((a) => a.kind)).toEqual(["HOLDING", "SUBSTANTIVE"]);
    expect(r.answers[0]).toMatchObject({ placeholder: true });
    expect(r.answers[0]!.html).toMatch(/holding answer was given on \d{4}-\d{2}-\d{2}; its text is not in the source/);
  });

  it("a correction gives the original (placeholder when the list omits it) and the correction", () => {
    const r = byUin(records("wrapped-correction-grouped.json"), "7024");
    expect(r.answers.map((a) => [a.kind, toDay(a.dateAnswered)])).toEqual([["SUBSTANTIVE", "2023-12-19"], ["CORRECTION", "2024-02-21"]]);
    expect(r.answers[0]!.placeholder).toBe(true);
    expect(r.answers[1]!.truncated).toBe(true);
  });

  it("groupedQuestions with their dates", () => {
    const r = byUin(records("wrapped-correction-grouped.json"), "6774");
    expect(r.groupedWith).toEqual([{ uin: "6773", dateTabled: expect.any(Date) }]);
  });

  it("detects list-endpoint truncation", () => {
    expect(looksTruncated("x".repeat(255), "question")).toBe(true);
    expect(looksTruncated(`${"x".repeat(254)}.`, "question")).toBe(false);
    expect(looksTruncated(`${"x".repeat(255)}...`, "answer")).toBe(true);
    expect(looksTruncated("Short answer...", "answer")).toBe(false);
  });
});

describe("rejections", () => {
  it("truncated JSON is one rejection naming the file", () => {
    const items = [...parseUkParliamentApi(fx("malformed-truncated.json"), "bad.json")];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false, rejection: { sourceRef: "bad.json", reason: expect.stringContaining("not valid JSON") } });
  });

  it("wrong types name the field and the position; good records still parse", () => {
    const items = [...parseUkParliamentApi(fx("malformed-wrong-types.json"), "w.json")];
    expect(items.map((i) => i.ok)).toEqual([true, false, false, false]);
    const reasons = items.flatMap((i) => (i.ok ? [] : [`${i.rejection.sourceRef} ${i.rejection.reason}`]));
    expect(reasons[0]).toMatch(/^w\.json#1 field "dateTabled" must be a date string, got number/);
    expect(reasons[1]).toMatch(/^w\.json#2 missing "uin"/);
    expect(reasons[2]).toMatch(/^w\.json#3 field "dateTabled" is not a real date/);
  });

  it("an unknown house is rejected", () => {
    const items = [...parseUkParliamentApi(fx("malformed-unknown-house.json"), "h.json")];
    expect(items[1]).toMatchObject({ ok: false, rejection: { sourceRef: "h.json#1", reason: expect.stringContaining("unknown house") } });
  });

  it("an unrelated JSON document is rejected as a whole", () => {
    expect(parseUkParliamentJson('{"hello": 1}', "x.json").kind).toBe("invalid");
  });
});

describe("detect", () => {
  it("tells formats from the first bytes", () => {
    expect(detectFromBytes(new TextEncoder().encode("  [{"))).toBe("json");
    expect(detectFromBytes(new Uint8Array([0x1f, 0x8b, 8]))).toBe("gzip");
    expect(detectFromBytes(new TextEncoder().encode("<?xml"))).toBe("xml");
    expect(detectFromBytes(new TextEncoder().encode("id,uin"))).toBe("unknown");
    expect(detectXmlDialect("<?xml version='1.0'?>\n<publicwhip>")).toBe("hansard-xml");
  });
});
