import { describe, expect, it } from "vitest";
import { parseFts } from "@/bench/fts-query";
import { overlapAt20, XAPIAN_MISSING, xapianMissing } from "@/bench/peer-xapian";
import { toXapian, xapianFilter } from "@/bench/xapian-query";
import { normaliseResult } from "@/bench/results";
import { QUERIES } from "@/bench/queries";
import { HOLDOUT_QUERIES } from "@/bench/queries-holdout";
import { parseSearchQuery } from "@/lib/search/query";

const utc = (s: string) => new Date(`${s}T00:00:00Z`);

describe("toXapian", () => {
  it("turns words into (stemmed) terms, quoted strings into phrases, prefixes into wildcards", () => {
    expect(toXapian(parseFts('"NHS"'))).toEqual({ op: "term", word: "nhs" });
    expect(toXapian(parseFts('"cost of living"'))).toEqual({ op: "phrase", words: ["cost", "of", "living"] });
    expect(toXapian(parseFts('"immigra" *'))).toEqual({ op: "prefix", word: "immigra" });
    expect(toXapian(parseFts('"net zero" *'))).toEqual({ op: "and", children: [{ op: "term", word: "net" }, { op: "prefix", word: "zero" }] });
    expect(toXapian(parseFts('""'))).toEqual({ op: "none" });
  });

  it("keeps AND, OR and NOT (as AND_NOT) with FTS5's precedence", () => {
    expect(toXapian(parseFts('("tuition" OR "student") AND "loans"'))).toEqual({
      op: "and",
      children: [{ op: "or", children: [{ op: "term", word: "tuition" }, { op: "term", word: "student" }] }, { op: "term", word: "loans" }],
    });
    expect(toXapian(parseFts('"asylum" NOT "hotels"'))).toEqual({ op: "and_not", left: { op: "term", word: "asylum" }, right: { op: "term", word: "hotels" } });
  });

  it("translates every query of both mixes", () => {
    for (const m of [...QUERIES, ...HOLDOUT_QUERIES]) {
      if (!m.q) continue;
      const { ftsQuery } = parseSearchQuery(m.q);
      if (ftsQuery) expect(() => toXapian(parseFts(ftsQuery)), m.q).not.toThrow();
    }
  });
});

describe("xapianFilter", () => {
  const today = utc("2025-12-10");
  it("is null without filters", () => {
    expect(xapianFilter({}, today)).toBeNull();
  });

  it("makes boolean terms and inclusive day ranges", () => {
    expect(xapianFilter({ memberId: 7, answeringBodyId: 3, from: utc("2025-11-01"), to: utc("2025-11-30"), status: "ANSWERED", hasUnresolvedFigures: true }, today)).toEqual({
      op: "and",
      children: [
        { op: "bool", term: "M7" },
        { op: "bool", term: "D3" },
        { op: "range", slot: 0, from: "2025-11-01", to: "2025-11-30" },
        { op: "bool", term: "SANSWERED" },
        { op: "bool", term: "U" },
      ],
    });
    expect(xapianFilter({ from: utc("2025-10-01") }, today)).toEqual({ op: "range", slot: 0, from: "2025-10-01" });
  });

  it("reads overdue as unanswered and due before today", () => {
    expect(xapianFilter({ status: "OVERDUE" }, today)).toEqual({
      op: "and",
      children: [
        { op: "or", children: [{ op: "bool", term: "STABLED" }, { op: "bool", term: "SHOLDING" }] },
        { op: "range", slot: 1, to: "2025-12-09" },
      ],
    });
  });

  it("translates field filters, negated ones as NOT", () => {
    expect(
      xapianFilter(
        {
          fields: [
            { field: "dept", ids: [1, 2], negate: false },
            { field: "status", statuses: ["TABLED"], negate: true },
            { field: "date", ranges: [{ to: utc("2025-06-30") }], negate: false },
            { field: "uin", uins: [{ house: "COMMONS", uin: "12345" }], negate: false },
          ],
        },
        today,
      ),
    ).toEqual({
      op: "and",
      children: [
        { op: "or", children: [{ op: "bool", term: "D1" }, { op: "bool", term: "D2" }] },
        { op: "not", child: { op: "bool", term: "STABLED" } },
        { op: "range", slot: 0, to: "2025-06-30" },
        { op: "bool", term: "QCOMMONS:12345" },
      ],
    });
  });
});

describe("overlapAt20", () => {
  it("is the mean share of the app's first page found on Xapian's, over queries with results", () => {
    const o = overlapAt20(
      [[1, 2, 3, 4], [], [5]],
      [[4, 3, 9], [7], [6]],
    );
    expect(o.perQuery).toEqual([0.5, null, 0]);
    expect(o.mean).toBe(0.25);
    expect(overlapAt20([[]], [[1]]).mean).toBeNull();
  });
});

describe("normaliseResult", () => {
  it("reads a result saved before the Xapian peer (peer = the MiniSearch figures)", () => {
    const mini = { engine: "minisearch", records: 10, buildSeconds: 1, heapMB: 2, rssMB: 3, p50: 1, p95: 2, p99: 3 };
    const r = normaliseResult({ records: 10, peer: mini });
    expect(r.peer.minisearch).toEqual(mini);
    expect(r.peer.xapian).toHaveProperty("skipped");
    const now = { minisearch: { skipped: "--no-peer" }, xapian: { skipped: "--no-xapian" } };
    expect(normaliseResult({ records: 10, peer: now }).peer).toEqual(now);
  });
});

describe("xapianMissing", () => {
  it("says how to install python3-xapian when the interpreter cannot import it", () => {
    expect(xapianMissing("/nonexistent/python3")).toBe(XAPIAN_MISSING);
  });
});
