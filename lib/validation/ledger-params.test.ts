import { describe, expect, it } from "vitest";
import { ledgerHref, ledgerParamStrings, ledgerQueryOf, parseLedgerParamsLenient } from "@/lib/validation/ledger-params";

describe("ledger params", () => {
  it("defaults to open figures, longest open first, page 1 of 50", () => {
    const { params, invalid } = parseLedgerParamsLenient({});
    expect(invalid).toEqual([]);
    expect(ledgerQueryOf(params)).toEqual({ status: "OPEN", answeringBodyId: undefined, memberId: undefined, nonAnswerKind: undefined, sort: "longest", page: 1, pageSize: 50 });
  });

  it("parses every filter, case-insensitively, and treats blanks as absent", () => {
    const { params, invalid } = parseLedgerParamsLenient({ status: "declined", dept: "3", member: "", kind: "Disproportionate_Cost", sort: "NEWEST", page: "2" });
    expect(invalid).toEqual([]);
    expect(params).toEqual({ status: "DECLINED", dept: 3, member: undefined, kind: "disproportionate_cost", sort: "newest", page: 2 });
    expect(ledgerQueryOf(params)).toMatchObject({ status: "DECLINED", answeringBodyId: 3, nonAnswerKind: "disproportionate_cost", sort: "newest", page: 2 });
  });

  it("drops each bad field with a message naming it and keeps the good ones", () => {
    const { params, invalid } = parseLedgerParamsLenient({ status: "LOST", dept: "abc", member: "7", kind: "evasive", sort: "random", page: "0" });
    expect(invalid.map((i) => i.field).sort()).toEqual(["dept", "kind", "page", "sort", "status"]);
    expect(invalid.find((i) => i.field === "kind")?.message).toMatch(/disproportionate_cost/);
    expect(params).toMatchObject({ member: 7 });
    expect(params.status).toBeUndefined();
    expect(ledgerQueryOf(params).status).toBe("OPEN");
  });

  it("rejects ids out of range and ignores unknown or repeated parameters", () => {
    expect(parseLedgerParamsLenient({ dept: "99999999999" }).invalid.map((i) => i.field)).toEqual(["dept"]);
    expect(parseLedgerParamsLenient({ dept: "-1" }).invalid.map((i) => i.field)).toEqual(["dept"]);
    const r = parseLedgerParamsLenient({ utm_source: "x", status: ["RESOLVED", "OPEN"] });
    expect(r.invalid).toEqual([]);
    expect(r.params.status).toBe("RESOLVED");
  });

  it("builds canonical links without defaults", () => {
    const { params } = parseLedgerParamsLenient({ status: "OPEN", dept: "4", sort: "longest", page: "3" });
    expect(ledgerParamStrings(params)).toEqual({ dept: "4", page: "3" });
    expect(ledgerHref(params, { page: 1 })).toBe("/figures?dept=4");
    expect(ledgerHref({})).toBe("/figures");
    expect(ledgerHref({ status: "ALL", kind: "not_held" }, { page: 2 })).toBe("/figures?status=ALL&kind=not_held&page=2");
  });
});
