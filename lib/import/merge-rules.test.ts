import { describe, expect, it } from "vitest";
import { captureFromNote, captureFromRef, isNewer, latestEventDate, refWithCapture, shouldReplaceText } from "@/lib/import/merge-rules";
import { parseUkParliamentApi } from "@/lib/import/uk-parliament-api";

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("capture dates", () => {
  it("reads as-of from a file name or stored sourceRef, the last one winning", () => {
    expect(captureFromRef("commons-2025-12.as-of-2025-12-10.json#21")).toEqual(day("2025-12-10"));
    expect(captureFromRef("detail.json#3 (as-of-2026-07-09)")).toEqual(day("2026-07-09"));
    expect(captureFromRef("commons-2024-07.json#2")).toBeNull();
    expect(captureFromRef(null)).toBeNull();
  });

  it("reads a wrapper's 'captured' note", () => {
    expect(captureFromNote(undefined, "objects embedded in …, captured 2026-07-20)")).toEqual(day("2026-07-20"));
    expect(captureFromNote("no date here")).toBeNull();
  });

  it("takes the latest event (not the future dateForAnswer) as a lower bound", () => {
    const items = [
      { value: { dateTabled: "2025-12-01T00:00:00", dateForAnswer: "2025-12-30T00:00:00", dateAnswered: null } },
      { dateTabled: "2025-12-02T00:00:00", dateAnswered: "2025-12-08T00:00:00", dateHoldingAnswer: "2025-12-05T00:00:00" },
    ];
    expect(latestEventDate(items)).toEqual(day("2025-12-08"));
    expect(latestEventDate([])).toBeNull();
  });

  it("stores the capture in sourceRef only when the name does not already say it", () => {
    expect(refWithCapture("x.as-of-2025-12-10.json#1", day("2025-12-10"))).toBe("x.as-of-2025-12-10.json#1");
    expect(refWithCapture("detail.json#3", day("2026-07-09"))).toBe("detail.json#3 (as-of-2026-07-09)");
    expect(captureFromRef(refWithCapture("detail.json#3", day("2026-07-09")))).toEqual(day("2026-07-09"));
    expect(refWithCapture("detail.json#3", null)).toBe("detail.json#3");
  });

  it("only a strictly newer capture overwrites; an unknown date counts as newer", () => {
    expect(isNewer(day("2025-12-10"), day("2025-12-03"))).toBe(true);
    expect(isNewer(day("2025-12-03"), day("2025-12-10"))).toBe(false);
    expect(isNewer(day("2025-12-10"), day("2025-12-10"))).toBe(false);
    expect(isNewer(null, day("2025-12-10"))).toBe(true);
    expect(isNewer(day("2025-12-03"), null)).toBe(true);
  });

  it("the parser dates records from the file name, else the note, else the latest event", () => {
    const doc = JSON.stringify([{ value: { id: 1, uin: "1", house: "Commons", dateTabled: "2025-12-01T00:00:00", dateAnswered: "2025-12-04T00:00:00", answerText: "Yes.", askingMemberId: 9, answeringBodyId: 1, answeringBodyName: "Home Office" } }]);
    const first = (name: string, text = doc) => {
      const [item] = [...parseUkParliamentApi(text, name)];
      return item?.ok ? item.record.capturedAt : undefined;
    };
    expect(first("commons-2025-12.as-of-2025-12-10.json")).toEqual(day("2025-12-10"));
    expect(first("plain.json")).toEqual(day("2025-12-04"));
    expect(first("wrapped.json", JSON.stringify({ source: "captured 2026-01-02", results: JSON.parse(doc) }))).toEqual(day("2026-01-02"));
  });
});

describe("shouldReplaceText", () => {
  const full = { html: "<p>One.</p><p>Two.</p>", text: "One.\n\nTwo.", truncated: false };
  const stripped = { html: "<p>One.Two.</p>", text: "One.Two.", truncated: false };
  const excerpt = { html: "One. Tw...", text: "One. Tw...", truncated: true };

  it("the same words with markup beat the Members API's stripped text, whatever the dates", () => {
    expect(shouldReplaceText(full, stripped, true)).toBe(false);
    expect(shouldReplaceText(stripped, full, false)).toBe(true);
    const spaced = { html: "<p>One. Two.</p>", text: "One. Two.", truncated: false };
    expect(shouldReplaceText(spaced, stripped, true)).toBe(false);
    expect(shouldReplaceText(stripped, spaced, false)).toBe(true);
  });

  it("an excerpt never replaces the text it cuts; the full text replaces its excerpt from any source", () => {
    expect(shouldReplaceText(full, excerpt, true)).toBe(false);
    expect(shouldReplaceText(excerpt, { ...full, text: "One. Two." }, false)).toBe(true);
  });

  it("a different text replaces the stored one only from a newer capture; empty never erases", () => {
    const other = { html: "<p>Three.</p>", text: "Three.", truncated: false };
    expect(shouldReplaceText(full, other, false)).toBe(false);
    expect(shouldReplaceText(full, other, true)).toBe(true);
    expect(shouldReplaceText(full, { html: "", text: " ", truncated: false }, true)).toBe(false);
    expect(shouldReplaceText(full, { ...full }, true)).toBe(false);
  });
});
