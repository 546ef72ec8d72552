import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvChunks, csvLine } from "@/lib/export/csv";

async function* batches<T>(...bs: T[][]) {
  for (const b of bs) yield b;
}
async function collect(gen: AsyncIterable<string>) {
  let out = "";
  for await (const c of gen) out += c;
  return out;
}

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["cr\rhere", '"cr\rhere"'],
    ["", ""],
  ])("quotes %j as RFC 4180 wants", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+44 20", "'+44 20"],
    ["-1+1", "'-1+1"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
  ])("neutralises the formula-like %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("quotes after prefixing when both apply", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("\rnext")).toBe(`"'\rnext"`);
  });

  it("writes numbers, booleans and blanks without a prefix", () => {
    expect([csvCell(-3), csvCell(2.5), csvCell(true), csvCell(null), csvCell(undefined)]).toEqual(["-3", "2.5", "true", "", ""]);
  });
});

describe("csvChunks", () => {
  it("writes a BOM, a header and one CRLF line per row across batches", async () => {
    const text = await collect(csvChunks(["id", "name"], batches([{ id: 1, name: "a,b" }], [], [{ id: 2, name: "c" }])));
    expect(text).toBe(`${CSV_BOM}id,name\r\n1,"a,b"\r\n2,c\r\n`);
    expect(csvLine(["x"])).toBe("x\r\n");
  });

  it("writes only the header for no rows", async () => {
    expect(await collect(csvChunks(["id"], batches()))).toBe(`${CSV_BOM}id\r\n`);
  });
});

describe("parseCsv (round trip)", () => {
  it("reads back exactly what csvLine wrote", async () => {
    const { parseCsv } = await import("@/lib/export/csv-parse");
    const values = ["a,b", 'q "x"', "multi\r\nline", "=1+1", "plain", ""];
    const rows = parseCsv(CSV_BOM + csvLine(values) + csvLine(["z"]));
    expect(rows).toEqual([["a,b", 'q "x"', "multi\r\nline", "'=1+1", "plain", ""], ["z"]]);
    expect(() => parseCsv('"open')).toThrow();
  });
});
