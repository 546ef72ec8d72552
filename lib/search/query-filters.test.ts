import { describe, expect, it } from "vitest";
import { fieldOf, nameMatches, parseFieldValue } from "@/lib/search/query-filters";

const words = (s: string) => s.split(" ");

describe("nameMatches", () => {
  it("matches whole words in order, ignoring case and accents", () => {
    expect(nameMatches("Rupert Lowe", ["lowe"], false)).toBe(true);
    expect(nameMatches("Rupert Lowe", words("rupert lowe"), false)).toBe(true);
    expect(nameMatches("Lowe, Rupert", words("lowe rupert"), false)).toBe(true);
    expect(nameMatches("Rupert Lowe", words("lowe rupert"), false)).toBe(false);
    expect(nameMatches("Rupert Lowell", ["lowe"], false)).toBe(false);
    expect(nameMatches("Sinéad Ó Súilleabháin", words("sinead o suilleabhain"), false)).toBe(true);
    expect(nameMatches("Ministry of Justice", ["justice"], false)).toBe(true);
    expect(nameMatches("Home Office", words("home office"), false)).toBe(true);
    expect(nameMatches("Foreign, Commonwealth and Development Office", words("home office"), false)).toBe(false);
  });

  it("matches the last word as a prefix when asked", () => {
    expect(nameMatches("Rupert Lowe", ["low"], true)).toBe(true);
    expect(nameMatches("Rupert Lowe", ["low"], false)).toBe(false);
    expect(nameMatches("Rupert Lowe", words("rupert l"), true)).toBe(true);
  });
});

describe("parseFieldValue", () => {
  it("knows the fields and an alias", () => {
    expect(fieldOf("Member")).toBe("member");
    expect(fieldOf("department")).toBe("dept");
    expect(fieldOf("heading")).toBeNull();
  });

  it("rejects what it cannot read, saying why", () => {
    expect(parseFieldValue("date", "2025-13-45")).toMatchObject({ ok: false, error: expect.stringMatching(/real day/) });
    expect(parseFieldValue("date", "1700")).toMatchObject({ ok: false });
    expect(parseFieldValue("date", "2025-02-29")).toMatchObject({ ok: false });
    expect(parseFieldValue("date", "2024-02-29")).toMatchObject({ ok: true, value: { from: "2024-02-29", to: "2024-02-29" } });
    expect(parseFieldValue("date", "2025..2026..2027")).toMatchObject({ ok: false });
    expect(parseFieldValue("uin", "95 752")).toMatchObject({ ok: false });
    expect(parseFieldValue("uin", "x".repeat(31))).toMatchObject({ ok: false });
    expect(parseFieldValue("member", "   ")).toMatchObject({ ok: false, error: expect.stringMatching(/needs a value/) });
    expect(parseFieldValue("member", "!!")).toMatchObject({ ok: false, error: expect.stringMatching(/needs a name/) });
    expect(parseFieldValue("status", "answered,lost")).toMatchObject({ ok: false });
    expect(parseFieldValue("status", ",")).toMatchObject({ ok: false });
    expect(parseFieldValue("status", "constructor")).toMatchObject({ ok: false });
    expect(parseFieldValue("house", "__proto__")).toMatchObject({ ok: false });
  });
});
