import { describe, expect, it } from "vitest";
import {
  emptySearchValues,
  parseSearchParamsLenient,
  searchOptionsFromParams,
  searchParamsSchema,
  searchQueryRecord,
  searchQueryString,
} from "@/lib/validation/search-params";

describe("searchParamsSchema", () => {
  it("parses every parameter", () => {
    const r = searchParamsSchema.parse({ q: " tracing ", member: "3", dept: "4", from: "2025-12-01", to: "2025-12-05", status: "answered", unresolved: "1", order: "newest", page: "2" });
    expect(r).toEqual({
      q: " tracing ",
      member: 3,
      dept: 4,
      from: new Date("2025-12-01T00:00:00Z"),
      to: new Date("2025-12-05T00:00:00Z"),
      status: "ANSWERED",
      unresolved: true,
      order: "newest",
      page: 2,
    });
    expect(searchOptionsFromParams(r)).toMatchObject({ q: " tracing ", memberId: 3, answeringBodyId: 4, hasUnresolvedFigures: true, order: "newest", page: 2 });
  });

  it("treats blanks as absent and fills defaults", () => {
    expect(searchParamsSchema.parse({ q: "", member: "", from: " ", unresolved: "", order: "", page: "" })).toEqual({
      q: undefined,
      member: undefined,
      dept: undefined,
      from: undefined,
      to: undefined,
      status: undefined,
      unresolved: false,
      order: "relevance",
      page: 1,
    });
  });

  it.each([
    [{ from: "notadate" }, "from"],
    [{ from: "2025-02-30" }, "from"],
    [{ from: "2025-12-05", to: "2025-12-01" }, "to"],
    [{ member: "0" }, "member"],
    [{ dept: "x" }, "dept"],
    [{ status: "lost" }, "status"],
    [{ order: "best" }, "order"],
    [{ page: "0" }, "page"],
    [{ unresolved: "maybe" }, "unresolved"],
  ])("rejects %o on its field", (input, field) => {
    const r = searchParamsSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path[0]).toBe(field);
  });
});

describe("parseSearchParamsLenient", () => {
  it("drops each bad field with a notice and keeps the rest", () => {
    const r = parseSearchParamsLenient({ q: "tracing", from: "notadate", status: ["answered", "tabled"], page: "-1", member: "2", utm: "x" });
    expect(r.params).toMatchObject({ q: "tracing", member: 2, from: undefined, status: "ANSWERED", page: 1 });
    expect(r.values).toMatchObject({ q: "tracing", member: "2", from: "", status: "ANSWERED", page: "" });
    expect(r.notices).toHaveLength(2);
    expect(r.notices[0]).toMatch(/tabled-from date “notadate”/);
    expect(r.notices[1]).toMatch(/page number/);
  });

  it("drops the to date when it is before the from date", () => {
    const r = parseSearchParamsLenient({ from: "2025-12-05", to: "2025-12-01" });
    expect(r.params.from).toEqual(new Date("2025-12-05T00:00:00Z"));
    expect(r.params.to).toBeUndefined();
    expect(r.notices.join(" ")).toMatch(/tabled-to date/);
  });

  it("gives the same query record as the client builds from the same form", () => {
    const fromUrl = parseSearchParamsLenient({ q: "tracing ", order: "relevance", unresolved: "on", page: "1", status: "overdue" });
    const fromForm = { ...emptySearchValues(), q: "tracing", unresolved: "1", status: "OVERDUE", order: "relevance" };
    expect(searchQueryRecord(fromUrl.values)).toEqual(searchQueryRecord(fromForm));
    expect(searchQueryString(fromForm)).toBe("q=tracing&status=OVERDUE&unresolved=1");
  });
});
